import { describe, expect, test } from 'vitest';
import { escapeLucene, toLuceneQuery } from '../../api/escape-lucene.ts';
import { makeSnippet } from '../../api/make-snippet.ts';
import { toDocNumberKey } from '../../api/to-doc-number-key.ts';
import { parseEvidence } from '../../api/parse-evidence.ts';
import { toSearchHit } from '../../api/resolvers/search.ts';

describe('Lucene escaping', () => {
  test.each([
    ['高新区', '"高新区"'],
    ['高新区  发展', '"高新区" AND "发展"'],
    ['高新区\u3000发展', '"高新区" AND "发展"'],
    ['   ', ''],
    ['a"b', '"a\\"b"'],
    ["') DETACH DELETE n //", '"\'\\)" AND "DETACH" AND "DELETE" AND "n" AND "\\/\\/"'],
    [
      '"}) MATCH (n) DETACH DELETE n //',
      '"\\"\\}\\)" AND "MATCH" AND "\\(n\\)" AND "DETACH" AND "DELETE" AND "n" AND "\\/\\/"',
    ],
    ['title:x*', '"title\\:x\\*"'],
  ])('%j → %j', (phrase, expected) => {
    expect(toLuceneQuery(phrase)).toBe(expected);
  });

  test('every special character is escaped', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });
});

describe('snippets', () => {
  test.each([
    ['甲乙丙丁戊己庚辛', '戊', 2, '…丙丁戊己庚…'],
    ['甲乙丙丁戊己庚辛', '甲', 2, '甲乙丙…'],
    ['甲乙丙', '无', 2, '甲乙丙'],
    ['甲乙丙丁戊己', '无', 2, '甲乙丙丁…'],
    ['甲乙丙丁戊己', '无 丁', 1, '…丙丁戊…'],
    // Characters outside the BMP (two UTF-16 units) count as one, on both sides of a hit deep in a long text.
    [`${'𠀀'.repeat(300)}科技局${'𠀁'.repeat(300)}`, '科技局', 2, '…𠀀𠀀科技局…'],
    [`𠀀甲${'𠀁'.repeat(300)}`, '甲', 2, '𠀀甲𠀁𠀁…'],
    ['𠀀𠀁𠀂𠀃', '无', 2, '𠀀𠀁𠀂𠀃'],
    ['𠀀𠀁𠀂𠀃𠀄', '无', 2, '𠀀𠀁𠀂𠀃…'],
  ])('makeSnippet(%j, %j, %i) → %j', (text, phrase, radius, expected) => {
    expect(makeSnippet(text, phrase, radius)).toBe(expected);
  });

  test('no text → null', () => {
    expect(makeSnippet(null, '高新区')).toBeNull();
    expect(makeSnippet('', '高新区')).toBeNull();
  });
});

describe('document number keys', () => {
  test.each([
    ['国发[2020]7号', '国发〔2020〕7号'],
    ['国发(2020)7号', '国发〔2020〕7号'],
    ['国发【2020】7号', '国发〔2020〕7号'],
    ['國發〔2020〕7號', '国发〔2020〕7号'],
    [' 国发 〔2020〕 7 号 ', '国发〔2020〕7号'],
    ['不是文号', '不是文号'],
  ])('%j → %j', (raw, key) => {
    expect(toDocNumberKey(raw)).toBe(key);
  });
});

describe('evidence', () => {
  const span = { lowerStart: 0, lowerEnd: 3, upperStart: 2, upperEnd: 5, lowerText: '高新区', upperText: '高新区' };
  test.each([
    [JSON.stringify([span]), [span]],
    [JSON.stringify([span, { lowerStart: 'x' }]), [span]],
    ['not json', []],
    ['{"a":1}', []],
    [null, []],
    ['', []],
  ])('%j → %j', (json, expected) => {
    expect(parseEvidence(json)).toEqual(expected);
  });
});

describe('search hits', () => {
  test('an article hit takes its label and heading as title, a snippet of its body, and names its document', () => {
    expect(
      toSearchHit(
        {
          kind: 'Article',
          id: 'p#a1',
          label: '（一）',
          heading: '加快创建',
          text: '支持高新区开展攻关。',
          score: 1.5,
          policyId: 'p',
          docNumber: null,
          tier: 'provincial',
          ownerTitle: '上海市科学技术进步条例',
          versionDate: '2010-09-17',
          versionStatus: 'superseded',
        },
        '攻关',
      ),
    ).toEqual({
      kind: 'Article',
      id: 'search:20:攻关:p#a1',
      nodeId: 'p#a1',
      title: '（一）加快创建',
      snippet: '支持高新区开展攻关。',
      score: 1.5,
      policyId: 'p',
      // The document it lies in, and which version of it: a list of hits names the regulation, not only 第五十条.
      policyTitle: '上海市科学技术进步条例',
      docNumber: null,
      tier: 'provincial',
      versionDate: '2010-09-17',
      versionStatus: 'superseded',
    });
  });

  test('an agency hit takes its name and has no policy', () => {
    expect(
      toSearchHit(
        { kind: 'Agency', id: '柳州市科学技术局', name: '柳州市科学技术局', score: 2, policyId: null },
        '科学技术局',
      ),
    ).toEqual({
      kind: 'Agency',
      id: 'search:20:科学技术局:柳州市科学技术局',
      nodeId: '柳州市科学技术局',
      title: '柳州市科学技术局',
      snippet: null,
      score: 2,
      policyId: null,
      policyTitle: null,
      docNumber: null,
      tier: null,
      versionDate: null,
      versionStatus: null,
    });
  });

  // 阜阳市打赢蓝天保卫战三年行动计划实施方案 (https://www.gcs66.com/document_detail/73135.html): 一、总体要求 holds its targets
  // as its own text, with no numbered item.
  test("a part hit takes its label and heading as title and a snippet of the part's text", () => {
    const hit = toSearchHit(
      {
        kind: 'Part',
        id: 'p#p1',
        label: '一、',
        heading: '总体要求',
        text: '到2020年,二氧化硫、氮氧化物排放总量分别比2015年下降11.2%、14.4%;PM2.5浓度比2015年下降18%以上。',
        score: 1,
        policyId: 'p',
      },
      'PM2.5',
    );
    expect([hit.title, hit.snippet]).toEqual([
      '一、总体要求',
      '…020年,二氧化硫、氮氧化物排放总量分别比2015年下降11.2%、14.4%;PM2.5浓度比2015年下降18%以上。',
    ]);
  });
});

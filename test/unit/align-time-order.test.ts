// Nothing made after a text is its source or its parent. A tester's graph of county work rules got 镇巴's rules of 2024
// as the first source of 太湖's of 2019 (镇巴's page tells only its publication date and its number, 镇政发〔2024〕7号),
// the State Council's rules of 2023 as the first parent of 盐池's (盐政发〔2017〕40号, no other date) and of 汉中's of
// 2014 (the 2013 text was in the graph, parsed with no articles), and 科学技术进步法 at 0.06 as the parent of county
// rules whose parents were not in the graph. Trimmed real pages: test/data/time-order/README.md.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  citesDocument,
  createSourceIndex,
  inferLikelyParents,
  issuedBy,
  madeOn,
  mayRestOn,
  PARENT_FLOOR,
  rankParents,
  rankSources,
  selectUpperDocuments,
  toAlignDocuments,
  underParentFloor,
  yearOfNumber,
  type AlignDocument,
} from '../../align/index.ts';
import { readPolicyFile } from '../../import/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): Promise<AlignDocument> => readPolicyFile(join(root, path));

const taihu = await read('test/data/time-order/taihu-county-rules-2019.txt');
const zhenba = await read('test/data/time-order/zhenba-county-rules-2024.txt');
const yanchi = await read('test/data/time-order/yanchi-county-rules-2017.txt');
const xishui = await read('test/data/time-order/xishui-county-rules-2017.txt');
const hanzhong = await read('test/data/time-order/hanzhong-city-rules-2014.txt');
const rules2023 = await read('test/data/time-order/state-council-rules-2023.txt');
const enforcement = await read('test/data/govcn-text/13.txt');
const scienceLaw = await read('corpus/laws/科学技术进步法(2021-12-24).md');
const transferLaw = await read('corpus/laws/促进科技成果转化法(2015-08-29).md');

/** The 2023 rules as the graph reads them: a version of the work whose 2013 text is held too (with no articles). */
const rules2023InGraph: AlignDocument = {
  ...rules2023,
  workId: 'w:中华人民共和国|国务院工作规则',
  firstIssuedOn: '2013-03-20',
  workVersionDates: ['2013-03-20', '2023-03-18'],
};

const files = (list: readonly { file: string }[]) => list.map((d) => d.file);

describe('the fixtures date themselves as the tester read them', () => {
  test('issue date, publication and number only, number only', () => {
    expect([taihu.issuedOn, taihu.docNumber]).toEqual(['2019-01-17', undefined]);
    expect([zhenba.issuedOn, zhenba.publishedOn, zhenba.docNumber]).toEqual([
      undefined,
      '2024-04-06',
      '镇政发〔2024〕7号',
    ]);
    expect([yanchi.issuedOn, yanchi.publishedOn, yanchi.docNumber]).toEqual([
      undefined,
      undefined,
      '盐政发〔2017〕40号',
    ]);
    expect([hanzhong.issuedOn, rules2023.issuedOn, enforcement.issuedOn]).toEqual([
      '2014-12-20',
      '2023-03-18',
      '2018-12-05',
    ]);
    expect([taihu.tier, zhenba.tier, yanchi.tier, xishui.tier, hanzhong.tier]).toEqual([
      'county',
      'county',
      'county',
      'county',
      'municipal',
    ]);
  });
});

describe('the dates a text has', () => {
  test.each([
    ['盐政发〔2017〕40号', '2017'],
    ['国令第707号', undefined],
    [undefined, undefined],
  ])('the year of the number %s: %s', (docNumber, year) => {
    expect(yearOfNumber(docNumber)).toBe(year);
  });

  test.each([
    // Its issue date when known, whatever else it tells.
    [{ issuedOn: '2019-01-17', publishedOn: '2019-02-01', docNumber: '太政发〔2018〕1号' }, '2019-01-17'],
    // Else the tighter of its publication and its number's year: each bounds the issue from above.
    [{ publishedOn: '2024-04-06', docNumber: '镇政发〔2024〕7号' }, '2024-04-06'],
    [{ publishedOn: '2018-03-23', docNumber: '献政字〔2017〕22号' }, '2017'],
    [{ docNumber: '盐政发〔2017〕40号' }, '2017'],
    [{}, undefined],
  ])('a lower text of %o was issued by %s', (doc, by) => {
    expect(issuedBy(doc)).toBe(by);
  });

  test('an upper text is dated by its issue, else its number, never by the page that published it', () => {
    expect(madeOn(zhenba)).toBe('2024');
    // gov.cn's copy of the 2004 国务院工作规则 (国发〔2004〕18号) was published on 2018-12-03: a repost.
    const repost = { issuedOn: undefined, publishedOn: '2018-12-03', docNumber: undefined };
    expect(madeOn(repost)).toBeUndefined();
    expect(mayRestOn(repost, hanzhong)).toBe(true);
  });

  test('a tie at the precision both know excludes nothing: either of one year may be first', () => {
    const sameYear = { ...zhenba, docNumber: '镇政发〔2019〕7号', publishedOn: undefined };
    expect(mayRestOn(sameYear, taihu)).toBe(true);
    expect(mayRestOn(taihu, { ...yanchi, docNumber: '盐政发〔2019〕40号' })).toBe(true);
  });
});

describe('sources: a later peer is no source', () => {
  test('镇巴 (镇政发〔2024〕7号, published 2024-04-06) is no source of 太湖 (2019-01-17), nor 太湖 of an older text', () => {
    const index = createSourceIndex([taihu, zhenba]);
    const guidance = taihu.articles.find((a) => a.number === 2)!;
    expect(files(rankSources(index, { file: taihu.file, path: guidance.path }, { scope: 'ALL' }))).toEqual([]);
    // 太湖 is earlier than 镇巴: it may be 镇巴's source.
    const zhenbaGuidance = zhenba.articles.find((a) => a.number === 2)!;
    expect(
      files(rankSources(index, { file: zhenba.file, path: zhenbaGuidance.path }, { scope: 'PEER' })).slice(0, 1),
    ).toEqual([taihu.file]);
  });
});

describe('likelyParents: nothing made after the document', () => {
  test('盐池 (盐政发〔2017〕40号, no other date): neither the 2023 rules nor 国办发〔2018〕118号', () => {
    const parents = inferLikelyParents([yanchi, rules2023, enforcement], yanchi.file);
    expect(files(parents)).toEqual([]);
  });

  test('汉中 (2014): not the 2023 text of a work whose 2013 text the graph holds, even with no articles', () => {
    expect(files(inferLikelyParents([hanzhong, rules2023InGraph], hanzhong.file))).toEqual([]);
    const index = createSourceIndex([hanzhong, rules2023InGraph]);
    for (const a of hanzhong.articles)
      expect(files(rankSources(index, { file: hanzhong.file, path: a.path }, { scope: 'UPPER' }))).toEqual([]);
    // Nor is it aligned against it.
    expect(selectUpperDocuments([hanzhong, rules2023InGraph]).get(hanzhong.file)).toBeUndefined();
  });

  test('镇巴 (2024) still gets the 2023 rules, which it copies, as an upper document in force', () => {
    const parents = inferLikelyParents([zhenba, rules2023InGraph], zhenba.file);
    expect(parents.map((p) => [p.file, p.laterVersion])).toEqual([[rules2023.file, undefined]]);
  });

  test('a later version of an older work stands in when the graph holds no text of it that old, and says so', () => {
    const lawText = (text: string) => [{ number: 1, path: 'a1', heading: '', text }];
    const saving = '单位和个人应当节约用水，推广节水器具和节水技术，用水单位应当安装计量设施。';
    const lower: AlignDocument = {
      file: 'city-water-2010',
      title: '某市节约用水条例',
      tier: 'municipal',
      kind: 'regulation',
      issuedOn: '2010-05-01',
      articles: lawText(saving),
    };
    const law2016: AlignDocument = {
      file: 'water-law(2016)',
      title: '中华人民共和国水法',
      tier: 'national',
      kind: 'law',
      issuedOn: '2016-07-02',
      firstIssuedOn: '1988-01-21',
      workId: 'w:中华人民共和国|水法',
      workVersionDates: ['2016-07-02'],
      articles: lawText(saving),
    };
    expect(inferLikelyParents([lower, law2016], lower.file).map((p) => [p.file, p.laterVersion])).toEqual([
      ['water-law(2016)', true],
    ]);
    // The graph holds the 2002 text, with no articles read: that is the text in force, and the 2016 one stands for nothing.
    const withOlder = { ...law2016, workVersionDates: ['2002-08-29', '2016-07-02'] };
    expect(inferLikelyParents([lower, withOlder], lower.file)).toEqual([]);
  });
});

describe('cited: a citation resolved to another version of the work', () => {
  test('a text citing the 2013 rules cites the work, whichever of its texts is ranked', () => {
    const citing = {
      citedFiles: ['t:中华人民共和国|国务院工作规则@2013-03-20'],
      citedWorkIds: [rules2023InGraph.workId!],
    };
    expect(citesDocument(citing, { file: rules2023.file, workId: rules2023InGraph.workId })).toBe(true);
    expect(citesDocument(citing, { file: rules2023.file })).toBe(false);
    expect(citesDocument({ citedFiles: [rules2023.file] }, { file: rules2023.file })).toBe(true);
  });

  test('the graph row gives the works of what a policy cites and the dates of its work’s other versions', () => {
    const [doc] = toAlignDocuments([
      {
        policy: { id: 't:中华人民共和国|国务院工作规则@2023-03-17', tier: 'national', issuedOn: '2023-03-17' },
        articles: [],
        cited: ['t:中华人民共和国|宪法'],
        citedWorks: ['w:中华人民共和国|宪法'],
        versionDates: ['2013-03-20'],
      },
    ]).docs;
    expect([doc!.citedWorkIds, doc!.workVersionDates]).toEqual([['w:中华人民共和国|宪法'], ['2013-03-20']]);
  });
});

describe('likelyParents has a floor', () => {
  test('county rules whose parents are not in the graph get none, not the science law at noise level', () => {
    for (const rules of [xishui, hanzhong])
      expect(files(inferLikelyParents([rules, scienceLaw, transferLaw], rules.file))).toEqual([]);
  });

  test('a weak mean with one strong pair passes (柳州 → 广西: 0.05, one pair at 0.37), as does a strong mean', () => {
    expect(underParentFloor({ score: 0.05, peak: 0.37 })).toBe(false);
    expect(underParentFloor({ score: 0.149, peak: 0.149 })).toBe(false);
    expect(underParentFloor({ score: 0.06, peak: 0.13 })).toBe(true);
    expect(PARENT_FLOOR).toEqual({ score: 0.1, peak: 0.25 });
  });

  test('rankParents leaves out a candidate under the floor and keeps the others with their peak', () => {
    const v = (entries: [string, number][]) => new Map(entries);
    const lower = [v([['a', 1]]), v([['b', 1]])];
    const ranked = rankParents(lower, [
      { file: 'strong-pair', articles: [v([['a', 0.4]])] },
      { file: 'noise', articles: [v([['a', 0.08]]), v([['b', 0.08]])] },
    ]);
    expect(ranked.map((p) => [p.file, p.score, p.peak])).toEqual([['strong-pair', 0.2, 0.4]]);
  });
});

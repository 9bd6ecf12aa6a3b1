/**
 * What a decision that amends or repeals other texts acts on, and what it cites. A provincial decision amended the
 * national 立法法 and 组织法 because its new wording of the regulation's 第一条 names them (修改为：“…根据…《中华人民共和国
 * 立法法》…”): every 《》 of a 关于修改…的决定 was read as amended, quoted new wording included, whatever the place of the
 * deciding body. Now the quoted new wording is the amended text's words (not amended, not cited), the decision's title
 * names what it amends in 《》 as in 〈〉, and a text ends only statutes of its own place or of a place under it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Article, JurisdictionRef, Part, PolicyDocument } from '../../model/index.ts';
import { parsePolicyText } from '../../import/parse/index.ts';
import { readVersionStatements } from '../../import/versions/index.ts';
import { statuteArticle } from '../support/statute-article.ts';

// https://www.gxrd.gov.cn/html/art184339.html, cut after item (三) of its first part (test/data/decisions/README.md).
const guangxi = parsePolicyText(
  readFileSync(new URL('../data/decisions/guangxi-xiugai-lifa-tiaoli.txt', import.meta.url), 'utf8'),
  { file: 'guangxi-xiugai-lifa-tiaoli.txt' },
);

describe('广西 关于修改《广西壮族自治区立法条例》等五件地方性法规的决定 (2024-11-28)', () => {
  test('amends the regulation its title names, not the national laws its new 第一条 names', () => {
    expect(guangxi.jurisdiction).toBe('广西壮族自治区');
    expect(readVersionStatements(guangxi)).toEqual([
      { kind: 'amend', workKey: '广西壮族自治区|立法条例', title: '广西壮族自治区立法条例', line: 1 },
    ]);
  });
});

const article = statuteArticle;

function part(line: number, heading: string): Part {
  return { number: line, label: '一、', heading, path: `p${line}`, line, articles: [] };
}

type Input = Parameters<typeof readVersionStatements>[0];
const text = (title: string, jurisdiction: string, articles: Article[], more: Partial<PolicyDocument> = {}): Input => ({
  title,
  jurisdiction,
  articles,
  ...more,
});
const targets = (doc: Input, options?: Parameters<typeof readVersionStatements>[1]) =>
  readVersionStatements(doc, options).map((s) => `${s.kind} ${s.workKey}`);

describe('a text ends only statutes of its own place or of a place under it', () => {
  test('a province does not repeal a national law, nor amend another province’s regulation', () => {
    expect(
      targets(text('河南省某条例', '河南省', [article(50, '《中华人民共和国某某法》和《河南省某办法》同时废止。')])),
    ).toEqual(['repeal 河南省|某办法']);
    expect(
      targets(
        text('河南省人民代表大会常务委员会关于修改《山东省某条例》的决定', '河南省', [article(1, '将第五条删去。')]),
      ),
    ).toEqual([]);
  });

  test('a city does not amend its province’s regulation; a province amends a city’s when the title names the city', () => {
    expect(targets(text('南宁市人民代表大会常务委员会关于修改〈广西壮族自治区某条例〉的决定', '南宁市', []))).toEqual(
      [],
    );
    const nanning = text(
      '广西壮族自治区人民代表大会常务委员会关于批准《南宁市人民代表大会常务委员会关于修改〈南宁市人民政府关于某事项的规定〉的决定》的决定',
      '广西壮族自治区',
      [],
    );
    // Where the city lies is known from the document's own places, or from the places the caller knows.
    expect(targets(nanning)).toEqual([]);
    expect(
      targets(nanning, { placesAbove: (p) => (p === '南宁市' ? ['广西壮族自治区', '中华人民共和国'] : []) }),
    ).toEqual(['amend 南宁市|关于某事项的规定']);
    const places: JurisdictionRef[] = [{ name: '南宁市', tier: 'municipal', parent: '广西壮族自治区' }];
    expect(targets({ ...nanning, jurisdictions: places })).toEqual(['amend 南宁市|关于某事项的规定']);
  });

  test('the nation holds every place: a State Council regulation repeals a Shanghai rule', () => {
    // lawrefbook 行政法规/国务院关于股份有限公司境内上市外资股的规定(1995-12-25).md
    expect(
      targets(
        text('国务院关于股份有限公司境内上市外资股的规定', '中华人民共和国', [
          article(35, '本规定自发布之日起施行。《上海市人民币特种股票管理办法》同时废止。'),
        ]),
      ),
    ).toEqual(['repeal 上海市|人民币特种股票管理办法']);
  });
});

describe('what a decision names as amended', () => {
  test('the 《》 of its title, never a title nested in it; its parts; a short title it defines', () => {
    // lawrefbook 司法解释/最高人民法院关于修改《…适用〈工会法〉…》等二十七件民事类司法解释的决定.md read 工会法 as amended.
    const court = text(
      '最高人民法院关于修改《最高人民法院关于在民事审判工作中适用〈中华人民共和国工会法〉若干问题的解释》等二十七件民事类司法解释的决定',
      '中华人民共和国',
      [article(30, '将第二条修改为：“依照《中华人民共和国民事诉讼法》办理。”'), article(40, '将《解释》第三条删去。')],
      {
        parts: [part(20, '修改《最高人民法院关于审理存单纠纷案件的若干规定》')],
        shortTitles: [{ short: '解释', full: '最高人民法院关于审理票据纠纷案件若干问题的规定' }],
      },
    );
    expect(targets(court)).toEqual([
      'amend 中华人民共和国|最高人民法院关于在民事审判工作中适用中华人民共和国工会法若干问题的解释',
      'amend 中华人民共和国|最高人民法院关于审理存单纠纷案件的若干规定',
      'amend 中华人民共和国|最高人民法院关于审理票据纠纷案件若干问题的规定',
    ]);
  });

  test('a decision to repeal repeals what its title names', () => {
    expect(targets(text('上海市人民代表大会常务委员会关于废止《上海市某条例》的决定', '上海市', []))).toEqual([
      'repeal 上海市|某条例',
    ]);
  });
});

// Documents copied from provincial, city and county portals, trimmed to the lines that show each defect. Sources:
//   Jining  http://wenshang.gov.cn/art/2017/12/12/art_101404_808424.html (济宁市人民政府关于进一步做好新形势下就业创业工作的意见)
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { resolveCitations } from '../../import/write/resolve-citations.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (text: string): PolicyDocument => parsePolicyText(text, { file: 'portal.txt' });

const JINING_HEAD = `济宁市人民政府 关于进一步做好新形势下就业创业工作的意见
各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区管委会,市政府各部门,各大企业,各高等院校:`;
const JINING_ARTICLES = `一、深入实施就业优先战略
1.坚持就业优先发展战略。各级政府制定的经济社会发展规划(计划)要把稳定和扩大就业作为优先选项。`;

describe('a province reuses a national title word for word: two cited documents, not one', () => {
  const cited = (preamble: string) => {
    const doc = parse(`${JINING_HEAD}\n${preamble}\n${JINING_ARTICLES}`);
    return doc.citations.map((c) => [c.title, c.docNumber, c.issuer, c.jurisdiction]);
  };
  const TITLE = '关于进一步做好新形势下就业创业工作的意见';

  test('different numbers after the same title', () => {
    expect(
      cited(
        `为贯彻落实国务院《${TITLE}》(国发〔2015〕23号)和省政府《${TITLE}》(鲁政发〔2015〕21号)等文件精神,现提出以下意见:`,
      ),
    ).toEqual([
      [TITLE, '国发〔2015〕23号', '国务院', '中华人民共和国'],
      [TITLE, '鲁政发〔2015〕21号', '山东省人民政府', '山东省'],
    ]);
  });

  test('no numbers: the issuers before the 《》 name different places', () => {
    expect(cited(`为贯彻落实国务院《${TITLE}》和省政府《${TITLE}》精神,现提出以下意见:`)).toEqual([
      [TITLE, undefined, '国务院', '中华人民共和国'],
      [TITLE, undefined, '山东省人民政府', '山东省'],
    ]);
  });

  test('a later bare mention of the title is still the first document', () => {
    const doc = parse(
      `${JINING_HEAD}\n为贯彻落实国务院《${TITLE}》(国发〔2015〕23号)精神,现提出以下意见:\n${JINING_ARTICLES}\n2.落实《${TITLE}》的各项要求。`,
    );
    expect(doc.citations.map((c) => [c.docNumber, c.relation, c.line])).toEqual([
      ['国发〔2015〕23号', 'implements', 3],
    ]);
  });

  test('the graph keeps them apart: one node by each number, the provincial one in the province', () => {
    const doc = parse(
      `${JINING_HEAD}\n为贯彻落实国务院《${TITLE}》(国发〔2015〕23号)和省政府《${TITLE}》(鲁政发〔2015〕21号)等文件精神,现提出以下意见:\n${JINING_ARTICLES}`,
    );
    const citing = { file: doc.file, id: 'jining', titleKey: buildTitleKey(doc.title), shortTitles: [] };
    const { links } = resolveCitations(citing, doc.citations, [], createRunRegistry());
    expect(links.map((l) => [l.targetId, l.create?.tier, l.create?.jurisdiction])).toEqual([
      ['国发〔2015〕23号', 'national', '中华人民共和国'],
      ['鲁政发〔2015〕21号', 'provincial', '山东省'],
    ]);
    const bare = parse(
      `${JINING_HEAD}\n为贯彻落实国务院《${TITLE}》和省政府《${TITLE}》精神,现提出以下意见:\n${JINING_ARTICLES}`,
    );
    const { links: byTitle } = resolveCitations(citing, bare.citations, [], createRunRegistry());
    expect(byTitle.map((l) => [l.create?.titleKey, l.create?.tier])).toEqual([
      [`中华人民共和国|${TITLE}`, 'national'],
      [`山东省|${TITLE}`, 'provincial'],
    ]);
  });
});

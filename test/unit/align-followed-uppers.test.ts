// A city's regulation is aligned with the documents of its province that it copies, cited or not. Tester D and E
// (2026-12-06) imported 江门市扬尘污染防治条例 and 广东省大气污染防治条例 (both from GitHub Fungwingwaa/cee,
// docs/posts/P3/jmsycwrfztl.md and gdsdqwrfztl.md @4298737c) beside 大气污染防治法: 江门 cites only the national laws,
// its title is not the province's, and compare(江门, 广东) gave 0 pairs although 江门 第三十三条 is 广东 第八十二条 word
// for word. The articles below are real excerpts of the three texts.
import { describe, expect, test } from 'vitest';
import {
  COMMON_PASSAGE_DOCUMENTS,
  FOLLOWED_PASSAGE,
  selectUpperDocuments,
  winnowedHashes,
  type AlignDocument,
} from '../../align/index.ts';

const COUNTRY = { name: '中华人民共和国' };
const GUANGDONG = { name: '广东省', parent: '中华人民共和国' };
const HENAN = { name: '河南省', parent: '中华人民共和国' };

function statute(
  file: string,
  title: string,
  place: { tier: AlignDocument['tier']; jurisdiction: string; jurisdictions: AlignDocument['jurisdictions'] },
  issuedOn: string,
  texts: readonly string[],
  cites: readonly string[] = [],
): AlignDocument {
  return {
    file,
    title,
    kind: 'regulation',
    authorityLevel: place.tier === 'national' ? 'law' : 'local_regulation',
    issuedOn,
    ...place,
    articles: texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
    citations: cites.map((title) => ({ title, relation: 'based_on' as const })),
  };
}

const national = { tier: 'national' as const, jurisdiction: '中华人民共和国', jurisdictions: [COUNTRY] };
const guangdong = { tier: 'provincial' as const, jurisdiction: '广东省', jurisdictions: [GUANGDONG, COUNTRY] };
const henan = { tier: 'provincial' as const, jurisdiction: '河南省', jurisdictions: [HENAN, COUNTRY] };
const jiangmen = {
  tier: 'municipal' as const,
  jurisdiction: '江门市',
  jurisdictions: [{ name: '江门市', parent: '广东省' }, GUANGDONG, COUNTRY],
};

const LAW_FIRST = '为保护和改善环境，防治大气污染，保障公众健康，推进生态文明建设，促进经济社会可持续发展，制定本法。';
const LAW_69 =
  '建设单位应当将防治扬尘污染的费用列入工程造价，并在施工承包合同中明确施工单位扬尘污染防治责任。施工单位应当制定具体的施工扬尘污染防治实施方案。';
const LAW_115 =
  '违反本法规定，施工单位有下列行为之一的，由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治：（一）施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施的；';

const law = statute('大气污染防治法', '中华人民共和国大气污染防治法', national, '2018-10-26', [
  LAW_FIRST,
  LAW_69,
  LAW_115,
]);

const GD_52 =
  '建设单位应当履行下列职责：（一）将扬尘污染防治费用列入工程造价，实行单列支付。在招标文件中要求投标人制定施工现场扬尘污染防治措施。在施工承包合同中明确施工单位的扬尘污染防治责任；（二）将扬尘污染防治内容纳入工程监理合同；（三）监督施工单位按照合同落实扬尘污染防治措施，监督监理单位按照合同落实扬尘污染防治监理责任。';
const GD_53 =
  '施工单位应当制定具体的施工扬尘污染防治实施方案，建立扬尘污染防治工作台账，落实扬尘污染防治措施。扬尘污染防治费用应当专款专用，不得挪用。';
const GD_54 =
  '监理单位应当做好扬尘污染防治监理工作；对未按照扬尘污染防治措施施工的，应当要求施工单位立即改正，并及时报告建设单位。';
const GD_82 =
  '违反本条例第五十三条第一款规定，施工单位未建立扬尘污染防治工作台账的，由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处五千元以上二万元以下的罚款；拒不改正的，责令停工整治。';

const province = statute(
  '广东省大气污染防治条例',
  '广东省大气污染防治条例',
  guangdong,
  '2018-11-29',
  [
    '为保护和改善大气环境，防治大气污染，保障公众健康，推进生态文明建设，促进经济社会可持续发展，根据《中华人民共和国环境保护法》和《中华人民共和国大气污染防治法》等法律法规，结合本省实际，制定本条例。',
    GD_52,
    GD_53,
    GD_54,
    GD_82,
  ],
  ['中华人民共和国大气污染防治法'],
);

const JM_FIRST =
  '为了防治扬尘污染，改善环境空气质量，保障公众健康，推进生态文明建设，根据《中华人民共和国环境保护法》《中华人民共和国大气污染防治法》等法律法规，结合本市实际，制定本条例。';
const JM_10 =
  '建设单位应当履行下列职责：（一）依法进行环境影响评价的，在提交的建设项目环境影响报告书、环境影响报告表中，应当包括扬尘污染的评价内容和防治措施。（二）将扬尘污染防治费用列入工程造价，实行单列支付。在招标文件中要求投标人制定施工现场扬尘污染防治措施。在施工承包合同中明确施工单位的扬尘污染防治责任。（三）将扬尘污染防治内容纳入工程监理合同，监督监理单位落实扬尘污染防治监理责任。（四）监督施工单位建立扬尘污染防治制度，按照合同落实各项扬尘污染防治措施。';
const JM_11 =
  '施工单位应当制定具体的施工扬尘污染防治实施方案，建立扬尘污染防治工作台账，落实扬尘污染防治措施。扬尘污染防治费用应当专款专用，不得挪作他用。';
const JM_12 =
  '监理单位应当将施工扬尘污染防治纳入监理范围，对施工单位扬尘污染防治设施设置和防治措施落实情况进行监理。对未按照扬尘污染防治实施方案施工的，监理单位应当要求施工单位立即改正，情节严重的，应当要求施工单位暂时停止施工，并及时报告建设单位；拒不改正的，及时报告有关行业主管部门。';
const JM_33 =
  '违反本条例第十一条第一款规定，施工单位未建立扬尘污染防治工作台账的，由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处五千元以上二万元以下的罚款；拒不改正的，责令停工整治。';

const city = (texts: readonly string[], file = '江门市扬尘污染防治条例') =>
  statute(file, '江门市扬尘污染防治条例', jiangmen, '2021-12-01', texts, ['中华人民共和国大气污染防治法']);

describe('a city’s text is aligned with the documents of its province it copies', () => {
  test('江门 cites the law only, copies 广东 article by article: aligned with both', () => {
    const jm = city([JM_FIRST, JM_10, JM_11, JM_12, JM_33]);
    expect(selectUpperDocuments([jm, province, law]).get(jm.file)).toEqual([province.file, law.file]);
  });

  test('only when the copy is in several articles: one copied article is not following', () => {
    const jm = city([JM_FIRST, JM_33]);
    expect(selectUpperDocuments([jm, province, law]).get(jm.file)).toEqual([law.file]);
  });

  test('nor when several articles share only a short phrase each', () => {
    // The first 24 characters of three of 广东's articles, each in an article of the city's own wording.
    const opening = (text: string) => text.replace(/[，。；：、（）]/g, '').slice(0, FOLLOWED_PASSAGE);
    const jm = city([
      JM_FIRST,
      `${opening(GD_52)}，并报告市人民政府。`,
      `${opening(GD_53)}，由市住房城乡建设主管部门公布。`,
      `${opening(GD_54)}，具体办法由市人民政府制定。`,
    ]);
    expect(selectUpperDocuments([jm, province, law]).get(jm.file)).toEqual([law.file]);
  });

  test('wording both copy from a document the city cites is no evidence of following the province', () => {
    // The city and the province restate the law's own articles; nothing is shared that the law does not hold.
    const restating = statute('广东省某条例', '广东省某条例', guangdong, '2018-11-29', [LAW_FIRST, LAW_69, LAW_115]);
    const jm = city([JM_FIRST, LAW_FIRST, LAW_69, LAW_115]);
    expect(selectUpperDocuments([jm, restating, law]).get(jm.file)).toEqual([law.file]);
  });

  test('only on its own chain of places: another province’s copy of the same text is not above 江门', () => {
    const other = { ...province, file: '河南省大气污染防治条例', title: '河南省大气污染防治条例', ...henan };
    const jm = city([JM_FIRST, JM_10, JM_11, JM_12, JM_33]);
    expect(selectUpperDocuments([jm, other, law]).get(jm.file)).toEqual([law.file]);
  });

  test('not a province’s text issued after the city’s', () => {
    const later = { ...province, issuedOn: '2022-03-01' };
    const jm = city([JM_FIRST, JM_10, JM_11, JM_12, JM_33]);
    expect(selectUpperDocuments([jm, later, law]).get(jm.file)).toEqual([law.file]);
  });

  test('wording found in many documents is common, not a copy', () => {
    const jm = city([JM_FIRST, JM_10, JM_11, JM_12, JM_33]);
    // Other cities' texts holding the copied articles too: with the province, as many documents as make it common.
    const others = Array.from({ length: COMMON_PASSAGE_DOCUMENTS - 1 }, (_, i) =>
      statute(`其他${i}`, `其他${i}`, { ...jiangmen, jurisdiction: `其他${i}市` }, '2020-01-01', [
        GD_52,
        GD_53,
        GD_54,
        GD_82,
      ]),
    );
    expect(selectUpperDocuments([jm, province, law, ...others]).get(jm.file)).toEqual([law.file]);
    expect(selectUpperDocuments([jm, province, law, ...others.slice(1)]).get(jm.file)).toEqual([
      province.file,
      law.file,
    ]);
  });
});

describe('winnowedHashes', () => {
  test(`a shared run of ${FOLLOWED_PASSAGE} characters is always found, whatever surrounds it`, () => {
    const run = '施工单位未建立扬尘污染防治工作台账的由县级以上人民'.slice(0, FOLLOWED_PASSAGE);
    expect(run).toHaveLength(FOLLOWED_PASSAGE);
    const fillers = ['', '甲', '乙丙', '丁戊己庚', '辛壬癸子丑寅卯辰巳午未申'];
    for (const before of fillers)
      for (const after of fillers) {
        const a = winnowedHashes(`${before}${run}${after}`);
        const b = winnowedHashes(`监督管理${after}${run}${before}活动`);
        expect([...a].some((h) => b.has(h))).toBe(true);
      }
  });

  test('folded and without punctuation: traditional characters and commas do not hide a copy', () => {
    const a = winnowedHashes('施工單位應當制定具體的施工揚塵污染防治實施方案，建立揚塵污染防治工作台賬');
    const b = winnowedHashes('施工单位应当制定具体的施工扬尘污染防治实施方案建立扬尘污染防治工作台账');
    expect(a).toEqual(b);
  });
});

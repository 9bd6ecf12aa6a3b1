// A cited title is no shared wording (tester D, /tmp/explore-d, defect 3): 内蒙古's wildlife measures (ruilaw.cn/fagui/
// 1673165581141682.html) 第一条 rests on the law by 根据《中华人民共和国野生动物保护法》; the State Council's 陆生野生动物
// 保护实施条例 (lawrefbook 行政法规/, 2016) 第一条 cites the same law and says nothing else, and came first among its
// sources at 0.497 on the title alone, above the law's own purpose article.
import { describe, expect, test } from 'vitest';
import { createSourceIndex, findCitationRanges, rankSources, type AlignDocument } from '../../align/index.ts';
import { prepareArticles } from '../../align/prepare-articles.ts';
import { scorePair, sharedPieces } from '../../align/score-pair.ts';

describe('citations in an article', () => {
  test.each([
    ['根据《中华人民共和国野生动物保护法》，制定本办法', [[2, 18]]],
    ['根据《中华人民共和国野生动物保护法》(以下简称《野生动物保护法》)的规定', [[2, 33]]],
    ['依照《国务院关于修改〈某条例〉的决定》（国务院令第1号）处理', [[2, 28]]],
    [
      '《甲法》和《乙法》',
      [
        [0, 4],
        [5, 9],
      ],
    ],
    ['根据《中华人民共和国 (a title never closed)', []],
    // A certificate is no document: 河南's 人口与计划生育条例 第三十一条 and the law's 第三十一条 share its name.
    ['凡领取《独生子女父母光荣证》的，凭证享受下列待遇', []],
    ['《中华人民共和国水法(2016年修正)》', [[0, 20]]],
  ])('%s', (text, ranges) => {
    expect(findCitationRanges(text)).toEqual(ranges);
  });
});

const doc = (file: string, tier: AlignDocument['tier'], issuedOn: string, text: string): AlignDocument => ({
  file,
  title: file,
  tier,
  kind: 'regulation',
  issuedOn,
  jurisdiction: tier === 'national' ? '中华人民共和国' : '内蒙古自治区',
  jurisdictions: [{ name: '内蒙古自治区', parent: '中华人民共和国' }, { name: '中华人民共和国' }],
  articles: [{ number: 1, path: 'a1', heading: '', text }],
});

describe('sources of a purpose article citing its law', () => {
  const measures = doc(
    'neimenggu-wildlife-measures',
    'provincial',
    '1998-11-27',
    '为保护、发展和合理利用自治区野生动物资源,根据《中华人民共和国野生动物保护法》,结合自治区实际,制定本办法。',
  );
  const terrestrial = doc(
    '陆生野生动物保护实施条例',
    'national',
    '1992-03-01',
    '根据《中华人民共和国野生动物保护法》(以下简称《野生动物保护法》)的规定，制定本条例。',
  );
  const law = doc(
    '野生动物保护法',
    'national',
    '1988-11-08',
    '为保护、拯救珍贵、濒危野生动物，保护、发展和合理利用野生动物资源，维护生态平衡，制定本法。',
  );

  test('the law the article restates comes first, the sibling citing the same law shares no wording', () => {
    const ranked = rankSources(
      createSourceIndex([measures, terrestrial, law]),
      { file: measures.file, path: 'a1' },
      { scope: 'UPPER' },
    );
    expect(ranked[0]!.file).toBe(law.file);
    const sibling = ranked.find((m) => m.file === terrestrial.file);
    expect(sibling === undefined || sibling.score < 0.2).toBe(true);
    for (const m of ranked) for (const e of m.evidence) expect(e.lowerText).not.toContain('野生动物保护法');
  });
});

describe('which side a citation is masked on', () => {
  // lawrefbook: 河南省人口与计划生育条例 (2021) 第三十九条 and 人口与计划生育法 (2021) 第四十五条, a labelled pair.
  const henan =
    '侮辱、威胁、殴打从事计划生育的工作人员、医务人员和其他人员，毁坏其财物，或以其他方式阻碍计划生育工作正常进行的，由公安机关按照《中华人民共和国治安管理处罚法》处罚；构成犯罪的，依法追究刑事责任。';
  const law =
    '拒绝、阻碍卫生健康主管部门及其工作人员依法执行公务的，由卫生健康主管部门给予批评教育并予以制止；构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。';

  test('a title the lower article cites still meets the words its upper article writes', () => {
    const [lower, upper] = prepareArticles(
      [
        { docKey: 'henan', heading: '', text: henan },
        { docKey: 'law', heading: '', text: law },
      ],
      { lowers: 1 },
    );
    expect(sharedPieces(lower!, upper!).map((p) => p.lowerText)).toContain('治安管理');
  });

  test('a title both cite adds nothing to their score', () => {
    const citing = (text: string) => text.replace('依法给予治安管理处罚', '依照《中华人民共和国治安管理处罚法》处罚');
    const score = (upperText: string) => {
      const [lower, upper] = prepareArticles(
        [
          { docKey: 'henan', heading: '', text: henan },
          { docKey: 'law', heading: '', text: upperText },
        ],
        { lowers: 1 },
      );
      return scorePair(lower!, upper!).score;
    };
    const withoutTitle = law.replace('依法给予治安管理处罚', '依照处罚');
    expect(score(citing(law))).toBeCloseTo(score(withoutTitle), 1);
  });
});

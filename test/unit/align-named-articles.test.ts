/**
 * Articles a lower article names (依照个人所得税法第六条) are read and put first among its candidates, marked cited;
 * its own articles (本法第十条) and names of documents that are not its uppers are not references.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  alignDocuments,
  inferImplements,
  readArticleReferences,
  referenceNames,
  selectUpperDocuments,
  traceLineage,
  type AlignDocument,
} from '../../align/index.ts';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { INCOME_TAX_NAMED_ARTICLES } from '../support/named-articles.ts';
import { readPolicyFile } from '../../import/index.ts';

const LAW = '中华人民共和国个人所得税法';
const BUDGET = '中华人民共和国预算法';

describe('readArticleReferences', () => {
  const names = referenceNames([LAW, BUDGET], '根据《中华人民共和国预算法》（以下简称预算法），制定本条例。');
  const read = (text: string) => readArticleReferences(text, names).map((r) => [r.title, r.article, r.start, r.end]);

  test('a title with or without 中华人民共和国, in 《》 or not, and a short name the document defines', () => {
    expect(read('依照个人所得税法第六条的规定')).toEqual([[LAW, 6, 2, 11]]);
    expect(read('《中华人民共和国个人所得税法》第二十一条第一款')).toEqual([[LAW, 21, 0, 20]]);
    expect(read('预算法第四十条所称')).toEqual([[BUDGET, 40, 0, 7]]);
  });

  test('a list goes on naming the same document: 第十条、第十二条第二款和第十五条', () => {
    expect(read('《中华人民共和国预算法》第十条、第十二条第二款和第十五条规定').map((r) => r[1])).toEqual([10, 12, 15]);
  });

  test('its own articles and unknown documents are no references', () => {
    expect(read('本法第十条')).toEqual([]);
    expect(read('依照本条例第三条、第五条')).toEqual([]);
    expect(read('依照企业所得税法第三条')).toEqual([]);
    expect(read('依照该法第三条')).toEqual([]);
  });

  test('a known name at the tail of a longer one is not it: 社会保险法 is no 保险法, 预算法实施条例 no 条例', () => {
    const known = referenceNames(
      ['中华人民共和国保险法', '中华人民共和国教育法', '中华人民共和国合同法', '某某条例'],
      '根据《某某条例》（以下简称条例），制定本办法。',
    );
    const at = (text: string) => readArticleReferences(text, known).map((r) => [r.name, r.article]);
    expect(at('依照社会保险法第八十六条')).toEqual([]);
    expect(at('依照义务教育法第五条')).toEqual([]);
    expect(at('违反劳动合同法第十条')).toEqual([]);
    expect(at('依照预算法实施条例第十条')).toEqual([]);
    expect(at('依照保险法第八十六条和合同法第五条')).toEqual([
      ['保险法', 86],
      ['合同法', 5],
    ]);
    expect(at('条例第三条所称')).toEqual([['条例', 3]]);
    // 实施 leads into a title (实施刑法第二百一十三条), never into a short name (实施条例第十条 above).
    const code = referenceNames(['中华人民共和国刑法']);
    expect(readArticleReferences('单位实施刑法第二百一十三条规定的行为', code).map((r) => r.article)).toEqual([213]);
  });

  test('a short name defined in 《》 and a range 第十条至第十二条', () => {
    const known = referenceNames(['某某条例'], '根据《某某条例》（以下简称《条例》），制定本办法。');
    expect(readArticleReferences('依照《条例》第十条至第十二条的规定', known).map((r) => r.article)).toEqual([
      10, 11, 12,
    ]);
  });

  test('an aside in brackets between the title and the article: a short name, a document number, a version', () => {
    expect(read('《中华人民共和国预算法》（以下简称预算法）第十条')).toEqual([[BUDGET, 10, 0, 24]]);
    expect(read('依照《中华人民共和国个人所得税法》(2018年修正)第六条')).toEqual([[LAW, 6, 2, 29]]);
    expect(read('《个人所得税法》（国发〔2018〕11号）第二条、第三条').map((r) => r[1])).toEqual([2, 3]);
    // Only right after 》: a bare name or a bracket closing something else names nothing.
    expect(read('预算法（2018年修正）第十条')).toEqual([]);
    // A short name in 《》 inside the aside, and 该 before a title in 《》 (该 before a bare name is no reference).
    expect(read('根据《中华人民共和国预算法》(以下简称《预算法》)第三十四条').map((r) => r[1])).toEqual([34]);
    expect(read('该《中华人民共和国预算法》（2018年修正）第十条').map((r) => r[1])).toEqual([10]);
    expect(read('（见个人所得税法）第十条')).toEqual([]);
  });

  test('a short name is defined only for a title the reader knows', () => {
    const own = referenceNames([LAW], '根据《某某条例》（以下简称条例），制定本办法。');
    expect(own.has('条例')).toBe(false);
  });
});

const ROOT = join(findSharedCorpora(), 'lawrefbook');
const REAL = existsSync(ROOT);

describe.skipIf(!REAL)('the named article comes first (个人所得税法实施条例 against 个人所得税法, lawrefbook)', () => {
  const read = async (file: string): Promise<AlignDocument> => ({ ...(await readPolicyFile(join(ROOT, file))), file });

  test('第二十三条 names 第八条: first and cited, though the texts alone rank 第十三条 first; naming nothing marks nothing', async () => {
    const regulation = await read('行政法规/个人所得税法实施条例(2018-12-18).md');
    const law = await read('经济法/个人所得税法(2018-08-31).md');
    const selection = new Map([[regulation.file, [law.file]]]);
    const pairs = alignDocuments([regulation, law], { selection });
    const first = (article: number) => pairs.find((p) => p.lower.article === article && p.rank === 1)!;
    expect([first(23).upper.article, first(23).cited]).toEqual([8, true]);
    expect([first(26).upper.article, first(26).cited]).toEqual([10, true]);
    // The same text with the names cut out: the texts alone put 第十三条 and 第十四条 (纳税申报) first.
    const cut: AlignDocument = {
      ...regulation,
      articles: regulation.articles.map((a) => ({ ...a, text: a.text.replace(/个人所得税法第[八十]条/g, '') })),
    };
    const plain = alignDocuments([cut, law], { selection }).filter(
      (p) => [23, 26].includes(p.lower.article) && p.rank === 1,
    );
    expect(plain.map((p) => [p.upper.article, p.cited])).toEqual([
      [13, undefined],
      [14, undefined],
    ]);
    // 第六条 of the regulation names no article of the law (个人所得税法规定的各项个人所得): nothing is marked.
    expect(pairs.filter((p) => p.lower.article === 6).some((p) => p.cited)).toBe(false);
    // The thirteen articles that name one: each has it first.
    const named = pairs.filter((p) => p.cited).map((p) => [p.lower.article, p.upper.article, p.rank]);
    expect(named).toEqual(INCOME_TAX_NAMED_ARTICLES.map(([lower, upper]) => [lower, upper, 1]));
  });
});

describe('named pairs among the candidates (synthetic)', () => {
  const doc = (file: string, title: string, texts: string[], issuedOn?: string): AlignDocument => ({
    file,
    title,
    tier: file.startsWith('law') ? 'national' : 'provincial',
    jurisdiction: file.startsWith('law') ? '中华人民共和国' : '某某省',
    kind: file.startsWith('law') ? 'law' : 'regulation',
    ...(issuedOn ? { issuedOn } : {}),
    articles: texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
  });
  const lawTexts = [
    '为了规范农业机械的生产和销售，制定本法。',
    '农业机械生产者应当保证产品质量，建立健全售后服务体系。',
    '违反本法规定的，由县级以上人民政府农业机械化主管部门责令改正，处以罚款。',
    '国家对购买先进适用农业机械的农民给予补贴。',
    '农业机械销售者应当负责修理、更换、退货。',
    '本法自公布之日起施行。',
  ];

  test('a named article the ranking did not keep is scored and put first; the others follow, renumbered', () => {
    const law = doc('law-2018', '中华人民共和国农业机械法', lawTexts, '2018-10-26');
    // Names 第四条 (补贴) in words about penalties: the texts alone rank 第三条 first.
    const local = doc(
      'local',
      '某某省农业机械条例',
      ['违反农业机械法第四条规定的，由县级以上人民政府农业机械化主管部门责令改正，处以罚款。'],
      '2020-01-01',
    );
    const selection = new Map([[local.file, [law.file]]]);
    const plain = alignDocuments(
      [
        {
          ...local,
          articles: [{ ...local.articles[0]!, text: local.articles[0]!.text.replace('农业机械法第四条', '') }],
        },
        law,
      ],
      { selection },
    );
    expect(plain[0]!.upper.article).toBe(3);
    const pairs = alignDocuments([local, law], { selection });
    expect(pairs.map((p) => [p.upper.article, p.rank, p.cited ?? false])[0]).toEqual([4, 1, true]);
    expect(pairs.map((p) => p.rank)).toEqual(pairs.map((_, i) => i + 1));
    expect(pairs.filter((p) => p.cited)).toHaveLength(1);
    expect(pairs.find((p) => p.upper.article === 3)!.rank).toBe(2);
  });

  test('more named articles than candidates kept: every named one stays', () => {
    const law = doc('law-2018', '中华人民共和国农业机械法', lawTexts, '2018-10-26');
    const local = doc('local', '某某省农业机械条例', ['依照农业机械法第一条至第六条的规定执行。']);
    const pairs = alignDocuments([local, law], { selection: new Map([[local.file, [law.file]]]), maxCandidates: 2 });
    expect(
      pairs
        .filter((p) => p.cited)
        .map((p) => p.upper.article)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('of two versions of the named law, the one in force when the text was issued', () => {
    const old = doc('law-2004', '中华人民共和国农业机械法', [...lawTexts].reverse(), '2004-06-25');
    const law = doc('law-2018', '中华人民共和国农业机械法', lawTexts, '2018-10-26');
    const text = ['违反农业机械法第四条规定的，处以罚款。'];
    const selection = (file: string) => new Map([[file, [old.file, law.file]]]);
    const named = (lower: AlignDocument) =>
      alignDocuments([lower, old, law], { selection: selection(lower.file) })
        .filter((p) => p.cited)
        .map((p) => [p.upper.file, p.upper.article]);
    expect(named(doc('local-2010', '某某省农业机械条例', text, '2010-01-01'))).toEqual([['law-2004', 4]]);
    expect(named(doc('local-2020', '某某省农业机械条例', text, '2020-01-01'))).toEqual([['law-2018', 4]]);
  });

  test('a text dated only to its year or month is not placed before a version of that year: that version is in force', () => {
    // Dates are ISO prefixes compared on their common length (existed-before.ts, isLaterDate): a text of '2018' (a
    // copy that tells no day, or only its number's year 某政发〔2018〕3号) cannot be placed before the 2018-10-26 text.
    const old = doc('law-2004', '中华人民共和国农业机械法', [...lawTexts].reverse(), '2004-06-25');
    const law = doc('law-2018', '中华人民共和国农业机械法', lawTexts, '2018-10-26');
    const text = ['违反农业机械法第四条规定的，处以罚款。'];
    const named = (lower: AlignDocument) =>
      alignDocuments([lower, old, law], { selection: new Map([[lower.file, [old.file, law.file]]]) })
        .filter((p) => p.cited)
        .map((p) => [p.upper.file, p.upper.article]);
    expect(named(doc('local-2018', '某某省农业机械条例', text, '2018'))).toEqual([['law-2018', 4]]);
    expect(named(doc('local-2018-10', '某某省农业机械条例', text, '2018-10'))).toEqual([['law-2018', 4]]);
    expect(named({ ...doc('local-number', '某某省农业机械条例', text), docNumber: '某政发〔2018〕3号' })).toEqual([
      ['law-2018', 4],
    ]);
    // A month before the version's is before it: the 2004 text is the one in force.
    expect(named(doc('local-2018-09', '某某省农业机械条例', text, '2018-09'))).toEqual([['law-2004', 4]]);
  });

  test('第一百二十条之一 is the article inserted after 第一百二十条, not 第一百二十条 itself', () => {
    const code: AlignDocument = {
      ...doc('law-code', '中华人民共和国刑法', []),
      articles: [
        { number: 120, path: 'a120', heading: '', text: '组织、领导恐怖活动组织的，处十年以上有期徒刑。' },
        { number: 120, path: 'a120-1', heading: '', text: '资助恐怖活动组织的，处五年以下有期徒刑。' },
        { number: 121, path: 'a121', heading: '', text: '以暴力劫持航空器的，处十年以上有期徒刑。' },
      ],
    };
    const lower = doc('local', '某某解释', [
      '实施刑法第一百二十条之一规定的行为，应当认定为犯罪。',
      '实施刑法第一百二十条规定的行为的，依法处理。',
    ]);
    const pairs = alignDocuments([lower, code], { selection: new Map([[lower.file, [code.file]]]) });
    expect(pairs.filter((p) => p.cited).map((p) => [p.lower.article, p.upper.path])).toEqual([
      [1, 'a120-1'],
      [2, 'a120'],
    ]);
    expect(
      readArticleReferences('刑法第一百二十条之一、第一百二十条之二', referenceNames(['中华人民共和国刑法'])).map(
        (r) => [r.article, r.inserted],
      ),
    ).toEqual([
      [120, 1],
      [120, 2],
    ]);
  });

  test('a document that names an article of another cites it: the selection takes it beside the 《》 citations', () => {
    const cited = doc('law-a', '中华人民共和国甲法', ['甲法的规定。'], '2000-01-01');
    const named = doc('law-b', '中华人民共和国农业机械法', lawTexts, '2018-10-26');
    const other = doc('law-c', '中华人民共和国丙法', ['丙法的规定。'], '2000-01-01');
    const local: AlignDocument = {
      ...doc(
        'local',
        '某某省农业机械条例',
        ['根据《中华人民共和国甲法》，制定本条例。', '违反农业机械法第四条规定的，处以罚款。'],
        '2020-01-01',
      ),
      citedFiles: ['law-a'],
    };
    expect(selectUpperDocuments([local, cited, named, other]).get('local')).toEqual(['law-a', 'law-b']);
  });

  test('a code in several books of one title and date (民法典): the named article is in whichever book holds it', () => {
    const book = (file: string, from: number, texts: string[]): AlignDocument => ({
      ...doc(file, '中华人民共和国民法典', [], '2020-05-28'),
      articles: texts.map((text, i) => ({ number: from + i, path: `a${from + i}`, heading: '', text })),
    });
    const first = book('law-book1', 1, ['为了保护民事主体的合法权益，制定本法。', '民法调整平等主体之间的关系。']);
    const second = book('law-book4', 990, ['人格权是民事主体享有的权利。', '自然人享有肖像权。']);
    const local = doc(
      'local',
      '某某解释',
      ['依照民法典第二条的规定，平等主体之间的人格权纠纷，依法处理。'],
      '2021-01-01',
    );
    const pairs = alignDocuments([local, first, second], {
      selection: new Map([[local.file, [first.file, second.file]]]),
    });
    expect(pairs.filter((p) => p.cited).map((p) => [p.upper.file, p.upper.article])).toEqual([['law-book1', 2]]);
  });

  test('a named pair is no evidence of implementing, and does not push the texts’ best candidate out of it', () => {
    const pair = (upper: string, article: number, rank: number, score: number, cited?: boolean) => ({
      lower: { file: 'local', title: 'L', article, path: `a${article}`, heading: '' },
      upper: { file: upper, title: upper, article: 1, path: 'a1', heading: '' },
      score,
      class: 'related' as const,
      rank,
      ...(cited ? { cited: true } : {}),
      evidence: [],
      method: 'm',
      version: 'v',
    });
    const docs = [doc('local', 'L', ['x', 'y']), doc('law-a', 'A', ['x']), doc('law-b', 'B', ['x'])];
    // Both lower articles name law-a's article (a low text score) and match law-b's best.
    const pairs = [
      pair('law-a', 1, 1, 0.1, true),
      pair('law-b', 1, 2, 0.6),
      pair('law-a', 2, 1, 0.1, true),
      pair('law-b', 2, 2, 0.6),
    ];
    expect(inferImplements(docs, pairs).map((i) => [i.upperFile, i.alignedArticles])).toEqual([['law-b', 2]]);
    const chains = traceLineage(pairs, { file: 'local', article: 1 });
    expect(chains.map((c) => c.at(-1)!.file).sort()).toEqual(['law-a', 'law-b']);
  });
});

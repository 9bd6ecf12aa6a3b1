import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  addScoreBands,
  COMPARED_FROM,
  combineEvaluations,
  existedBefore,
  findReuse,
  COMMON_WORDING_PEERS,
  inferLikelyParents,
  parseLabelledPairs,
  createSourceIndex,
  rankSources,
  recallAt3ByStrength,
  toAlignmentLabels,
  type AlignDocument,
} from '../../align/index.ts';
import { readDocuments } from '../../cli/commands/align.ts';
import { evaluateSuite, heldOutSuites, readSuites, realSuites } from '../../cli/commands/eval-align.ts';
import { readLawrefbookDocument } from '../../cli/read-lawrefbook.ts';
import { LAWS_DIR } from '../../import/index.ts';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { corpusFixture } from './align-fixtures.ts';

describe('labelled real pairs', () => {
  test('strong, medium and none lines parse; none has - as upper', () => {
    const pairs = parseLabelledPairs('a.md\t一\tb.md\t18\tstrong\t协议定价\na.md\t2\t-\t-\tnone\tlocal addition');
    expect(pairs).toEqual([
      {
        lowerFile: 'a.md',
        lowerArticle: 1,
        upperFile: 'b.md',
        upperArticle: 18,
        strength: 'strong',
        reason: '协议定价',
        line: 1,
      },
      { lowerFile: 'a.md', lowerArticle: 2, strength: 'none', reason: 'local addition', line: 2 },
    ]);
  });

  test("evaluation labels keep the reader's strength, and recall@3 is counted for strong and medium apart", () => {
    const pairs = parseLabelledPairs(
      'a.md\t1\tb.md\t1\tstrong\tx\na.md\t1\tb.md\t5\tmedium\ty\na.md\t2\tb.md\t2\tmedium\tz\na.md\t3\t-\t-\tnone\tw',
    );
    const labels = toAlignmentLabels(pairs);
    expect(labels.map((l) => l.strength)).toEqual(['strong', 'medium', 'medium']);
    const ranks = [1, 4, 2];
    const outcomes = labels.map((label, i) => ({ label, rank: ranks[i] }));
    expect(recallAt3ByStrength([...outcomes, { label: { ...labels[0]!, strength: undefined } }])).toEqual({
      strong: { found: 1, pairs: 1 },
      medium: { found: 1, pairs: 2 },
    });
  });

  test.each([
    ['a.md\t1\tb.md\t2\tweak\tx', /set.tsv:1: strength must be/],
    ['# c\na.md\t1\tb.md\t2\tnone\tx', /set.tsv:2: a none label has -/],
    ['a.md\t1\t-\t-\tstrong\tx', /set.tsv:1: upper file or article missing/],
  ])('a bad line is an error naming file and line: %s', (tsv, message) => {
    expect(() => parseLabelledPairs(tsv, 'set.tsv')).toThrow(message);
  });
});

describe('sources and likely parents on the corpus (citations ignored)', () => {
  const corpus = corpusFixture();
  const liuzhou = corpus.find((d) => d.file.endsWith('liuzhou-hitech-measures.txt'))!;

  test('Liuzhou (一) 加强关键核心技术攻关 comes first from the State Council opinions (六)', () => {
    const [first] = rankSources(
      createSourceIndex(corpus),
      { file: liuzhou.file, path: liuzhou.articles[0]!.path },
      { scope: 'UPPER', limit: 3 },
    );
    expect([first!.file.split('/').pop(), first!.article, first!.scope]).toEqual([
      'state-council-hitech-opinions.txt',
      6,
      'UPPER',
    ]);
    expect(first!.evidence.map((e) => e.lowerText)).toContain('加强关键核心技术');
  });

  test('PEER finds nothing when no other document shares the tier; the interpretation is never a source', () => {
    expect(
      rankSources(
        createSourceIndex(corpus),
        { file: liuzhou.file, path: liuzhou.articles[0]!.path },
        { scope: 'PEER' },
      ),
    ).toEqual([]);
  });

  test("of a law's versions only the one in force then is a source; a peer's repeated article is one source", () => {
    const law = (year: string, second: string): AlignDocument => ({
      file: `water-law(${year})`,
      title: '中华人民共和国水法',
      tier: 'national',
      kind: 'law',
      issuedOn: `${year}-07-02`,
      firstIssuedOn: '1988-01-21',
      workId: 'w:中华人民共和国|水法',
      articles: [
        { number: 1, path: 'a1', heading: '', text: '国家鼓励单位和个人节约用水，推广节水器具和节水技术。' },
        { number: 2, path: 'a2', heading: '', text: second },
      ],
    });
    const city = (issuedOn: string): AlignDocument => ({
      file: `city-${issuedOn}`,
      title: '某市节约用水条例',
      tier: 'municipal',
      kind: 'regulation',
      issuedOn,
      articles: [
        {
          number: 1,
          path: 'a1',
          heading: '',
          text: '本市鼓励单位和个人节约用水，推广节水器具和节水技术；用水应当计量。',
        },
      ],
    });
    const versions = [
      law('2002', '用水应当计量。'),
      law('2016', '用水应当计量，并按照批准的用水计划用水。'),
      law('2009', '用水应当计量。'),
    ];
    const ask = (lower: AlignDocument) =>
      rankSources(createSourceIndex([lower, ...versions]), { file: lower.file, path: 'a1' }, { scope: 'UPPER' }).map(
        (m) => `${m.file} ${m.path}`,
      );
    // 2010: the 2009 text was in force, not the 2016 one (made later, though its 第二条 differs) nor 2002's copy.
    expect(ask(city('2010-05-01')).sort()).toEqual(['water-law(2009) a1', 'water-law(2009) a2']);
    // 2020: the 2016 text; before any version in the graph: the earliest.
    expect(ask(city('2020-05-01')).sort()).toEqual(['water-law(2016) a1', 'water-law(2016) a2']);
    expect(ask(city('1995-05-01')).filter((m) => m.endsWith('a1'))).toEqual(['water-law(2002) a1']);
    // Another city's work is searched in its version in force in 2010, as an upper one is: its article is listed
    // once, and a later version's rewording is no source (tester D: a 1997 text was given 上海's 2024 text although
    // the 2010 one was in the graph).
    const peer = (year: string): AlignDocument => ({
      ...city(`${year}-01-01`),
      file: `other-city(${year})`,
      title: '另一市节约用水条例',
      workId: 'w:另一市|节约用水条例',
      firstIssuedOn: '2008-01-01',
    });
    const lower = city('2010-05-01');
    const peers = rankSources(
      createSourceIndex([lower, peer('2008'), peer('2015')]),
      { file: lower.file, path: 'a1' },
      { scope: 'PEER' },
    );
    expect(peers.map((m) => m.file)).toEqual(['other-city(2008)']);
    const reworded: AlignDocument = {
      ...peer('2015'),
      articles: [
        { number: 1, path: 'a1', heading: '', text: '本市鼓励单位和个人节约用水，推广节水器具；用水应当计量收费。' },
      ],
    };
    const ranked = (versionsOfPeer: AlignDocument[]) =>
      rankSources(
        createSourceIndex([lower, ...versionsOfPeer]),
        { file: lower.file, path: 'a1' },
        { scope: 'PEER' },
      ).map((m) => m.file);
    expect(ranked([peer('2008'), reworded])).toEqual(['other-city(2008)']);
    // Before any version in the graph: the earliest stands in.
    expect(ranked([reworded, { ...reworded, file: 'other-city(2019)', issuedOn: '2019-01-01' }])).toEqual([
      'other-city(2015)',
    ]);
  });

  test('the Liuzhou measures implement the State Council opinions first, then the MOST plan and Guangxi', () => {
    expect(inferLikelyParents(corpus, liuzhou.file).map((p) => p.file.split('/').pop())).toEqual([
      'state-council-hitech-opinions.txt',
      'most-hitech-zone-plan-14th.txt',
      'guangxi-hitech-measures.txt',
    ]);
  });
});

describe('likely parents in time', () => {
  const statute = (file: string, tier: AlignDocument['tier'], dates: Partial<AlignDocument>, texts: string[]) => ({
    file,
    title: file,
    tier,
    kind: 'regulation' as const,
    ...dates,
    articles: texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
  });
  const saving = ['单位和个人应当节约用水，推广节水器具和节水技术。', '用水单位应当安装计量设施，按照规定缴纳水费。'];
  const lower = statute('city-water-2020', 'municipal', { issuedOn: '2020-09-25' }, saving);
  // The national regulation says the same in the same words, but was first adopted in 2024: it cannot be the basis.
  const later = statute(
    'national-water-saving',
    'national',
    { issuedOn: '2024-03-09', firstIssuedOn: '2024-02-02' },
    saving,
  );
  // The law's text in the book is of 2016, but the work exists since 1988.
  const law = statute('water-law', 'national', { issuedOn: '2016-07-02', firstIssuedOn: '1988-01-21' }, [
    '国家鼓励单位和个人节约用水，推广节水技术。',
    '用水应当计量，并按照批准的用水计划用水。',
  ]);

  test('a work first adopted after the document was issued is never its parent; a later text of an older work is', () => {
    expect(inferLikelyParents([lower, later, law], lower.file).map((p) => p.file)).toEqual(['water-law']);
  });

  test('a law carries up the score of the national regulation that rests on it, and ranks just above it', () => {
    const regulation = { ...later, firstIssuedOn: '2012-01-01', basedOnFiles: ['water-law'] };
    const ranked = inferLikelyParents([lower, regulation, law], lower.file);
    expect(ranked.map((p) => [p.file, p.via])).toEqual([
      ['water-law', 'national-water-saving'],
      ['national-water-saving', undefined],
    ]);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
    // Not across tiers: a provincial text resting on the law does not lift it.
    const provincial = { ...regulation, tier: 'provincial' as const };
    expect(inferLikelyParents([lower, provincial, law], lower.file).map((p) => p.file)).toEqual([
      'national-water-saving',
      'water-law',
    ]);
  });

  test('versions of one work are one parent, the one in force then, and the others leave room for other works', () => {
    const version = (year: string, texts: string[]) => ({
      ...statute(`water-law(${year})`, 'national', { issuedOn: `${year}-07-02`, firstIssuedOn: '1988-01-21' }, texts),
      workId: 'w:中华人民共和国|水法',
    });
    const v2002 = version('2002', saving);
    const v2009 = version('2009', [saving[0]!, '用水应当计量。']);
    const v2016 = version(
      '2016',
      law.articles.map((a) => a.text),
    );
    const other = statute('irrigation-rules', 'national', { firstIssuedOn: '2000-01-01' }, [
      '农业灌溉用水单位应当节约用水。',
    ]);
    const docs = [lower, v2016, v2009, v2002, other];
    // The 2002 text is the closest in words, but a text of 2020 rests on the 2016 one.
    expect(inferLikelyParents(docs, lower.file, { limit: 3 }).map((p) => p.file)).toEqual([
      'water-law(2016)',
      'irrigation-rules',
    ]);
    // With a shortlist of two, the versions no longer take both places from the other work.
    expect(inferLikelyParents(docs, lower.file, { shortlist: 2 }).map((p) => p.file)).toEqual([
      'water-law(2016)',
      'irrigation-rules',
    ]);
    // Made in 2010, it rests on the 2009 text.
    const older = { ...lower, file: 'city-water-2010', issuedOn: '2010-05-01' };
    expect(inferLikelyParents([older, ...docs.slice(1)], older.file).map((p) => p.file)).toEqual([
      'water-law(2009)',
      'irrigation-rules',
    ]);
  });

  test('unknown dates exclude nothing', () => {
    const undated = { ...later, firstIssuedOn: undefined, issuedOn: undefined } as AlignDocument;
    expect(inferLikelyParents([lower, undated, law], lower.file).map((p) => p.file)).toEqual([
      'national-water-saving',
      'water-law',
    ]);
  });

  test('with no first date given, a text is dated by the making its head lines tell, else by its own date', () => {
    const own = { ...later, firstIssuedOn: undefined } as AlignDocument;
    expect(inferLikelyParents([lower, own, law], lower.file).map((p) => p.file)).toEqual(['water-law']);
    const told = { ...own, events: [{ kind: 'adoption' as const, start: '2012-05-01' }] };
    expect(inferLikelyParents([lower, told, law], lower.file).map((p) => p.file)).toEqual([
      'national-water-saving',
      'water-law',
    ]);
  });

  test.each([
    ['2024-02-02', '2020-09-25', false],
    ['1988-01-21', '2020-09-25', true],
    ['2020-09', '2020-09-25', true],
    ['2020-10-01', '2020-09', false],
    ['2020-09-25', '2020-09-25', true],
  ])('a work first issued %s can be the basis of a text of %s: %s', (first, issued, expected) => {
    expect(existedBefore({ firstIssuedOn: first }, { issuedOn: issued })).toBe(expected);
  });
});

describe('findReuse', () => {
  const doc = (file: string, texts: string[]): AlignDocument => ({
    file,
    title: file,
    tier: 'county',
    kind: 'measures',
    articles: texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
  });
  const copied = '对新认定的国家级专精特新小巨人企业给予一次性奖励';

  test('a passage copied by a peer county is found with its span and share; other tiers are ignored', () => {
    // The city shares a2 with county a: a city's text is no peer of a county's.
    const cityText = '市级专项资金用于县域特色产业园区基础设施建设';
    const a = doc('a', [`${copied}。`, `${cityText}。`]);
    const b = doc('b', ['开头不同。', `本县${copied}五十万元。`]);
    const city: AlignDocument = { ...doc('c', [cityText]), tier: 'municipal' };
    const [match, ...rest] = findReuse([a, b, city], 'a', { minLength: 12 });
    expect(rest).toEqual([]);
    expect(match!.file).toBe('b');
    // Its own wording: all but 给予, a stock phrase.
    expect(match!.spans).toEqual([
      { path: 'a1', otherPath: 'a2', text: copied, start: 0, end: copied.length, length: copied.length, own: 22 },
    ]);
    expect(match!.share).toBeCloseTo(copied.length / (copied.length + cityText.length), 4);
  });

  test('passages shorter than minLength do not count', () => {
    expect(findReuse([doc('a', ['给予一次性奖励']), doc('b', ['给予一次性奖励'])], 'a', { minLength: 12 })).toEqual([]);
  });

  test('a passage exactly minLength long at either end of a peer article is found (the hash prefilter keeps it)', () => {
    const passage = copied.slice(0, 12);
    const a = doc('a', [`甲乙${passage}丙丁`]);
    const atEnd = doc('b', [`前文不同的话${passage}`]);
    const atStart = doc('c', [`${passage}后文不同的话`]);
    const found = findReuse([a, atEnd, atStart], 'a', { minLength: 12 });
    expect(found.map((m) => [m.file, m.sharedCharacters, m.spans[0]!.text])).toEqual([
      ['b', 12, passage],
      ['c', 12, passage],
    ]);
  });

  test('two versions of one work are one text in time: neither copies the other, nor is the other its PEER source', () => {
    const v2010: AlignDocument = { ...doc('v2010', [`${copied}。`]), workId: 'w:某县|某办法' };
    const v2024: AlignDocument = { ...doc('v2024', [`修订后${copied}。`]), workId: 'w:某县|某办法' };
    const peer = doc('peer', [`本县${copied}。`]);
    expect(findReuse([v2010, v2024, peer], 'v2024', { minLength: 12 }).map((m) => m.file)).toEqual(['peer']);
    const sources = rankSources(
      createSourceIndex([v2010, v2024, peer]),
      { file: 'v2024', path: 'a1' },
      {
        scope: 'PEER',
        limit: 5,
      },
    );
    expect(sources.map((s) => s.file)).toEqual(['peer']);
  });

  test('a peer first made after the text is not where it comes from; one made before, or undated, is', () => {
    const text: AlignDocument = { ...doc('上海 2010', [`本市${copied}。`]), issuedOn: '2010-09-17' };
    const later: AlignDocument = { ...doc('北京 2019', [`本市${copied}。`]), issuedOn: '2019-11-27' };
    const laterText: AlignDocument = { ...later, file: '北京 2019 revised', firstIssuedOn: '2004-12-02' };
    const undated = doc('山东', [`本省${copied}。`]);
    const docs = [text, later, laterText, undated];
    const sources = rankSources(createSourceIndex(docs), { file: text.file, path: 'a1' }, { scope: 'PEER', limit: 5 });
    expect(sources.map((s) => s.file).sort()).toEqual(['北京 2019 revised', '山东']);
    // Reuse looks both ways: the later text still shares the passage.
    expect(findReuse(docs, text.file, { minLength: 12 }).map((m) => m.file)).toContain('北京 2019');
  });

  test('a text with no work id (no date, no head lines) is a version of the dated text of its title and place, not its copy', () => {
    const title = '上海市实施《义务教育法》办法';
    const dated: AlignDocument = {
      ...doc('办法(2024-09-27).md', [`修订后${copied}。`]),
      title,
      jurisdiction: '上海市',
      workId: 'w:上海市|实施中华人民共和国义务教育法办法',
    };
    const undated: AlignDocument = { ...doc('办法(2009-02-24).md', [`${copied}。`]), title, jurisdiction: '上海市' };
    const elsewhere: AlignDocument = { ...undated, file: '北京.md', title, jurisdiction: '北京市' };
    expect(findReuse([undated, dated, elsewhere], dated.file, { minLength: 12 }).map((m) => m.file)).toEqual([
      '北京.md',
    ]);
    expect(findReuse([undated, dated], undated.file, { minLength: 12 })).toEqual([]);
    const untitledPlace: AlignDocument = { ...undated, file: 'x.md', jurisdiction: undefined };
    expect(findReuse([untitledPlace, dated], dated.file, { minLength: 12 }).map((m) => m.file)).toEqual(['x.md']);
  });

  test('the CLI reads two files of one statute as one work (上海市科学技术进步条例 2010 and 2024)', async () => {
    const files = ['上海市科学技术进步条例(2010-09-17).md', '上海市科学技术进步条例(2024-05-10).md'].map((f) =>
      join(LAWS_DIR, f),
    );
    const docs = await readDocuments(files, () => {});
    expect(docs.map((d) => d.workId)).toEqual(['w:上海市|科学技术进步条例', 'w:上海市|科学技术进步条例']);
    expect(findReuse(docs, docs[1]!.file, { minLength: 20 })).toEqual([]);
  });

  test('wording shared by COMMON_WORDING_PEERS peers is common wording, not a copy; a smaller family of copies stays', () => {
    // Over lawrefbook every regulation shared the liability formula with a hundred peers or more, so reuse listed them
    // all. Here 30 counties close with it; one of them also copies a measure, and ten others share a template.
    const formula = '对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任。';
    const template = '县人民政府应当建立健全农村饮水安全工程运行管护机制，落实管护主体和经费。';
    // The ten also name the same act before the formula: the windows across its edge are shared by ten, not 25, yet
    // the formula's characters in them are still common wording.
    const act = '擅自改变饮水工程用途的，';
    const county = (k: number, extra: string[], before = '违反本办法规定的，') =>
      doc(`c${k}`, [`第${k}县特有的开头内容，各不相同的说明文字。`, ...extra, `${before}${formula}`]);
    const a = doc('a', [`${copied}。`, template, `${act}${formula}`]);
    const peers = Array.from({ length: 30 }, (_, k) =>
      k === 0 ? county(k, [`本县${copied}五十万元。`]) : k <= 10 ? county(k, [template], act) : county(k, []),
    );
    expect(COMMON_WORDING_PEERS).toBe(25);
    const found = findReuse([a, ...peers], 'a', { minLength: 12 });
    expect(found.map((m) => m.file).sort()).toEqual(
      ['c0', ...Array.from({ length: 10 }, (_, k) => `c${k + 1}`)].sort(),
    );
    // c0 shares the measure; c1–c10 the template, the whole of it; none is credited with the formula.
    expect(found.find((m) => m.file === 'c0')!.spans.map((x) => x.text)).toEqual([copied]);
    const templateSpans = found.filter((m) => m.file !== 'c0').map((m) => m.spans.map((x) => x.text));
    expect(templateSpans).toEqual(Array.from({ length: 10 }, () => [template.slice(0, -1)]));
    // Asked to count it (commonIn beyond the peers), the formula makes every county a peer sharing text again.
    expect(findReuse([a, ...peers], 'a', { minLength: 12, commonIn: 100 })).toHaveLength(30);
  });

  test('asked again about the same documents, the answer is the same (contents folded once are kept)', () => {
    const docs = [doc('a', [`${copied}。`]), doc('b', [`县里${copied}。`])];
    expect(findReuse(docs, 'a', { minLength: 10 })).toEqual(findReuse(docs, 'a', { minLength: 10 }));
  });
});

const REAL_ROOT = join(findSharedCorpora(), 'lawrefbook');
const REAL = existsSync(REAL_ROOT);

/** The real sets with their pooled judgements, read whole: evaluated once for the score bands and coverage. */
let readWhole: Promise<Awaited<ReturnType<typeof evaluateSuite>>[]> | undefined;
function realSetsReadWhole() {
  readWhole ??= (async () => {
    const results = [];
    for (const suite of (await realSuites()).pooled.filter((s) => s.pooled))
      results.push(await evaluateSuite({ ...suite, readWhole: true }, () => {}));
    return results;
  })();
  return readWhole;
}

/**
 * Engine 1.8 on each development set, as `npm run eval:align` gives it: lower articles with the labelled upper first,
 * and labelled pairs in the top 3, on the reading and with the pooled judgements. No set may fall below its row.
 * The issue's floors per set (precision@1 ≥ 0.8 and at least both baselines') hold on 10 of the 15 sets; 上海 SME,
 * 上海 合作社, 上海 图书馆, 北京 审计 and 山东 动物防疫 miss one of them (docs/alignment.md, "Held-out sets").
 */
const ENGINE_1_8: Record<string, { reading: [number, number]; pooled: [number, number] }> = {
  'beijing-audit.tsv': { reading: [25, 37], pooled: [25, 38] },
  'beijing-sme.tsv': { reading: [34, 49], pooled: [35, 53] },
  'beijing-tcm.tsv': { reading: [37, 58], pooled: [39, 66] },
  'beijing-transfer.tsv': { reading: [28, 40], pooled: [30, 46] },
  'henan-employment.tsv': { reading: [44, 63], pooled: [44, 65] },
  'henan-population.tsv': { reading: [29, 39], pooled: [30, 43] },
  'henan-progress.tsv': { reading: [39, 51], pooled: [43, 71] },
  'shandong-agrimachinery.tsv': { reading: [32, 45], pooled: [32, 49] },
  'shandong-animal-epidemic.tsv': { reading: [49, 74], pooled: [49, 75] },
  'shandong-domestic-violence.tsv': { reading: [42, 47], pooled: [43, 53] },
  'shandong-transfer.tsv': { reading: [36, 42], pooled: [36, 43] },
  'shanghai-cooperatives.tsv': { reading: [28, 36], pooled: [28, 42] },
  'shanghai-libraries.tsv': { reading: [28, 46], pooled: [29, 53] },
  'shanghai-sme.tsv': { reading: [29, 45], pooled: [33, 53] },
  'shanghai-transfer.tsv': { reading: [31, 46], pooled: [32, 51] },
};

describe.skipIf(!REAL)('floors on the labelled real pairs (../shared/corpora/lawrefbook)', () => {
  test.each([
    ['the reading', false],
    ['the reading with the pooled judgements', true],
  ])(
    "on %s: overall precision@1 and recall@3 above both baselines'; no set below engine 1.8's figures; strong pairs found",
    async (_, pooled) => {
      const suites = (await realSuites())[pooled ? 'pooled' : 'reading'];
      const sets = [];
      for (const suite of suites) {
        const e = (await evaluateSuite(suite, () => {})).evaluations;
        sets.push(e);
        const row = ENGINE_1_8[basename(suite.labels)]?.[pooled ? 'pooled' : 'reading'];
        expect(row, `${basename(suite.labels)} has a row in ENGINE_1_8`).toBeDefined();
        const firstRight = Math.round(e.engine.precisionAt1 * e.engine.lowerArticles);
        const foundAt3 = e.engine.outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length;
        expect(firstRight, `${basename(suite.labels)}: first candidate right`).toBeGreaterThanOrEqual(row![0]);
        expect(foundAt3, `${basename(suite.labels)}: pairs in the top 3`).toBeGreaterThanOrEqual(row![1]);
      }
      const engine = combineEvaluations(sets.map((e) => e.engine));
      for (const baseline of ['tfidf-bigrams', 'bm25-words'] as const) {
        const other = combineEvaluations(sets.map((e) => e[baseline]));
        expect(engine.precisionAt1).toBeGreaterThan(other.precisionAt1);
        expect(engine.recallAt3).toBeGreaterThan(other.recallAt3);
      }
      // Strong pairs (the law's wording or rule carried): 97.8 % found overall; per set a little less where one
      // article has many strong counterparts (北京 审计 第八条: ten, three fit). The misses are reworded (medium) pairs.
      let found = 0;
      let pairs = 0;
      for (const e of sets) {
        const { strong } = recallAt3ByStrength(e.engine.outcomes);
        expect(strong.pairs).toBeGreaterThan(0);
        expect(strong.found / strong.pairs).toBeGreaterThanOrEqual(0.85);
        found += strong.found;
        pairs += strong.pairs;
      }
      expect(found / pairs).toBeGreaterThanOrEqual(0.95);
    },
    300_000,
  );

  test('the changes are compared from 0.3: above it nearly every kept pair is a counterpart, far under it few are', async () => {
    const sets = (await realSetsReadWhole()).map((r) => r.bands!);
    const share = (from: number, to: number) => {
      const bands = addScoreBands(sets).filter((b) => b.from >= from && b.to <= to);
      return bands.reduce((n, b) => n + b.counterparts, 0) / bands.reduce((n, b) => n + b.pairs, 0);
    };
    // Now 79 % in 0.3–0.5 and 96 % from 0.5 (85 % from 0.3), 5 % and 19 % in the bands under 0.2 (eval:align, the
    // score bands; 91 % and 95 % from 0.3 on the seven sets read first).
    expect(share(COMPARED_FROM, 1)).toBeGreaterThanOrEqual(0.85);
    expect(share(0, 0.2)).toBeLessThanOrEqual(0.25);
  }, 300_000);

  test('coverage says which articles of the law a regulation does not take up: most of those a reader found, not every weak candidate', async () => {
    const counts = { rule: [0, 0, 0, 0], everyPair: [0, 0, 0, 0] };
    for (const { coverage } of await realSetsReadWhole()) {
      for (const key of ['rule', 'everyPair'] as const) {
        const c = coverage![key];
        [c.carried, c.carriedWrongly, c.missed, c.notCarried].forEach((n, i) => {
          counts[key][i]! += n;
        });
      }
    }
    const right = ([carried, wrongly, missed, not]: number[]) =>
      (carried! + not!) / (carried! + wrongly! + missed! + not!);
    const found = ([, wrongly, , not]: number[]) => not! / (not! + wrongly!);
    // Now 80.0 % right and 191 of 308 found, against 73.9 % and 75 of 308 when every kept pair counted (the laws'
    // 15 effective-date clauses, formal, counted neither way; 79.1 % and 191 of 320 when they counted; 83.1 % and
    // 110 of 154 on the seven sets read first, where the rule was chosen).
    expect(right(counts.rule)).toBeGreaterThanOrEqual(0.77);
    expect(right(counts.rule)).toBeGreaterThan(right(counts.everyPair));
    expect(found(counts.rule)).toBeGreaterThanOrEqual(0.55);
  }, 300_000);
});

describe.skipIf(!REAL)(
  'held-out real pairs (read after the engine was last changed; nothing is chosen on them)',
  () => {
    test('each set is read whole: every article of the regulation labelled, every upper article named exists', async () => {
      const { reading, pooled } = await heldOutSuites();
      expect(reading.length).toBeGreaterThanOrEqual(2);
      for (const suite of pooled) {
        const pairs = parseLabelledPairs(await readFile(suite.labels, 'utf8'), suite.labels);
        if (suite.pooled) pairs.push(...parseLabelledPairs(await readFile(suite.pooled, 'utf8'), suite.pooled));
        const lower = await readLawrefbookDocument(REAL_ROOT, pairs[0]!.lowerFile);
        expect(new Set(pairs.map((p) => p.lowerArticle))).toEqual(new Set(lower.articles.map((a) => a.number)));
        for (const p of pairs.filter((p) => p.upperFile)) {
          const upper = await readLawrefbookDocument(REAL_ROOT, p.upperFile!);
          expect(
            upper.articles.some((a) => a.number === p.upperArticle),
            `${p.upperFile} ${p.upperArticle}`,
          ).toBe(true);
        }
      }
    }, 300_000);

    test('they are not in the development sets, and on them too the engine finds ≥ 90 % of the strong pairs in its top 3', async () => {
      const development = new Set([...(await realSuites()).pooled].map((s) => s.labels));
      let found = 0;
      let pairs = 0;
      for (const suite of [...(await heldOutSuites()).reading, ...(await heldOutSuites()).pooled]) {
        expect(suite.heldOut).toBe(true);
        expect(development.has(suite.labels)).toBe(false);
        const { strong } = recallAt3ByStrength((await evaluateSuite(suite, () => {})).evaluations.engine.outcomes);
        expect(strong.pairs).toBeGreaterThan(0);
        // Per set a little less where one article has many strong counterparts (北京 审计 第八条: ten, three fit).
        expect(strong.found / strong.pairs).toBeGreaterThanOrEqual(0.85);
        found += strong.found;
        pairs += strong.pairs;
      }
      expect(found / pairs).toBeGreaterThanOrEqual(0.9);
    }, 300_000);
  },
);

describe('eval-align arguments', () => {
  test('--pooled after --pairs X --root Y adds the judgements to that set only', () => {
    expect(
      readSuites(['--pairs', 'a.tsv', '--root', 'r', '--pooled', 'p.tsv', '--pairs', 'b.tsv', '--root', 'r']),
    ).toEqual([
      { kind: 'pairs', labels: 'a.tsv', docs: 'r', pooled: 'p.tsv' },
      { kind: 'pairs', labels: 'b.tsv', docs: 'r' },
    ]);
    expect(readSuites(['--pooled', 'p.tsv'])).toBe('unexpected argument --pooled');
  });
});

import { describe, expect, test } from 'vitest';
import type { Comparison, LineageStep, ProvisionChangeData } from '../../viewer/src/api-types.ts';
import { COVERAGE_RAMP, coverageColor, coverageRowColor, FORMAL_COLOR } from '../../viewer/src/color-coverage.ts';
import { hiddenElementIds } from '../../viewer/src/filter-elements.ts';
import { emptyStore, mergePolicies } from '../../viewer/src/graph-store.ts';
import { buildElements } from '../../viewer/src/build-elements.ts';
import { foldWeakPairs } from '../../viewer/src/fold-weak-pairs.ts';
import { formatScore } from '../../viewer/src/format-score.ts';
import { articleBody, markArticle, splitBySpans } from '../../viewer/src/highlight-spans.ts';
import { parseUnicodeRange, pickFaces } from '../../viewer/src/load-fonts.ts';
import { SceneError, decodeHash, defaultFilters, defaultScene, encodeHash, stepIndex } from '../../viewer/src/scene.ts';
import { traceLineage } from '../../viewer/src/trace-lineage.ts';
import { buildCompareRows, writeCompareCsv } from '../../viewer/src/write-csv.ts';
import { wrapLabel, writeSvg } from '../../viewer/src/write-svg.ts';

describe('splitBySpans', () => {
  test.each([
    [
      'abcdef',
      [[1, 3]],
      [
        ['a', false],
        ['bc', true],
        ['def', false],
      ],
    ],
    [
      'abcdef',
      [
        [0, 2],
        [1, 4],
      ],
      [
        ['abcd', true],
        ['ef', false],
      ],
    ],
    [
      'abc',
      [
        [2, 99],
        [-3, 1],
      ],
      [
        ['a', true],
        ['b', false],
        ['c', true],
      ],
    ],
    ['abc', [], [['abc', false]]],
  ] as const)('%s with %j', (text, spans, want) => {
    expect(
      splitBySpans(
        text,
        spans.map((s) => [...s] as [number, number]),
      ).map((s) => [s.text, s.marked]),
    ).toEqual(want);
  });

  test.each([
    [
      '加快创建',
      '支持高新区',
      [[5, 7]],
      [
        ['加快创建。', false],
        ['支持', true],
        ['高新区', false],
      ],
    ],
    [
      '',
      '为了促进转化',
      [[1, 3]],
      [
        ['为了', true],
        ['促进转化', false],
      ],
    ],
    [
      '',
      '为了促进转化',
      [[0, 3]],
      [
        ['为了', true],
        ['促进转化', false],
      ],
    ],
    ['', '为了', [[0, 1]], [['为了', false]]],
    ['', '', [], [['', false]]],
  ] as const)('markArticle(%j, %j, %j): without the 。 an empty heading leaves', (heading, text, spans, want) => {
    expect(
      markArticle(
        heading,
        text,
        spans.map((x) => [...x] as [number, number]),
      ).map((x) => [x.text, x.marked]),
    ).toEqual(want);
  });

  test('offsets count into heading + 。 + text', () => {
    const body = articleBody('加快创建国家高新区', '支持柳州高新区');
    expect(body.slice(10, 12)).toBe('支持');
  });
});

describe('scene links', () => {
  const scene = {
    ...defaultScene(),
    title: '柳州（一）的上级',
    focus: '柳政规〔2021〕18号#p1/a1',
    workshop: true,
    viewport: { zoom: 0.5, pan: { x: 10, y: -20 } },
  };

  test('round-trip a scene with Chinese text and its deck', () => {
    const hash = encodeHash({ scene, deck: [scene, defaultScene()], index: 1 });
    expect(hash).toMatch(/^#v1=[A-Za-z0-9_-]+$/);
    expect(decodeHash(hash)).toEqual({ scene, deck: [scene, defaultScene()], index: 1 });
  });

  test('an empty hash means no shared scene', () => expect(decodeHash('')).toBeNull());

  test.each(['#nonsense', '#v1=!!!', '#v1=e30'])('rejects %s with a coded error', (hash) => {
    expect(() => decodeHash(hash)).toThrowError(SceneError);
    try {
      decodeHash(hash);
    } catch (error) {
      expect((error as SceneError).code).toBe('SCENE_HASH_INVALID');
    }
  });

  test.each([
    ['ArrowRight', 0, 3, 1],
    ['PageDown', 2, 3, 2],
    ['ArrowLeft', 0, 3, 0],
    ['PageUp', 2, 3, 1],
    ['End', 0, 3, 2],
    ['x', 1, 3, null],
    ['ArrowRight', 0, 0, null],
  ] as const)('key %s at %i of %i → %s', (key, index, length, want) =>
    expect(stepIndex(key, index, length)).toBe(want),
  );
});

const comparison: Comparison = {
  lower: { id: 'L', title: '柳州市措施' },
  upper: { id: 'G', title: '广西措施' },
  pairs: [
    {
      id: 'L1->G1',
      lower: { id: 'L1', number: 1, label: '（一）', heading: '支持创建' },
      upper: { id: 'G1', number: 1, label: '（一）', heading: '加快创建' },
      score: 0.9123,
      class: 'almost_identical',
      status: 'confirmed',
      evidence: [{ lowerStart: 0, lowerEnd: 2, upperStart: 0, upperEnd: 2, lowerText: '创建', upperText: '创建' }],
      changes: [
        { kind: 'obligation', verdict: 'stricter', lowerText: '应当', upperText: '鼓励' },
        { kind: 'share', verdict: 'same', lowerText: '百分之五', upperText: '百分之五' },
        { kind: 'scope', verdict: 'added', lowerText: '企业', upperText: null },
      ],
    },
  ],
  unmatchedUpper: [
    { id: 'G3', number: 3, label: '（三）', heading: '培育"龙头"企业' },
    { id: 'G2', number: 2, label: '（二）', heading: '优化布局' },
  ],
  unmatchedLower: [{ id: 'L2', number: 2, label: '（二）', heading: '人才, 资金' }],
};

describe("foldWeakPairs: the table without the engine's weak candidates", () => {
  const [pair] = comparison.pairs;
  const G2 = comparison.unmatchedUpper[1]!;
  const L2 = comparison.unmatchedLower[0]!;
  const withWeak: Comparison = {
    ...comparison,
    pairs: [
      { ...pair!, counterpart: true },
      { ...pair!, id: 'L2->G1', lower: L2, score: 0.3, counterpart: true },
      { ...pair!, id: 'L2->G2', lower: L2, upper: G2, score: 0.08, counterpart: false },
      { ...pair!, id: 'L1->G2', upper: G2, score: 0.09, counterpart: false },
    ],
    unmatchedUpper: [comparison.unmatchedUpper[0]!],
    unmatchedLower: [],
  };

  test('weak pairs go; an upper article left with none is without counterpart, in document order', () => {
    const { comparison: folded, hidden } = foldWeakPairs(withWeak);
    expect(hidden).toBe(2);
    expect(folded.pairs.map((p) => p.id)).toEqual(['L1->G1', 'L2->G1']);
    expect(folded.unmatchedUpper.map((a) => a.id)).toEqual(['G2', 'G3']);
    expect(folded.unmatchedLower).toEqual([]);
    expect(buildCompareRows(folded).map((r) => [r.upper?.id ?? null, r.lower?.id ?? null])).toEqual([
      ['G1', 'L1'],
      ['G1', 'L2'],
      ['G2', null],
      ['G3', null],
    ]);
  });

  test('nothing weak (or counterpart not asked): the comparison as it was', () => {
    expect(foldWeakPairs(comparison)).toEqual({ comparison, hidden: 0 });
    const all = { ...withWeak, pairs: withWeak.pairs.map(({ counterpart: _, ...p }) => p) };
    expect(foldWeakPairs(all).hidden).toBe(0);
  });
});

describe('scores as shown', () => {
  test('cut, not rounded: a score under 0.30 never reads 0.30 beside 未比较（相似度低于 0.30）', () => {
    expect([0.2996, 0.29, 0.3, 0, 1, 0.1449].map((s) => formatScore(s))).toEqual([
      '0.29',
      '0.29',
      '0.30',
      '0.00',
      '1.00',
      '0.14',
    ]);
    expect([0.2996, 0.91234, 0.12].map((s) => formatScore(s, 3))).toEqual(['0.299', '0.912', '0.120']);
  });
});

describe('comparison table', () => {
  const rows = buildCompareRows(comparison);

  test('upper articles in document order, unmatched ones marked, unmatched lower last', () => {
    expect(rows.map((r) => [r.upper?.id ?? null, r.lower?.id ?? null])).toEqual([
      ['G1', 'L1'],
      ['G2', null],
      ['G3', null],
      [null, 'L2'],
    ]);
  });

  test('CSV starts with a BOM, a title and the date, uses CRLF and quotes commas and quotes; words in Chinese', () => {
    const csv = writeCompareCsv(comparison, rows, 'zh', '2026-12-02');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('对照表：柳州市措施（下级文件） — 广西措施（上级文件）');
    expect(lines[1]).toBe('导出日期,2026-12-02');
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('上级文件,上级条款,下级文件,下级条款,相似度,类别,审核状态,共同文字,变化');
    // What changed, in words, with the wording of each side; a verdict of `same` is left out.
    expect(lines[4]).toBe(
      '广西措施,（一）加快创建,柳州市措施,（一）支持创建,0.912,几乎相同,已确认,创建,义务强度 更严（应当 / 鼓励）；适用对象 新增（企业 / —）',
    );
    expect(lines[6]).toBe('广西措施,"（三）培育""龙头""企业",,无对应,,,,,');
    expect(lines[7]).toBe(',无对应,柳州市措施,"（二）人才, 资金",,,,,');
    // A blank line, then the legend: every class and status value that can stand in the table, explained.
    expect(lines[8]).toBe('');
    expect(lines.slice(9)).toEqual([
      '图例',
      '相似度,,0 到 1，越高两条文字越相似（由文字比对算出，未经人工审核前仅供参考）',
      '上级条款 / 下级条款,无对应,另一文件中没有相似度足够的条款',
      '类别,相同,文字相同或只差标点',
      '类别,几乎相同,措辞略有改动，内容一致',
      '类别,相关,主题相同，表述不同',
      '类别,部分相关,只有部分内容相关',
      '类别,正文引用,下级条款正文写明了这一上级条款（如“依照个人所得税法第六条”），不论文字是否相似都列为首位对应',
      '类别,部分正文,两文件的部分（如 一、总体要求）标题下、条款之前的文字所述目标：一方这段文字写有目标年份时，与另一文件同一标题的部分比较，否则与写有这些年份最多（其他年份最少、文字最短）的部分比较；只比较数值（一部分没有这段文字时，用其条款的文字）',
      '审核状态,待审核,系统建议，尚未人工审核',
      '审核状态,已确认,审核人已确认这一对应',
      '审核状态,已否决,审核人已否决这一对应',
      '变化,,下级条款相对上级条款：金额、比例、倍数、数量、计量（带单位的数值，如面积、长度、浓度）、目标年份、期限、义务强度（必须/应当/要 > 鼓励/支持 > 可以 > 陈述）、适用对象；更严＝对下级条款约束的对象要求更多；括号内为下级 / 上级原文；正文引用的上级条款视为援引，其内容不列为删去',
      '变化,未比较（相似度低于 0.30）,相似度低于 0.30 的候选多半不是对应条款，两条的差别是两项不同规定的差别，故不列变化；审核确认或正文引用的条款仍比较',
      '变化,（相似度低于 0.30，按请求比较，可能不是对应条款）,相似度低于 0.30、由使用者要求比较的一对：列出的变化可能是两项不同规定的差别',
      '',
    ]);
  });

  // 阜阳's 实施方案 against 国发〔2018〕22号 (https://www.gcs66.com/document_detail/73135.html,
  // http://m.protectedparcel.com/page111?article_id=562): the targets stand under 一、总体要求 with no numbered item.
  test("the targets stated in parts: a row first, 'part text · same heading', its changes", () => {
    const part = (id: string) => ({ id, number: 1, label: '一、', heading: '总体要求' });
    const withParts: Comparison = {
      ...comparison,
      partPairs: [
        {
          lower: part('F#p1'),
          upper: part('N#p1'),
          pairedBy: 'HEADING',
          changes: [
            { kind: 'share', verdict: 'added', lowerText: '18%', upperText: null, lowerStart: 210, lowerEnd: 213 },
            { kind: 'year', verdict: 'added', lowerText: '到2020年', upperText: null, lowerStart: 153, lowerEnd: 159 },
          ],
        },
      ],
    };
    const partRows = buildCompareRows(withParts);
    expect(partRows.map((r) => [r.upper?.id ?? null, r.lower?.id ?? null, r.partPair ?? null])).toEqual([
      ['N#p1', 'F#p1', 'HEADING'],
      ['G1', 'L1', null],
      ['G2', null, null],
      ['G3', null, null],
      [null, 'L2', null],
    ]);
    const lines = writeCompareCsv(withParts, partRows, 'zh', '2026-12-06').slice(1).split('\r\n');
    expect(lines[4]).toBe(
      '广西措施,一、总体要求,柳州市措施,一、总体要求,,部分正文 · 同一标题,,,比例 新增（18% / —）；目标年份 新增（到2020年 / —）',
    );
    expect(writeCompareCsv(withParts, partRows, 'en', '2026-12-06')).toContain(
      ',一、总体要求,柳州市措施,一、总体要求,,part text · same heading,,,',
    );
  });

  /** The comparison with its first pair too weak to compare (changes null) and a second pair whose changes are `second`. */
  const withWeakPair = (second: ProvisionChangeData[] | null) => ({
    ...comparison,
    pairs: [
      { ...comparison.pairs[0]!, score: 0.12, class: 'partially_related', status: 'suggested' as const, changes: null },
      { ...comparison.pairs[0]!, id: 'L2->G1', lower: comparison.unmatchedLower[0]!, changes: second },
    ],
    unmatchedLower: [],
  });

  test('a pair the API did not compare (changes null) says so in the changes column; one with no change leaves it empty', () => {
    const weak = withWeakPair([]);
    const weakRows = buildCompareRows(weak);
    expect(weakRows.slice(0, 2).map((r) => [r.notCompared ?? false, r.changes])).toEqual([
      [true, []],
      [false, []],
    ]);
    const lines = writeCompareCsv(weak, weakRows, 'zh', '2026-12-05').slice(1).split('\r\n');
    expect(lines[4]).toBe(
      '广西措施,（一）加快创建,柳州市措施,（一）支持创建,0.120,部分相关,待审核,创建,未比较（相似度低于 0.30）',
    );
    expect(lines[5]).toBe('广西措施,（一）加快创建,柳州市措施,"（二）人才, 资金",0.912,几乎相同,已确认,创建,');
    expect(writeCompareCsv(weak, weakRows, 'en', '2026-12-05')).toContain(
      ',partially related,suggested,创建,not compared (score under 0.30)',
    );
  });

  test('a pair too weak to compare, compared on request: its changes after a warning, or that none were found', () => {
    const weak = withWeakPair(null);
    const asked = {
      [weak.pairs[0]!.id]: [
        { kind: 'obligation', verdict: 'looser', lowerText: '可以', upperText: '应当' },
        { kind: 'amount', verdict: 'same', lowerText: '5万元', upperText: '5万元' },
      ],
      'L2->G1': [],
      // A pair the API did compare keeps its own answer.
      unknown: [{ kind: 'obligation', verdict: 'added', lowerText: '应当', upperText: null }],
    };
    const weakRows = buildCompareRows(weak, asked);
    expect(
      weakRows.slice(0, 2).map((r) => [r.notCompared ?? false, r.comparedAnyway ?? false, r.changes.length]),
    ).toEqual([
      [false, true, 1],
      [false, true, 0],
    ]);
    const lines = writeCompareCsv(weak, weakRows, 'zh', '2026-12-05').slice(1).split('\r\n');
    expect(lines[4]).toBe(
      '广西措施,（一）加快创建,柳州市措施,（一）支持创建,0.120,部分相关,待审核,创建,（相似度低于 0.30，按请求比较，可能不是对应条款） 义务强度 更宽（可以 / 应当）',
    );
    expect(lines[5]).toMatch(/,（相似度低于 0.30，按请求比较，可能不是对应条款） 未见变化$/);
    // Not asked for: still not compared.
    expect(buildCompareRows(weak, {})[0]!.notCompared).toBe(true);
  });

  test('a pair whose lower article names the upper one says so in the class column (正文引用), and the table shows it', () => {
    const cited = { ...comparison, pairs: comparison.pairs.map((p, i) => (i === 0 ? { ...p, cited: true } : p)) };
    const citedRows = buildCompareRows(cited);
    expect(citedRows.map((r) => r.cited ?? false)).toEqual(rows.map((_, i) => i === 0));
    const line = writeCompareCsv(cited, citedRows, 'zh', '2026-12-02').slice(1).split('\r\n')[4];
    expect(line).toBe(
      '广西措施,（一）加快创建,柳州市措施,（一）支持创建,0.912,几乎相同 · 正文引用,已确认,创建,义务强度 更严（应当 / 鼓励）；适用对象 新增（企业 / —）',
    );
    expect(writeCompareCsv(cited, citedRows, 'en', '2026-12-02')).toContain(',almost identical · named in the text,');
  });

  test('CSV in English has English headers, classes and statuses', () => {
    const lines = writeCompareCsv(comparison, rows, 'en', '2026-12-02').slice(1).split('\r\n');
    // English punctuation, not the Chinese full-width colon and brackets.
    expect(lines[0]).toBe('Compare: 柳州市措施 (Lower document) — 广西措施 (Upper document)');
    expect(lines[3]).toBe(
      'Upper document,Upper article,Lower document,Lower article,Score,Class,Review status,Shared text,Changes',
    );
    expect(lines[4]).toBe(
      '广西措施,（一）加快创建,柳州市措施,（一）支持创建,0.912,almost identical,confirmed,创建,obligation stricter (应当 / 鼓励); scope added (企业 / —)',
    );
    expect(lines.slice(9, 12)).toEqual([
      'Legend',
      'Score,,"0 to 1, higher means the two texts are more alike (computed from the wording; a suggestion until reviewed)"',
      'Upper article / Lower article,no counterpart,no article of the other document is alike enough',
    ]);
    expect(lines).toContain('Class,almost identical,"slightly reworded, same content"');
    expect(lines).toContain('Review status,suggested,"suggested by the system, not yet reviewed"');
  });

  test.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['（一）正常', '（一）正常'],
  ])('a cell %j that a spreadsheet would run is neutralised', (heading, expected) => {
    const evil = {
      ...comparison,
      pairs: [{ ...comparison.pairs[0]!, upper: { ...comparison.pairs[0]!.upper, label: '', heading } }],
      unmatchedUpper: [],
      unmatchedLower: [],
    };
    const line = writeCompareCsv(evil, buildCompareRows(evil), 'zh', '2026-12-02').slice(1).split('\r\n')[4]!;
    expect(line.split(',')[1] === expected || line.includes(`,${expected},`)).toBe(true);
  });
});

describe('lineage highlight', () => {
  const store = mergePolicies(emptyStore(), []);
  const a = (id: string) => ({ id, number: 1 });
  const steps: LineageStep[] = [
    { depth: 2, relation: 'ALIGNS_WITH', from: a('G1'), to: a('S2') },
    { depth: 1, relation: 'ALIGNS_WITH', from: a('L1'), to: a('G1') },
    { depth: 1, relation: 'ALIGNS_WITH', from: a('C1'), to: a('L1') },
  ];

  test('walks up from the start and down to who carries it', () => {
    const hl = traceLineage('L1', steps, store);
    expect(hl.upperIds).toEqual(['G1', 'S2']);
    expect(hl.lowerIds).toEqual(['C1']);
    expect(hl.nodeIds.sort()).toEqual(['article:C1', 'article:G1', 'article:L1', 'article:S2']);
    expect(hl.edgeIds.sort()).toEqual(['aligns:C1->L1', 'aligns:G1->S2', 'aligns:L1->G1']);
  });

  test('no steps highlights the start alone', () => {
    expect(traceLineage('L1', [], store)).toEqual({
      nodeIds: ['article:L1'],
      edgeIds: [],
      upperIds: [],
      lowerIds: [],
      steps: [],
      hidden: 0,
    });
  });

  test('folded, the chain is the steps the API reached along counterparts, at that depth, until the weak are shown', () => {
    // L1's weak candidate W1 (no counterpartDepth) leads on to S3 and S2; the counterparts G1 → H1 reach W1 too.
    const weak: LineageStep[] = [
      { depth: 1, relation: 'ALIGNS_WITH', from: a('L1'), to: a('G1'), counterpartDepth: 1 },
      { depth: 1, relation: 'ALIGNS_WITH', from: a('L1'), to: a('W1'), counterpartDepth: null },
      { depth: 2, relation: 'ALIGNS_WITH', from: a('W1'), to: a('S3'), counterpartDepth: 4 },
      { depth: 2, relation: 'ALIGNS_WITH', from: a('W1'), to: a('S2'), counterpartDepth: 4 },
      { depth: 2, relation: 'ALIGNS_WITH', from: a('G1'), to: a('H1'), counterpartDepth: 2 },
      { depth: 3, relation: 'ALIGNS_WITH', from: a('H1'), to: a('W1'), counterpartDepth: 3 },
    ];
    const folded = traceLineage('L1', weak, store);
    expect(folded.upperIds).toEqual(['G1', 'H1', 'W1', 'S3', 'S2']);
    expect(folded.steps.map((s) => s.depth)).toEqual([1, 2, 3, 4, 4]);
    // The weak step L1 → W1 is not drawn although both its ends are.
    expect(folded.edgeIds).not.toContain('aligns:L1->W1');
    expect(folded.hidden).toBe(1);
    const shown = traceLineage('L1', weak, store, true);
    expect(shown.upperIds).toEqual(['G1', 'W1', 'S3', 'S2', 'H1']);
    expect(shown.edgeIds).toContain('aligns:L1->W1');
    expect(shown.hidden).toBe(0);
  });

  test('a step whose query did not ask counterpartDepth is followed at its depth', () => {
    expect(traceLineage('L1', steps, store).upperIds).toEqual(['G1', 'S2']);
  });
});

describe('filters', () => {
  const elements = buildElements(
    mergePolicies(emptyStore(), [
      { id: 'S', title: 's', tier: 'national', articles: [{ id: 'S1', number: 1 }] },
      {
        id: 'L',
        title: 'l',
        tier: 'municipal',
        implements: [{ id: 'S' }],
        articles: [
          {
            id: 'L1',
            number: 1,
            alignsWithConnection: {
              edges: [
                { node: { id: 'S1' }, properties: { id: 'weak', score: 0.3, class: 'related', status: 'rejected' } },
              ],
            },
          },
        ],
      },
    ]),
  ).map((e) => e.data);

  test('show everything by default', () => expect(hiddenElementIds(elements, defaultFilters()).size).toBe(0));

  test('score threshold hides weak alignments only', () => {
    expect([...hiddenElementIds(elements, { ...defaultFilters(), minScore: 0.5 })]).toEqual(['aligns:weak']);
  });

  test('hiding a tier hides its nodes and every edge touching them', () => {
    expect([...hiddenElementIds(elements, { ...defaultFilters(), tiers: ['national'] })].sort()).toEqual([
      'aligns:weak',
      'article:L1',
      'implements:L->S',
      'policy:L',
    ]);
  });

  test('rejected alignments can be hidden; a relation can be switched off', () => {
    expect([...hiddenElementIds(elements, { ...defaultFilters(), showRejected: false })]).toEqual(['aligns:weak']);
    expect([...hiddenElementIds(elements, { ...defaultFilters(), relations: ['aligns'] })]).toEqual([
      'implements:L->S',
    ]);
  });
});

describe('coverage colours', () => {
  test.each([
    [0, COVERAGE_RAMP[0]],
    [1, COVERAGE_RAMP[1]],
    [2, COVERAGE_RAMP[2]],
    [7, COVERAGE_RAMP[3]],
  ])('%i lower documents', (n, c) => expect(coverageColor(n)).toBe(c));

  test('a formal provision is grey whether or not coverage is scoped, whatever its count', () => {
    const row = (formal: string | null, lowerDocumentCount: number) => ({
      article: { id: 'a' },
      lowerDocumentCount,
      counterparts: [],
      formal,
    });
    expect(coverageRowColor(row('EFFECTIVE_DATE', 0), false)).toBe(FORMAL_COLOR);
    expect(coverageRowColor(row('INTERPRETATION', 0), true)).toBe(FORMAL_COLOR);
    expect(coverageRowColor(row(null, 0), false)).toBe(COVERAGE_RAMP[0]);
    expect(coverageRowColor(row(null, 1), true)).toBe(COVERAGE_RAMP[3]);
    expect(COVERAGE_RAMP).not.toContain(FORMAL_COLOR);
  });
});

describe('web font subsets', () => {
  test('parses unicode ranges, single points and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e10, U+3002,U+30??')).toEqual([
      [0x4e00, 0x4e10],
      [0x3002, 0x3002],
      [0x3000, 0x30ff],
    ]);
  });

  test('picks only the faces that cover the text', () => {
    const faces = [
      { ranges: parseUnicodeRange('U+4e00-4eff') },
      { ranges: parseUnicodeRange('U+0-7f') },
      { ranges: parseUnicodeRange('U+9ad8') },
    ];
    expect(pickFaces(faces, '一高')).toEqual([0, 2]);
  });
});

describe('SVG export', () => {
  test('wraps Chinese labels anywhere, Latin at about half an em', () => {
    expect(wrapLabel('加快创建国家高新区', 52, 13)).toEqual(['加快创建', '国家高新', '区']);
    expect(wrapLabel('国发〔2020〕7号\n意见', 200, 13)).toEqual(['国发〔2020〕7号', '意见']);
  });

  test('writes nodes, edges, embedded font CSS and escapes text', () => {
    const svg = writeSvg(
      {
        nodes: [
          {
            x: 0,
            y: 0,
            width: 150,
            height: 66,
            shape: 'round-rectangle',
            fill: '#ffe4cc',
            fillOpacity: 1,
            stroke: '#c2410c',
            strokeWidth: 1,
            opacity: 1,
            label: '<一>&',
            fontSize: 13,
            color: '#212529',
            labelPlace: 'center',
            maxLabelWidth: 140,
            title: '全文',
          },
        ],
        edges: [{ x1: 0, y1: 0, x2: 100, y2: 100, color: '#1c7ed6', width: 3, dash: [8, 4], opacity: 1, arrow: true }],
        background: '#ffffff',
        fontFamily: "'Noto Sans SC', sans-serif",
      },
      '@font-face{font-family:x}',
    );
    expect(svg).toContain('<tspan x="0" y="0">&lt;一&gt;&amp;</tspan>');
    expect(svg).toContain('<title>全文</title>');
    expect(svg).toContain('stroke-dasharray="8 4"');
    expect(svg).toContain('@font-face{font-family:x}');
    expect(svg).toMatch(/<polygon points="100,100 /);
    expect(svg).toMatch(/^<\?xml[^]*<\/svg>$/);
  });
});

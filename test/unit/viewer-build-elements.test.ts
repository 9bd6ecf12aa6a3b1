import { describe, expect, test } from 'vitest';
import type { PolicyData } from '../../viewer/src/api-types.ts';
import { buildElements, fitTitle, policyLabel, shortenLabel, shortTitle } from '../../viewer/src/build-elements.ts';
import { textWidthEm, wrapCountLine } from '../../viewer/src/wrap-count-line.ts';
import {
  collapsePolicy,
  emptyStore,
  mergeArticles,
  mergeOverview,
  mergePolicies,
  openGroup,
  evidenceOf,
  removePolicy,
  setAlignmentStatus,
} from '../../viewer/src/graph-store.ts';

const evidence = [
  { lowerStart: 0, lowerEnd: 4, upperStart: 2, upperEnd: 6, lowerText: '创建国家', upperText: '创建国家' },
];

// A three-tier chain shaped like the corpus: Liuzhou (一) → Guangxi (一) → State Council (二).
const policies: PolicyData[] = [
  {
    id: '国发〔2020〕7号',
    title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
    docNumber: '国发〔2020〕7号',
    tier: 'national',
    status: 'full',
    articles: [
      { id: '国发〔2020〕7号#p1/a2', number: 2, label: '（二）', heading: '着力提升自主创新能力', order: 2 },
      { id: '国发〔2020〕7号#p1/a1', number: 1, label: '（一）', heading: '指导思想', order: 1 },
    ],
  },
  {
    id: 't:广西|措施',
    title: '关于促进广西高新技术产业开发区高质量发展的若干措施',
    tier: 'provincial',
    status: 'full',
    implements: [{ id: '国发〔2020〕7号' }],
    articles: [
      {
        id: 't:广西|措施#p1/a1',
        number: 1,
        label: '（一）',
        heading: '加快创建国家高新区',
        order: 1,
        alignsWithConnection: {
          edges: [
            {
              node: { id: '国发〔2020〕7号#p1/a2' },
              properties: { id: 'g1->s2', score: 0.62, class: 'related', status: 'suggested', evidence },
            },
          ],
        },
      },
    ],
  },
  {
    id: '柳政规〔2021〕18号',
    title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
    docNumber: '柳政规〔2021〕18号',
    tier: 'municipal',
    status: 'full',
    implements: [{ id: 't:广西|措施' }],
    cites: [{ id: 'not-in-view' }],
    articles: [
      {
        id: '柳政规〔2021〕18号#p1/a1',
        number: 1,
        label: '（一）',
        heading: '支持创建国家高新区',
        order: 1,
        alignsWithConnection: {
          edges: [
            {
              node: { id: 't:广西|措施#p1/a1' },
              properties: {
                id: 'l1->g1',
                score: 0.91,
                class: 'almost_identical',
                status: 'confirmed',
                evidence: null,
              },
            },
          ],
        },
      },
    ],
  },
];

describe('buildElements', () => {
  const store = mergePolicies(emptyStore(), policies);
  const elements = buildElements(store);
  const byId = new Map(elements.map((e) => [e.data.id, e]));

  test('makes one node per policy and per article, articles inside their policy box', () => {
    expect(
      elements
        .filter((e) => e.data.kind === 'policy')
        .map((e) => e.data.ref)
        .sort(),
    ).toEqual(['t:广西|措施', '国发〔2020〕7号', '柳政规〔2021〕18号'].sort());
    expect(byId.get('article:柳政规〔2021〕18号#p1/a1')?.data).toMatchObject({
      kind: 'article',
      parent: 'policy:柳政规〔2021〕18号',
      tier: 'municipal',
      label: '（一）支持创建国家高新区',
    });
  });

  test('keeps articles in document order whatever order the API sent them in', () => {
    expect(store.policies['国发〔2020〕7号']!.articleIds).toEqual(['国发〔2020〕7号#p1/a1', '国发〔2020〕7号#p1/a2']);
  });

  test.each([
    ['implements:t:广西|措施->国发〔2020〕7号', 'policy:t:广西|措施', 'policy:国发〔2020〕7号', 'implements'],
    ['implements:柳政规〔2021〕18号->t:广西|措施', 'policy:柳政规〔2021〕18号', 'policy:t:广西|措施', 'implements'],
    ['aligns:l1->g1', 'article:柳政规〔2021〕18号#p1/a1', 'article:t:广西|措施#p1/a1', 'aligns'],
    ['aligns:g1->s2', 'article:t:广西|措施#p1/a1', 'article:国发〔2020〕7号#p1/a2', 'aligns'],
  ])('edge %s runs from %s to %s as %s', (id, source, target, relation) => {
    expect(byId.get(id)?.data).toMatchObject({ source, target, relation });
  });

  test('drops edges whose other end is not in view', () => {
    expect(elements.some((e) => e.data.id.startsWith('cites:'))).toBe(false);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(4);
  });

  test('styles alignments by class, score and review status', () => {
    expect(byId.get('aligns:l1->g1')).toMatchObject({
      data: { cls: 'almost_identical', score: 0.91, status: 'confirmed', label: '✓' },
      classes: 'aligns-almost_identical status-confirmed',
    });
    expect(byId.get('aligns:g1->s2')).toMatchObject({
      data: { cls: 'related', status: 'suggested', label: '' },
      classes: 'aligns-related status-suggested',
    });
  });

  test('is deterministic: the same data gives the same elements in the same order', () => {
    const again = buildElements(mergePolicies(emptyStore(), [...policies].reverse()));
    expect(again.map((e) => e.data.id)).toEqual(elements.map((e) => e.data.id));
  });

  test('an open policy is labelled with its number and whole title, never cut; the full title goes to the hover text', () => {
    expect(byId.get('policy:柳政规〔2021〕18号')?.data).toMatchObject({
      label: '柳政规〔2021〕18号  柳州市关于促进高新技术产业开发区高质量发展的若干措施',
      fullLabel: '柳政规〔2021〕18号 柳州市关于促进高新技术产业开发区高质量发展的若干措施',
    });
  });

  test('a closed document is a node labelled with its number, title and counts, drawn as title and counts; groups are nodes until opened', () => {
    const store = mergeOverview(emptyStore(), {
      total: 2,
      grouped: true,
      groups: [
        { key: 'law||', authorityLevel: 'law', tier: null, jurisdiction: null, documentCount: 361, articleCount: 9000 },
      ],
      documents: [
        {
          id: 'D',
          title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
          docNumber: '柳政规〔2021〕18号',
          tier: 'municipal',
          articleCount: 20,
          alignedArticleCount: 15,
          basisChanged: true,
          links: [{ policyId: 'U', relation: 'aligns', weight: 7 }],
        },
      ],
      facets: { jurisdictions: [], kinds: [], authorityLevels: [], versionStatuses: [] },
    });
    const words = {
      documentMeta: (p: { articleCount?: number; alignedCount?: number }) => `${p.articleCount}条 ${p.alignedCount}`,
      groupLabel: (g: { documentCount: number }) => `${g.documentCount}件`,
    };
    const defs = new Map(buildElements(store, words).map((d) => [d.data.id, d]));
    expect(defs.get('policy:D')?.data).toMatchObject({
      label: '柳政规〔2021〕18号\n促进高新技术产业开发区高质量发展的若干措施\n20条 15',
      basisLost: true,
      lane: 'municipal',
    });
    // As drawn: the title, cut in the middle to two lines, may break between any two characters; the line of counts
    // only at its spaces. The number is in the tooltip and the panel: three lines is what fits the overview.
    const z = '\u200b';
    expect(defs.get('policy:D')?.data.drawnLabel).toBe(
      `${[...'促进高新技术产业开发区高质量发…若干措施'].join(z)}\n20条 15`,
    );
    expect(defs.get('policy:D')?.classes).toContain('basis-lost');
    expect(defs.get('group:law||')?.data).toMatchObject({ kind: 'group', label: '361件', lane: 'law' });
    expect(buildElements(openGroup(store, 'law||'), words).some((d) => d.data.kind === 'group')).toBe(false);
  });
});

describe('the title of a closed document', () => {
  test.each([
    ['中华人民共和国科学技术进步法', '中华人民共和国科学技术进步法'],
    ['促进国家高新技术产业开发区高质量发展的若干意见', '促进国家高新技术产业开发区…若干意见'],
    ['“十四五”国家高新技术产业开发区发展规划', '“十四五”国家高新技术产业…发展规划'],
  ])('fitTitle(%s) keeps two lines of 9.9 em and the end', (title, want) => {
    expect(fitTitle(title, 2, 9.9)).toBe(want);
  });
});

describe('the line of counts of a closed document', () => {
  test.each([
    ['国家级 · 52 条 · ↑0%', 20, ['国家级 · 52 条 · ↑0%']],
    ['国家级 · 52 条 · ↑0%', 8, ['国家级 · 52 条', '↑0%']],
    ['省级（自治区） · 49 条 · ↑100%', 10.6, ['省级（自治区）', '49 条 · ↑100%']],
    ['Provincial (autonomous region) · 49 articles', 10, ['Provincial (autonomous region)', '49 articles']],
  ])('wrapCountLine(%s, %d) breaks between parts only', (line, maxEm, want) =>
    expect(wrapCountLine(line, maxEm)).toEqual(want),
  );

  test('the estimate counts an ideograph as one em and a digit as less', () => {
    expect(textWidthEm('国家级')).toBe(3);
    expect(textWidthEm('52')).toBeLessThan(2);
    expect(textWidthEm('52')).toBeGreaterThan(1);
  });

  /** The overview of one closed law of 52 articles, drawn with `meta` as its line of counts: the label's lines. */
  const drawnLines = (meta: string) => {
    const store = mergeOverview(emptyStore(), {
      total: 1,
      grouped: false,
      groups: [],
      documents: [
        {
          id: 'L',
          title: '中华人民共和国促进科技成果转化法',
          tier: 'national',
          articleCount: 52,
          alignedArticleCount: 0,
          links: [],
        },
      ],
      facets: { jurisdictions: [], kinds: [], authorityLevels: [], versionStatuses: [] },
    });
    const words = { documentMeta: () => meta, groupLabel: () => '' };
    return buildElements(store, words)
      .find((d) => d.data.id === 'policy:L')!
      .data.drawnLabel!.replaceAll('\u200b', '')
      .split('\n');
  };

  // Seen in workshop mode at 1280×720: the law nodes read "国家级 · 52 条 ·" / "↑0%".
  test('a wrapped line of counts never ends with its separator', () => {
    const lines = drawnLines('国家级 · 52 条 · ↑0%');
    expect(lines.slice(-2)).toEqual(['国家级 · 52 条', '↑0%']);
    expect(lines.filter((l) => /·\s*$/.test(l))).toEqual([]);
    // Two lines of counts leave one to the title: the box holds three at the workshop size.
    expect(lines[0]).toBe('中华人民共…果转化法');
  });

  // Seen in English at 1280×720 in workshop mode: '⚠ 52 articles · ↑0%' took two lines under a two-line title, and
  // the fourth line ran out of the box.
  test('in English the counts take two lines and the title one, never four lines in all', () => {
    expect(drawnLines('⚠ 52 articles · ↑100%')).toEqual(['中华人民共…果转化法', '⚠ 52 articles', '↑100%']);
    expect(drawnLines('52 条 · ↑100%')).toEqual(['中华人民共和国促进科技成果转化法', '52 条 · ↑100%']);
  });
});

describe('labels', () => {
  test.each([
    ['加快创建国家高新区', 18, '加快创建国家高新区'],
    ['一二三四五六七八九十', 5, '一二三四…'],
  ])('shortenLabel(%s, %i) → %s', (text, max, want) => expect(shortenLabel(text, max)).toBe(want));

  test.each([
    ['柳州市关于促进高新技术产业开发区高质量发展的若干措施', '促进高新技术产业开发区高质量发展的若干措施'],
    ['国务院关于促进国家高新技术产业开发区高质量发展的若干意见', '促进国家高新技术产业开发区高质量发展的若干意见'],
    ['关于促进广西高新技术产业开发区高质量发展的若干措施', '促进广西高新技术产业开发区高质量发展的若干措施'],
    ['“十四五”国家高新技术产业开发区发展规划', '“十四五”国家高新技术产业开发区发展规划'],
  ])('shortTitle(%s)', (title, want) => expect(shortTitle(title)).toBe(want));
});

describe('policy labels', () => {
  test.each([
    [
      { title: '《柳州市关于促进高新技术产业开发区高质量发展的若干措施》政策解读', kind: 'interpretation' },
      '促进高新技术产业开发区高质量发展的…（解读）',
    ],
    [
      { title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见', docNumber: '国发〔2020〕7号' },
      '国发〔2020〕7号\n促进国家高新技术产业开发区高质量发展的若干…',
    ],
    [{ title: '中华人民共和国科学技术进步法' }, '中华人民共和国科学技术进步法'],
  ])('%j → %s', (policy, want) => expect(policyLabel(policy)).toBe(want));
});

describe('graph store', () => {
  const store = mergePolicies(emptyStore(), policies);

  test('keeps the typed evidence spans; an alignment without evidence has no spans', () => {
    expect(store.alignments['g1->s2']!.evidence).toEqual(evidence);
    expect(store.alignments['l1->g1']!.evidence).toEqual([]);
    expect(evidenceOf(undefined)).toEqual([]);
  });

  test('merging articles brings in their policy as a stub', () => {
    const next = mergeArticles(emptyStore(), [
      { id: 'X#a1', number: 1, heading: '标题', policy: { id: 'X', title: '某文件', tier: 'county' } },
    ]);
    expect(next.policies.X).toMatchObject({ id: 'X', tier: 'county', articleIds: ['X#a1'] });
  });

  test('collapse keeps the policy without its articles; remove drops both; the original store is untouched', () => {
    const collapsed = collapsePolicy(store, 't:广西|措施');
    expect(collapsed.policies['t:广西|措施']!.articleIds).toEqual([]);
    expect(buildElements(collapsed).some((e) => e.data.kind === 'aligns')).toBe(false);
    const removed = removePolicy(store, 't:广西|措施');
    expect(removed.policies['t:广西|措施']).toBeUndefined();
    expect(store.policies['t:广西|措施']!.articleIds).toEqual(['t:广西|措施#p1/a1']);
  });

  test('a review updates the status the edge is drawn with', () => {
    const reviewed = setAlignmentStatus(store, 'g1->s2', 'rejected', 'alice');
    const edge = buildElements(reviewed).find((e) => e.data.id === 'aligns:g1->s2');
    expect(edge).toMatchObject({ data: { status: 'rejected', label: '✗' }, classes: 'aligns-related status-rejected' });
  });
});

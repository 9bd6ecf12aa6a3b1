import { describe, expect, test } from 'vitest';
import type { SearchHit } from '../../viewer/src/api-types.ts';
import { describeHit } from '../../viewer/src/describe-hit.ts';
import { emptyStore, mergeArticles, mergeOverview } from '../../viewer/src/graph-store.ts';
import { documentName, nameSides, sharedTitles } from '../../viewer/src/name-document.ts';
import { buildCompareRows, writeCompareCsv } from '../../viewer/src/write-csv.ts';

// Two versions of a statute share a title (上海市科学技术进步条例 of 2010 and of 2024 in corpus/laws): every list of
// documents in the viewer — the compare and coverage pickers, the lineage list, search hits — must tell them apart.
const SH = '上海市科学技术进步条例';
const sh2010 = {
  id: 't:上海市|科学技术进步条例@2010-09-17',
  title: SH,
  issuedOn: '2010-09-17',
  versionDate: '2010-09-17',
  versionStatus: 'superseded',
};
const sh2024 = {
  id: 't:上海市|科学技术进步条例@2024-05-10',
  title: SH,
  issuedOn: '2024-05-10',
  versionDate: '2024-05-10',
  versionStatus: 'in_force',
};
const law = { id: 't:中华人民共和国|科学技术进步法@2021-12-24', title: '中华人民共和国科学技术进步法' };

describe('documentName', () => {
  const shared = sharedTitles([sh2010, sh2024, law]);

  test('titles held by two documents are shared; one document met twice is not', () => {
    expect([...shared]).toEqual([SH]);
    expect([...sharedTitles([law, law])]).toEqual([]);
  });

  test.each([
    ['zh', sh2024, `${SH}（2024-05-10）`],
    ['zh', sh2010, `${SH}（2010-09-17，已被替代）`],
    ['en', sh2024, `${SH} (2024-05-10)`],
    ['en', sh2010, `${SH} (2010-09-17, superseded)`],
    ['zh', law, '中华人民共和国科学技术进步法'],
    // No version date: the issue date tells them apart.
    ['zh', { ...sh2024, versionDate: null }, `${SH}（2024-05-10）`],
  ] as const)('%s %j → %s', (lang, doc, name) => {
    expect(documentName(lang, doc, shared)).toBe(name);
  });

  test('a version no longer in force says so even when its title is its own in view', () => {
    expect(documentName('zh', sh2010, new Set())).toBe(`${SH}（已被替代）`);
    expect(documentName('zh', sh2024, new Set())).toBe(SH);
  });
});

describe('the store keeps what tells versions apart', () => {
  test('from the overview and from a policy reference', () => {
    const overview = (doc: typeof sh2010) => ({
      ...doc,
      tier: 'provincial' as const,
      articleCount: 1,
      alignedArticleCount: 0,
      links: [],
    });
    const store = mergeOverview(emptyStore(), {
      total: 2,
      grouped: false,
      groups: [],
      documents: [overview(sh2010), overview(sh2024)],
      facets: { jurisdictions: [], kinds: [], authorityLevels: [], versionStatuses: [] },
    });
    expect(store.policies[sh2010.id]).toMatchObject({ versionDate: '2010-09-17', versionStatus: 'superseded' });
    const fromRef = mergeArticles(emptyStore(), [{ id: `${sh2024.id}#a1`, number: 1, policy: sh2024 }]);
    expect(fromRef.policies[sh2024.id]).toMatchObject({ versionDate: '2024-05-10', versionStatus: 'in_force' });
  });
});

describe('describeHit', () => {
  const hit = (over: Partial<SearchHit>): SearchHit => ({
    kind: 'Article',
    id: 's',
    nodeId: `${sh2024.id}#p9/a50`,
    title: '第五十条',
    score: 1,
    policyId: sh2024.id,
    policyTitle: SH,
    tier: 'provincial',
    versionDate: '2024-05-10',
    versionStatus: 'in_force',
    ...over,
  });

  test('an article hit names its document, with the version date when the title is shared', () => {
    expect(describeHit('zh', hit({}), new Set([SH]))).toEqual({
      title: '第五十条',
      meta: `条款 · ${SH}（2024-05-10） · 省级（自治区）`,
    });
    expect(describeHit('en', hit({}), new Set())).toEqual({
      title: '第五十条',
      meta: `Article · ${SH} · Provincial`,
    });
  });

  test('a document hit is its name; an agency hit has no document', () => {
    expect(
      describeHit(
        'zh',
        hit({
          kind: 'Policy',
          nodeId: sh2010.id,
          policyId: sh2010.id,
          title: SH,
          versionDate: '2010-09-17',
          versionStatus: 'superseded',
        }),
        new Set([SH]),
      ),
    ).toEqual({ title: `${SH}（2010-09-17，已被替代）`, meta: `文件 · 省级（自治区）` });
    expect(
      describeHit(
        'zh',
        hit({ kind: 'Agency', title: '科学技术局', policyId: null, policyTitle: null, tier: null }),
        new Set(),
      ),
    ).toEqual({ title: '科学技术局', meta: '部门' });
  });
});

describe('nameSides', () => {
  test('the comparison view and its CSV name the version compared', () => {
    const comparison = { lower: sh2010, upper: law, pairs: [], unmatchedUpper: [], unmatchedLower: [] };
    const named = nameSides('zh', comparison, sharedTitles([sh2010, sh2024, law]));
    expect([named.lower.title, named.upper.title]).toEqual([
      `${SH}（2010-09-17，已被替代）`,
      '中华人民共和国科学技术进步法',
    ]);
    expect(named.lower.id).toBe(sh2010.id);
    const csv = writeCompareCsv(named, buildCompareRows(named, {}), 'zh', '2026-12-06');
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      `对照表：${SH}（2010-09-17，已被替代）（下级文件） — 中华人民共和国科学技术进步法（上级文件）`,
    );
  });
});

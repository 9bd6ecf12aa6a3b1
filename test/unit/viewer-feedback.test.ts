/**
 * Pure parts of the viewer's issue-17 behaviour: errors as sentences in the UI language, token checks, late answers
 * dropped, coverage scoped to one lower document, the lineage order, the document meta line, export names and
 * frames, the time slider's dates and the jurisdiction tree.
 */
import { describe, expect, test } from 'vitest';
import { ApiError } from '../../viewer/src/api-client.ts';
import { checkToken } from '../../viewer/src/check-token.ts';
import { scopeCoverage, scopedCoverageColor, COVERAGE_RAMP } from '../../viewer/src/color-coverage.ts';
import { explainError } from '../../viewer/src/explain-error.ts';
import { exportFileName, today } from '../../viewer/src/export-view.ts';
import { createLatestRequests } from '../../viewer/src/latest-request.ts';
import { policyMeta, sortLineage } from '../../viewer/src/render-details.ts';
import { dayDate, dayNumber, jurisdictionTree } from '../../viewer/src/render-filters.ts';
import { SceneError } from '../../viewer/src/scene.ts';
import { writeSvg } from '../../viewer/src/write-svg.ts';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (payload: Record<string, unknown>) => `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}.c2lnbmF0dXJl`;

describe('errors in the interface language', () => {
  test.each([
    [
      'zh',
      new ApiError('API_HTTP_ERROR', '/graphql: HTTP 502', { status: 502 }),
      '服务器暂时不可用（HTTP 502）：API 可能正在重启，请稍后重试。',
    ],
    [
      'en',
      new ApiError('API_HTTP_ERROR', '/graphql: HTTP 502', { status: 502 }),
      'The server is unavailable for now (HTTP 502): the API may be restarting. Try again in a moment.',
    ],
    [
      'zh',
      new ApiError('API_TIMEOUT', 'x', { timeoutMs: 15_000 }),
      '服务器 15 秒内没有回答。请稍后重试；如果一直如此，请缩小范围（筛选）或请管理员检查服务器。',
    ],
    [
      'en',
      new ApiError('API_FORBIDDEN', '需要审核员', { serverCode: 'FORBIDDEN' }),
      'This needs the curator role: ask the administrator for a token with that role.',
    ],
    [
      'en',
      new ApiError('API_GRAPHQL_ERROR', '没有该政策', { serverCode: 'BAD_USER_INPUT' }),
      'The request was refused (BAD_USER_INPUT): the document or article may no longer exist. Reload the page.',
    ],
    [
      'en',
      new SceneError('SCENE_HASH_INVALID', 'scene link is damaged'),
      'The scene link is damaged or in an unknown format; the default view is shown.',
    ],
    [
      'zh',
      new SceneError('SCENE_HASH_INVALID', 'scene link is damaged'),
      '场景链接已损坏或格式无法识别，已打开默认视图。',
    ],
  ] as const)('%s: %s', (lang, error, want) => expect(explainError(lang, error)).toBe(want));

  test('a server message in the other language never reaches the page', () => {
    expect(
      explainError('en', new ApiError('API_GRAPHQL_ERROR', '数据库无法回答', { serverCode: 'DATABASE_ERROR' })),
    ).toBe('The server refused the request (DATABASE_ERROR).');
  });
});

describe('token check', () => {
  test.each(['garbage', 'a.b', 'a.b.c', `${b64({})}.${b64('x')}.sig`, jwt({ roles: ['curator'] })])(
    '%s is refused as malformed',
    (token) => {
      expect(checkToken(token, Date.now())).toEqual({ ok: false, problem: 'malformed' });
    },
  );

  test('an expired token is refused with its date', () => {
    expect(checkToken(jwt({ sub: 'li', exp: 1_700_000_000 }), 1_800_000_000_000)).toEqual({
      ok: false,
      problem: 'expired',
      expiredOn: '2023-11-14',
    });
  });

  test('a good token names its user and roles', () => {
    expect(checkToken(jwt({ sub: 'curator-zhang', roles: ['curator'] }), Date.now())).toMatchObject({
      ok: true,
      user: 'curator-zhang',
      roles: ['curator'],
    });
  });
});

describe('late answers dropped', () => {
  test('a newer request on a channel cancels the older one; other channels are untouched', () => {
    const latest = createLatestRequests();
    const a = latest.begin('search');
    const other = latest.begin('focus');
    const b = latest.begin('search');
    expect([a.isCurrent(), a.signal.aborted, b.isCurrent(), other.isCurrent()]).toEqual([false, true, true, true]);
    latest.cancel('focus');
    expect(other.isCurrent()).toBe(false);
  });
});

describe('coverage scoped to one lower document', () => {
  const rows = [
    { article: { id: 'S#4' }, lowerDocumentCount: 1, counterparts: [{ policy: { id: 'guangxi' } }] },
    {
      article: { id: 'S#2' },
      lowerDocumentCount: 2,
      counterparts: [{ policy: { id: 'guangxi' } }, { policy: { id: 'liuzhou' } }],
    },
  ];
  test('counts only the chosen document: an article carried through Guangxi alone is not taken up by Liuzhou', () => {
    expect(scopeCoverage(rows, 'liuzhou').map((r) => r.lowerDocumentCount)).toEqual([0, 1]);
    expect(scopeCoverage(rows).map((r) => r.lowerDocumentCount)).toEqual([1, 2]);
    expect([scopedCoverageColor(0), scopedCoverageColor(1)]).toEqual([COVERAGE_RAMP[0], COVERAGE_RAMP[3]]);
  });
});

describe('lineage panel and document facts', () => {
  test('upper articles first, each direction best score first', () => {
    const line = (articleId: string, direction: 'up' | 'down', score?: number) => ({
      articleId,
      direction,
      score,
      label: '',
      policyTitle: '',
      tier: 'national',
    });
    expect(
      sortLineage([line('a', 'down', 0.9), line('b', 'up', 0.4), line('c', 'up', 0.8), line('d', 'up')]).map(
        (l) => l.articleId,
      ),
    ).toEqual(['c', 'b', 'd', 'a']);
  });

  test('the meta line has only the facts a document has, in words: no "市级 · · full"', () => {
    expect(policyMeta('zh', { tier: 'municipal', issuedOn: undefined, status: 'full' })).toBe('市级');
    expect(
      policyMeta('zh', {
        tier: 'national',
        issuedOn: '2020-07-13',
        status: 'cited',
        authorityLevel: 'law',
        versionStatus: 'repealed',
      }),
    ).toBe('国家级 · 法律 · 2020-07-13 · 仅被引用（无全文） · 已废止');
  });
});

describe('exports', () => {
  test('file names say what they hold and stay file-system safe', () => {
    expect(exportFileName(['政策图谱', '柳政规〔2021〕18号 （一）: a/b'], '2026-12-02', 'png')).toBe(
      '政策图谱_柳政规〔2021〕18号_（一）_a_b_2026-12-02.png',
    );
    expect(today(new Date(2026, 11, 2))).toBe('2026-12-02');
  });

  test('the SVG carries the title, the date and the legend', () => {
    const svg = writeSvg({ nodes: [], edges: [], background: '#fff', fontFamily: 'sans-serif' }, '', {
      title: '柳州（一）溯源',
      date: '导出日期 2026-12-02',
      legend: [{ kind: 'box', color: '#e03131', label: '依据已变更' }],
    });
    expect(svg).toContain('>柳州（一）溯源</text>');
    expect(svg).toContain('>导出日期 2026-12-02</text>');
    expect(svg).toContain('>依据已变更</text>');
  });
});

describe('filters', () => {
  test('slider days and dates round-trip', () => {
    expect(dayDate(dayNumber('2021-06-01'))).toBe('2021-06-01');
    expect(dayNumber('1949-10-02')).toBe(1);
  });

  test('jurisdictions form a tree when PART_OF is known, a flat list otherwise', () => {
    expect(
      jurisdictionTree([
        { name: '柳州市', parent: '广西壮族自治区' },
        { name: '广西壮族自治区' },
        { name: '中华人民共和国', parent: null },
      ]),
    ).toEqual([
      { name: '广西壮族自治区', depth: 0 },
      { name: '柳州市', depth: 1 },
      { name: '中华人民共和国', depth: 0 },
    ]);
  });
});

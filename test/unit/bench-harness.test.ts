import { describe, expect, test } from 'vitest';
import { buildPerRowMergeQueries, buildPlainCreateQueries } from '../../bench/build-baseline-queries.ts';
import { checkFloors } from '../../bench/check-floors.ts';
import { parseBenchArgs } from '../../bench/parse-bench-args.ts';
import { RESULTS_END, RESULTS_START, renderResults, spliceResults } from '../../bench/render-benchmarks.ts';
import { quantile } from '../../bench/run-cypher-load.ts';
import { selectAlignmentSet } from '../../bench/select-alignment-set.ts';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { CORPUS_SIZES } from '../../bench/corpus-sizes.ts';
import { medianRatio } from '../../bench/measures/measure-api.ts';
import { findRealCorpus } from '../../bench/measures/measure-viewer-overview.ts';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('bench arguments', () => {
  test('defaults: small, every measure, published', () => {
    expect(parseBenchArgs([])).toEqual({
      size: 'small',
      only: ['align', 'import', 'memory', 'api', 'sources', 'viewer', 'faults'],
      publish: true,
      perRowBudgetSeconds: 60,
      alignments: 'engine',
      help: false,
    });
  });
  test('--only keeps run order and does not publish unless asked', () => {
    expect(parseBenchArgs(['--size=medium', '--only', 'api,import'])).toMatchObject({
      size: 'medium',
      only: ['import', 'api'],
      publish: false,
    });
    expect(parseBenchArgs(['--only', 'api', '--publish']).publish).toBe(true);
  });
  test.each([
    [['--size', 'huge']],
    [['--only', 'api,gpu']],
    [['--per-row-budget', '-1']],
    [['--frobnicate']],
    [['--size']],
  ])('rejects %j', (args) => {
    expect(() => parseBenchArgs(args)).toThrow();
  });
});

describe('floors', () => {
  test('pass, fail and not measured', () => {
    const floors = checkFloors({
      import: { ratioToPlainCreate: 0.5 },
      align: { ratioToBruteForce: 0.06, top1Agreement: 0.995 },
      api: {
        lineage: { p99Ms: 99.9, errors: 0, throughputRatioToDirect: 0.6, single: { p99Ms: 25 } },
        search: { p99Ms: 300, errors: 2, throughputRatioToDirect: 0.59, single: { p99Ms: 49.9 } },
      },
      viewerOverview: { grouped: { firstRenderMs: 3000 } },
      viewer: { n5000: { panFrameMs: { mean: 33.3 }, feedbackMs: 100 } },
    });
    expect(Object.fromEntries(floors.map((f) => [f.name, f.pass]))).toEqual({
      'import.ratioToPlainCreate': true,
      'align.ratioToBruteForce': false,
      'align.top1Agreement': true,
      'api.lineage.errors': true,
      'api.search.errors': false,
      'api.lineage.throughputRatioToDirect': true,
      'api.search.throughputRatioToDirect': false,
      'api.lineage.single.p99Ms': false,
      'api.search.single.p99Ms': true,
      'importer.peakRssMB': null,
      'viewerOverview.grouped.firstRenderMs': false,
      'viewer.n5000.panFrameMs.mean': true,
      'viewer.n5000.feedbackMs': false,
    });
  });
});

describe('BENCHMARKS.md block', () => {
  const results = {
    command: 'npm run bench -- --size small',
    machine: { nproc: 2, cpu: 'x', memoryGB: 4, node: 'v20', java: '17', date: 'd', loadAverage: 1 },
    floors: checkFloors({ importer: { peakRssMB: 300 } }),
    importer: { status: 'ok', peakRssMB: 300 },
  };
  test('renders the command, the floors and each figure', () => {
    const md = renderResults(results);
    expect(md).toContain('Command: `npm run bench -- --size small`');
    expect(md).toContain('| `importer.peakRssMB` | 300 | < 1024 | yes |');
    expect(md).toContain('| `importer.status` | ok |');
  });
  test('replaces only the marked block', () => {
    const before = `# B\nprose\n${RESULTS_START}\nold\n${RESULTS_END}\ntail\n`;
    expect(spliceResults(before, 'new')).toBe(`# B\nprose\n${RESULTS_START}\nnew\n${RESULTS_END}\ntail\n`);
    expect(spliceResults('# B\n', 'new')).toBe(`# B\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n`);
  });
});

describe('baseline queries', () => {
  const dump = {
    nodes: [
      { label: 'Policy', props: { id: 'p1' } },
      { label: 'Article', props: { id: 'p1#a1' } },
      { label: 'Policy', props: { id: 'p2' } },
    ],
    rels: [
      { type: 'HAS_ARTICLE', startLabel: 'Policy', startId: 'p1', endLabel: 'Article', endId: 'p1#a1', props: {} },
    ],
  };
  test('plain CREATE groups by label and type, in chunks', () => {
    const queries = buildPlainCreateQueries(dump, 1);
    expect(queries.map((q) => q.cypher)).toEqual([
      'UNWIND $rows AS row CREATE (n:`Policy`) SET n = row',
      'UNWIND $rows AS row CREATE (n:`Policy`) SET n = row',
      'UNWIND $rows AS row CREATE (n:`Article`) SET n = row',
      'UNWIND $rows AS row MATCH (a:`Policy` {id: row.s}) MATCH (b:`Article` {id: row.e}) CREATE (a)-[r:`HAS_ARTICLE`]->(b) SET r = row.p',
    ]);
    expect(queries[3]!.params).toEqual({ rows: [{ s: 'p1', e: 'p1#a1', p: {} }] });
  });
  test('per-row MERGE: one query per node and relationship, labels escaped', () => {
    const queries = buildPerRowMergeQueries({
      nodes: [{ label: 'Bad`) DETACH DELETE n //', props: { id: 'x' } }],
      rels: [],
    });
    expect(queries).toEqual([
      {
        cypher: 'MERGE (n:`Bad``) DETACH DELETE n //` {id: $id}) SET n += $props',
        params: { id: 'x', props: { id: 'x' } },
      },
    ]);
  });
});

describe('helpers', () => {
  test('nearest-rank quantiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([quantile(values, 0.5), quantile(values, 0.99), quantile([], 0.5)]).toEqual([50, 99, 0]);
  });
  test('alignment set: provincial uppers, municipal lowers, implementing documents first', () => {
    const docs = generateCorpus(CORPUS_SIZES.small);
    const set = selectAlignmentSet(docs, 300, 200);
    const tierOf = new Map(docs.map((d) => [d.file, d.tier]));
    expect(set.uppers).toHaveLength(200);
    expect(set.lowers).toHaveLength(300);
    expect(new Set(set.uppers.map((u) => tierOf.get(u.file)))).toEqual(new Set(['provincial']));
    expect(new Set(set.lowers.map((l) => tierOf.get(l.file)))).toEqual(new Set(['municipal']));
    expect(set.derivedInSet).toBeGreaterThan(100);
  });
});

describe('the GraphQL-to-direct ratio over paired rounds', () => {
  test('is the median of the rounds’ ratios, so one disturbed round does not decide it', () => {
    const rounds = [
      { graphql: 200, direct: 300 },
      { graphql: 210, direct: 620 },
      { graphql: 190, direct: 290 },
    ];
    expect(medianRatio(rounds)).toBe(0.66);
    expect(medianRatio(rounds.slice(0, 2))).toBe(0.5);
    expect(medianRatio([{ graphql: 10, direct: 0 }])).toBeNull();
  });
});

describe('the real corpus the viewer bench draws', () => {
  // From a git worktree (/work/wt/NAME) the corpus beside the main checkout (/work/shared) was not found.
  test('is found in the project’s parent folder or any folder above it', () => {
    const root = mkdtempSync(join(tmpdir(), 'pg-corpus-'));
    try {
      const corpus = join(root, 'shared', 'corpora', 'lawrefbook');
      mkdirSync(corpus, { recursive: true });
      expect(findRealCorpus(join(root, 'main'))).toBe(corpus);
      expect(findRealCorpus(join(root, 'wt', 'feature'))).toBe(corpus);
      rmSync(join(root, 'shared'), { recursive: true });
      expect(findRealCorpus(join(root, 'wt', 'feature'))).toBe(join(root, 'wt', 'shared', 'corpora', 'lawrefbook'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

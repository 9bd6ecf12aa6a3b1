/**
 * API under load: p50/p99 and error counts of lineage, compare, coverage and search at 50 concurrent connections
 * (autocannon, 127.0.0.1 only, bounded in count and time) against the imported corpus, and the GraphQL-to-direct-
 * Cypher ratios for lineage and search (the same query builders run straight through the driver at the same
 * concurrency): p50 and throughput; and lineage and search on one connection, sequentially (`<kind>.single`).
 * Example: await measureApi(ctx) → { lineage: { p50Ms: 9, requestsPerSecond: 410, throughputRatioToDirect: 0.7,
 *   single: { p99Ms: 12, … }, … }, graphqlToCypherP50: { … } }.
 */
import type { GraphHandle } from '../../graph/index.ts';
import type { CypherQuery } from '../../graph/index.ts';
import { loadPiece } from '../load-piece.ts';
import { MissingPieceError } from '../measure-result.ts';
import { runCypherLoad, type CypherLoadResult } from '../run-cypher-load.ts';
import { runHttpLoad, type HttpLoadResult } from '../run-http-load.ts';
import type { ApiProcessStats } from '../spawn-api-child.ts';
import { OBJECTS, PART_HEADINGS } from '../vocabulary.ts';

/** Load bounds. */
export interface ApiLoadOptions {
  connections: number;
  maxRequests: number;
  maxSeconds: number;
}

/** Default bounds: 50 connections, at most 2,000 requests or 30 s per query kind. */
export const DEFAULT_API_LOAD: ApiLoadOptions = { connections: 50, maxRequests: 2_000, maxSeconds: 30 };

/** Bounds of the single-connection run (sequential requests, p99 of what one user sees). */
export const SINGLE_API_LOAD: ApiLoadOptions = { connections: 1, maxRequests: 500, maxSeconds: 20 };

/** GraphQL documents of the four measured queries. */
export const API_QUERIES = {
  lineage:
    'query($id: ID!) { lineage(articleId: $id, direction: BOTH, maxDepth: 5) { depth score class from { id heading } to { id heading } } }',
  compare:
    'query($l: ID!, $u: ID!) { compare(lowerPolicyId: $l, upperPolicyId: $u) { pairs { id score class lower { id heading } upper { id heading } } unmatchedUpper { id } unmatchedLower { id } } }',
  coverage: 'query($u: ID!) { coverage(upperPolicyId: $u) { rows { lowerDocumentCount article { id heading } } } }',
  search: 'query($p: String!) { search(phrase: $p, limit: 20) { kind id title score } }',
} as const;

/** Paired rounds of the GraphQL-to-direct comparison. */
export const RATIO_ROUNDS = 3;

/**
 * Each side of a ratio round (and each side's warm-up) runs for this long, whatever its speed: rounds of 2,000 requests
 * lasted 1–4 s, and the direct side kept speeding up from round to round (497 → 865 → 1,702 requests/s in one quiet
 * run) because it was barely warmed, so the median read a side still warming against one already warm.
 */
export const RATIO_WINDOW_SECONDS = 8;

/** One paired round: requests/s through GraphQL, then of the same Cypher sent directly. */
export interface RatioRound {
  graphql: number;
  direct: number;
}

/** The median of the rounds' GraphQL/direct ratios, to two decimals; null without a round with direct requests. Pure. */
export function medianRatio(rounds: readonly RatioRound[]): number | null {
  const ratios = rounds
    .filter((r) => r.direct > 0)
    .map((r) => r.graphql / r.direct)
    .sort((x, y) => x - y);
  if (ratios.length === 0) return null;
  const mid = ratios.length >> 1;
  const median = ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  return Math.round(median * 100) / 100;
}

/** A running API to measure; `server`, when the API runs in its own process, reports that process's CPU and GC. */
export interface ApiTarget {
  url: string;
  graph: GraphHandle;
  server?: { pid: number; stats(): Promise<ApiProcessStats> };
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** Reads parameters from the graph: aligned county articles, implementing pairs, upper policies, search phrases. */
export async function sampleApiParameters(graph: GraphHandle, count = 200) {
  // LIMIT takes an integer; a JS number reaches Cypher as a float, so the (validated) count is written inline.
  const limit = String(Math.max(1, Math.floor(count)));
  const read = (cypher: string) => graph.read({ cypher: cypher.replace('$count', limit) });
  const articles = await read(
    "MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article)-[:ALIGNS_WITH]->() WHERE p.tier IN ['county', 'municipal'] WITH DISTINCT a ORDER BY a.id LIMIT $count RETURN a.id AS id",
  );
  const pairs = await read(
    'MATCH (l:Policy)-[:IMPLEMENTS]->(u:Policy) WITH l, u ORDER BY l.id LIMIT $count RETURN l.id AS l, u.id AS u',
  );
  const uppers = await read(
    "MATCH (u:Policy) WHERE u.tier IN ['national', 'provincial'] AND u.status = 'full' WITH u ORDER BY u.id LIMIT $count RETURN u.id AS u",
  );
  const numbers = await read(
    'MATCH (p:Policy) WHERE p.docNumber IS NOT NULL WITH p ORDER BY p.id LIMIT 40 RETURN p.docNumber AS n',
  );
  const phrases = [
    ...OBJECTS,
    ...PART_HEADINGS,
    '市科技局',
    '牵头单位',
    '高新技术企业',
    ...numbers.map((r) => String(r.n)),
  ];
  return {
    lineageIds: articles.map((r) => String(r.id)),
    comparePairs: pairs.map((r) => ({ l: String(r.l), u: String(r.u) })),
    upperIds: uppers.map((r) => String(r.u)),
    phrases,
  };
}

/** Measures the four queries and the GraphQL overhead. */
export async function measureApi(target: ApiTarget, load: ApiLoadOptions = DEFAULT_API_LOAD) {
  type Builders = {
    buildLineageQuery: (id: string, d: 'UP' | 'DOWN' | 'BOTH', depth: number) => CypherQuery;
    buildSearchQuery: (p: string, limit: number) => CypherQuery;
  };
  const buildLineageQuery = await loadPiece<Builders['buildLineageQuery']>(
    'api/resolvers/index.ts',
    'buildLineageQuery',
  );
  const buildSearchQuery = await loadPiece<Builders['buildSearchQuery']>('api/resolvers/index.ts', 'buildSearchQuery');
  const params = await sampleApiParameters(target.graph);
  if (params.lineageIds.length === 0)
    throw new MissingPieceError('the graph has no ALIGNS_WITH relationships: alignment was not written by the import');
  const graphql = `${target.url.replace(/\/$/, '')}/graphql`;
  const bodies = {
    lineage: params.lineageIds.map((id) => body(API_QUERIES.lineage, { id })),
    compare: params.comparePairs.map((p) => body(API_QUERIES.compare, p)),
    coverage: params.upperIds.map((u) => body(API_QUERIES.coverage, { u })),
    search: params.phrases.map((p) => body(API_QUERIES.search, { p })),
  };
  const results: Record<string, HttpLoadResult & { server?: ApiProcessStats }> = {};
  for (const [name, list] of Object.entries(bodies)) {
    await target.server?.stats();
    const run = await runHttpLoad({ url: graphql, bodies: list, ...load });
    results[name] = target.server ? { ...run, server: await target.server.stats() } : run;
  }
  const directQueries = {
    lineage: params.lineageIds.map((id) => buildLineageQuery(id, 'BOTH', 5)),
    search: params.phrases.map((p) => buildSearchQuery(p, 20)),
  };
  // The ratio is read over paired rounds, GraphQL then direct back to back, each side for the same time window, after a
  // warm-up window of each side: on shared cores one pair of single runs swung from 0.34 to 0.61.
  const window = { connections: load.connections, maxRequests: 1_000_000, maxSeconds: RATIO_WINDOW_SECONDS };
  const directWindow = { concurrency: load.connections, maxRequests: 1_000_000, maxSeconds: RATIO_WINDOW_SECONDS };
  const compare = async (name: 'lineage' | 'search') => {
    await runHttpLoad({ url: graphql, bodies: bodies[name], ...window });
    await runCypherLoad(target.graph, directQueries[name], directWindow);
    const rounds: RatioRound[] = [];
    let direct: CypherLoadResult | undefined;
    for (let round = 0; round < RATIO_ROUNDS; round++) {
      const viaGraphql = await runHttpLoad({ url: graphql, bodies: bodies[name], ...window });
      direct = await runCypherLoad(target.graph, directQueries[name], directWindow);
      rounds.push({ graphql: viaGraphql.requestsPerSecond, direct: direct.requestsPerSecond });
    }
    // The last round's direct run stands for the direct figures (p50, p99) beside the GraphQL run above.
    return { rounds, direct: direct! };
  };
  const lineageCompared = await compare('lineage');
  const searchCompared = await compare('search');
  const rounds = { lineage: lineageCompared.rounds, search: searchCompared.rounds };
  const direct = { lineage: lineageCompared.direct, search: searchCompared.direct };
  // One connection, one request at a time: the latency a single user sees, without queueing behind 49 others.
  const single = {
    lineage: await runHttpLoad({ url: graphql, bodies: bodies.lineage, ...SINGLE_API_LOAD }),
    search: await runHttpLoad({ url: graphql, bodies: bodies.search, ...SINGLE_API_LOAD }),
  };
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
  const kind = (name: 'lineage' | 'search') => ({
    ...results[name],
    throughputRatioToDirect: medianRatio(rounds[name]),
    ratioRounds: rounds[name],
    single: single[name],
  });
  return {
    connections: load.connections,
    ...results,
    lineage: kind('lineage'),
    search: kind('search'),
    directCypher: direct,
    graphqlToCypherP50: {
      lineage: ratio(results.lineage?.p50Ms ?? 0, direct.lineage.p50Ms),
      search: ratio(results.search?.p50Ms ?? 0, direct.search.p50Ms),
    },
    notes: [
      target.server
        ? `the API ran in its own Node process (pid ${target.server.pid}; <kind>.server = its CPU and GC during that run); autocannon and the direct-Cypher run ran in the benchmark process, one after the other`
        : 'the API ran in the benchmark process, beside autocannon',
      `each query kind: ${load.connections} connections, at most ${load.maxRequests} requests or ${load.maxSeconds} s, parameters rotated over ${params.lineageIds.length} articles / ${params.comparePairs.length} pairs / ${params.upperIds.length} upper policies / ${params.phrases.length} phrases`,
      `<kind>.throughputRatioToDirect = the median over ${RATIO_ROUNDS} paired rounds (<kind>.ratioRounds: GraphQL, then the same Cypher — the API's query builders — sent straight through the driver, back to back, same concurrency ${load.connections}, both saturating the machine, each side for ${RATIO_WINDOW_SECONDS} s) of GraphQL requests/s ÷ direct requests/s, after a warm-up window of each side`,
      `<kind>.single = one connection, sequential requests (at most ${SINGLE_API_LOAD.maxRequests} or ${SINGLE_API_LOAD.maxSeconds} s)`,
    ],
  };
}

/**
 * sources, likelyParents and reuse through the API on the imported corpus, one request at a time, as a researcher
 * sends them: the first request (the server reads the graph and builds its indexes, api/alignment-graph.ts) with the
 * worst latency of a cheap query sent every 250 ms meanwhile (how long the server stalls), then each query on a sample
 * of lower-tier articles and documents (median and worst). Example: await measureSources({ url }, graph) →
 * { documents: 8, first: { ms: 24100, cheapQueryWorstMs: 310 }, sourcesUpper: { medianMs: 420, worstMs: 810 }, … }.
 */
import type { GraphHandle } from '../../graph/index.ts';
import { MissingPieceError } from '../measure-result.ts';
import { postGraphql } from '../post-graphql.ts';

/** A request that takes longer than this counts as failed (the old server took up to 67 s on lawrefbook). */
const QUERY_TIMEOUT_MS = 300_000;

/** GraphQL documents of the measured queries. */
export const SOURCE_QUERIES = {
  sources:
    'query($id: ID!, $s: SourceScope) { sources(articleId: $id, scope: $s, limit: 5) { article { id } score rank } }',
  likelyParents: 'query($id: ID!) { likelyParents(policyId: $id, limit: 5) { policy { id } score } }',
  reuse: 'query($id: ID!) { reuse(policyId: $id) { policy { id } sharedCharacters } }',
  cheap: '{ policies(limit: 1) { id } }',
} as const;

/** Times one query; an error answer or a failed request stops the measure with its message. */
async function timed(graphql: string, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const answer = await postGraphql(graphql, JSON.stringify({ query, variables }), QUERY_TIMEOUT_MS);
  if (!answer.ok) throw new Error(`${query.slice(0, 40)}…: ${answer.message ?? `HTTP ${answer.status}`}`);
  return answer.ms;
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!), worstMs: Math.round(sorted.at(-1)!) };
};

/** Times the three queries on `documents` lower-tier documents (one article of each), sampled evenly by id. */
export async function measureSources(target: { url: string }, graph: GraphHandle, documents = 8) {
  const rows = await graph.read({
    cypher: `MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article)
WHERE p.tier IN ['provincial', 'municipal', 'county'] AND coalesce(a.stale, false) = false
WITH p, collect(a.id) AS articles WHERE size(articles) >= 4
RETURN p.id AS policy, articles[size(articles) / 2] AS article ORDER BY policy`,
  });
  if (rows.length === 0) throw new MissingPieceError('the graph has no lower-tier document with four articles');
  const step = Math.max(1, Math.floor(rows.length / documents));
  const sample = rows.filter((_, i) => i % step === 0).slice(0, documents) as { policy: string; article: string }[];
  const graphql = `${target.url.replace(/\/$/, '')}/graphql`;

  let stop = false;
  let cheapWorst = 0;
  let cheapCount = 0;
  let cheapFailed = 0;
  const prober = (async () => {
    while (!stop) {
      // A server that blocks long enough drops kept-alive connections: a failure is counted, not thrown.
      const answer = await postGraphql(graphql, JSON.stringify({ query: SOURCE_QUERIES.cheap }), QUERY_TIMEOUT_MS);
      if (!answer.ok) cheapFailed++;
      cheapWorst = Math.max(cheapWorst, answer.ms);
      cheapCount++;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const started = performance.now();
  const firstMs = await timed(graphql, SOURCE_QUERIES.sources, { id: sample[0]!.article, s: 'UPPER' });
  // likelyParents builds its own index on first use too.
  const firstParentsMs = await timed(graphql, SOURCE_QUERIES.likelyParents, { id: sample[0]!.policy });
  stop = true;
  await prober;

  const times: Record<string, number[]> = {};
  const time = async (name: string, query: string, variables: Record<string, unknown>) =>
    (times[name] ??= []).push(await timed(graphql, query, variables));
  for (const { policy, article } of sample) {
    for (const s of ['UPPER', 'PEER', 'ALL'])
      await time(`sources${s[0]}${s.slice(1).toLowerCase()}`, SOURCE_QUERIES.sources, { id: article, s });
    await time('likelyParents', SOURCE_QUERIES.likelyParents, { id: policy });
    await time('reuse', SOURCE_QUERIES.reuse, { id: policy });
  }
  return {
    documents: sample.length,
    first: {
      sourcesMs: Math.round(firstMs),
      likelyParentsMs: Math.round(firstParentsMs),
      cheapQueryWorstMs: Math.round(cheapWorst),
      cheapQueries: cheapCount,
      cheapQueriesFailed: cheapFailed,
    },
    ...Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, summary(ms)])),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    notes: [
      'one request at a time; first: the server reads the graph and builds its indexes (sources, then likelyParents)',
      'cheapQueryWorstMs: worst latency of a one-policy query sent every 250 ms during the first requests',
    ],
  };
}

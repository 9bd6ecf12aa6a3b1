/**
 * What the GraphQL layer of the API costs per request, without sockets or database: reads the lineage answers of up
 * to 200 aligned articles once from a graph, then hands the bench's lineage request to the API's own Apollo Server
 * (createApollo: limits, plugins, @neo4j/graphql schema, the real resolvers and context) with those rows served from
 * memory, 50 requests in flight, and prints the CPU it took per request. Set beside the API process's CPU per
 * request under the bench's load, it says how much of that is GraphQL and how much is HTTP and the driver. Not part of
 * the bench run. Example:
 *   NEO4J_URI=bolt://127.0.0.1:40001 NEO4J_PASSWORD=… node --import tsx bench/profile-graphql-layer.ts [--requests 20000]
 *   → 200 articles, 2.6 lineage steps per answer (455 B)
 *     round 1: 112 µs CPU per request (wall 205 µs)
 */
import type { CypherRunner } from '../api/run-cypher.ts';
import type { GraphHandle, Row } from '../graph/index.ts';

// As `policygraph serve` runs: graphql-js reads NODE_ENV once, when it is first loaded (instanceOf's development
// checks), so it is set before anything that loads graphql — static imports would be evaluated before this line.
process.env.NODE_ENV ??= 'production';
const { HeaderMap } = await import('@apollo/server');
const { readApiConfig } = await import('../api/config.ts');
const { createContextFactory } = await import('../api/create-context.ts');
const { buildLineageQuery } = await import('../api/resolvers/lineage.ts');
const { createApollo } = await import('../api/server.ts');
const { openGraph, readGraphConfig } = await import('../graph/index.ts');
const { API_QUERIES, sampleApiParameters } = await import('./measures/measure-api.ts');

const args = process.argv.slice(2);
const requests = Number(args.includes('--requests') ? args[args.indexOf('--requests') + 1] : 20_000);
const IN_FLIGHT = 50;
const ROUNDS = 3;

const config = readGraphConfig(process.env);
if (!config.uri) throw new Error('profile-graphql-layer: set NEO4J_URI and NEO4J_PASSWORD to the graph to read from');
const source = openGraph({
  uri: config.uri,
  username: config.username,
  password: config.password!,
  database: config.database,
});
const rows = new Map<string, Row[]>();
try {
  for (const id of (await sampleApiParameters(source)).lineageIds)
    rows.set(id, await source.read(buildLineageQuery(id, 'BOTH', 5)));
} finally {
  await source.close();
}
if (rows.size === 0) throw new Error('profile-graphql-layer: the graph has no aligned county or municipal articles');

// The rows come from memory. @neo4j/graphql asks the database for its version once per process (dbms.components):
// the stand-in transaction answers that.
const read = async (query: { params?: Record<string, unknown> }) => rows.get(String(query.params?.articleId)) ?? [];
const runner: CypherRunner = { read, write: async () => [] };
const graph = {
  read,
  graphqlContext: () => ({
    executionContext: { run: async () => ({ records: [['5.26.0', 'community']], summary: {} }) },
    sessionConfig: { database: config.database },
    transaction: {},
  }),
} as unknown as GraphHandle;
const apiConfig = readApiConfig({ PORT: '0' });
const apollo = await createApollo(apiConfig, (message, error) => console.error(message, error));
await apollo.start();
const makeContext = createContextFactory({ graph, config: apiConfig, runner });
const ids = [...rows.keys()];
const bodies = ids.map((id) => ({ query: API_QUERIES.lineage, variables: { id } }));
let bytes = 0;
let failed = 0;
const one = async (i: number) => {
  const headers = new HeaderMap([['content-type', 'application/json']]);
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: bodies[i % bodies.length] },
    context: () => makeContext({ headers: {} } as never),
  });
  const text = answer.body.kind === 'complete' ? answer.body.string : '';
  if (!text.startsWith('{"data"')) failed += 1;
  bytes += text.length;
};
const run = async (count: number) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) await one(next++);
    }),
  );
};

const steps = [...rows.values()].reduce((sum, r) => sum + r.length, 0) / rows.size;
await run(3_000); // JIT warm-up
console.log(`${rows.size} articles, ${steps.toFixed(1)} lineage steps per answer (${Math.round(bytes / 3_000)} B)`);
for (let round = 1; round <= ROUNDS; round++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(requests);
  const used = process.cpuUsage(cpu);
  const perRequest = (us: number) => Math.round(us / requests);
  console.log(
    `round ${round}: ${perRequest(used.user + used.system)} µs CPU per request (wall ${perRequest((performance.now() - started) * 1000)} µs)`,
  );
}
if (failed > 0) console.log(`${failed} answers were errors, not data: the figures above are not the lineage's`);
await apollo.stop();

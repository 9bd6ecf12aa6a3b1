/**
 * Times the coverage, compare or lineage query of two checkouts side by side in one process, on a graph kept in its
 * own Neo4j data folder (as time-align-graph.ts keeps one). `--query coverage` (the default): the 20 upper documents
 * with the most ALIGNS_WITH pairs coming in; `--query compare`: the 20 lower–upper document pairs with the most pairs
 * between them; `--query lineage`: the 20 articles with the most pairs coming in, both ways to depth 5. Each
 * checkout's query builder runs for all of them in turn, alternating which goes first, the first round left out as
 * warm-up. Prints the median of the rest per checkout and the rows each answers (coverage: lower documents ×
 * articles carried; compare: pairs; lineage: steps, and for a checkout whose steps say `counterpart`, how many
 * `counterpartsOnly` keeps).
 * Example: npx tsx bench/time-table-queries.ts --data bench/out/neo4j-align-lawrefbook --roots /work/alignbase,.
 *   --rounds 6 → "/work/alignbase 1182 ms, 50681 rows; . 1355 ms, 37453 rows; ratio 1.15".
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CypherQuery } from '../graph/index.ts';
import { counterpartDepths } from '../api/resolvers/follow-counterparts.ts';
import { startBenchNeo4j } from './start-bench-neo4j.ts';
import { argsOf } from './timing-args.ts';

type BuildQuery = (first: string, second: string | null) => CypherQuery;
const QUERIES = ['coverage', 'compare', 'lineage'];

const args = argsOf(process.argv.slice(2));
const roots = (args.get('roots') ?? '.').split(',').filter(Boolean);
const rounds = Number(args.get('rounds') ?? 6);
const query = args.get('query') ?? 'coverage';
if (!QUERIES.includes(query)) throw new Error(`--query ${QUERIES.join('|')}, not ${query}`);
const neo = await startBenchNeo4j({ dataDir: resolve(args.get('data') ?? 'bench/out/neo4j-align'), log: () => {} });
try {
  const builds: BuildQuery[] = [];
  for (const root of roots) {
    const module = (await import(pathToFileURL(join(resolve(root), 'api', 'resolvers', `${query}.ts`)).href)) as {
      buildCoverageQuery: BuildQuery;
      buildCompareQuery: BuildQuery;
      buildLineageQuery: (articleId: string, direction: 'BOTH', maxDepth: number) => CypherQuery;
    };
    builds.push(
      query === 'coverage'
        ? module.buildCoverageQuery
        : query === 'compare'
          ? module.buildCompareQuery
          : (first) => module.buildLineageQuery(first, 'BOTH', 5),
    );
  }
  const cases = (await neo.graph.read({
    cypher:
      query === 'coverage'
        ? `MATCH (up:Policy)-[:HAS_ARTICLE]->(:Article)<-[r:ALIGNS_WITH]-()
WITH up, count(r) AS n ORDER BY n DESC, up.id LIMIT 20 RETURN up.id AS first, null AS second`
        : query === 'compare'
          ? `MATCH (lp:Policy)-[:HAS_ARTICLE]->(:Article)-[r:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(up:Policy)
WITH lp, up, count(r) AS n ORDER BY n DESC, lp.id, up.id LIMIT 20 RETURN lp.id AS first, up.id AS second`
          : `MATCH (a:Article)<-[r:ALIGNS_WITH]-()
WITH a, count(r) AS n ORDER BY n DESC, a.id LIMIT 20 RETURN a.id AS first, null AS second`,
  })) as { first: string; second: string | null }[];
  const times = roots.map(() => [] as number[]);
  const rows = roots.map(() => 0);
  const followed = roots.map(() => undefined as number | undefined);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? roots.map((_, i) => i) : roots.map((_, i) => roots.length - 1 - i);
    for (const i of order) {
      const t = performance.now();
      let counted = 0;
      for (const c of cases) {
        const answer = await neo.graph.read(builds[i]!(c.first, c.second));
        const row = answer[0];
        counted +=
          query === 'coverage'
            ? (row!.rows as { counterparts: unknown[] }[]).reduce((n, r) => n + r.counterparts.length, 0)
            : query === 'compare'
              ? (row!.pairs as unknown[]).length
              : answer.length;
        if (query === 'lineage' && round === 0 && row && 'counterpart' in row) {
          const steps = answer.map((r) => ({
            fromId: String(r.fromId),
            toId: String(r.toId),
            counterpart: r.counterpart === true,
          }));
          followed[i] = (followed[i] ?? 0) + counterpartDepths(c.first, steps, 'BOTH', 5).size;
        }
      }
      if (round > 0) times[i]!.push(performance.now() - t);
      rows[i] = counted;
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `${roots.map((r, i) => `${r} ${median(times[i]!).toFixed(0)} ms, ${rows[i]} rows`).join('; ')}` +
      (roots.length === 2 ? `; ratio ${(median(times[1]!) / median(times[0]!)).toFixed(2)}` : ''),
  );
  for (const [i, r] of roots.entries()) console.log(`  ${r}: ${times[i]!.map((x) => x.toFixed(0)).join(' ')} ms`);
  for (const [i, r] of roots.entries())
    if (followed[i] !== undefined) console.log(`  ${r}: ${followed[i]} of ${rows[i]} steps with counterpartsOnly`);
} finally {
  await neo.stop();
}

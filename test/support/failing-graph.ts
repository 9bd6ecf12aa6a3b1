/**
 * Fault injection by wrapping the graph handle (nothing in production knows about it): every write transaction that
 * sends a statement mentioning `file` (its rows carry the file name) fails with a division by zero after
 * `afterStatements` statements of that transaction — or, when it sends fewer, just before it would commit.
 *
 * Example: await importPaths(failingWrites(graph, 'a.txt', 3), [folder]) → a.txt is reported failed (NEO4J_QUERY)
 *   and nothing of it is written; every other file is imported.
 */
import type { CypherQuery, GraphHandle, RunQueries } from '../../graph/index.ts';

const FAILURE: CypherQuery = { cypher: 'RETURN 1 / 0 AS injectedFailure', params: {} };

/** A handle whose write transactions touching `file` fail after `afterStatements` statements. */
export function failingWrites(graph: GraphHandle, file: string, afterStatements: number): GraphHandle {
  const mentions = (query: CypherQuery) => JSON.stringify(query.params ?? {}).includes(file);
  const writeSteps: GraphHandle['writeSteps'] = (work, options) =>
    graph.writeSteps(async (run) => {
      let sent = 0;
      let touched = false;
      let failed = false;
      const failing: RunQueries = (queries) => {
        touched ||= queries.some(mentions);
        if (touched && !failed && sent + queries.length > afterStatements) {
          failed = true;
          const at = Math.max(0, afterStatements - sent);
          return run([...queries.slice(0, at), FAILURE, ...queries.slice(at)]);
        }
        sent += queries.length;
        return run(queries);
      };
      const result = await work(failing);
      if (touched && !failed) await run([FAILURE]);
      return result;
    }, options);
  return { ...graph, writeSteps, write: (queries, options) => writeSteps((run) => run(queries), options) };
}

/**
 * Per request: the texts of articles by id, read in one query per turn of the event loop. A compare table asks for
 * the changes of every pair, and each needs both texts: one read per pair made a 235-pair table spend most of its
 * time on round trips. Example: const textOf = createArticleTextLoader(runner, 500); await textOf('a') → '…' (or
 * undefined for an unknown id), with every id asked in the same turn read by one `UNWIND $ids` query.
 */
import type { CypherRunner } from './run-cypher.ts';

/** The text of one article; undefined when no article has that id. */
export type ArticleTextLoader = (id: string) => Promise<string | undefined>;

type Waiter = { resolve: (text: string | undefined) => void; reject: (error: unknown) => void };

/** Creates the loader of one request; `chunkSize` ids at most per query. */
export function createArticleTextLoader(runner: CypherRunner, chunkSize: number): ArticleTextLoader {
  let waiting: Map<string, Waiter[]> | undefined;

  async function flush(batch: Map<string, Waiter[]>): Promise<void> {
    const ids = [...batch.keys()];
    try {
      const texts = new Map<string, string>();
      for (let start = 0; start < ids.length; start += chunkSize) {
        const rows = await runner.read({
          cypher: 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.text AS text',
          params: { ids: ids.slice(start, start + chunkSize) },
        });
        for (const row of rows) texts.set(String(row.id), String(row.text ?? ''));
      }
      for (const [id, waiters] of batch) for (const w of waiters) w.resolve(texts.get(id));
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    }
  }

  return (id) =>
    new Promise((resolve, reject) => {
      if (!waiting) {
        const batch = new Map<string, Waiter[]>();
        waiting = batch;
        setImmediate(() => {
          waiting = undefined;
          void flush(batch);
        });
      }
      waiting.set(id, [...(waiting.get(id) ?? []), { resolve, reject }]);
    });
}

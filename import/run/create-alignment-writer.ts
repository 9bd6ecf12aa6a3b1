/**
 * Writes ALIGNS_WITH rows as they arrive (alignGraph hands it each group's pairs while the worker threads rank the
 * rest), `batchSize` rows per transaction and one transaction in flight, so Neo4j writes while the engine ranks.
 * Rows whose relationship does not exist yet are created, those whose relationship is still suggested are refreshed,
 * and those a person confirmed or rejected are not sent at all (`statuses`: id → status, read once before).
 * Example: const writer = createAlignmentWriter(graph, { stamp, batchSize: 1000, statuses }); writer.add(rows); …;
 * await writer.finish() → every row written (or the first write error thrown).
 */
import type { GraphHandle } from '../../graph/index.ts';
import {
  buildCreateAlignmentsQuery,
  buildRefreshAlignmentsQuery,
  type AlignmentRow,
} from '../write/build-alignment-queries.ts';

/** What the writer needs; `statuses` may still be being read when the first rows arrive. */
export interface AlignmentWriterOptions {
  stamp: string;
  batchSize: number;
  statuses: Promise<ReadonlyMap<string, string>>;
}

/** A writer of alignment rows: `add` never waits, `finish` writes what is left and waits for every transaction. */
export interface AlignmentWriter {
  add(rows: readonly AlignmentRow[]): void;
  finish(): Promise<void>;
}

/** Starts a writer; nothing is written before the statuses are known. */
export function createAlignmentWriter(
  graph: Pick<GraphHandle, 'write'>,
  { stamp, batchSize, statuses }: AlignmentWriterOptions,
): AlignmentWriter {
  const arrived: AlignmentRow[] = [];
  const creates: AlignmentRow[] = [];
  const refreshes: AlignmentRow[] = [];
  let known: ReadonlyMap<string, string> | undefined;
  let finishing = false;
  let busy: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;

  const sort = () => {
    if (!known) return;
    for (const row of arrived.splice(0)) {
      const status = known.get(row.id);
      if (status === undefined) creates.push(row);
      else if (status === 'suggested') refreshes.push(row);
      // Any other status is a person's decision: the row is not written.
    }
  };
  const next = () => {
    const take = (rows: AlignmentRow[]) => rows.length >= batchSize || (finishing && rows.length > 0);
    if (take(creates)) return buildCreateAlignmentsQuery(creates.splice(0, batchSize), stamp);
    if (take(refreshes)) return buildRefreshAlignmentsQuery(refreshes.splice(0, batchSize), stamp);
    return undefined;
  };
  const pump = () => {
    if (busy || failure) return;
    sort();
    const query = next();
    if (!query) return;
    busy = graph.write([query]).then(
      () => {
        busy = undefined;
        pump();
      },
      (error: unknown) => {
        failure = { error };
        busy = undefined;
      },
    );
  };
  const read = statuses.then(
    (map) => {
      known = map;
      pump();
    },
    (error: unknown) => {
      failure = { error };
    },
  );

  return {
    add(rows) {
      for (const row of rows) arrived.push(row);
      pump();
    },
    async finish() {
      finishing = true;
      await read;
      pump();
      while (busy) await busy;
      if (failure) throw failure.error;
    },
  };
}

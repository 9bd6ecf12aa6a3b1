/**
 * The engine work of a server (sources, likelyParents, reuse), one job at a time, each started in a turn of the event
 * loop of its own, after the previous job ended. The aliased fields of one request (30 × sources) then take turns
 * with other requests instead of ranking back to back: on the bundled corpus a query sent meanwhile waited up to
 * 2.1–3.0 s before, 0.4 s after. Example: await inTurn(() => rankSources(index, target)) → the ranking.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `job` after the engine work queued before it, in a later turn of the event loop; a failed job stops no other. */
export function inTurn<T>(job: () => T): Promise<T> {
  const result = queue.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(job);
  queue = result.catch(() => undefined);
  return result;
}

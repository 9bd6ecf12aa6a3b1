/**
 * Starts a driver call with V8's stack capture off. neo4j-driver's Result constructor builds an Error and reads its
 * stack on every query, only to graft the caller's stack onto a later failure; under tsx (source maps on) that read
 * is formatted through the source maps, and it cost about a tenth of the API server's CPU under a lineage load. A
 * failure here is translated into a GraphError (graph/errors.ts), which carries its own stack, so the caller's stack
 * is not needed. The switch is synchronous, so no other code runs while it is off.
 * Example: `const result = await withoutStackCapture(() => session.run('RETURN 1 AS one'))` → the same result.
 */

/** Calls `start` with Error.stackTraceLimit 0 and restores it, also when `start` throws. */
export function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

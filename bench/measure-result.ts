/**
 * The shape every measure returns, and the helper that turns a missing piece or a failure into a result instead of
 * an aborted run: the harness always writes results.json, with the reason next to each missing figure.
 * Example: await settle('api', () => measureApi(ctx)) → { status: 'missing', reason: 'api/index.ts has no startApiServer yet' }.
 */

/** Outcome of one measure: figures when ok, a reason otherwise. */
export type MeasureResult<T extends object = Record<string, unknown>> =
  | ({ status: 'ok'; seconds: number; notes?: string[] } & T)
  | { status: 'missing' | 'failed' | 'skipped'; reason: string; seconds: number };

/** Raised when a module another engineer is building is not there (yet). */
export class MissingPieceError extends Error {
  override readonly name = 'MissingPieceError';
  readonly code = 'BENCH_MISSING_PIECE';
}

/** Runs a measure, timing it and turning errors into results. */
export async function settle<T extends object>(
  name: string,
  run: () => Promise<T & { notes?: string[] }>,
  log: (line: string) => void,
): Promise<MeasureResult<T>> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  log(`[bench] ${name}: start`);
  try {
    const figures = await run();
    log(`[bench] ${name}: done in ${seconds()} s`);
    return { status: 'ok', seconds: seconds(), ...figures } as MeasureResult<T>;
  } catch (error) {
    const missing = error instanceof MissingPieceError;
    const reason =
      error instanceof Error
        ? missing
          ? error.message
          : `${error.message}\n${(error.stack ?? '').split('\n').slice(1, 4).join('\n')}`
        : String(error);
    log(`[bench] ${name}: ${missing ? 'missing' : 'FAILED'}: ${reason}`);
    return { status: missing ? 'missing' : 'failed', reason, seconds: seconds() };
  }
}

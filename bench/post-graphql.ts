/**
 * One GraphQL POST that never throws: whether it answered without errors, the HTTP status, the first error's code and
 * message, and the time in ms (a network failure or the timeout is `ok: false`, status 0).
 * Example: await postGraphql('http://127.0.0.1:4000/graphql', JSON.stringify({ query: '{ __typename }' }), 10_000)
 * → { ok: true, status: 200, code: null, message: null, ms: 4 }.
 */
export async function postGraphql(
  url: string,
  body: string,
  timeoutMs: number,
): Promise<{ ok: boolean; status: number; code: string | null; message: string | null; ms: number }> {
  const t = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await response.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
    const error = json.errors?.[0];
    return {
      ok: response.ok && !error,
      status: response.status,
      code: error?.extensions?.code ?? null,
      message: error?.message ?? null,
      ms: Math.round(performance.now() - t),
    };
  } catch (error) {
    return {
      ok: false,
      status: 0,
      code: null,
      message: error instanceof Error ? error.message : String(error),
      ms: Math.round(performance.now() - t),
    };
  }
}

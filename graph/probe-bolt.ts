/**
 * Asks whether a Neo4j answers at a URI with the given credentials, without throwing.
 *
 * Example: await probeBolt({ uri: 'bolt://127.0.0.1:7687', username: 'neo4j', password: 'x' }) → 'auth' (answered,
 * wrong password), 'ok', or 'unavailable' (nothing speaks Bolt there).
 */
import { createDriver } from './create-driver.ts';
import type { GraphConfig } from './config.ts';
import { toGraphError } from './errors.ts';

/** Result of one Bolt probe. */
export type BoltProbe = 'ok' | 'auth' | 'unavailable';

/** Opens a short-lived driver, runs `RETURN 1` and classifies the outcome. */
export async function probeBolt(
  config: Pick<GraphConfig, 'uri' | 'username' | 'password'>,
  timeoutMs = 3_000,
): Promise<BoltProbe> {
  const driver = createDriver(config, { connectionTimeoutMs: timeoutMs, maxConnectionPoolSize: 1 });
  // session.run, not executeQuery: no retries, a refused connection must answer at once.
  const session = driver.session();
  try {
    await session.run('RETURN 1');
    return 'ok';
  } catch (error) {
    return toGraphError(error).code === 'NEO4J_AUTH' ? 'auth' : 'unavailable';
  } finally {
    await session.close();
    await driver.close();
  }
}

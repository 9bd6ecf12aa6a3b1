/**
 * Fails fast when the API's port is taken, before `start` spends a minute starting Neo4j and importing. Example:
 * with another PolicyGraph on 4000, `await checkApiPort({ host: '127.0.0.1', port: 4000 })` → 'cannot listen on
 * 127.0.0.1:4000: the port is in use (another PolicyGraph already running?); stop it or set PORT to a free port'.
 */
import { createServer } from 'node:net';
import { ApiListenError, listenOn, type ApiConfig } from '../api/index.ts';

/** Undefined when host:port can be bound now (port 0 always can), else the message to show. */
export async function checkApiPort(config: Pick<ApiConfig, 'host' | 'port'>): Promise<string | undefined> {
  if (config.port === 0) return undefined;
  const probe = createServer();
  try {
    await listenOn(probe, config.host, config.port);
  } catch (error) {
    if (error instanceof ApiListenError) return error.message;
    throw error;
  }
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return undefined;
}

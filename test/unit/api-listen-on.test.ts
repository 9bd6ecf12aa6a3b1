/** Binding the API port: a taken port gives a message naming host:port and what to do, before anything starts. */
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { ApiListenError, listenOn } from '../../api/index.ts';
import { checkApiPort } from '../../cli/check-api-port.ts';

const open: Server[] = [];

async function occupy(): Promise<number> {
  const server = createServer();
  open.push(server);
  await listenOn(server, '127.0.0.1', 0);
  return (server.address() as { port: number }).port;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

describe('listenOn', () => {
  test('a port in use is refused as PORT_IN_USE, naming host and port and the PORT setting', async () => {
    const port = await occupy();
    const second = createServer();
    const error = await listenOn(second, '127.0.0.1', port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiListenError);
    expect((error as ApiListenError).code).toBe('PORT_IN_USE');
    expect((error as ApiListenError).message).toBe(
      `cannot listen on 127.0.0.1:${port}: the port is in use (another PolicyGraph already running?); stop it or set PORT to a free port`,
    );
    expect(second.listening).toBe(false);
  });

  test('an address the machine does not have is LISTEN_FAILED and says to check HOST', async () => {
    const error = await listenOn(createServer(), '192.0.2.1', 0).catch((e: unknown) => e);
    expect((error as ApiListenError).code).toBe('LISTEN_FAILED');
    expect((error as ApiListenError).message).toMatch(/^cannot listen on 192\.0\.2\.1:0: .*check HOST/);
  });
});

describe('checkApiPort (policygraph start, before Neo4j and the import)', () => {
  test('says why when the port is taken, and nothing when it is free (the probe lets it go again)', async () => {
    const port = await occupy();
    expect(await checkApiPort({ host: '127.0.0.1', port })).toMatch(`127.0.0.1:${port}: the port is in use`);
    await new Promise<void>((resolve) => open.pop()!.close(() => resolve()));
    expect(await checkApiPort({ host: '127.0.0.1', port })).toBeUndefined();
    expect(await checkApiPort({ host: '127.0.0.1', port })).toBeUndefined();
  });

  test('port 0 (any free port) is never a problem', async () => {
    expect(await checkApiPort({ host: '127.0.0.1', port: 0 })).toBeUndefined();
  });
});

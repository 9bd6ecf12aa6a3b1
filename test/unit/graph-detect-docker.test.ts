// dockerAnswers (test/setup): decides quickly, without hanging, whether testcontainers can be used.
import { createServer } from 'node:http';
import { describe, expect, test } from 'vitest';
import { findFreePort } from '../../graph/index.ts';
import { dockerAnswers } from '../setup/detect-docker.ts';

describe('dockerAnswers', () => {
  test('false when the socket file does not exist', async () => {
    expect(await dockerAnswers({ DOCKER_HOST: 'unix:///nonexistent/docker.sock' })).toBe(false);
  });

  test('false for a scheme it cannot ping', async () => {
    expect(await dockerAnswers({ DOCKER_HOST: 'ssh://user@host' })).toBe(false);
  });

  test('false when nothing listens on the tcp address', async () => {
    const port = await findFreePort();
    expect(await dockerAnswers({ DOCKER_HOST: `tcp://127.0.0.1:${port}` })).toBe(false);
  });

  test('true when /_ping answers 200, false when it answers 500', async () => {
    let status = 200;
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(status).end('OK');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(await dockerAnswers({ DOCKER_HOST: `tcp://127.0.0.1:${port}` })).toBe(true);
      status = 500;
      expect(await dockerAnswers({ DOCKER_HOST: `tcp://127.0.0.1:${port}` })).toBe(false);
      expect(paths).toEqual(['/_ping', '/_ping']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('false when the engine does not answer within the timeout', async () => {
    const server = createServer(() => {}); // accepts, never responds
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(await dockerAnswers({ DOCKER_HOST: `tcp://127.0.0.1:${port}` }, 200)).toBe(false);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

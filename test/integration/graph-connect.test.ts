// connectGraph and the driver's error translation against real servers: remote config, reuse of a local engine
// already on the port, a busy non-Bolt port, wrong passwords and an unreachable server.
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { connectGraph, findFreePort, readGraphConfig } from '../../graph/index.ts';
import { createDriver } from '../../graph/create-driver.ts';
import { executeRead } from '../../graph/execute.ts';
import { openTestGraph, testGraphConfig, testNeo4j } from '../support/neo4j.ts';

const { graph, database } = openTestGraph();
afterAll(() => graph.close());

const target = new URL(testNeo4j().uri);
const onThisHost = ['127.0.0.1', 'localhost'].includes(target.hostname);

describe('connectGraph', () => {
  test('with NEO4J_URI it connects there and reports origin "remote"', async () => {
    const graph = await connectGraph(testGraphConfig());
    try {
      expect(graph.origin).toBe('remote');
      expect(await graph.read({ cypher: 'RETURN 1 + 1 AS two' })).toEqual([{ two: 2 }]);
    } finally {
      await graph.stop();
    }
  });

  // These address the test server through the local-engine settings (a port on 127.0.0.1), which only works when
  // the test Neo4j runs on this host; with a remote NEO4J_URI they cannot apply.
  test.skipIf(!onThisHost)('without NEO4J_URI it reuses a Neo4j already answering on the port', async () => {
    const config = readGraphConfig({ NEO4J_BOLT_PORT: target.port, NEO4J_PASSWORD: testNeo4j().password });
    const graph = await connectGraph(config);
    try {
      expect(graph.origin).toBe('local-reused');
      expect(await graph.read({ cypher: 'RETURN 3 AS three' })).toEqual([{ three: 3 }]);
    } finally {
      await graph.stop();
    }
  });

  test.skipIf(!onThisHost)('without NEO4J_URI a Neo4j on the port with another password gives NEO4J_AUTH', async () => {
    const config = readGraphConfig({ NEO4J_BOLT_PORT: target.port, NEO4J_PASSWORD: 'not-the-password' });
    await expect(connectGraph(config)).rejects.toMatchObject({ name: 'GraphError', code: 'NEO4J_AUTH' });
  });

  test('without NEO4J_URI a port held by another program gives NEO4J_PORT_BUSY (no JVM started)', async () => {
    const server: Server = createServer((socket) => socket.end('not bolt\n', () => socket.destroy()));
    const port = await findFreePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const config = readGraphConfig({ NEO4J_BOLT_PORT: String(port) });
      await expect(connectGraph(config)).rejects.toMatchObject({ name: 'GraphError', code: 'NEO4J_PORT_BUSY' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('driver error translation', () => {
  test('a wrong password gives NEO4J_AUTH', async () => {
    const wrong = createDriver({ ...testGraphConfig(), password: 'wrong-password' });
    try {
      const error = await executeRead(wrong, database, { cypher: 'RETURN 1' }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: 'GraphError',
        code: 'NEO4J_AUTH',
        neo4jCode: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await wrong.close();
    }
  });

  test('a server that is not there gives NEO4J_UNAVAILABLE', async () => {
    const port = await findFreePort();
    const absent = createDriver(
      { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'whatever1' },
      { maxTransactionRetryTimeMs: 0 },
    );
    try {
      await expect(executeRead(absent, 'neo4j', { cypher: 'RETURN 1' })).rejects.toMatchObject({
        name: 'GraphError',
        code: 'NEO4J_UNAVAILABLE',
      });
    } finally {
      await absent.close();
    }
  });
});

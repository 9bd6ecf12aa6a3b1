// `policygraph neo4j` as a user runs it: --resolve-only on a warm cache, and no second engine when one already
// answers on the configured port.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { testNeo4j } from '../support/neo4j.ts';

const run = promisify(execFile);
const { uri, password, source } = testNeo4j();
const target = new URL(uri);
const env = { ...process.env, NEO4J_URI: '' };

describe('policygraph neo4j', () => {
  // The local engine of this run was resolved by the global setup, so the cache must be warm.
  test.skipIf(source !== 'local')('--resolve-only reports an already resolved engine and exits 0', async () => {
    const { stderr } = await run('node', ['bin/policygraph.mjs', 'neo4j', '--resolve-only'], { env, timeout: 120_000 });
    expect(stderr).toMatch(/^local Neo4j: already resolved in \d+ ms$/m);
  });

  // Needs the test Neo4j on this host, addressed through the local-engine settings.
  test.skipIf(!['127.0.0.1', 'localhost'].includes(target.hostname))(
    'starts nothing and exits 0 when a Neo4j already answers on NEO4J_BOLT_PORT',
    async () => {
      const { stderr } = await run('node', ['bin/policygraph.mjs', 'neo4j'], {
        env: { ...env, NEO4J_BOLT_PORT: target.port, NEO4J_PASSWORD: password },
        timeout: 60_000,
      });
      expect(stderr).toContain(
        `a Neo4j already answers at bolt://127.0.0.1:${target.port} with the configured credentials: nothing to start.`,
      );
    },
  );

  test('rejects an unknown option with exit code 2 and the usage', async () => {
    const failure = await run('node', ['bin/policygraph.mjs', 'neo4j', '--bogus'], { env, timeout: 60_000 }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/^unknown option --bogus\nusage: policygraph neo4j/);
  });
});

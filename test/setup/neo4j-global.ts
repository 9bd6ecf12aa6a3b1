/**
 * vitest globalSetup of the `integration` project: one real Neo4j for the whole run, handed to tests with
 * `project.provide('neo4j', …)` (read it with test/support/neo4j.ts). In order of preference:
 *   1. NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE) if set — tests WIPE that database;
 *   2. testcontainers `neo4j:5.26-community` with APOC, when a Docker engine answers;
 *   3. the local engine (graph/local-neo4j) on a free port with a throwaway data directory.
 * POLICYGRAPH_TEST_NEO4J=local or =testcontainers forces 2 or 3. Stopped (and the data removed) after the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, readGraphConfig, startLocalNeo4j } from '../../graph/index.ts';
import { dockerAnswers } from './detect-docker.ts';
import type { TestNeo4j } from './test-neo4j.ts';

const TEST_PASSWORD = 'policygraph-test';

/** Starts (or finds) the test Neo4j, provides it to tests and returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string): void => void process.stderr.write(`[neo4j-global] ${line}\n`);
  const started = Date.now();
  const { neo4j, stop } = await obtainNeo4j(log);
  log(`using ${neo4j.source} Neo4j at ${neo4j.uri} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('neo4j', neo4j);
  return stop;
}

async function obtainNeo4j(log: (line: string) => void): Promise<{ neo4j: TestNeo4j; stop: () => Promise<void> }> {
  const forced = process.env.POLICYGRAPH_TEST_NEO4J;
  if (process.env.NEO4J_URI && !forced) {
    const config = readGraphConfig(process.env);
    return { neo4j: { ...config, source: 'env' }, stop: async () => {} };
  }
  if (forced === 'testcontainers' || (forced !== 'local' && (await dockerAnswers()))) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    log('starting neo4j:5.26-community with APOC in Docker…');
    const container = await new Neo4jContainer('neo4j:5.26-community').withApoc().withPassword(TEST_PASSWORD).start();
    return {
      neo4j: {
        uri: container.getBoltUri(),
        username: container.getUsername(),
        password: container.getPassword(),
        database: 'neo4j',
        source: 'testcontainers',
      },
      stop: async () => void (await container.stop()),
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-test-neo4j-'));
  const boltPort = await findFreePort();
  const heap = process.env.NEO4J_TEST_HEAP ?? '1g';
  log(`starting the local engine on port ${boltPort} (data in ${dataDir})…`);
  const engine = await startLocalNeo4j(
    { boltPort, dataDir, heap, pageCache: '256m' },
    { password: TEST_PASSWORD, log },
  );
  return {
    neo4j: {
      uri: engine.uri,
      username: engine.username,
      password: engine.password,
      database: 'neo4j',
      source: 'local',
    },
    stop: async () => {
      await engine.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Faults: (1) SIGKILL the Neo4j JVM in the middle of an import (run in a child process), restart it, re-run the
 * import, and compare the graph with a clean import: node and relationship counts, a checksum over ids, no
 * duplicated ids, no half-written documents. (2) Stop Neo4j under API load: requests fail with a clear error, the
 * server stays up, and it serves again once Neo4j is back.
 * Example: await measureCrashDuringImport(neo, paths, reference) → { equalToClean: true, duplicateIds: 0, … }.
 */
import { clearGraph } from '../clear-graph.ts';
import { fingerprintGraph, type GraphFingerprint } from '../fingerprint-graph.ts';
import { importCorpus } from '../import-corpus.ts';
import { postGraphql as post } from '../post-graphql.ts';
import { runHttpLoad } from '../run-http-load.ts';
import { spawnImportChild } from '../spawn-import-child.ts';
import type { BenchNeo4j } from '../start-bench-neo4j.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function countPolicies(neo: BenchNeo4j): Promise<number> {
  try {
    const rows = await neo.graph.read({ cypher: "MATCH (p:Policy {status: 'full'}) RETURN count(p) AS n" });
    return Number(rows[0]?.n ?? 0);
  } catch {
    return -1;
  }
}

/** A clean import's fingerprint: clears, imports in this process, fingerprints. */
export async function cleanImportFingerprint(neo: BenchNeo4j, paths: string[]): Promise<GraphFingerprint> {
  await clearGraph(neo.graph);
  await importCorpus(paths, neo.graph);
  return fingerprintGraph(neo.graph);
}

/** Kills the JVM once `killAtFraction` of the documents are in, restarts, re-imports, compares with `reference`. */
export async function measureCrashDuringImport(
  neo: BenchNeo4j,
  paths: string[],
  documents: number,
  reference: GraphFingerprint,
  killAtFraction = 0.4,
) {
  await clearGraph(neo.graph);
  const child = spawnImportChild({ uri: neo.uri, password: neo.password, database: neo.database, paths });
  const target = Math.max(1, Math.floor(documents * killAtFraction));
  let seen = 0;
  let finishedFirst = false;
  const finished = child.done.then(() => {
    finishedFirst = true;
  });
  while (!finishedFirst && seen < target) {
    await sleep(250);
    seen = await countPolicies(neo);
  }
  if (finishedFirst)
    throw Object.assign(new Error('the import finished before the kill point; use a larger corpus'), {
      code: 'BENCH_FAULT_TOO_LATE',
    });
  await neo.kill();
  const childOutcome = await child.done;
  await finished;
  await neo.restart();
  const afterCrash = await fingerprintGraph(neo.graph);
  const t = performance.now();
  await importCorpus(paths, neo.graph);
  const rerunSeconds = (performance.now() - t) / 1000;
  const final = await fingerprintGraph(neo.graph);
  const equal =
    final.checksum === reference.checksum &&
    JSON.stringify(final.nodes) === JSON.stringify(reference.nodes) &&
    JSON.stringify(final.relationships) === JSON.stringify(reference.relationships);
  return {
    killedAtPolicies: seen,
    documents,
    childExit: {
      code: childOutcome.exitCode,
      errorCode: childOutcome.result?.code ?? null,
      message: childOutcome.result?.message?.slice(0, 200) ?? childOutcome.stderrTail.slice(-200),
    },
    afterCrash: {
      policiesFull: afterCrash.nodes.Policy ?? 0,
      halfWritten: afterCrash.halfWritten,
      duplicateIds: afterCrash.duplicateIds,
    },
    rerunSeconds: Math.round(rerunSeconds * 10) / 10,
    final: {
      nodes: final.nodes,
      relationships: final.relationships,
      checksum: final.checksum.slice(0, 16),
      duplicateIds: final.duplicateIds,
      halfWritten: final.halfWritten,
    },
    clean: { checksum: reference.checksum.slice(0, 16) },
    equalToClean: equal,
  };
}

/** Stops Neo4j while search load runs, checks errors are clear and the server stays up and recovers. */
export async function measureOutageUnderLoad(neo: BenchNeo4j, apiUrl: string, bodies: string[]) {
  const graphql = `${apiUrl.replace(/\/$/, '')}/graphql`;
  const load = runHttpLoad({ url: graphql, bodies, connections: 20, maxRequests: 1_000_000, maxSeconds: 45 });
  await sleep(3_000);
  const stopped = performance.now();
  await neo.stopEngine();
  const stopSeconds = (performance.now() - stopped) / 1000;
  // While Neo4j is down: a query that needs it, and one that does not (the server itself must still answer).
  const [outage, alive] = await Promise.all([
    post(graphql, bodies[0] as string, 120_000),
    post(graphql, JSON.stringify({ query: '{ __typename }' }), 10_000),
  ]);
  const during = await load;
  await neo.restart();
  const t = performance.now();
  let recovered: Awaited<ReturnType<typeof post>> | undefined;
  while ((performance.now() - t) / 1000 < 120) {
    recovered = await post(graphql, bodies[0] as string, 60_000);
    if (recovered.ok) break;
    await sleep(250);
  }
  const after = await runHttpLoad({ url: graphql, bodies, connections: 20, maxRequests: 400, maxSeconds: 20 });
  return {
    stopSeconds: Math.round(stopSeconds * 10) / 10,
    duringOutage: {
      requests: during.requests,
      errors: during.errors,
      errorCodes: during.errorCodes,
      p99Ms: during.p99Ms,
      maxMs: during.maxMs,
    },
    outageAnswer: { httpStatus: outage.status, code: outage.code, message: outage.message, answeredInMs: outage.ms },
    serverStayedUp: alive.ok,
    serverAnswerWithoutDatabaseMs: alive.ms,
    recoverySeconds: recovered?.ok ? Math.round(((performance.now() - t) / 1000) * 10) / 10 : null,
    afterRecovery: { requests: after.requests, errors: after.errors, p99Ms: after.p99Ms },
  };
}

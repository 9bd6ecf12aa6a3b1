/**
 * Checks that Java ≥ 17 and Maven are installed before the local engine is resolved or started.
 *
 * Example: parseJavaMajor('openjdk version "17.0.15" 2025-04-15') → 17; parseJavaMajor('java version "1.8.0_392"') → 8.
 */
import { spawnSync } from 'node:child_process';
import { GraphError } from '../errors.ts';

/** Oldest Java release Neo4j 5.26 runs on. */
export const MIN_JAVA = 17;

/** Reads the major version from `java -version` output; undefined when it cannot be found. Pure. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Throws NEO4J_ENGINE with an install hint unless `java` ≥ 17 is on PATH; returns the major version. */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new GraphError(
      'NEO4J_ENGINE',
      `Java ${MIN_JAVA}+ is needed for the local Neo4j but "java" was not found on PATH. ` +
        'Install a JDK (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to an existing Neo4j.',
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new GraphError(
      'NEO4J_ENGINE',
      `Java ${MIN_JAVA}+ is needed for the local Neo4j, found ${major ?? 'an unknown version'}.`,
    );
  }
  return major;
}

/** Throws NEO4J_ENGINE unless `mvn` (needed once, to fetch Neo4j from Maven Central) is on PATH. */
export function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new GraphError(
      'NEO4J_ENGINE',
      'Maven ("mvn") is needed once to download Neo4j from Maven Central but was not found. ' +
        'Install it (e.g. apt-get install maven) or set NEO4J_URI to an existing Neo4j.',
    );
  }
}

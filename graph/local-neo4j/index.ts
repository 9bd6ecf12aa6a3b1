/** The local Neo4j engine (no Docker): resolution from Maven Central, start/stop, port and prerequisite checks. */
export { startLocalNeo4j, type LocalNeo4j, type StartOptions } from './start-local-neo4j.ts';
export { superviseLocalNeo4j, type SupervisedNeo4j, type SuperviseOptions } from './supervise-local-neo4j.ts';
export { resolveLocalNeo4j, PROJECT_ROOT, type ResolvedLocalNeo4j } from './resolve-local-neo4j.ts';
export { isPortFree, findFreePort } from './check-port.ts';
export { checkJava, checkMaven, parseJavaMajor, MIN_JAVA } from './check-prerequisites.ts';

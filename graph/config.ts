/**
 * Reads the graph settings from an environment object once, validates them and returns typed values.
 *
 * Example: readGraphConfig({}) → { uri: 'bolt://127.0.0.1:7687', username: 'neo4j', password: 'policygraph-local',
 *   database: 'neo4j', local: { boltPort: 7687, dataDir: '.data/neo4j', heap: '2g', pageCache: '512m' } }
 * With NEO4J_URI set, `local` is undefined and NEO4J_PASSWORD is required.
 */
import { GraphError } from './errors.ts';

/** Password of the local engine when NEO4J_URI and NEO4J_PASSWORD are unset (documented in README and .env.example). */
export const LOCAL_DEFAULT_PASSWORD = 'policygraph-local';

/** Settings of the local engine (graph/local-neo4j), used only when NEO4J_URI is unset. */
export interface LocalEngineConfig {
  boltPort: number;
  /** Neo4j home of the local engine: data/, logs/ live below it. */
  dataDir: string;
  /** JVM heap, e.g. `2g` (-Xmx). */
  heap: string;
  /** Page cache size, e.g. `512m`. */
  pageCache: string;
}

/** Typed graph settings. */
export interface GraphConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Present when NEO4J_URI is unset: the local engine is to be used (and started if not running). */
  local: LocalEngineConfig | undefined;
}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const SIZE = /^[1-9][0-9]*[kmg]?$/i;

/** Validates NEO4J_* variables; throws GraphError NEO4J_CONFIG listing every problem found. */
export function readGraphConfig(env: Record<string, string | undefined>): GraphConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const uri = value('NEO4J_URI');
  const username = value('NEO4J_USERNAME') ?? 'neo4j';
  const database = value('NEO4J_DATABASE') ?? 'neo4j';
  let password = value('NEO4J_PASSWORD');

  if (uri !== undefined) {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(uri)?.[1]?.toLowerCase();
    if (!scheme || !URI_SCHEMES.includes(scheme)) {
      problems.push(`NEO4J_URI must look like bolt://host:7687 (schemes: ${URI_SCHEMES.join(', ')}), got "${uri}"`);
    }
    if (password === undefined) problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  if (!/^[A-Za-z0-9_.-]+$/.test(database)) problems.push(`NEO4J_DATABASE is not a database name: "${database}"`);

  const portText = value('NEO4J_BOLT_PORT') ?? '7687';
  const boltPort = Number(portText);
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    problems.push(`NEO4J_BOLT_PORT must be a port number 1-65535, got "${portText}"`);
  }
  const heap = value('NEO4J_HEAP') ?? '2g';
  if (!SIZE.test(heap)) problems.push(`NEO4J_HEAP must be a size such as 2g or 1536m, got "${heap}"`);
  const pageCache = value('NEO4J_PAGECACHE') ?? '512m';
  if (!SIZE.test(pageCache)) problems.push(`NEO4J_PAGECACHE must be a size such as 512m, got "${pageCache}"`);
  if (uri === undefined && password !== undefined && password.length < 8) {
    problems.push('NEO4J_PASSWORD for the local engine must be at least 8 characters');
  }

  if (problems.length > 0) {
    throw new GraphError('NEO4J_CONFIG', `invalid Neo4j configuration:\n  - ${problems.join('\n  - ')}`);
  }
  if (uri !== undefined) return { uri, username, password: password as string, database, local: undefined };
  password ??= LOCAL_DEFAULT_PASSWORD;
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    username,
    password,
    database,
    local: { boltPort, dataDir: value('NEO4J_DATA_DIR') ?? '.data/neo4j', heap, pageCache },
  };
}

/**
 * Reads what the connected Neo4j is: version, edition and APOC version (null when APOC is absent).
 *
 * Example: await readServerInfo(graph) → { version: '5.26.30', edition: 'community', apoc: '5.26.19' }
 */
import type { CypherQuery } from './execute.ts';
import type { GraphHandle } from './graph-handle.ts';

/** Version facts about the server. */
export interface ServerInfo {
  version: string;
  edition: string;
  apoc: string | null;
}

/** Query for kernel version, edition and whether apoc.version() exists. Pure. */
export function buildServerInfoQuery(): CypherQuery {
  return {
    cypher:
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' " +
      'RETURN versions[0] AS version, edition',
    params: {},
  };
}

/** Reads version, edition and the APOC version. */
export async function readServerInfo(graph: GraphHandle): Promise<ServerInfo> {
  const [kernel] = await graph.read(buildServerInfoQuery());
  const functions = await graph.read({
    cypher: "SHOW FUNCTIONS YIELD name WHERE name = 'apoc.version' RETURN name",
  });
  const apoc = functions.length > 0 ? (await graph.read({ cypher: 'RETURN apoc.version() AS v' }))[0]?.v : null;
  return {
    version: String(kernel?.version ?? 'unknown'),
    edition: String(kernel?.edition ?? 'unknown'),
    apoc: typeof apoc === 'string' ? apoc : null,
  };
}

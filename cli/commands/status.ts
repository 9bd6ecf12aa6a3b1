/**
 * `policygraph status [--json]`: which Neo4j is in use (uri, version, edition, APOC) and what the graph holds.
 * Uses NEO4J_URI when set; otherwise the local engine — the one already running on the port, or one started for
 * this command and stopped after.
 */
import {
  connectGraph,
  countGraph,
  GraphError,
  readGraphConfig,
  readServerInfo,
  type GraphCounts,
  type ServerInfo,
} from '../../graph/index.ts';

export const summary = 'show the Neo4j in use and counts of policies, articles, agencies, alignments (--json)';

/** The --json shape. */
export interface StatusReport {
  neo4j: { uri: string; database: string; origin: string } & ServerInfo;
  counts: GraphCounts;
}

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`policygraph status: unknown option ${unknown[0]}\nusage: policygraph status [--json]\n`);
    return 2;
  }
  try {
    const config = readGraphConfig(process.env);
    const graph = await connectGraph(config, { log: (line) => void process.stderr.write(`${line}\n`) });
    try {
      const info = await readServerInfo(graph);
      const counts = await countGraph(graph);
      const report: StatusReport = {
        neo4j: { uri: graph.uri, database: graph.database, origin: graph.origin, ...info },
        counts,
      };
      process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report));
    } finally {
      await graph.stop();
    }
    return 0;
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    if (json) process.stdout.write(`${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`);
    process.stderr.write(`policygraph status: [${error.code}] ${error.message}\n`);
    return 1;
  }
}

const ORIGIN: Record<string, string> = {
  remote: 'NEO4J_URI',
  'local-reused': 'local engine, already running',
  'local-started': 'local engine, started for this command and stopped',
};

/** Readable table of a status report. Pure. */
export function formatStatus(report: StatusReport): string {
  const { neo4j, counts } = report;
  const lines = [
    `Neo4j     ${neo4j.uri} (database ${neo4j.database}; ${ORIGIN[neo4j.origin] ?? neo4j.origin})`,
    `version   ${neo4j.version} ${neo4j.edition}, APOC ${neo4j.apoc ?? 'missing'}`,
    '',
  ];
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  for (const [key, value] of Object.entries(counts)) lines.push(`${key.padEnd(width)}  ${String(value).padStart(8)}`);
  return `${lines.join('\n')}\n`;
}

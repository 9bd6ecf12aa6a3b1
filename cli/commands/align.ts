/**
 * `policygraph align [--json] [PATH…]`: parses the given files (folders: their .txt files; default the bundled
 * corpus/), aligns every lower-tier document against the higher-tier documents among them, and prints up to 5
 * candidates per lower article. No database. `policygraph align --graph` instead aligns what is in Neo4j and writes
 * ALIGNS_WITH and inferred IMPLEMENTS there.
 * Example: policygraph align --json corpus/ → [{ lower: { docNumber: '柳政规〔2021〕18号', title: '…', article: 1,
 * heading: '加强关键核心技术攻关' }, upper: { docNumber: '国发〔2020〕7号', …, article: 6, … }, score: 0.6,
 * class: 'related', evidence: [{ lowerText: '加强关键核心技术', … }] }, …].
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphError, connectGraph, readGraphConfig } from '../../graph/index.ts';
import { alignDocuments, fillNumbersFromCitations } from '../../align/index.ts';
import { isPolicyInputError, readPolicyFile, type AlignmentPair, type PolicyDocument } from '../../import/index.ts';
import { alignGraph } from '../../import/index.ts';
import { PROJECT_ROOT } from '../project-root.ts';

export const summary = 'align articles of lower-tier documents with upper-tier ones (--json; --graph writes to Neo4j)';

const USAGE = `usage: policygraph align [--json] [PATH…]     align files (default: corpus/), print candidates; no database
       policygraph align --graph [--full]      align the documents in Neo4j, write ALIGNS_WITH and inferred IMPLEMENTS;
                                               only documents whose text or upper documents changed since their last
                                               alignment, unless --full
`;

/** Files to parse: each PATH that is a folder gives its .txt files, sorted. */
export async function listTextFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.txt')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

/** Reads and parses files; unreadable ones are reported on stderr and left out. */
export async function readDocuments(files: readonly string[], warn: (line: string) => void): Promise<PolicyDocument[]> {
  const docs: PolicyDocument[] = [];
  for (const file of files) {
    try {
      docs.push(await readPolicyFile(file));
    } catch (error) {
      if (!isPolicyInputError(error)) throw error;
      warn(`skipped ${file}: ${error.code} ${error.message}`);
    }
  }
  return docs;
}

/** The JSON shape the command prints for one pair. */
export function toCliPair(pair: AlignmentPair) {
  const side = (s: AlignmentPair['lower']) => ({
    docNumber: s.docNumber ?? null,
    title: s.title,
    article: s.article,
    heading: s.heading,
  });
  return {
    lower: side(pair.lower),
    upper: side(pair.upper),
    score: pair.score,
    class: pair.class,
    evidence: pair.evidence,
  };
}

/** Parses and aligns the files under `paths` (the Liuzhou measures get their number from their interpretation). */
export async function alignFiles(paths: readonly string[], warn: (line: string) => void): Promise<AlignmentPair[]> {
  const docs = fillNumbersFromCitations(await readDocuments(await listTextFiles(paths), warn));
  return alignDocuments(docs);
}

function describe(pair: AlignmentPair): string {
  const name = (s: AlignmentPair['lower']) => `${s.docNumber ?? s.title} (${s.article}) ${s.heading}`;
  const spans = pair.evidence
    .map((e) => `«${e.lowerText.length > 24 ? `${e.lowerText.slice(0, 24)}…` : e.lowerText}»`)
    .join(' ');
  const line = `    ${pair.rank}. ${pair.score.toFixed(3)} ${pair.class.padEnd(17)} ${name(pair.upper)}  ${spans}`;
  return pair.rank === 1 ? `${name(pair.lower)}\n${line}` : line;
}

async function runGraph(full: boolean): Promise<number> {
  let graph;
  try {
    graph = await connectGraph(readGraphConfig(process.env), { log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    process.stderr.write(
      `policygraph align: ${error instanceof GraphError ? `${error.code} ${error.message}` : String(error)}\n`,
    );
    return 1;
  }
  try {
    const result = await alignGraph(graph, { full });
    process.stdout.write(
      `aligned ${result.realigned} documents (${result.unchanged} unchanged since their last alignment kept as they were): ${result.pairs} suggested ALIGNS_WITH written, ${result.swept} stale suggestions removed\n`,
    );
    for (const i of result.inferred)
      process.stdout.write(`inferred IMPLEMENTS ${i.lowerId} → ${i.upperId} (${i.alignedArticles} aligned articles)\n`);
    return 0;
  } catch (error) {
    process.stderr.write(
      `policygraph align: ${error instanceof GraphError ? `${error.code} ${error.message}` : String(error)}\n`,
    );
    return 1;
  } finally {
    await graph.stop();
  }
}

/** Runs the command: 0 on success, 1 when nothing could be read, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json' && a !== '--graph' && a !== '--full');
  if (unknown) {
    process.stderr.write(`policygraph align: unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  if (args.includes('--graph')) return runGraph(args.includes('--full'));
  const paths = args.filter((a) => !a.startsWith('--'));
  let pairs: AlignmentPair[];
  try {
    pairs = await alignFiles(paths.length > 0 ? paths : [join(PROJECT_ROOT, 'corpus')], (line) =>
      process.stderr.write(`policygraph align: ${line}\n`),
    );
  } catch (error) {
    process.stderr.write(`policygraph align: ${(error as Error).message}\n`);
    return 1;
  }
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(pairs.map(toCliPair), null, 2)}\n`);
  else process.stdout.write(pairs.map((pair) => `${describe(pair)}\n`).join(''));
  return 0;
}

/**
 * `policygraph align [--json] [PATH…]`: parses the given files (folders are read as `policygraph import` reads them:
 * recursively, .txt .md .html .htm; default the bundled corpus/), aligns every lower document against the documents
 * above it among them (align/is-above.ts), and prints up to 5 candidates per lower article. No database.
 * `policygraph align --graph` instead aligns what is in Neo4j and writes ALIGNS_WITH and inferred IMPLEMENTS there.
 * Example: policygraph align --json corpus/ → [{ lower: { file: 'corpus/liuzhou-hitech-measures.txt', docNumber:
 * '柳政规〔2021〕18号', title: '…', article: 1, heading: '加强关键核心技术攻关' }, upper: { file: '…', docNumber:
 * '国发〔2020〕7号', …, article: 6, … }, score: 0.6, class: 'related', evidence: [{ lowerText: '加强关键核心技术', … }] }, …].
 */
import { join } from 'node:path';
import { GraphError, connectGraph, readGraphConfig } from '../../graph/index.ts';
import { alignDocuments, fillNumbersFromCitations, type AlignDocument } from '../../align/index.ts';
import {
  isPolicyInputError,
  listPolicyFiles,
  readDocumentVersion,
  readPolicyFile,
  workIdOf,
  type AlignmentPair,
  type PolicyDocument,
} from '../../import/index.ts';
import { alignGraph } from '../../import/index.ts';
import { PROJECT_ROOT } from '../project-root.ts';

export const summary = 'align articles of lower-tier documents with upper-tier ones (--json; --graph writes to Neo4j)';

const USAGE = `usage: policygraph align [--json] [PATH…]     align files (default: corpus/), print candidates; no database
       policygraph align --graph [--full]      align the documents in Neo4j, write ALIGNS_WITH and inferred IMPLEMENTS;
                                               only documents whose text or upper documents changed since their last
                                               alignment, unless --full
`;

/**
 * The files named, folders read as the importer reads them (recursively: .txt, .md, .html, .htm; readmes and folder
 * indexes left out); a path that does not exist is reported through `warn` and left out.
 */
export async function listAlignFiles(paths: readonly string[], warn: (line: string) => void): Promise<string[]> {
  const { files, missing } = await listPolicyFiles(paths);
  for (const path of missing) warn(`no file or folder ${path}`);
  return files;
}

/** A parsed file with the work it is a version of and that version's date, as the importer links statutes' versions (not peers: is-above.ts). */
export function withVersion(doc: PolicyDocument): PolicyDocument & Pick<AlignDocument, 'workId' | 'versionDate'> {
  const version = readDocumentVersion(doc);
  if (!version) return doc;
  // A version dated by its file name only (保障中小企业款项支付条例(2020-07-05).md) is issued then, as in the graph.
  return {
    ...doc,
    workId: workIdOf(version.workKey),
    versionDate: version.date,
    ...(doc.issuedOn ? {} : { issuedOn: version.date }),
  };
}

/** Reads and parses files; unreadable ones are reported on stderr and left out. */
export async function readDocuments(
  files: readonly string[],
  warn: (line: string) => void,
): Promise<(PolicyDocument & Pick<AlignDocument, 'workId' | 'versionDate'>)[]> {
  const docs: (PolicyDocument & Pick<AlignDocument, 'workId' | 'versionDate'>)[] = [];
  for (const file of files) {
    try {
      docs.push(withVersion(await readPolicyFile(file)));
    } catch (error) {
      if (!isPolicyInputError(error)) throw error;
      warn(`skipped ${file}: ${error.code} ${error.message}`);
    }
  }
  return docs;
}

/**
 * The JSON shape the command prints for one pair. `file` tells apart documents that share a title and have no
 * number: two versions of one regulation (上海市科学技术进步条例 of 2010 and of 2024).
 */
export function toCliPair(pair: AlignmentPair) {
  const side = (s: AlignmentPair['lower']) => ({
    file: s.file,
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
    ...(pair.cited ? { cited: true } : {}),
    evidence: pair.evidence,
  };
}

/** Parses and aligns the files under `paths` (the Liuzhou measures get their number from their interpretation). */
export async function alignFiles(paths: readonly string[], warn: (line: string) => void): Promise<AlignmentPair[]> {
  const files = await listAlignFiles(paths, warn);
  if (files.length === 0) throw new Error(`no policy text (.txt .md .html .htm) in ${paths.join(', ')}`);
  const docs = fillNumbersFromCitations(await readDocuments(files, warn));
  if (docs.length === 0) throw new Error(`none of the ${files.length} files could be read (see above)`);
  return alignDocuments(docs);
}

/** A document's name in the readable list: its number, else its title, with its file when another shares the name. */
function namer(pairs: readonly AlignmentPair[]): (s: AlignmentPair['lower']) => string {
  const filesOf = new Map<string, Set<string>>();
  for (const s of pairs.flatMap((p) => [p.lower, p.upper])) {
    const key = s.docNumber ?? s.title;
    filesOf.set(key, (filesOf.get(key) ?? new Set()).add(s.file));
  }
  return (s) => {
    const key = s.docNumber ?? s.title;
    return filesOf.get(key)!.size > 1 ? `${key} [${s.file}]` : key;
  };
}

function describe(pair: AlignmentPair, docName: (s: AlignmentPair['lower']) => string): string {
  const name = (s: AlignmentPair['lower']) => `${docName(s)} (${s.article}) ${s.heading}`;
  const spans = pair.evidence
    .map((e) => `«${e.lowerText.length > 24 ? `${e.lowerText.slice(0, 24)}…` : e.lowerText}»`)
    .join(' ');
  const cited = pair.cited ? ' [named in the text]' : '';
  const line = `    ${pair.rank}. ${pair.score.toFixed(3)} ${pair.class.padEnd(17)} ${name(pair.upper)}${cited}  ${spans}`;
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
  else {
    const docName = namer(pairs);
    process.stdout.write(pairs.map((pair) => `${describe(pair, docName)}\n`).join(''));
  }
  return 0;
}

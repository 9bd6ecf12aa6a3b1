/**
 * `policygraph import [PATH…] [--max-bytes N] [--issues] [--json]`: imports policy texts (files, or folders read
 * recursively for .txt .md .html .htm; default the bundled corpus/) into the graph, each document whole or not at
 * all. Prints one line per document and a summary; exits 1 naming each file that failed while the others still
 * import. Uses NEO4J_URI when set, otherwise the local engine (see `policygraph status`).
 */
import { connectGraph, GraphError, readGraphConfig } from '../../graph/index.ts';
import { importPaths, type ImportProgress, type ImportSummary } from '../../import/index.ts';

export const summary =
  'import policy texts (files or folders; default corpus/) into the graph, each document whole or not at all';

const USAGE = 'usage: policygraph import [PATH…] [--max-bytes N] [--issues] [--json]\n';

/** Parsed command-line arguments. */
interface ImportArgs {
  paths: string[];
  maxBytes?: number;
  json: boolean;
  /** Print each document's issues under its progress line. */
  issues: boolean;
}

/** Reads the arguments; returns an error message for bad ones. Pure. */
export function parseImportArgs(args: readonly string[]): ImportArgs | { error: string } {
  const parsed: ImportArgs = { paths: [], json: false, issues: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--issues') parsed.issues = true;
    else if (arg === '--max-bytes' || arg.startsWith('--max-bytes=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      const bytes = Number(value);
      if (!value || !Number.isInteger(bytes) || bytes <= 0)
        return { error: `--max-bytes needs a positive whole number of bytes, got "${value ?? ''}"` };
      parsed.maxBytes = bytes;
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else parsed.paths.push(arg);
  }
  return parsed;
}

/** One progress line, with the document's issues below it when asked. Pure. */
export function formatProgress(p: ImportProgress, withIssues = false): string {
  const counter = `[${p.index + 1}/${p.total}]`;
  if (p.status === 'failed') return `${counter} FAILED ${p.file}: [${p.code}] ${p.message}`;
  // A title that already quotes a document (《…》政策解读, 关于《…》的解读) is printed as it is.
  const title = p.title?.includes('《') ? p.title : `《${p.title}》`;
  const line = `${counter} ${p.file}  ${title}  ${p.articles} articles, ${p.issues} issues`;
  if (!withIssues || !p.issueList?.length) return line;
  return [line, ...p.issueList.map((i) => `    ${i.severity} ${i.file}:${i.line} [${i.code}] ${i.message}`)].join('\n');
}

/** The summary block, naming each failed file. Pure. */
export function formatSummary(s: ImportSummary): string {
  const lines = [
    `imported ${s.documents} documents: ${s.articles} articles, ${s.agencies} agencies, ` +
      `citations ${s.citations.resolved} resolved / ${s.citations.unresolved} cited-only, ${s.issues} issues`,
  ];
  if (s.skipped && s.skipped.length > 0) {
    lines.push(`${s.skipped.length} file(s) in the folders skipped:`);
    for (const f of s.skipped) lines.push(`  ${f.file}: ${f.reason}`);
  }
  const v = s.versions;
  if (v && v.works > 0) {
    lines.push(
      `versions: ${v.works} statutes (${v.versioned} in several versions, ${v.versions} versions), ${v.articleLinks} article links, ` +
        `${v.repealed} repealed, ${v.amended} amended by later texts, ${v.citationsMoved} citations pointed at their version, ${v.issueCitationsMoved} by title at the issue of their date`,
    );
  }
  if (s.interpretationsPlaced)
    lines.push(
      `${s.interpretationsPlaced} interpretation(s) naming no place took the place of the document they interpret`,
    );
  if (s.failed.length > 0) {
    lines.push(`${s.failed.length} file(s) failed, nothing of them was written:`);
    for (const f of s.failed) lines.push(`  ${f.file}: [${f.code}] ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the command; returns the exit code (0 all imported, 1 some failed or no graph, 2 bad arguments). */
export async function run(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`policygraph import: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  try {
    const graph = await connectGraph(readGraphConfig(process.env), {
      log: (line) => void process.stderr.write(`${line}\n`),
    });
    try {
      const result = await importPaths(graph, parsed.paths, {
        ...(parsed.maxBytes === undefined ? {} : { maxBytes: parsed.maxBytes }),
        onProgress: (p) => {
          if (!parsed.json)
            (p.status === 'failed' ? process.stderr : process.stdout).write(`${formatProgress(p, parsed.issues)}\n`);
        },
      });
      process.stdout.write(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result));
      return result.failed.length > 0 ? 1 : 0;
    } finally {
      await graph.stop();
    }
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    process.stderr.write(`policygraph import: [${error.code}] ${error.message}\n`);
    return 1;
  }
}

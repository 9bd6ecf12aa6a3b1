/**
 * `policygraph trace FILE|ARTICLE [--scope UPPER|PEER|ALL] [--limit N] [--against PATH…] [--json]`: where does this
 * come from. For a FILE, every article is ranked against the articles of upper tiers and peers, and the documents
 * it most likely implements are listed (citations ignored); for an ARTICLE id, that article alone. Documents come
 * from Neo4j (NEO4J_* settings), or with `--against` from parsing the given files and folders (no database).
 * Example: policygraph trace corpus/liuzhou-hitech-measures.txt --against corpus --scope UPPER --limit 1 →
 * "柳州市关于促进高新技术产业开发区高质量发展的若干措施\n(一) 加强关键核心技术攻关\n    1. 0.302 partially_related
 * 国发〔2020〕7号 (六) [UPPER] «加强关键核心技术» «成果转移转化» «创新»" …
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  createSourceIndex,
  formalProvision,
  type FormalProvision,
  fillNumbersFromCitations,
  inferLikelyParents,
  parentContext,
  peerSiblings,
  isContentChar,
  rankSources,
  type AlignDocument,
  type SourceMatch,
  type SourceScope,
} from '../../align/index.ts';
import { buildReadDocumentsQuery, connectGraph, GraphError, readGraphConfig } from '../../graph/index.ts';
import { isPolicyInputError, readPolicyFile, toAlignDocuments } from '../../import/index.ts';
import { listAlignFiles, readDocuments, withVersion } from './align.ts';

export const summary = 'rank where a file or an article comes from (upper tiers and peers), without citations';

const USAGE = `usage: policygraph trace FILE|ARTICLE [--scope UPPER|PEER|ALL] [--limit N] [--against PATH…] [--json]
  FILE       a policy file: each of its articles is traced, then its likely parent documents are listed
  ARTICLE    an article id in the graph
  --against  compare with these files and folders instead of the graph (no database); folders are read as
             policygraph import reads them: recursively, .txt .md .html .htm
`;

interface TraceArgs {
  target: string;
  scope: SourceScope;
  limit: number;
  against: string[];
  json: boolean;
}

/** Reads the arguments; a string is an error. */
export function readTraceArgs(args: readonly string[]): TraceArgs | string {
  const out: TraceArgs = { target: '', scope: 'ALL', limit: 3, against: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') out.json = true;
    else if (arg === '--scope') {
      const v = args[++i];
      if (v !== 'UPPER' && v !== 'PEER' && v !== 'ALL') return '--scope is UPPER, PEER or ALL';
      out.scope = v;
    } else if (arg === '--limit') {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 1 || v > 50) return '--limit is an integer from 1 to 50';
      out.limit = v;
    } else if (arg === '--against') {
      while (args[i + 1] && !args[i + 1]!.startsWith('--')) out.against.push(args[++i]!);
      if (out.against.length === 0) return '--against needs at least one path';
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (out.target) return `unexpected argument ${arg}`;
    else out.target = arg;
  }
  return out.target ? out : 'FILE or ARTICLE missing';
}

async function graphDocuments(): Promise<AlignDocument[]> {
  const graph = await connectGraph(readGraphConfig(process.env), { log: (line) => process.stderr.write(`${line}\n`) });
  try {
    const records = await graph.read(buildReadDocumentsQuery());
    return toAlignDocuments(records as never).docs;
  } finally {
    await graph.stop();
  }
}

const isFile = async (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Shared spans printed per source, longest first, and the characters each is cut to. */
const SPANS_SHOWN = 3;
const SPAN_CHARS = 30;

/**
 * Names documents for a reader: the number, else the title — with the date when another document has the same title
 * (two versions of one statute: 上海市科学技术进步条例（2024-05-10）).
 */
export function documentNamer(docs: readonly AlignDocument[]): (file: string) => string {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const count = new Map<string, number>();
  for (const d of docs) count.set(d.title, (count.get(d.title) ?? 0) + 1);
  return (file) => {
    const d = byFile.get(file);
    if (!d) return file;
    if (d.docNumber) return d.docNumber;
    const date = d.versionDate ?? d.issuedOn;
    return (count.get(d.title) ?? 0) > 1 && date ? `${d.title}（${date}）` : d.title;
  };
}

/** An article as the text says it (第六条, （一）), else its number in brackets. */
export function articleLabel(article: { number: number; label?: string }): string {
  return article.label ?? `(${article.number})`;
}

/**
 * The longest shared pieces first: the decisive passage, not the first two words in text order. Each is text both
 * articles contain (sharedPieces), printed as the asking article writes it; where the source writes it otherwise
 * (本市 against 国家, traditional characters; punctuation aside) the source's side follows: «本市鼓励»⇄«国家鼓励». A
 * piece across a paragraph break is printed on one line.
 */
export function longestSpans(evidence: readonly { lowerText: string; upperText: string }[]): string {
  const shown = (text: string) => {
    const line = text.replace(/\s+/g, ' ');
    return `«${line.length > SPAN_CHARS ? `${line.slice(0, SPAN_CHARS)}…` : line}»`;
  };
  // Punctuation is not read (保护、发展 and 保护发展 are one piece); characters are compared as written.
  const words = (text: string) => [...text].filter(isContentChar).join('');
  return [...evidence]
    .sort((a, b) => b.lowerText.length - a.lowerText.length)
    .slice(0, SPANS_SHOWN)
    .map((e) => {
      const lower = shown(e.lowerText);
      return words(e.lowerText) === words(e.upperText) ? lower : `${lower}⇄${shown(e.upperText)}`;
    })
    .join(' ');
}

function describe(matches: readonly SourceMatch[], docs: readonly AlignDocument[]): string {
  const name = documentNamer(docs);
  const label = (m: SourceMatch) => {
    const a = docs.find((d) => d.file === m.file)?.articles.find((x) => x.path === m.path);
    return articleLabel(a ?? { number: m.article });
  };
  return matches
    .map(
      (m) =>
        `    ${m.rank}. ${m.score.toFixed(3)} ${m.class.padEnd(17)} ${name(m.file)} ${label(m)} [${m.scope}${m.inParent ? ', likely parent' : m.sharesParent ? ', shares likely parent' : ''}] ${longestSpans(m.evidence)}`,
    )
    .join('\n');
}

/**
 * A source as `--json` prints it: marked only when it lies in a likely parent (`inParent`) or in a peer resting on one
 * (`sharesLikelyParent`, as the API names it).
 */
function asPrinted({ inParent, sharesParent, ...m }: SourceMatch): Omit<SourceMatch, 'inParent' | 'sharesParent'> & {
  inParent?: true;
  sharesLikelyParent?: true;
} {
  return { ...m, ...(inParent ? { inParent } : {}), ...(sharesParent ? { sharesLikelyParent: sharesParent } : {}) };
}

/** The first `n` characters of `text` on one line: a text copied from a page may break a line anywhere (《 / 中华人民…》). */
const oneLine = (text: string, n: number) => text.replace(/\s+/g, ' ').trim().slice(0, n);

/** What trace prints for a formal provision (formal-provisions.ts), which has no source. */
const FORMAL_NOTE: Record<FormalProvision, string> = {
  'effective-date': 'formal provision (when it takes effect)',
  interpretation: 'formal provision (who interprets it)',
};

/** Runs the command: 0 on success, 1 when nothing could be read (or the file has no articles to trace), 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = readTraceArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`policygraph trace: ${parsed}\n${USAGE}`);
    return 2;
  }
  const warn = (line: string) => process.stderr.write(`policygraph trace: ${line}\n`);
  try {
    const target = (await isFile(parsed.target)) ? withVersion(await readPolicyFile(parsed.target)) : undefined;
    if (target && target.articles.length === 0) {
      // Nothing to rank: say why, as import does when it refuses the file.
      const error = target.issues.find((i) => i.severity === 'error');
      warn(`${target.file}: nothing to trace: ${error ? `[${error.code}] ${error.message}` : 'no articles found'}`);
      return 1;
    }
    const docs: AlignDocument[] =
      parsed.against.length > 0
        ? fillNumbersFromCitations(await readDocuments(await listAlignFiles(parsed.against, warn), warn))
        : await graphDocuments();
    let file: string;
    let paths: string[];
    if (target) {
      const doc = target;
      const same = docs.findIndex(
        (d) =>
          resolve(d.file) === resolve(parsed.target) ||
          (d.docNumber && d.docNumber === doc.docNumber) ||
          d.title === doc.title,
      );
      if (same >= 0) docs.splice(same, 1);
      docs.push(doc);
      file = doc.file;
      paths = doc.articles.map((a) => a.path);
    } else {
      const owner = docs.find((d) =>
        d.articles.some(
          (a) =>
            `${d.file}#${a.path}` === parsed.target ||
            (a.path === parsed.target.split('#').pop() && parsed.target.startsWith(`${d.file}#`)),
        ),
      );
      if (!owner) {
        warn(`no file or article "${parsed.target}"`);
        return 1;
      }
      file = owner.file;
      paths = [parsed.target.slice(owner.file.length + 1)];
    }
    const doc = docs.find((d) => d.file === file)!;
    const index = createSourceIndex(docs);
    // What the whole text most likely implements ranks its articles' sources too (rank-sources.ts, parentContext).
    const likely = inferLikelyParents(docs, file);
    // PEER ranks the peers resting on those parents as UPPER ranks the parents (peer-siblings.ts); ALL does both.
    const parents = parentContext(likely);
    const siblings = parsed.scope === 'UPPER' ? [] : peerSiblings(docs, file, parents);
    const traced = paths.map((path) => {
      const article = doc.articles.find((a) => a.path === path)!;
      const sources = rankSources(
        index,
        { file, path },
        { scope: parsed.scope, limit: parsed.limit, parents, siblings },
      );
      return { path, article, formal: formalProvision(article.text), sources };
    });
    const listed = paths.length > 1 ? likely : [];
    if (parsed.json) {
      process.stdout.write(
        `${JSON.stringify({ file, articles: traced.map((t) => ({ article: t.article.number, path: t.path, heading: t.article.heading, ...(t.formal ? { formal: t.formal } : {}), sources: t.sources.map(asPrinted) })), likelyParents: listed }, null, 2)}\n`,
      );
    } else {
      const name = documentNamer(docs);
      // The document traced first, so an ARTICLE trace says whose article it is.
      process.stdout.write(`${name(file)}\n`);
      for (const t of traced) {
        const found = t.formal ? `    ${FORMAL_NOTE[t.formal]}: not traced` : describe(t.sources, docs);
        process.stdout.write(
          `${articleLabel(t.article)} ${oneLine(t.article.heading || t.article.text, 30)}\n${found}\n`,
        );
      }
      if (listed.length > 0) {
        process.stdout.write('likely parents (citations ignored):\n');
        for (const p of listed)
          process.stdout.write(
            `    ${p.score.toFixed(3)} ${name(p.file)}${p.via ? ` via ${name(p.via)}` : ''} (${p.alignedArticles} articles best aligned there)${p.laterVersion ? ', a later version standing in for its work' : ''}\n`,
          );
      } else if (paths.length > 1)
        process.stdout.write('likely parents (citations ignored): none (no document above it reaches the floor)\n');
    }
    return 0;
  } catch (error) {
    if (error instanceof GraphError || isPolicyInputError(error)) {
      warn(`${(error as Error & { code: string }).code} ${(error as Error).message}`);
      return 1;
    }
    warn((error as Error).message);
    return 1;
  }
}

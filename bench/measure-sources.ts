/**
 * `sources` (scope UPPER) over the whole statute book, article by article: every lower article of the labelled real
 * sets (test/data/alignment-real/*.tsv: development; held-out/*.tsv: held-out) is ranked by rankSources against every
 * document of lawrefbook a graph would hold above it — not only the law its labels name, as `eval:align` does — so
 * another law's boilerplate (罚则, 附则) or a topic word repeated across the book can win over the law it rests on.
 * Ranked as the API and `trace` rank (with the lower text's likely parents: rank-sources.ts, parentContext), and
 * beside it, in the same run, each article alone (columns "article alone").
 * Per set and pooled: precision@1 (the top source is a labelled counterpart: same file and article), recall@3 over
 * labelled pairs, and "right document first" (the top source is of a labelled law, any article), beside the same
 * set's pair-only engine figures (evaluateSuite of eval-align: the lower document against its labelled uppers only).
 * Then the misses where another document comes first: the lower article, the winner with its score, and the rank and
 * score of the best labelled counterpart in the list (or "not in the first N").
 * The book loaded: every national folder (all but DLC/: laws, State Council regulations, departmental rules, judicial
 * interpretations) and, of DLC/, only the labelled lower regulations — not the other 1,300 local ones (so no peer or
 * other province competes; is-above would leave other provinces out of UPPER anyway). Each file is read as `policygraph
 * trace --against` reads it (readPolicyFile, withVersion: tiers, places, dates, work and version; then
 * fillNumbersFromCitations), named by its path in the book with its `#` heading lines dropped as eval:align reads it.
 * Usage: npx tsx bench/measure-sources.ts [--root ../shared/corpora/lawrefbook] [--set NAME]… [--limit N]
 *   [--no-pair-only] [--json]
 * `--set` keeps the sets whose file name (without .tsv) contains NAME; `--limit` is how many sources are kept per
 * article to find the counterparts' ranks (default 50); `--no-pair-only` skips the pair-only figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createSourceIndex,
  createWholeTextIndex,
  evaluateAlignment,
  fillNumbersFromCitations,
  inferLikelyParents,
  parentContext,
  parseLabelledPairs,
  rankSources,
  toAlignmentLabels,
  type AlignDocument,
  type AlignmentLabel,
  type SourceIndex,
  type SourceMatch,
  type SourceOptions,
} from '../align/index.ts';
import type { AlignmentPair } from '../model/index.ts';
import { isPolicyInputError, readPolicyFile } from '../import/index.ts';
import { withVersion } from '../cli/commands/align.ts';
import { evaluateSuite } from '../cli/commands/eval-align.ts';
import { PROJECT_ROOT } from '../cli/project-root.ts';
import { inBook, listLawrefbookMarkdown } from '../cli/read-lawrefbook.ts';
import { findSharedCorpora } from '../cli/shared-corpora.ts';

/** One labelled set: its name, whether it is held out, its TSV and its labels (strong and medium pairs). */
export interface LabelledSet {
  name: string;
  heldOut: boolean;
  tsv: string;
  labels: AlignmentLabel[];
}

/** The figures of one set (or of several pooled). */
export interface SourceFigures {
  lowerArticles: number;
  pairs: number;
  precisionAt1: number;
  recallAt3: number;
  /** Recall@3 of each lower article capped at three pairs, averaged over articles (evaluateAlignment). */
  cappedRecallAt3: number;
  rightDocumentFirst: number;
  /** Lower articles with no source at all (a formal provision, or nothing above shares a bigram). */
  noSource: number;
  /** The engine's pair-only figures from evaluateSuite, when computed. */
  pairOnly?: { precisionAt1: number; recallAt3: number };
  /** The same ranking with each article read alone: no likely parents of its document (rankSources' `parents`). */
  alone?: { precisionAt1: number; recallAt3: number; rightDocumentFirst: number };
}

/** A lower article whose first source is of a document none of its labels names. */
export interface SourceMiss {
  set: string;
  lowerFile: string;
  lowerArticle: number;
  lowerText: string;
  /** The winner is of a labelled document, another article. */
  rightDocument: boolean;
  winner: { file: string; title: string; article: number; score: number; text: string };
  /**
   * How the winner's document stands to a labelled law: `version` (another text of its work, versionsInForce's
   * choice), `names` (its text names the law in 《》, e.g. the State Council's 实施条例 of it), or `other`.
   */
  relation: WinnerRelation;
  /** The best-ranked labelled counterpart among the kept sources, if any. */
  counterpart?: { file: string; article: number; rank: number; score: number; text: string };
  /** The labelled counterparts (file#article). */
  labelled: string[];
}

/** How a winning document stands to the law a lower article's labels name. */
export type WinnerRelation = 'version' | 'names' | 'other';

/** The relation of `winner` to the labelled `laws` (SourceMiss.relation). */
export function winnerRelation(winner: AlignDocument, laws: readonly AlignDocument[]): WinnerRelation {
  if (laws.some((l) => l.workId !== undefined && l.workId === winner.workId)) return 'version';
  const text = winner.articles.map((a) => a.text).join('\n');
  const named = (l: AlignDocument) => `《${l.title.replace(/^中华人民共和国/, '')}》`;
  const plain = text.replace(/《中华人民共和国/g, '《');
  return laws.some((l) => plain.includes(named(l))) ? 'names' : 'other';
}

export interface SourcesResult {
  documents: number;
  articles: number;
  skipped: string[];
  limit: number;
  sets: ({ name: string; heldOut: boolean } & SourceFigures)[];
  pooled: { development: SourceFigures; heldOut: SourceFigures; all: SourceFigures };
  /** Lower articles whose first source is of a labelled law but not a labelled article. */
  rightDocumentWrongArticle: number;
  misses: SourceMiss[];
  seconds: { load: number; index: number; rank: number; pairOnly: number };
  peakRssMb: number;
}

const REAL_PAIRS = 'test/data/alignment-real';
const HELD_OUT_PAIRS = 'test/data/alignment-real/held-out';

/** The labelled sets under the project, those whose name contains one of `only` (all when empty). */
export function readLabelledSets(only: readonly string[] = []): LabelledSet[] {
  return [REAL_PAIRS, HELD_OUT_PAIRS].flatMap((dir) =>
    readdirSync(join(PROJECT_ROOT, dir))
      .filter((n) => n.endsWith('.tsv'))
      .sort()
      .map((n) => ({ name: n.replace(/\.tsv$/, ''), tsv: join(PROJECT_ROOT, dir, n) }))
      .filter((s) => only.length === 0 || only.some((o) => s.name.includes(o)))
      .map((s) => ({
        ...s,
        heldOut: dir === HELD_OUT_PAIRS,
        labels: toAlignmentLabels(parseLabelledPairs(readFileSync(s.tsv, 'utf8'), s.tsv), s.tsv),
      })),
  );
}

/** One statute as `trace --against` reads it (readPolicyFile, withVersion), named by its path in the book. */
async function readBookDocument(root: string, file: string): Promise<AlignDocument> {
  return inBook(withVersion(await readPolicyFile(join(root, file))), file);
}

/**
 * The book the sources measures rank over: every national folder of lawrefbook (all but DLC/) and the `locals` of
 * DLC/, each read as `trace --against` reads it, then fillNumbersFromCitations; files that cannot be read are listed.
 */
export async function loadBook(
  root: string,
  locals: Iterable<string>,
): Promise<{ docs: AlignDocument[]; byFile: Map<string, AlignDocument>; skipped: string[] }> {
  const files = [...new Set([...listLawrefbookMarkdown(root).filter((f) => !f.startsWith('DLC/')), ...locals])];
  const skipped: string[] = [];
  const read: AlignDocument[] = [];
  for (const file of files) {
    try {
      read.push(await readBookDocument(root, file));
    } catch (error) {
      if (!isPolicyInputError(error)) throw error;
      skipped.push(`${file}: ${error.code}`);
    }
  }
  const docs = fillNumbersFromCitations(read);
  return { docs, byFile: new Map(docs.map((d) => [d.file, d])), skipped };
}

/** The sources of each labelled lower article (keyed file#article), ranked once each with `options` of its file. */
export function rankLabelledArticles(
  index: SourceIndex,
  byFile: ReadonlyMap<string, AlignDocument>,
  labels: readonly AlignmentLabel[],
  options: (lowerFile: string) => SourceOptions,
): Map<string, SourceMatch[]> {
  const ranked = new Map<string, SourceMatch[]>();
  for (const l of labels) {
    const k = `${l.lowerFile}#${l.lowerArticle}`;
    if (ranked.has(k)) continue;
    const article = byFile.get(l.lowerFile)?.articles.find((a) => a.number === l.lowerArticle);
    ranked.set(k, article ? rankSources(index, { file: l.lowerFile, path: article.path }, options(l.lowerFile)) : []);
  }
  return ranked;
}

/** An article's text with its white space dropped (empty when the book has no such article). */
export function articleText(byFile: ReadonlyMap<string, AlignDocument>, file: string, article: number): string {
  return (byFile.get(file)?.articles.find((a) => a.number === article)?.text ?? '').replace(/\s+/g, '');
}

/**
 * The lower articles of one set whose first source is no labelled counterpart (file and article), each with the
 * winner and the best-ranked counterpart; `rightDocument` when the winner is of a labelled document.
 */
export function findMisses(
  set: string,
  labels: readonly AlignmentLabel[],
  ranked: ReadonlyMap<string, readonly SourceMatch[]>,
  byFile: ReadonlyMap<string, AlignDocument>,
): SourceMiss[] {
  const lowers = new Map<string, AlignmentLabel[]>();
  for (const l of labels) {
    const k = `${l.lowerFile}#${l.lowerArticle}`;
    lowers.set(k, [...(lowers.get(k) ?? []), l]);
  }
  const misses: SourceMiss[] = [];
  for (const [k, group] of lowers) {
    const { lowerFile, lowerArticle } = group[0]!;
    const sources = ranked.get(k) ?? [];
    const top = sources[0];
    const labelled = (m: SourceMatch) => group.some((l) => l.upperFile === m.file && l.upperArticle === m.article);
    if (!top || labelled(top)) continue;
    const found = sources.find(labelled);
    misses.push({
      set,
      lowerFile,
      lowerArticle,
      lowerText: articleText(byFile, lowerFile, lowerArticle),
      rightDocument: group.some((l) => l.upperFile === top.file),
      winner: {
        file: top.file,
        title: byFile.get(top.file)?.title ?? top.file,
        article: top.article,
        score: top.score,
        text: articleText(byFile, top.file, top.article),
      },
      relation: winnerRelation(
        byFile.get(top.file)!,
        [...new Set(group.map((l) => l.upperFile))].flatMap((f) => byFile.get(f) ?? []),
      ),
      ...(found
        ? {
            counterpart: {
              file: found.file,
              article: found.article,
              rank: found.rank,
              score: found.score,
              text: articleText(byFile, found.file, found.article),
            },
          }
        : {}),
      labelled: group.map((l) => `${basename(l.upperFile, '.md')}#${l.upperArticle}`),
    });
  }
  return misses;
}

/**
 * The figures of ranked sources against labels: `ranked` maps a lower article (file#article) to its sources.
 * Precision@1 and recall@3 as evaluateAlignment counts them; right document first: the first source's file is one
 * the article's labels name.
 */
export function sourceFigures(
  labels: readonly AlignmentLabel[],
  ranked: ReadonlyMap<string, readonly SourceMatch[]>,
): SourceFigures {
  const pairs: AlignmentPair[] = [];
  const key = (file: string, article: number) => `${file}#${article}`;
  const lowers = new Map<string, AlignmentLabel[]>();
  for (const l of labels)
    lowers.set(key(l.lowerFile, l.lowerArticle), [...(lowers.get(key(l.lowerFile, l.lowerArticle)) ?? []), l]);
  let rightDocument = 0;
  let noSource = 0;
  for (const [k, group] of lowers) {
    const sources = ranked.get(k) ?? [];
    if (sources.length === 0) noSource++;
    if (sources[0] && group.some((l) => l.upperFile === sources[0]!.file)) rightDocument++;
    const side = (file: string, article: number, path: string, heading: string) => ({
      file,
      title: '',
      article,
      path,
      heading,
    });
    for (const s of sources)
      pairs.push({
        lower: side(group[0]!.lowerFile, group[0]!.lowerArticle, '', ''),
        upper: side(s.file, s.article, s.path, s.heading),
        score: s.score,
        class: s.class,
        rank: s.rank,
        evidence: [],
        method: 'sources',
        version: '',
      });
  }
  // evaluateAlignment compares files by base name: the book's paths are unique by base name for these laws.
  const e = evaluateAlignment(pairs, labels);
  return {
    lowerArticles: lowers.size,
    pairs: labels.length,
    precisionAt1: e.precisionAt1,
    recallAt3: e.recallAt3,
    cappedRecallAt3: e.cappedRecallAt3,
    rightDocumentFirst: lowers.size ? rightDocument / lowers.size : 0,
    noSource,
  };
}

/** Runs the measurement. */
export async function measureSources({
  root,
  only = [],
  limit = 50,
  pairOnly = true,
}: {
  root: string;
  only?: string[];
  limit?: number;
  pairOnly?: boolean;
}): Promise<SourcesResult> {
  const t0 = Date.now();
  const sets = readLabelledSets(only);
  const lowerFiles = new Set(sets.flatMap((s) => s.labels.map((l) => l.lowerFile)));
  const { docs, byFile, skipped } = await loadBook(root, lowerFiles);
  const t1 = Date.now();
  const index = createSourceIndex(docs);
  const t2 = Date.now();
  // As the API and trace rank: with what the whole lower text most likely implements (parentContext); and, beside
  // it in one run, each article alone.
  const wholeTexts = createWholeTextIndex(docs);
  const context = new Map(
    [...lowerFiles].map((f) => [f, parentContext(inferLikelyParents(docs, f, { wholeTexts }))] as const),
  );
  const asked = sets.flatMap((s) => s.labels);
  const ranked = rankLabelledArticles(index, byFile, asked, (file) => ({
    scope: 'UPPER',
    limit,
    parents: context.get(file) ?? [],
  }));
  const alone = rankLabelledArticles(index, byFile, asked, () => ({ scope: 'UPPER', limit, parents: [] }));
  const t3 = Date.now();
  const withAlone = (labels: readonly AlignmentLabel[]): SourceFigures => {
    const { precisionAt1, recallAt3, rightDocumentFirst } = sourceFigures(labels, alone);
    return { ...sourceFigures(labels, ranked), alone: { precisionAt1, recallAt3, rightDocumentFirst } };
  };
  const perSet: SourcesResult['sets'] = [];
  for (const s of sets) {
    const figures = withAlone(s.labels);
    const engine = pairOnly
      ? (await evaluateSuite({ kind: 'pairs', labels: s.tsv, docs: root }, () => {})).evaluations.engine
      : undefined;
    perSet.push({
      name: s.name,
      heldOut: s.heldOut,
      ...figures,
      ...(engine ? { pairOnly: { precisionAt1: engine.precisionAt1, recallAt3: engine.recallAt3 } } : {}),
    });
  }
  const t4 = Date.now();
  const pooledOf = (chosen: readonly LabelledSet[]) => {
    const figures = withAlone(chosen.flatMap((s) => s.labels));
    if (!pairOnly) return figures;
    const mine = perSet.filter((p) => chosen.some((s) => s.name === p.name && s.heldOut === p.heldOut));
    const n = mine.reduce((a, p) => a + p.lowerArticles, 0) || 1;
    const pairs = mine.reduce((a, p) => a + p.pairs, 0) || 1;
    return {
      ...figures,
      pairOnly: {
        precisionAt1: mine.reduce((a, p) => a + p.pairOnly!.precisionAt1 * p.lowerArticles, 0) / n,
        recallAt3: mine.reduce((a, p) => a + p.pairOnly!.recallAt3 * p.pairs, 0) / pairs,
      },
    };
  };
  const found = sets.flatMap((s) => findMisses(s.name, s.labels, ranked, byFile));
  const misses = found.filter((m) => !m.rightDocument);
  const rightDocumentWrongArticle = found.length - misses.length;
  return {
    documents: docs.length,
    articles: docs.reduce((a, d) => a + d.articles.length, 0),
    skipped,
    limit,
    sets: perSet,
    pooled: {
      development: pooledOf(sets.filter((s) => !s.heldOut)),
      heldOut: pooledOf(sets.filter((s) => s.heldOut)),
      all: pooledOf(sets),
    },
    rightDocumentWrongArticle,
    misses,
    seconds: {
      load: Math.round((t1 - t0) / 1000),
      index: Math.round((t2 - t1) / 1000),
      rank: Math.round((t3 - t2) / 1000),
      pairOnly: Math.round((t4 - t3) / 1000),
    },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
export const cut = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** One miss: the lower article, the winner, and the labelled counterpart's rank or its absence. */
export function formatMiss(m: SourceMiss, limit: number, tag: string = m.relation): string {
  return [
    `  ${m.set} 第${m.lowerArticle}条 «${cut(m.lowerText)}»`,
    `      won: ${m.winner.title} 第${m.winner.article}条 ${m.winner.score.toFixed(3)} [${tag}] «${cut(m.winner.text)}»`,
    m.counterpart
      ? `      labelled: ${basename(m.counterpart.file, '.md')} 第${m.counterpart.article}条 rank ${m.counterpart.rank} ${m.counterpart.score.toFixed(3)} «${cut(m.counterpart.text)}»`
      : `      labelled: ${m.labelled.join(', ')} not in the first ${limit}`,
  ].join('\n');
}

/** The table, then the misses. */
export function formatSources(r: SourcesResult): string {
  const row = (name: string, f: SourceFigures) =>
    `  ${name.padEnd(38)} ${String(f.lowerArticles).padStart(5)} ${pct(f.precisionAt1)} ${pct(f.recallAt3)} ${pct(f.rightDocumentFirst)} ${String(f.noSource).padStart(4)}   ${f.pairOnly ? `${pct(f.pairOnly.precisionAt1)} ${pct(f.pairOnly.recallAt3)}` : '     -      -'}   ${f.alone ? `${pct(f.alone.precisionAt1)} ${pct(f.alone.recallAt3)} ${pct(f.alone.rightDocumentFirst)}` : ''}`;
  const lines = [
    `sources (scope UPPER) over lawrefbook: ${r.documents} documents, ${r.articles} articles (national folders and the labelled lower regulations); ${r.skipped.length} file(s) skipped`,
    `  load ${r.seconds.load} s, index ${r.seconds.index} s, ranking ${r.seconds.rank} s, pair-only ${r.seconds.pairOnly} s; peak RSS ${r.peakRssMb} MB`,
    '',
    `  ${'set'.padEnd(38)} lower   P@1   R@3 docFirst none   pair-only P@1 R@3   article alone P@1 R@3 docFirst`,
    ...r.sets.map((s) => row(`${s.heldOut ? 'held-out/' : ''}${s.name}`, s)),
    row('pooled development', r.pooled.development),
    row('pooled held-out', r.pooled.heldOut),
    row('pooled all', r.pooled.all),
    '',
    `first source of a labelled law but not a labelled article: ${r.rightDocumentWrongArticle}; of another document: ${r.misses.length} (${(['version', 'names', 'other'] as const).map((k) => `${k} ${r.misses.filter((m) => m.relation === k).length}`).join(', ')}: another version of the labelled law, a document naming it, any other)`,
    ...r.misses.map((m) => formatMiss(m, r.limit)),
  ];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
  const result = await measureSources({
    root: values('--root')[0] ?? join(findSharedCorpora(), 'lawrefbook'),
    only: values('--set'),
    limit: Number(values('--limit')[0] ?? 50),
    pairOnly: !args.includes('--no-pair-only'),
  });
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : formatSources(result));
}

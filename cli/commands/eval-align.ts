/**
 * `policygraph eval-align [--json] [--verbose] [--labels TSV --docs DIR]… [--pairs TSV --root DIR [--pooled TSV]]…`: scores the
 * alignment engine and two baselines (TF-IDF cosine over character bigrams, BM25 over jieba words) on hand-checked
 * pairs, side by side: precision@1, recall@3 over pairs and capped recall@3 (BEIR's R_cap@3) per label set and overall,
 * and on the real pairs recall@3 of those the reader judged strong and of those judged medium; on the sets read whole,
 * every pair the engine keeps by score band (counterparts, change lines; align/count-score-bands.ts); then issue 15's
 * floors set by set on the real readings (align/check-floors.ts: which hold, on how many sets). Then the obligation
 * comparison (align/compare-obligation.ts), the quantity and the scope comparisons (align/compare-provisions.ts) against
 * their blind readings (test/data/changes-obligation/, test/data/changes-quantities/, test/data/changes-scope/).
 * Built-in sets: test/data/alignment-dev.tsv and test/data/alignment-corpus-blind.tsv (the same documents read blind)
 * on corpus/, test/data/alignment-docs-align.tsv on
 * test/data/docs-align/ (each folder aligned on its own, uppers chosen by tier and citation), and every labelled
 * real-pairs file in test/data/alignment-real/ on ../shared/corpora/lawrefbook (each lower document aligned against
 * the upper documents its labels name), each once more with its pooled judgements (test/data/alignment-real/pooled/:
 * pairs of the three methods' top 3 that a judge, blind to their source, called counterparts). `--hidden-citations
 * [--sample N]` adds the hidden-citation check of likelyParents on lawrefbook (bench/measure-hidden-citations.ts: local
 * regulations against national documents, then State Council regulations against laws; minutes on a loaded machine;
 * with `--json`, `hidden` is those two results in that order). Exit code 0 whatever the figures.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import {
  alignDocuments,
  alignWithBaseline,
  checkFloors,
  combineEvaluations,
  countFloors,
  FLOORS,
  type FloorCheck,
  compareObligation,
  compareProvisions,
  addScoreBands,
  countScoreBands,
  evaluateAlignment,
  evaluateCoverage,
  type ShownPairs,
  fillNumbersFromCitations,
  labelledSelection,
  parseAlignmentLabels,
  parseLabelledPairs,
  parseObligationReading,
  parseChangeReading,
  recallAt3ByStrength,
  scoreObligationReading,
  scoreChangeReading,
  selectUpperDocuments,
  toAlignmentLabels,
  type AlignDocument,
  type AlignmentEvaluation,
  type AlignmentLabel,
  type ChangeVerdict,
  type LabelOutcome,
  type ObligationJudgement,
  type ObligationScore,
  type ProvisionChange,
  QUANTITY_KINDS,
  type ChangeCounts,
  type ChangeJudgement,
  type ChangeScore,
  type CoverageCounts,
  type ScoreBand,
} from '../../align/index.ts';
import type { AlignmentPair } from '../../model/index.ts';
import { formatHiddenCitations, measureHiddenCitations } from '../../bench/measure-hidden-citations.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { readLawrefbookDocument } from '../read-lawrefbook.ts';
import { findSharedCorpora } from '../shared-corpora.ts';
import { readDocuments } from './align.ts';

export const summary =
  'score the alignment engine and two baselines on hand-checked pairs (precision@1, recall@3 over pairs and capped)';

const USAGE = `usage: policygraph eval-align [--json] [--verbose] [--hidden-citations [--sample N]] [--labels TSV --docs DIR]… [--pairs TSV --root DIR [--pooled TSV]]…
  without sets: test/data/alignment-dev.tsv and alignment-corpus-blind.tsv on corpus/,
  test/data/alignment-docs-align.tsv on test/data/docs-align/,
  and test/data/alignment-real/*.tsv on ../shared/corpora/lawrefbook (each also with its pooled/ judgements),
  the engine's kept pairs by score band on the sets read whole (suites[].bands in --json), issue 15's floors set
  by set (suites[].floors), then the obligation, quantity and scope comparisons on their blind readings (test/data/changes-obligation/,
  test/data/changes-quantities/, test/data/changes-scope/);
  --json: { suites, obligation, quantities, scope, obligationSecond, quantitiesSecond, scopeSecond, scopeThird,
           scopeFourth, hidden: [local, national] when --hidden-citations }
  --verbose  list every label with the engine's rank (default: only those the engine misses at rank 1)
  --hidden-citations  also rank the parents of every lawrefbook regulation with its citations hidden (--sample N:
                      N of them): local regulations against national documents, State Council regulations against laws
`;

/**
 * One label set: `labels` (lower/upper by tier, docs a folder of .txt) or `pairs` (labelled real pairs under a root);
 * `pooled`: the pairs judged counterparts when the three methods' top 3 were pooled and judged blind, added to the
 * reading's labels.
 */
export interface Suite {
  kind: 'labels' | 'pairs';
  labels: string;
  docs: string;
  pooled?: string;
  /**
   * Every lower article was read against the whole of its upper documents, so a kept pair no label names is no
   * counterpart: the engine's pairs are counted by score band (count-score-bands.ts).
   */
  readWhole?: boolean;
  /**
   * Read after the engine was last changed, and never used to choose anything (test/data/alignment-real/held-out/):
   * reported apart, so the development sets' figures stay comparable and the held-out ones say how the engine does
   * on text it was not shaped on.
   */
  heldOut?: boolean;
}

const METHODS = ['engine', 'tfidf-bigrams', 'bm25-words'] as const;
type Method = (typeof METHODS)[number];

interface SuiteResult extends Suite {
  evaluations: Record<Method, AlignmentEvaluation>;
  /** Lower articles labelled as having no counterpart (not scored). */
  none: number;
  /** The engine's kept pairs by score band, on a set read whole. */
  bands?: ScoreBand[];
  /** Coverage of the upper documents against the labels, on a set read whole: by its rule and by any kept pair. */
  coverage?: ReturnType<typeof evaluateCoverage>;
  /** Which of the issue's floors hold (real pairs only). */
  floors?: FloorCheck;
}

const REAL_PAIRS = 'test/data/alignment-real';
/** Sets read after the engine was last changed (heldOut), in the same layout: *.tsv, pooled/, readings/. */
const HELD_OUT_PAIRS = 'test/data/alignment-real/held-out';
const REAL_ROOT = join(findSharedCorpora(), 'lawrefbook');

async function defaultSuites(): Promise<Suite[]> {
  const suites: Suite[] = [
    { kind: 'labels', labels: join(PROJECT_ROOT, 'test/data/alignment-dev.tsv'), docs: join(PROJECT_ROOT, 'corpus') },
    // The same documents read blind, item by item against every upper document (the issue's own complaint).
    {
      kind: 'labels',
      labels: join(PROJECT_ROOT, 'test/data/alignment-corpus-blind.tsv'),
      docs: join(PROJECT_ROOT, 'corpus'),
      readWhole: true,
    },
    {
      kind: 'labels',
      labels: join(PROJECT_ROOT, 'test/data/alignment-docs-align.tsv'),
      docs: join(PROJECT_ROOT, 'test/data/docs-align'),
    },
  ];
  const real = await realSuites();
  const heldOut = await realSuites(HELD_OUT_PAIRS);
  const whole = (sets: Suite[]) => sets.filter((suite) => suite.pooled).map((suite) => ({ ...suite, readWhole: true }));
  return [...suites, ...real.reading, ...whole(real.pooled), ...heldOut.reading, ...whole(heldOut.pooled)];
}

/**
 * Every labelled real set on lawrefbook in `dir` (the development sets by default; HELD_OUT_PAIRS for the held-out
 * ones): on the reading's labels, and with its pooled judgements (`dir`/pooled) added (the reading's labels alone for
 * a set that has none).
 */
export async function realSuites(dir = REAL_PAIRS): Promise<{ reading: Suite[]; pooled: Suite[] }> {
  const names = (await readdir(join(PROJECT_ROOT, dir))).filter((n) => n.endsWith('.tsv')).sort();
  const judged = new Set(await readdir(join(PROJECT_ROOT, dir, 'pooled')).catch(() => []));
  const heldOut = dir === HELD_OUT_PAIRS ? { heldOut: true } : {};
  const reading = names.map(
    (n): Suite => ({ kind: 'pairs', labels: join(PROJECT_ROOT, dir, n), docs: REAL_ROOT, ...heldOut }),
  );
  const pooled = reading.map((suite, i) =>
    judged.has(names[i]!) ? { ...suite, pooled: join(PROJECT_ROOT, dir, 'pooled', names[i]!) } : suite,
  );
  return { reading, pooled };
}

/** The held-out real sets (heldOut), as realSuites gives the development ones. */
export const heldOutSuites = () => realSuites(HELD_OUT_PAIRS);

/** Reads `--labels X --docs Y` and `--pairs X --root Y [--pooled Z]`; no sets gives undefined (the built-in ones); a string is an error. */
export function readSuites(args: readonly string[]): Suite[] | undefined | string {
  const suites: Suite[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json' || arg === '--verbose' || arg === '--hidden-citations') continue;
    if (arg === '--sample' && /^\d+$/.test(args[i + 1] ?? '')) {
      i += 1;
      continue;
    }
    if (arg === '--labels' && args[i + 2] === '--docs' && args[i + 1] && args[i + 3]) {
      suites.push({ kind: 'labels', labels: args[i + 1]!, docs: args[i + 3]! });
      i += 3;
    } else if (arg === '--pairs' && args[i + 2] === '--root' && args[i + 1] && args[i + 3]) {
      const pooled = args[i + 4] === '--pooled' && args[i + 5] ? args[i + 5] : undefined;
      suites.push({ kind: 'pairs', labels: args[i + 1]!, docs: args[i + 3]!, ...(pooled ? { pooled } : {}) });
      i += pooled ? 5 : 3;
    } else return `unexpected argument ${arg}`;
  }
  return suites.length > 0 ? suites : undefined;
}

/** Which blind reading: the first sample, or a later one drawn from other regulations (third and fourth: subjects). */
const READING_SAMPLES = ['first', 'second', 'third', 'fourth'] as const;
export type ReadingSample = (typeof READING_SAMPLES)[number];

/**
 * The blind readings of the changes, under the project: the first samples, and the later ones, drawn from
 * regulations no earlier reading holds and read after the comparison was written.
 */
export const CHANGE_READINGS: Record<
  'obligation' | 'quantities' | 'scope',
  Record<'first' | 'second', string> & Partial<Record<ReadingSample, string>>
> = {
  obligation: {
    first: 'test/data/changes-obligation/obligation-reading.tsv',
    second: 'test/data/changes-obligation/second/obligation-reading.tsv',
  },
  quantities: {
    first: 'test/data/changes-quantities/quantity-reading.tsv',
    second: 'test/data/changes-quantities/second/quantity-reading.tsv',
  },
  scope: {
    first: 'test/data/changes-scope/scope-reading.tsv',
    second: 'test/data/changes-scope/second/scope-reading.tsv',
    third: 'test/data/changes-scope/third/scope-reading.tsv',
    fourth: 'test/data/changes-scope/fourth/scope-reading.tsv',
  },
};

/** Reads articles of lawrefbook by file and number, each file once; a missing article is an error naming `source`. */
function lawrefbookArticles(root: string, source: string): (file: string, article: number) => Promise<string> {
  const documents = new Map<string, Promise<AlignDocument>>();
  return async (file, article) => {
    if (!documents.has(file)) documents.set(file, readLawrefbookDocument(root, file));
    const found = (await documents.get(file)!).articles.find((a) => a.number === article);
    if (!found) throw new Error(`${source}: ${file} has no article ${article}`);
    return found.text;
  };
}

/** The path of a blind reading; a sample not read for that comparison is an error naming both. */
function readingPath(comparison: keyof typeof CHANGE_READINGS, sample: ReadingSample): string {
  const tsv = CHANGE_READINGS[comparison][sample];
  if (tsv === undefined) throw new Error(`no ${sample} blind reading of ${comparison}`);
  return tsv;
}

/** The obligation comparison scored on its blind reading: each pair's two articles read from `root`. */
export async function evaluateObligationReading(
  root = REAL_ROOT,
  sample: ReadingSample = 'first',
): Promise<ObligationScore> {
  const tsv = readingPath('obligation', sample);
  const judgements = parseObligationReading(await readFile(join(PROJECT_ROOT, tsv), 'utf8'), tsv);
  const textOf = lawrefbookArticles(root, tsv);
  const verdicts = new Map<ObligationJudgement, ChangeVerdict | undefined>();
  for (const j of judgements) {
    const lower = await textOf(j.lowerFile, j.lowerArticle);
    verdicts.set(j, compareObligation(lower, await textOf(j.upperFile, j.upperArticle))?.verdict);
  }
  return scoreObligationReading(judgements, (j) => verdicts.get(j));
}

/** A change comparison scored on its blind reading (`tsv` under the project), changes of `kinds` only. */
async function evaluateChangeReading(tsv: string, kinds: readonly string[], root: string): Promise<ChangeScore> {
  const judgements = parseChangeReading(await readFile(join(PROJECT_ROOT, tsv), 'utf8'), tsv);
  const textOf = lawrefbookArticles(root, tsv);
  const changes = new Map<ChangeJudgement, ProvisionChange[]>();
  for (const j of judgements) {
    const lower = await textOf(j.lowerFile, j.lowerArticle);
    changes.set(j, compareProvisions(lower, await textOf(j.upperFile, j.upperArticle)));
  }
  return scoreChangeReading(judgements, (j) => changes.get(j)!, kinds);
}

/** The quantity comparison scored on a blind reading (test/data/changes-quantities/, its second/ sample). */
export const evaluateQuantityReading = (root = REAL_ROOT, sample: ReadingSample = 'first'): Promise<ChangeScore> =>
  evaluateChangeReading(readingPath('quantities', sample), QUANTITY_KINDS, root);

/** The scope comparison (subjects added or dropped) scored on a blind reading (test/data/changes-scope/, second/ …). */
export const evaluateScopeReading = (root = REAL_ROOT, sample: ReadingSample = 'first'): Promise<ChangeScore> =>
  evaluateChangeReading(readingPath('scope', sample), ['scope'], root);

const share = (n: number, of: number) => `${n} of ${of} (${of ? ((100 * n) / of).toFixed(1) : '—'}%)`;

function changeLines(title: string, score: ChangeScore, byKind: boolean): string {
  const row = (name: string, c: ChangeCounts) =>
    `  ${name.padEnd(10)} made that a reader made: ${share(c.right, c.claimed).padEnd(18)} the reader's found: ${share(c.found, c.read)}`;
  return [
    `${title}, on ${score.pairs} real pairs read blind:`,
    row('all', score.all),
    ...(byKind
      ? [
          row('changes', score.changes),
          ...Object.entries(score.byKind)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([kind, c]) => row(kind, c)),
        ]
      : []),
    `  lines of the pairs both readers read, written by both: ${share(score.readersAgree, score.readTwice)}`,
    '',
  ].join('\n');
}

function obligationLines(score: ObligationScore, title: string): string {
  return [
    `obligation strength of the shared clause, on ${score.pairs} real pairs read blind (${title}):`,
    `  changes claimed (stricter, looser, added, dropped) that a reader gave: ${share(score.right, score.claimed)}`,
    `  the reader's changes that the comparison gives: ${share(score.found, score.readerChanges)}`,
    `  pairs whose verdict is the reader's (no change counted as one verdict): ${share(score.verdictsAgree, score.pairs)}`,
    `  two readers, same verdict: ${share(score.readersAgree, score.readTwice)}`,
    '',
  ].join('\n');
}

/**
 * The bundled suites' documents: each folder's own .txt files, sorted (not its subfolders: corpus/laws holds the
 * lawrefbook statutes, which would change the term weights the bundled figures were measured with).
 */
async function topLevelTexts(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (!(await stat(path)).isDirectory()) files.push(path);
    else
      files.push(
        ...(await readdir(path))
          .filter((n) => n.endsWith('.txt'))
          .sort()
          .map((n) => join(path, n)),
      );
  }
  return files;
}

/** The documents and selection of a suite, with its labels. */
async function loadSuite(suite: Suite, warn: (line: string) => void) {
  const text = await readFile(suite.labels, 'utf8');
  if (suite.kind === 'labels') {
    const docs: AlignDocument[] = fillNumbersFromCitations(
      await readDocuments(await topLevelTexts([suite.docs]), warn),
    );
    return { docs, selection: selectUpperDocuments(docs), labels: parseAlignmentLabels(text, suite.labels), none: 0 };
  }
  const pairs = parseLabelledPairs(text, suite.labels);
  if (suite.pooled) pairs.push(...parseLabelledPairs(await readFile(suite.pooled, 'utf8'), suite.pooled));
  const selection = labelledSelection(pairs);
  const files = [...new Set([...selection.keys(), ...[...selection.values()].flat()])];
  const docs = await Promise.all(files.map((f) => readLawrefbookDocument(suite.docs, f)));
  const labels: AlignmentLabel[] = toAlignmentLabels(pairs, suite.labels);
  // A lower article read as having no counterpart, unless a pooled judgement found it one.
  const carried = new Set(labels.map((l) => `${l.lowerFile}#${l.lowerArticle}`));
  const none = pairs.filter((p) => p.strength === 'none' && !carried.has(`${p.lowerFile}#${p.lowerArticle}`)).length;
  return { docs, selection, labels, none };
}

/** Evaluates one suite with the engine and both baselines. */
export async function evaluateSuite(suite: Suite, warn: (line: string) => void): Promise<SuiteResult> {
  const { docs, selection, labels, none } = await loadSuite(suite, warn);
  const engine = alignDocuments(docs, { selection });
  const pairsOf: Record<Method, () => ReturnType<typeof alignDocuments>> = {
    engine: () => engine,
    'tfidf-bigrams': () => alignWithBaseline(docs, selection, 'tfidf-bigrams'),
    'bm25-words': () => alignWithBaseline(docs, selection, 'bm25-words'),
  };
  const evaluations = Object.fromEntries(METHODS.map((m) => [m, evaluateAlignment(pairsOf[m](), labels)])) as Record<
    Method,
    AlignmentEvaluation
  >;
  const whole = suite.readWhole
    ? { bands: bandsOf(engine, docs, labels), coverage: evaluateCoverage(engine, docs, labels) }
    : {};
  const floors =
    suite.kind === 'pairs'
      ? { floors: checkFloors(evaluations.engine, [evaluations['tfidf-bigrams'], evaluations['bm25-words']]) }
      : {};
  return { ...suite, evaluations, none, ...whole, ...floors };
}

/** The engine's kept pairs by score band: counterparts by the labels, change lines by compareProvisions. */
function bandsOf(pairs: readonly AlignmentPair[], docs: readonly AlignDocument[], labels: readonly AlignmentLabel[]) {
  const key = (lowerFile: string, lowerArticle: number, upperFile: string, upperArticle: number) =>
    `${basename(lowerFile)}#${lowerArticle}\n${basename(upperFile)}#${upperArticle}`;
  const counterparts = new Set(labels.map((l) => key(l.lowerFile, l.lowerArticle, l.upperFile, l.upperArticle)));
  const textOf = (file: string, article: number) =>
    docs.find((d) => d.file === file)?.articles.find((a) => a.number === article)?.text ?? '';
  return countScoreBands(
    pairs,
    (p) => counterparts.has(key(p.lower.file, p.lower.article, p.upper.file, p.upper.article)),
    (p) =>
      compareProvisions(textOf(p.lower.file, p.lower.article), textOf(p.upper.file, p.upper.article)).filter(
        (c) => c.verdict !== 'same',
      ).length,
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const shortName = (path: string) => (path.startsWith(PROJECT_ROOT) ? relative(PROJECT_ROOT, path) : path);

/** What caps recall@3 over pairs on a set: lower articles with more than three labelled uppers. */
function capLine(e: AlignmentEvaluation): string {
  if (e.lowerArticlesOverCap === 0)
    return 'cap: no lower article has more than 3 labelled uppers (recall@3 over pairs can reach 100%)';
  return `cap: ${e.lowerArticlesOverCap} lower article(s) with more than 3 labelled uppers; recall@3 over pairs can reach ${pct(e.recallAt3Ceiling).trim()} at most, capped recall@3 100%`;
}

/** Recall@3 of the pairs a reader judged strong, then of those judged medium. */
function strengthColumns(outcomes: readonly LabelOutcome[], gap = '  '): string {
  const byStrength = recallAt3ByStrength(outcomes);
  const share = ({ found, pairs }: { found: number; pairs: number }) => (pairs ? pct(found / pairs) : '     —');
  return `${share(byStrength.strong)}${gap}${share(byStrength.medium)}`;
}

function table(results: readonly SuiteResult[], verbose: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const engine = r.evaluations.engine;
    lines.push(
      `${shortName(r.labels)}${r.pooled ? ` + ${shortName(r.pooled)}` : ''} on ${shortName(r.docs)}: ${engine.lowerArticles} lower articles with a counterpart, ${engine.outcomes.length} pairs${r.none ? `, ${r.none} labelled none` : ''}`,
    );
    for (const o of engine.outcomes) {
      if (!verbose && o.rank === 1) continue;
      const l = o.label;
      const top = o.top ? `top: ${basename(o.top.file)} (${o.top.article}) ${o.top.score.toFixed(3)}` : 'no candidate';
      lines.push(
        `  ${`${basename(l.lowerFile)} (${l.lowerArticle}) → ${basename(l.upperFile)} (${l.upperArticle})`.padEnd(60)} rank ${String(o.rank ?? '—').padStart(2)}  ${o.rank === 1 ? '' : top}`,
      );
    }
    const judged = engine.outcomes.some((o) => o.label.strength);
    lines.push(
      `  ${'method'.padEnd(14)} precision@1  recall@3 pairs  capped recall@3${judged ? '  recall@3 strong  medium' : ''}`,
    );
    for (const m of METHODS) {
      const e = r.evaluations[m];
      lines.push(
        `  ${m.padEnd(14)} ${pct(e.precisionAt1)}       ${pct(e.recallAt3)}         ${pct(e.cappedRecallAt3)}${judged ? `           ${strengthColumns(e.outcomes)}` : ''}`,
      );
    }
    lines.push(`  ${capLine(engine)}`, '');
  }
  // Each set counts once per group: its pooled result in the pooled group, its reading's result in the others.
  // Held-out sets count only in their own groups.
  const groups: [string, (r: SuiteResult) => boolean][] = [
    ['bundled sets', (r) => r.kind === 'labels'],
    ['real pairs, reading', (r) => r.kind === 'pairs' && !r.pooled && !r.heldOut],
    ['real pairs, reading + pooled judgements', (r) => r.kind === 'pairs' && !!r.pooled && !r.heldOut],
    ['all sets, reading', (r) => !r.pooled && !r.heldOut],
    ['held-out real pairs (read after the engine was last changed), reading', (r) => !!r.heldOut && !r.pooled],
    ['held-out real pairs, reading + pooled judgements', (r) => !!r.heldOut && !!r.pooled],
  ];
  const overall = (m: Method, keep: (r: SuiteResult) => boolean) =>
    combineEvaluations(results.filter(keep).map((r) => r.evaluations[m]));
  for (const [name, keep] of groups) {
    if (!results.some(keep)) continue;
    const e = overall('engine', keep);
    lines.push(`overall, ${name} (${e.lowerArticles} lower articles, ${e.outcomes.length} pairs):`);
    for (const m of METHODS) {
      const o = overall(m, keep);
      const judged = o.outcomes.some((x) => x.label.strength);
      lines.push(
        `  ${m.padEnd(14)} precision@1 ${pct(o.precisionAt1)}   recall@3 pairs ${pct(o.recallAt3)}   capped recall@3 ${pct(o.cappedRecallAt3)}${judged ? `   recall@3 strong / medium ${strengthColumns(o.outcomes, ' / ')}` : ''}`,
      );
    }
  }
  lines.push(...floorLines(results));
  for (const [name, keep] of [
    ['real pairs read whole, with their pooled judgements', (r: SuiteResult) => r.kind === 'pairs' && !r.heldOut],
    ['held-out real pairs read whole, with their pooled judgements', (r: SuiteResult) => !!r.heldOut],
    ['bundled documents read blind', (r: SuiteResult) => r.kind === 'labels'],
  ] as const) {
    const sets = results.filter((r) => r.bands && keep(r));
    if (sets.length === 0) continue;
    lines.push('', ...bandLines(`every pair the engine keeps, ${name}`, addScoreBands(sets.map((r) => r.bands!))));
    lines.push(
      ...coverageLines(
        name,
        sets.map((r) => r.coverage!),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The issue's floors set by set, on the readings of the real sets (development, then held-out), with how many sets
 * each holds on: the one place the output says whether issue 15 is done.
 */
function floorLines(results: readonly SuiteResult[]): string[] {
  const mark = (holds: boolean) => (holds ? '✓' : '✗');
  const groups = [
    ['development sets', results.filter((r) => r.floors && !r.pooled && !r.heldOut)],
    ['held-out sets', results.filter((r) => r.floors && !r.pooled && r.heldOut)],
  ] as const;
  if (groups.every(([, sets]) => sets.length === 0)) return [];
  const floor = (x: number) => `${Math.round(100 * x)}%`;
  const lines = [
    '',
    `issue 15's floors, set by set (reading): precision@1 ≥ ${floor(FLOORS.precisionAt1)} and recall@3 over pairs ≥ ${floor(FLOORS.recallAt3)}, each at least both baselines' (a tie holds); capped recall@3 beside it`,
    `  ${'set'.padEnd(30)} ${['precision@1', '≥ baselines', 'recall@3', '≥ baselines', 'capped', 'all']
      .map((h) => h.padEnd(12))
      .join('')
      .trimEnd()}`,
  ];
  for (const [name, sets] of groups) {
    if (sets.length === 0) continue;
    for (const r of sets) {
      const e = r.evaluations.engine;
      const f = r.floors!;
      const cells = [
        `${pct(e.precisionAt1)} ${mark(f.precisionAt1)}`,
        `  ${mark(f.precisionAboveBaselines)}`,
        `${pct(e.recallAt3)} ${mark(f.recallAt3)}`,
        `  ${mark(f.recallAboveBaselines)}`,
        `${pct(e.cappedRecallAt3)} ${mark(f.cappedRecallAt3)}`,
        mark(f.all),
      ];
      lines.push(
        `  ${basename(r.labels, '.tsv').padEnd(30)} ${cells
          .map((c) => c.padEnd(12))
          .join('')
          .trimEnd()}`,
      );
    }
    const n = countFloors(sets.map((r) => r.floors!));
    lines.push(
      `  ${name} (${sets.length}): precision@1 ≥ ${floor(FLOORS.precisionAt1)} on ${n.precisionAt1}, at least both baselines' on ${n.precisionAboveBaselines}; recall@3 ≥ ${floor(FLOORS.recallAt3)} on ${n.recallAt3} (capped on ${n.cappedRecallAt3}), at least both baselines' on ${n.recallAboveBaselines}; every floor on ${n.all}`,
    );
  }
  return lines;
}

/** The kept pairs by score band: how many are counterparts, and the change lines on the rest. */
function bandLines(title: string, bands: readonly ScoreBand[]): string[] {
  const ofPairs = (n: number, of: number) =>
    `${n}`.padStart(5) + ` (${of ? ((100 * n) / of).toFixed(0) : '—'}%)`.padEnd(7);
  return [
    `${title}:`,
    '  score        pairs  counterparts  change lines  on pairs no reader gave',
    ...bands.map(
      (b) =>
        `  ${`${b.from.toFixed(2)}–${b.to.toFixed(2)}`.padEnd(11)} ${`${b.pairs}`.padStart(6)}  ${ofPairs(b.counterparts, b.pairs)}  ${`${b.changeLines}`.padStart(12)}  ${ofPairs(b.changeLinesOnOthers, b.changeLines)}`,
    ),
  ];
}

/** Coverage against the labels: upper articles carried or not, by coverage's rule and by any kept pair. */
function coverageLines(name: string, sets: readonly ReturnType<typeof evaluateCoverage>[]): string[] {
  const sum = (pick: (s: ReturnType<typeof evaluateCoverage>) => CoverageCounts) => {
    const total = { carried: 0, carriedWrongly: 0, missed: 0, notCarried: 0, formal: 0 };
    for (const s of sets) for (const k of Object.keys(total) as (keyof CoverageCounts)[]) total[k] += pick(s)[k];
    return total;
  };
  const row = (label: string, c: CoverageCounts) => {
    const all = c.carried + c.carriedWrongly + c.missed + c.notCarried;
    const said = c.notCarried + c.missed;
    const truly = c.notCarried + c.carriedWrongly;
    return `  ${label.padEnd(22)} ${pct((c.carried + c.notCarried) / (all || 1))}    ${`${c.notCarried} of ${said}`.padStart(10)} ${pct(c.notCarried / (said || 1))}   ${`${c.notCarried} of ${truly}`.padStart(10)} ${pct(c.notCarried / (truly || 1))}   (carried ${c.carried}, wrongly ${c.carriedWrongly}, missed ${c.missed}; formal provisions, not counted: ${c.formal})`;
  };
  return [
    `coverage of the upper documents, ${name}: upper articles carried or not, against the labels`,
    `  ${'counting'.padEnd(22)} right      "not taken up" listed right   not taken up found`,
    row(
      'carriesArticle (now)',
      sum((s) => s.rule),
    ),
    row(
      'any kept pair',
      sum((s) => s.everyPair),
    ),
    ...pairLines(sets.map((s) => s.pairs)),
  ];
}

/** The pairs a lineage shows one level up from each lower article: by carriesArticle, and every kept pair. */
function pairLines(sets: readonly ReturnType<typeof evaluateCoverage>['pairs'][]): string[] {
  const labelled = sets.reduce((n, s) => n + s.labelled, 0);
  const row = (label: string, pick: (s: (typeof sets)[number]) => ShownPairs) => {
    const shown = sets.reduce((n, s) => n + pick(s).shown, 0);
    const counterparts = sets.reduce((n, s) => n + pick(s).counterparts, 0);
    return `  ${label.padEnd(22)} ${`${shown}`.padStart(6)}  ${`${counterparts}`.padStart(12)} ${pct(counterparts / (shown || 1))}   ${`${counterparts} of ${labelled}`.padStart(11)} ${pct(counterparts / (labelled || 1))}`;
  };
  return [
    '  pairs shown (lineage and the compare table, one level up from each lower article):',
    `  ${'counting'.padEnd(22)}  shown  counterparts          counterparts found`,
    row('carriesArticle (now)', (s) => s.rule),
    row('any kept pair', (s) => s.everyPair),
  ];
}

/** Runs the evaluation; 0 on success, 1 when a file cannot be read, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const given = readSuites(args);
  if (typeof given === 'string') {
    process.stderr.write(`policygraph eval-align: ${given}\n${USAGE}`);
    return 2;
  }
  const results: SuiteResult[] = [];
  try {
    const suites = given ?? (await defaultSuites());
    for (const suite of suites)
      results.push(await evaluateSuite(suite, (line) => process.stderr.write(`policygraph eval-align: ${line}\n`)));
  } catch (error) {
    process.stderr.write(`policygraph eval-align: ${(error as Error).message}\n`);
    return 1;
  }
  // Every blind reading of the changes, sample by sample, each comparison's in turn: its score under a JSON key
  // (obligation, quantities, scope; obligationSecond …; scopeThird …) and its text block, in the order printed.
  const readings: Record<string, ObligationScore | ChangeScore> = {};
  const readingLines: string[] = [];
  if (!given)
    try {
      for (const sample of READING_SAMPLES)
        for (const comparison of ['obligation', 'quantities', 'scope'] as const) {
          const tsv = CHANGE_READINGS[comparison][sample];
          if (tsv === undefined) continue;
          const key = sample === 'first' ? comparison : `${comparison}${sample[0]!.toUpperCase()}${sample.slice(1)}`;
          const later = sample === 'first' ? '' : `, ${sample} sample`;
          if (comparison === 'obligation') {
            const score = await evaluateObligationReading(REAL_ROOT, sample);
            readingLines.push(obligationLines(score, later ? `${sample} sample, ${tsv}` : tsv));
            readings[key] = score;
          } else {
            const quantities = comparison === 'quantities';
            const score = await (quantities ? evaluateQuantityReading : evaluateScopeReading)(REAL_ROOT, sample);
            const title = quantities ? 'quantities' : 'subjects added or dropped';
            readingLines.push(changeLines(`${title}${later} (${tsv})`, score, quantities));
            readings[key] = score;
          }
        }
    } catch (error) {
      process.stderr.write(`policygraph eval-align: ${(error as Error).message}\n`);
      return 1;
    }
  // Local regulations against national documents, then State Council regulations against laws.
  const hidden = args.includes('--hidden-citations')
    ? (['local', 'national'] as const).map((lowers) =>
        measureHiddenCitations({
          root: REAL_ROOT,
          sample: Number(args[args.indexOf('--sample') + 1] ?? 0) || 0,
          anyCitation: false,
          lowers,
        }),
      )
    : undefined;
  if (args.includes('--json'))
    process.stdout.write(
      `${JSON.stringify(hidden || readings.obligation ? { suites: results, ...readings, hidden } : results, null, 2)}\n`,
    );
  else
    process.stdout.write(
      `${table(results, args.includes('--verbose'))}${readingLines.map((lines) => `\n${lines}`).join('')}${hidden ? hidden.map(formatHiddenCitations).join('') : ''}`,
    );
  return 0;
}

/**
 * Scores alignment pairs against hand-checked labels: precision@1 (share of labelled lower articles whose top
 * candidate is one of their labelled uppers; no candidate counts as a miss), recall@3 over pairs (share of labelled
 * pairs found among the lower article's first three candidates: an article with five labelled uppers finds three at
 * most) and capped recall@3 (BEIR's R_cap@3: per lower article, uppers found in its first three / min(3, labelled
 * uppers), averaged over lower articles; 1 is reachable). Files are compared by base name.
 * Example: a TSV line `liuzhou-hitech-measures.txt	十五	state-council-hitech-opinions.txt	十五	same heading`
 * → { lowerFile: 'liuzhou-hitech-measures.txt', lowerArticle: 15, upperFile: '…', upperArticle: 15, note: 'same heading' }.
 */
import type { AlignmentPair } from '../model/index.ts';

/** One hand-checked pair. */
export interface AlignmentLabel {
  lowerFile: string;
  lowerArticle: number;
  upperFile: string;
  upperArticle: number;
  note: string;
  /** Which label file it came from. */
  source?: string;
  /** The reader's judgement, on labelled real pairs: strong (wording or rule carried) or medium (reworded). */
  strength?: 'strong' | 'medium';
}

/** One label with the rank its upper got (undefined: not among the candidates). */
export interface LabelOutcome {
  label: AlignmentLabel;
  rank?: number;
  top?: { file: string; article: number; heading: string; score: number };
}

/** Precision@1, recall@3 (over pairs and capped) and the per-label outcomes. */
export interface AlignmentEvaluation {
  outcomes: LabelOutcome[];
  lowerArticles: number;
  precisionAt1: number;
  /** Share of labelled pairs found in the first three candidates of their lower article. */
  recallAt3: number;
  /** Mean over lower articles of found in the first three / min(3, labelled uppers) (BEIR's R_cap@3). */
  cappedRecallAt3: number;
  /** The highest recallAt3 any ranking can reach: labelled pairs beyond three per lower article cannot be found. */
  recallAt3Ceiling: number;
  /** Lower articles with more than three labelled uppers (those the ceiling comes from). */
  lowerArticlesOverCap: number;
}

const DIGITS = '一二三四五六七八九';

/** Reads an article ordinal written in Chinese (十二 → 12, up to 99) or in digits. */
export function readOrdinal(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const digit = (ch: string) => DIGITS.indexOf(ch) + 1;
  if (!m[2]) return m[1] && !m[3] ? digit(m[1]) : undefined;
  return (m[1] ? digit(m[1]) : 1) * 10 + (m[3] ? digit(m[3]) : 0);
}

/** Parses the label TSV (lower_file, lower_article, upper_file, upper_article, note); `#` lines are comments. */
export function parseAlignmentLabels(tsv: string, source?: string): AlignmentLabel[] {
  const labels: AlignmentLabel[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [lowerFile, lower, upperFile, upper, note = ''] = line.split('\t');
    const lowerArticle = readOrdinal(lower ?? '');
    const upperArticle = readOrdinal(upper ?? '');
    if (!lowerFile || !upperFile || lowerArticle === undefined || upperArticle === undefined) {
      throw new Error(`alignment labels: cannot read line "${line}"`);
    }
    labels.push({ lowerFile, lowerArticle, upperFile, upperArticle, note, ...(source ? { source } : {}) });
  }
  return labels;
}

/** A file's name without its folders: labels and pairs name one document by different roots. */
export const base = (file: string) => file.split('/').pop()!;

/** Evaluates `pairs` (ranked candidates) against `labels`. */
export function evaluateAlignment(
  pairs: readonly AlignmentPair[],
  labels: readonly AlignmentLabel[],
): AlignmentEvaluation {
  const candidatesOf = (file: string, article: number) =>
    pairs
      .filter((p) => base(p.lower.file) === base(file) && p.lower.article === article)
      .sort((x, y) => x.rank - y.rank);
  const outcomes = labels.map((label): LabelOutcome => {
    const candidates = candidatesOf(label.lowerFile, label.lowerArticle);
    const hit = candidates.find(
      (p) => base(p.upper.file) === base(label.upperFile) && p.upper.article === label.upperArticle,
    );
    const first = candidates[0];
    return {
      label,
      ...(hit ? { rank: hit.rank } : {}),
      ...(first
        ? {
            top: {
              file: base(first.upper.file),
              article: first.upper.article,
              heading: first.upper.heading,
              score: first.score,
            },
          }
        : {}),
    };
  });
  const lowerKeys = new Map<string, LabelOutcome[]>();
  for (const o of outcomes) {
    const key = `${base(o.label.lowerFile)}#${o.label.lowerArticle}`;
    lowerKeys.set(key, [...(lowerKeys.get(key) ?? []), o]);
  }
  const inTop3 = (o: LabelOutcome) => o.rank !== undefined && o.rank <= 3;
  let correct = 0;
  let capped = 0;
  let reachable = 0;
  let overCap = 0;
  for (const group of lowerKeys.values()) {
    if (group.some((o) => o.rank === 1)) correct++;
    capped += group.filter(inTop3).length / Math.min(3, group.length);
    reachable += Math.min(3, group.length);
    if (group.length > 3) overCap++;
  }
  const found = outcomes.filter(inTop3).length;
  return {
    outcomes,
    lowerArticles: lowerKeys.size,
    precisionAt1: lowerKeys.size ? correct / lowerKeys.size : 0,
    recallAt3: outcomes.length ? found / outcomes.length : 0,
    cappedRecallAt3: lowerKeys.size ? capped / lowerKeys.size : 0,
    recallAt3Ceiling: outcomes.length ? reachable / outcomes.length : 0,
    lowerArticlesOverCap: overCap,
  };
}

/**
 * Several sets' evaluations taken as one: precision@1 and capped recall@3 over all their lower articles, recall@3 over
 * all their pairs (eval-align's overall lines). Example: combineEvaluations([a, b]).recallAt3 → pairs of a and b found
 * in the top 3 / pairs of a and b.
 */
export function combineEvaluations(
  list: readonly AlignmentEvaluation[],
): Pick<AlignmentEvaluation, 'outcomes' | 'lowerArticles' | 'precisionAt1' | 'recallAt3' | 'cappedRecallAt3'> {
  const lowerArticles = list.reduce((n, e) => n + e.lowerArticles, 0);
  const outcomes = list.flatMap((e) => e.outcomes);
  const perArticle = (share: (e: AlignmentEvaluation) => number) =>
    list.reduce((n, e) => n + share(e) * e.lowerArticles, 0) / (lowerArticles || 1);
  return {
    outcomes,
    lowerArticles,
    precisionAt1: perArticle((e) => e.precisionAt1),
    recallAt3: outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length / (outcomes.length || 1),
    cappedRecallAt3: perArticle((e) => e.cappedRecallAt3),
  };
}

/** Labelled pairs found in the first three candidates, of those a reader judged strong and medium (pairs without a strength are left out). */
export function recallAt3ByStrength(
  outcomes: readonly LabelOutcome[],
): Record<'strong' | 'medium', { found: number; pairs: number }> {
  const counts = { strong: { found: 0, pairs: 0 }, medium: { found: 0, pairs: 0 } };
  for (const o of outcomes) {
    if (!o.label.strength) continue;
    const c = counts[o.label.strength];
    c.pairs++;
    if (o.rank !== undefined && o.rank <= 3) c.found++;
  }
  return counts;
}

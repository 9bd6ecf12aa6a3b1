/**
 * Scores typed changes against a blind reading: the quantity comparison (amounts, shares, multiples, target years,
 * deadlines, counts, measures; test/data/changes-quantities/) and the scope comparison (subjects added or dropped;
 * test/data/changes-scope/). Per pair, every comparison a reader made: its kind, the verdict and what each side says.
 * A comparison the program makes is right when a reader made the same one (kind, verdict, and each side's text as
 * written overlapping the program's span); a reader's comparison is found when the program makes it. Each reader line
 * and each program comparison is used once.
 * Example line: `DLC/…/山东省民用建筑节能条例(2020-07-24).md	55	经济法/节约能源法(2018-10-26).md	74	amount	added	一千元	-	fine on individuals	reader-A`
 * → one judgement of that pair, reader-A: [{ kind: 'amount', verdict: 'added', lower: '一千元', upper: undefined }].
 */
import type { ProvisionChange } from './change-types.ts';
import { readOrdinal } from './evaluate-alignment.ts';
import { QUANTITY_KINDS, readQuantities } from './read-quantities.ts';

/** What a reader may name. */
export const READ_KINDS = [...QUANTITY_KINDS, 'scope'] as const;
export type ReadKind = (typeof READ_KINDS)[number];
const VERDICTS = ['stricter', 'looser', 'same', 'added', 'dropped', 'unclear'] as const;
export type ReadChangeVerdict = (typeof VERDICTS)[number];

/** One comparison as a reader wrote it. */
export interface ReadComparison {
  kind: ReadKind;
  verdict: ReadChangeVerdict;
  /** What each side says, as written; undefined where the reader wrote `-`. */
  lower?: string;
  upper?: string;
}

/** One pair as read: each reader's comparisons (first reader first); `none` lines leave a reader's list empty. */
export interface ChangeJudgement {
  lowerFile: string;
  lowerArticle: number;
  upperFile: string;
  upperArticle: number;
  readers: { reader: string; comparisons: ReadComparison[] }[];
}

/** Parses the reading; `#` lines are comments; a malformed line is an error naming the file and line. */
export function parseChangeReading(tsv: string, source = 'change reading'): ChangeJudgement[] {
  const byPair = new Map<string, ChangeJudgement>();
  tsv.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const at = `${source}:${index + 1}`;
    const [lowerFile, lower, upperFile, upper, kind, verdict, lowerQ, upperQ, , reader] = text.split('\t');
    const lowerArticle = readOrdinal(lower ?? '');
    const upperArticle = readOrdinal(upper ?? '');
    if (!lowerFile || !upperFile || lowerArticle === undefined || upperArticle === undefined)
      throw new Error(`${at}: cannot read the two articles`);
    if (!reader) throw new Error(`${at}: the tenth column must name the reader`);
    const key = `${lowerFile}#${lowerArticle}|${upperFile}#${upperArticle}`;
    const judgement = byPair.get(key) ?? { lowerFile, lowerArticle, upperFile, upperArticle, readers: [] };
    byPair.set(key, judgement);
    let entry = judgement.readers.find((r) => r.reader === reader);
    if (!entry) judgement.readers.push((entry = { reader, comparisons: [] }));
    if (kind === 'none') return;
    if (!READ_KINDS.includes(kind as ReadKind))
      throw new Error(`${at}: kind must be none or one of ${READ_KINDS.join(', ')}, not "${kind ?? ''}"`);
    if (!VERDICTS.includes(verdict as ReadChangeVerdict))
      throw new Error(`${at}: verdict must be one of ${VERDICTS.join(', ')}, not "${verdict ?? ''}"`);
    const side = (q: string | undefined) => (q && q !== '-' ? q : undefined);
    entry.comparisons.push({
      kind: kind as ReadKind,
      verdict: verdict as ReadChangeVerdict,
      ...(side(lowerQ) ? { lower: side(lowerQ) } : {}),
      ...(side(upperQ) ? { upper: side(upperQ) } : {}),
    });
  });
  return [...byPair.values()];
}

/** Counts of one kind (or of all): comparisons made and right, the first reader's and those found. */
export interface ChangeCounts {
  claimed: number;
  right: number;
  read: number;
  found: number;
}

/** The score overall, by kind, and how often two readers wrote the same comparison. */
export interface ChangeScore {
  pairs: number;
  all: ChangeCounts;
  /** Only changes: verdicts other than `same`. */
  changes: ChangeCounts;
  byKind: Record<string, ChangeCounts>;
  /** Lines of both readers on pairs read twice, and of those, the lines the other reader wrote too. */
  readTwice: number;
  readersAgree: number;
}

/** True when `change` is the comparison `read`: same kind and verdict, each side's text overlapping its span. */
export function matchesReading(change: ProvisionChange, read: ReadComparison): boolean {
  const within = (span: { text: string } | undefined, q: string | undefined) => {
    if (q === undefined || span === undefined) return q === span;
    // A number is the same number (十万元 is not the 十万元 inside 五十万元); a name or an unread number overlaps.
    const [read, made] = [readQuantities(q)[0], readQuantities(span.text)[0]];
    if (read && made) return read.value === made.value;
    return span.text.includes(q) || q.includes(span.text);
  };
  return (
    change.kind === read.kind &&
    change.verdict === read.verdict &&
    within(change.lower, read.lower) &&
    within(change.upper, read.upper)
  );
}

const same = (x: ReadComparison, y: ReadComparison) =>
  x.kind === y.kind && x.verdict === y.verdict && x.lower === y.lower && x.upper === y.upper;

/** Pairs each of `xs` with at most one of `ys` (first fit, in order); returns how many were paired. */
function pairOff<X, Y>(xs: readonly X[], ys: readonly Y[], fits: (x: X, y: Y) => boolean): number {
  const used = new Set<number>();
  let paired = 0;
  for (const x of xs) {
    const at = ys.findIndex((y, i) => !used.has(i) && fits(x, y));
    if (at >= 0) {
      used.add(at);
      paired++;
    }
  }
  return paired;
}

/** Scores `changesOf` (the comparison of a pair's two articles), its changes of `kinds` only, on the judgements. */
export function scoreChangeReading(
  judgements: readonly ChangeJudgement[],
  changesOf: (judgement: ChangeJudgement) => readonly ProvisionChange[],
  kinds: readonly string[] = QUANTITY_KINDS,
): ChangeScore {
  const counts = (): ChangeCounts => ({ claimed: 0, right: 0, read: 0, found: 0 });
  const score: ChangeScore = {
    pairs: 0,
    all: counts(),
    changes: counts(),
    byKind: {},
    readTwice: 0,
    readersAgree: 0,
  };
  const add = (key: keyof ChangeCounts, kind: string, verdict: string, n: number) => {
    score.all[key] += n;
    if (verdict !== 'same') score.changes[key] += n;
    score.byKind[kind] ??= counts();
    score.byKind[kind]![key] += n;
  };
  for (const judgement of judgements) {
    score.pairs++;
    const made = changesOf(judgement).filter((c) => kinds.includes(c.kind));
    const [first, second] = judgement.readers;
    const firstRead = (first?.comparisons ?? []).filter((r) => r.verdict !== 'unclear');
    // Right: a comparison some reader of the pair made; each reader line used once.
    const usedLines = judgement.readers.map(() => new Set<number>());
    for (const change of made) {
      let given = false;
      judgement.readers.forEach((r, k) => {
        if (given) return;
        const at = r.comparisons.findIndex((read, i) => !usedLines[k]!.has(i) && matchesReading(change, read));
        if (at >= 0) {
          usedLines[k]!.add(at);
          given = true;
        }
      });
      add('claimed', change.kind, change.verdict, 1);
      add('right', change.kind, change.verdict, given ? 1 : 0);
    }
    const used = new Set<number>();
    for (const read of firstRead) {
      add('read', read.kind, read.verdict, 1);
      const at = made.findIndex((c, i) => !used.has(i) && matchesReading(c, read));
      if (at >= 0) used.add(at);
      add('found', read.kind, read.verdict, at >= 0 ? 1 : 0);
    }
    // Agreement counts the lines of both readers: each line the other wrote too, over all of theirs.
    if (second) {
      score.readTwice += first!.comparisons.length + second.comparisons.length;
      score.readersAgree += 2 * pairOff(first!.comparisons, second.comparisons, same);
    }
  }
  return score;
}

/**
 * Scores the obligation comparison against a blind reading (test/data/changes-obligation/): per labelled pair, the
 * verdict each reader gave the clause the two articles share. A change claimed (stricter, looser, added, dropped) is
 * right when a reader gave it; a reader's change is found when the comparison gives the first reader's verdict.
 * Example line: `DLC/…/北京市促进科技成果转化条例(2019-11-27).md	6	行政法/促进科技成果转化法(2015-08-29).md	5	dropped	-	应当	L 本市营造… / U 国务院…应当…	reader-A`
 * → { lowerFile: 'DLC/…', lowerArticle: 6, upperFile: '行政法/…', upperArticle: 5, verdicts: ['dropped'] }.
 */
import type { ChangeVerdict } from './change-types.ts';
import { readOrdinal } from './evaluate-alignment.ts';

/** What a reader may say of a shared clause: a verdict, or none when the articles share only a topic. */
export type ReadVerdict = ChangeVerdict | 'none';

/** One pair as read, with the verdict of each reader who read it (first reader first). */
export interface ObligationJudgement {
  lowerFile: string;
  lowerArticle: number;
  upperFile: string;
  upperArticle: number;
  verdicts: ReadVerdict[];
}

const VERDICTS: readonly string[] = ['stricter', 'looser', 'same', 'added', 'dropped', 'none'];

/** Parses the reading; `#` lines are comments; a malformed line is an error naming the file and line. */
export function parseObligationReading(tsv: string, source = 'obligation reading'): ObligationJudgement[] {
  const byPair = new Map<string, ObligationJudgement>();
  tsv.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const [lowerFile, lower, upperFile, upper, verdict] = text.split('\t');
    const lowerArticle = readOrdinal(lower ?? '');
    const upperArticle = readOrdinal(upper ?? '');
    if (!lowerFile || !upperFile || lowerArticle === undefined || upperArticle === undefined)
      throw new Error(`${source}:${index + 1}: cannot read the two articles`);
    if (!verdict || !VERDICTS.includes(verdict))
      throw new Error(`${source}:${index + 1}: verdict must be one of ${VERDICTS.join(', ')}, not "${verdict ?? ''}"`);
    const key = `${lowerFile}#${lowerArticle}|${upperFile}#${upperArticle}`;
    const judgement = byPair.get(key) ?? { lowerFile, lowerArticle, upperFile, upperArticle, verdicts: [] };
    judgement.verdicts.push(verdict as ReadVerdict);
    byPair.set(key, judgement);
  });
  return [...byPair.values()];
}

/** Precision of the changes claimed, recall of the readers' changes, and how often two readers agreed. */
export interface ObligationScore {
  pairs: number;
  claimed: number;
  right: number;
  readerChanges: number;
  found: number;
  readTwice: number;
  readersAgree: number;
  /** Pairs whose verdict is the first reader's, no change (same, none, nothing to compare) counting as one verdict. */
  verdictsAgree: number;
}

const isChange = (v: ReadVerdict | undefined) => v !== undefined && v !== 'same' && v !== 'none';

/** Scores `verdictOf` (undefined: nothing to compare, no change claimed) on the judgements. */
export function scoreObligationReading(
  judgements: readonly ObligationJudgement[],
  verdictOf: (judgement: ObligationJudgement) => ChangeVerdict | undefined,
): ObligationScore {
  const score: ObligationScore = {
    pairs: 0,
    claimed: 0,
    right: 0,
    readerChanges: 0,
    found: 0,
    readTwice: 0,
    readersAgree: 0,
    verdictsAgree: 0,
  };
  for (const judgement of judgements) {
    const verdict = verdictOf(judgement);
    const [first, second] = judgement.verdicts;
    score.pairs++;
    if (isChange(verdict)) {
      score.claimed++;
      if (judgement.verdicts.includes(verdict!)) score.right++;
    }
    if (isChange(first)) {
      score.readerChanges++;
      if (verdict === first) score.found++;
    }
    if (isChange(verdict) ? verdict === first : !isChange(first)) score.verdictsAgree++;
    if (second !== undefined) {
      score.readTwice++;
      if (second === first) score.readersAgree++;
    }
  }
  return score;
}

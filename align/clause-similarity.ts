/**
 * How alike two clauses are: the Dice coefficient of their character bigrams, folded, punctuation and spaces left out.
 * The obligation comparison takes the most alike clause pair as the duty two articles share; the quantity comparison
 * pairs each number with the one whose sentence is most alike.
 * Example: clauseDice(clauseBigrams('对单位处罚款'), clauseBigrams('对个人处罚款')) → 0.4 (处罚, 罚款 of five each).
 */
import { bigramSimilarity } from '../text/index.ts';
import { foldText, isContentChar } from './fold-text.ts';

/** Clauses less alike than this share nothing: the articles share a topic only. */
export const MIN_CLAUSE_DICE = 0.1;

/** The bigrams of a clause's content characters, folded (punctuation and spaces left out). */
export function clauseBigrams(text: string): Set<string> {
  const chars = [...foldText(text)].filter(isContentChar);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Dice of two bigram sets; two clauses without a content bigram (punctuation only) share nothing. */
export const clauseDice = (a: Set<string>, b: Set<string>): number =>
  a.size + b.size === 0 ? 0 : bigramSimilarity(a, b);

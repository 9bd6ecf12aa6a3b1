/**
 * The TF-IDF cosine a pair's score uses: mostly the whole articles', partly the best of the lower article against
 * each paragraph of the upper one. An upper article often sets several rules, one per paragraph (the 2015 law's
 * art. 17: how institutes transfer results; then how they organise transfer work), and a lower article that carries
 * one of them shares few words with the others, which dilute the whole-article cosine.
 * Example: an upper of one paragraph → pairCosine = cosine; of two, with cosines 0.1 (whole) and 0.3 (second
 * paragraph) → 0.7 × 0.1 + 0.3 × 0.3 = 0.16.
 */
import { cosine, vectorCosine, type PreparedArticle } from './prepare-articles.ts';

/**
 * Share of the best upper paragraph in the cosine. Chosen on the labelled real pairs (docs/alignment.md): any share
 * from 0.2 to 0.4 ranks better than none on three of the four sets and the same on the fourth.
 */
export const PARAGRAPH_SHARE = 0.3;

/** Blends the whole-article cosine with the best paragraph cosine (`best`: that cosine, 0 when there is none). */
export function blendParagraphCosine(whole: number, best: number, upperParagraphs: number): number {
  return upperParagraphs < 2 ? whole : (1 - PARAGRAPH_SHARE) * whole + PARAGRAPH_SHARE * best;
}

/** The cosine of the pair as the score uses it. */
export function pairCosine(lower: PreparedArticle, upper: PreparedArticle): number {
  let best = 0;
  for (const paragraph of upper.paragraphVectors) best = Math.max(best, vectorCosine(lower.vector, paragraph));
  return blendParagraphCosine(cosine(lower, upper), best, upper.paragraphVectors.length);
}

/**
 * The Dice coefficient of two sets of character bigrams: how much two short texts share, whatever the order of their
 * parts. Two empty sets are alike (1). Example: bigramSimilarity(new Set(['科技', '技创']), new Set(['科技'])) → 0.667.
 */
export function bigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

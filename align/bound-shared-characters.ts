/**
 * Upper bound on the weight that any one-to-one pairing of equal characters between two texts can match, on each
 * side: for each character found nA times in A and nB times in B, at most min(nA, nB) pairs join two of them, so
 * the sum of its min(nA, nB) largest weights on each side. Positions masked (negative in `maskA`/`maskB`, as
 * smith-waterman.ts masks found alignments) match nothing and are left out.
 * Example: boundSharedCharacters(side('发展发', [1, 1, 0.5]), side('发', [0.75])) → { a: 1, b: 0.75 }.
 */

/** A text's characters with their weights, and its positions sorted by code, then weight (largest first). */
export interface CharSide {
  codes: Int32Array;
  weights: Float32Array;
  charOrder: Int32Array;
}

/** Largest weight A and B can contribute to a pairing of equal characters. */
export interface SharedBound {
  a: number;
  b: number;
}

/** Positions of `codes` sorted by code, then by weight, largest first (what CharSide.charOrder holds). */
export function sortCharPositions(codes: Int32Array, weights: Float32Array): Int32Array {
  const order = Array.from({ length: codes.length }, (_, i) => i);
  order.sort((x, y) => codes[x]! - codes[y]! || weights[y]! - weights[x]! || x - y);
  return Int32Array.from(order);
}

/** The bound for texts `a` and `b`, leaving out masked positions. */
export function boundSharedCharacters(a: CharSide, b: CharSide, maskA?: Int32Array, maskB?: Int32Array): SharedBound {
  const oa = a.charOrder;
  const ob = b.charOrder;
  let i = 0;
  let j = 0;
  let sumA = 0;
  let sumB = 0;
  while (i < oa.length && j < ob.length) {
    const ca = a.codes[oa[i]!]!;
    const cb = b.codes[ob[j]!]!;
    if (ca < cb) {
      i++;
      continue;
    }
    if (cb < ca) {
      j++;
      continue;
    }
    // Both runs of this code are sorted by weight, largest first: pair off their unmasked positions in order.
    let ea = i;
    while (ea < oa.length && a.codes[oa[ea]!] === ca) ea++;
    let eb = j;
    while (eb < ob.length && b.codes[ob[eb]!] === ca) eb++;
    while (i < ea && j < eb) {
      const pa = oa[i]!;
      const pb = ob[j]!;
      if (maskA && maskA[pa]! < 0) {
        i++;
        continue;
      }
      if (maskB && maskB[pb]! < 0) {
        j++;
        continue;
      }
      sumA += a.weights[pa]!;
      sumB += b.weights[pb]!;
      i++;
      j++;
    }
    i = ea;
    j = eb;
  }
  return { a: sumA, b: sumB };
}

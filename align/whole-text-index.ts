/**
 * The bigram bags of every document's whole text, kept with the graph, for likelyParents: shortlisting a document's
 * likely parents compares its whole text with that of every document above it, and on lawrefbook tokenizing those
 * 1,500 statutes again took about 9 s a request. With the bags kept, a request only weighs them: the cosines, and so
 * the shortlist, are those bigramVectors gives over the same texts (same idf over the lower and upper texts, same
 * order of summing), bit for bit.
 * Example: const wholeTexts = createWholeTextIndex(docs); nearestByWholeText(wholeTexts, liuzhou, uppers, 12) → the
 * 12 uppers nearest Liuzhou's measures, nearest first.
 */
import type { AlignDocument } from './align-types.ts';
import { wholeTextOf } from './nearest-documents.ts';
import { bigramBag, IDF_FLOOR } from './prepare-articles.ts';
import { runSteps, runStepsAsync } from './run-steps.ts';

/** One text's bigrams (ids), in order of first occurrence, with their counts as bigramBag gives them. */
interface IdBag {
  grams: Int32Array;
  counts: Float64Array;
  counted: Float64Array;
}

/** Every document's whole-text bag, by file. */
export interface WholeTextIndex {
  byFile: Map<string, number>;
  gramIds: Map<string, number>;
  bags: IdBag[];
}

const bagSource = (doc: AlignDocument) => ({ docKey: doc.file, heading: doc.title, text: wholeTextOf(doc) });

function toIdBag(bag: ReadonlyMap<string, { count: number; counted: number }>, idOf: (gram: string) => number): IdBag {
  const out = {
    grams: new Int32Array(bag.size),
    counts: new Float64Array(bag.size),
    counted: new Float64Array(bag.size),
  };
  let k = 0;
  for (const [gram, { count, counted }] of bag) {
    out.grams[k] = idOf(gram);
    out.counts[k] = count;
    out.counted[k++] = counted;
  }
  return out;
}

function* indexSteps(docs: readonly AlignDocument[], perStep: number): Generator<void, WholeTextIndex> {
  const gramIds = new Map<string, number>();
  const idOf = (gram: string) => {
    let id = gramIds.get(gram);
    if (id === undefined) gramIds.set(gram, (id = gramIds.size));
    return id;
  };
  const bags: IdBag[] = [];
  for (const doc of docs) {
    bags.push(toIdBag(bigramBag(bagSource(doc)), idOf));
    if (bags.length % perStep === 0) yield;
  }
  return { byFile: new Map(docs.map((d, i) => [d.file, i])), gramIds, bags };
}

/** Bags every document's whole text. */
export function createWholeTextIndex(docs: readonly AlignDocument[]): WholeTextIndex {
  return runSteps(indexSteps(docs, Number.POSITIVE_INFINITY));
}

/** createWholeTextIndex in steps of `perStep` documents, awaiting `pause` between them (a server keeps answering). */
export function createWholeTextIndexAsync(
  docs: readonly AlignDocument[],
  pause?: () => Promise<void>,
  perStep = 50,
): Promise<WholeTextIndex> {
  return runStepsAsync(indexSteps(docs, perStep), pause);
}

/**
 * The `limit` uppers nearest `lower` by the cosine of whole texts (log tf × idf over `lower` and `uppers`, as
 * bigramVectors weighs them), nearest first, ties in the order given. `lower` is bagged as given (its citations may be
 * hidden); each upper's bag comes from the index, which must hold it.
 */
export function nearestByWholeText(
  index: WholeTextIndex,
  lower: AlignDocument,
  uppers: readonly AlignDocument[],
  limit: number,
): AlignDocument[] {
  return wholeTextNearness(
    index,
    lower,
  )(uppers)
    .slice(0, limit)
    .map((x) => x.doc);
}

/**
 * Bags `lower` once and returns what weighs any list of uppers against it: each upper with its whole-text cosine
 * (idf over `lower` and that list), nearest first, ties in the order given (nearestByWholeText).
 */
export function wholeTextNearness(
  index: WholeTextIndex,
  lower: AlignDocument,
): (uppers: readonly AlignDocument[]) => { doc: AlignDocument; score: number }[] {
  const extra = new Map<string, number>();
  const own = toIdBag(bigramBag(bagSource(lower)), (gram) => {
    const id = index.gramIds.get(gram);
    if (id !== undefined) return id;
    if (!extra.has(gram)) extra.set(gram, index.gramIds.size + extra.size);
    return extra.get(gram)!;
  });
  const size = index.gramIds.size + extra.size;
  return (uppers) => {
    const bags = [
      own,
      ...uppers.map((u) => {
        const at = index.byFile.get(u.file);
        if (at === undefined) throw new Error(`no whole-text bag of ${u.file}`);
        return index.bags[at]!;
      }),
    ];
    const df = new Int32Array(size);
    for (const bag of bags) for (const id of bag.grams) df[id]!++;
    const n = bags.length;
    // Weights of one bag, scaled to length 1, in its order (bigramVectors' weigh, term frequency 1 + ln count).
    const unitWeights = (bag: IdBag) => {
      const w = new Float64Array(bag.grams.length);
      let norm = 0;
      for (let k = 0; k < w.length; k++) {
        const count = bag.counts[k]!;
        const tf = 1 + Math.log(count);
        w[k] = (bag.counted[k]! / count) * tf * (Math.log((1 + n) / (1 + df[bag.grams[k]!]!)) + IDF_FLOOR);
        norm += w[k]! * w[k]!;
      }
      norm = Math.sqrt(norm);
      if (norm !== 0) for (let k = 0; k < w.length; k++) w[k] = w[k]! / norm;
      return w;
    };
    const lowerWeights = unitWeights(own);
    const lowerAt = new Float64Array(size);
    const inLower = new Uint8Array(size);
    own.grams.forEach((id, k) => {
      lowerAt[id] = lowerWeights[k]!;
      inLower[id] = 1;
    });
    const upperAt = new Float64Array(size);
    const inUpper = new Int32Array(size);
    const scored = uppers.map((doc, i) => {
      const bag = bags[i + 1]!;
      const w = unitWeights(bag);
      let dot = 0;
      // vectorCosine sums over the smaller vector (the lower one when sizes tie), in its order.
      if (own.grams.length <= bag.grams.length) {
        bag.grams.forEach((id, k) => {
          upperAt[id] = w[k]!;
          inUpper[id] = i + 1;
        });
        own.grams.forEach((id, k) => {
          if (inUpper[id] === i + 1) dot += lowerWeights[k]! * upperAt[id]!;
        });
      } else
        bag.grams.forEach((id, k) => {
          if (inLower[id]) dot += w[k]! * lowerAt[id]!;
        });
      return { doc, score: Math.min(1, dot) };
    });
    return scored.sort((x, y) => y.score - x.score);
  };
}

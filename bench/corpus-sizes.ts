/**
 * The benchmark's corpus sizes: small 100 documents, medium 2,000 (about 50,000 articles), large 20,000 (about 500,000).
 */
import type { CorpusSize } from './corpus-types.ts';

/** Number of documents and the article-count range per document of one size. */
export interface CorpusSpec {
  size: CorpusSize | 'custom';
  documents: number;
  minArticles: number;
  maxArticles: number;
  seed: number;
}

/** The default seed: changing it changes every generated text. */
export const DEFAULT_SEED = 20260526;

/** Specs by size; articles average 25 per document. */
export const CORPUS_SIZES: Record<CorpusSize, CorpusSpec> = {
  small: { size: 'small', documents: 100, minArticles: 10, maxArticles: 40, seed: DEFAULT_SEED },
  medium: { size: 'medium', documents: 2_000, minArticles: 10, maxArticles: 40, seed: DEFAULT_SEED },
  large: { size: 'large', documents: 20_000, minArticles: 10, maxArticles: 40, seed: DEFAULT_SEED },
};

/** Share of documents per tier, top down. */
export const TIER_SHARES = { national: 0.04, provincial: 0.16, municipal: 0.4, county: 0.4 } as const;

/** Reads a size name, or throws a coded error. */
export function parseCorpusSize(value: string): CorpusSize {
  if (value === 'small' || value === 'medium' || value === 'large') return value;
  throw Object.assign(new Error(`unknown corpus size "${value}" (small, medium, large)`), { code: 'BENCH_BAD_SIZE' });
}

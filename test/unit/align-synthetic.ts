/**
 * A small seeded generator of synthetic articles for the alignment benchmark tests: upper articles built from a
 * shared phrase pool (with stock phrases in most of them, some outline-only), lower articles derived from a random
 * upper (sentences reused, edited, dropped, new ones added) or unrelated. Same seed, same articles.
 */
import type { ArticleSource } from '../../align/prepare-articles.ts';

/** Mulberry32: a tiny deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOCK = ['为贯彻落实', '高质量发展', '各县区人民政府', '牵头单位', '配合单位', '财政资金补助', '结合实际'];

/** Synthetic lower and upper articles; `related` share of the lower ones derive from an upper. */
export function syntheticArticles(options: {
  lower: number;
  upper: number;
  seed: number;
  related?: number;
  upperDocs?: number;
  lowerDocs?: number;
}) {
  const random = seededRandom(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  // Zipf-like character use over 2,500 CJK characters, phrases of 2–5 characters.
  const char = () => String.fromCharCode(0x4e00 + Math.floor(2500 * random() ** 2.2));
  const phrases = Array.from({ length: 6000 }, () => Array.from({ length: 2 + int(4) }, char).join(''));
  const phrase = () => phrases[Math.floor(phrases.length * random() ** 1.5)]!;
  const sentence = () => {
    const parts = Array.from({ length: 4 + int(6) }, phrase);
    if (random() < 0.5) parts.splice(int(parts.length), 0, STOCK[int(STOCK.length)]!);
    return `${parts.join('')}。`;
  };
  const heading = () => Array.from({ length: 2 + int(3) }, phrase).join('');
  const upperDocs = options.upperDocs ?? Math.max(1, Math.round(options.upper / 20));
  const lowerDocs = options.lowerDocs ?? Math.max(1, Math.round(options.lower / 20));
  const upperArticles: ArticleSource[] = Array.from({ length: options.upper }, (_, i) => ({
    docKey: `u${i % upperDocs}`,
    heading: heading(),
    text: random() < 0.3 ? '' : Array.from({ length: 1 + int(4) }, sentence).join(''),
  }));
  const edit = (s: string) => [...s].map((ch) => (random() < 0.15 ? char() : ch)).join('');
  const lowerArticles: ArticleSource[] = Array.from({ length: options.lower }, (_, i) => {
    const docKey = `l${i % lowerDocs}`;
    if (random() >= (options.related ?? 0.8))
      return { docKey, heading: heading(), text: Array.from({ length: 1 + int(3) }, sentence).join('') };
    const source = upperArticles[int(upperArticles.length)]!;
    const sentences = source.text
      .split('。')
      .filter(Boolean)
      .map((s) => `${s}。`);
    const kept = sentences.filter(() => random() < 0.8).map((s) => (random() < 0.5 ? s : edit(s)));
    if (random() < 0.6) kept.push(sentence());
    return { docKey, heading: random() < 0.5 ? source.heading : edit(source.heading), text: kept.join('') };
  });
  return { lowerArticles, upperArticles };
}

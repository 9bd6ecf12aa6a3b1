/**
 * Rewrites policy vocabulary to one canonical form before alignment (align/data/policy-synonyms.tsv, a reviewed
 * table): 研发机构 → 研究开发机构, 本市 → 国家, 科学技术工作者 → 科技人员. Works on folded content characters and
 * keeps, for every output character, the index of the input character it comes from, so evidence offsets still
 * point into the original text. Example: normalizeVocabulary('本市研发机构') → { text: '国家研究开发机构',
 * from: [0, 1, 2, 2, 3, 3, 4, 5], … } (a longer replacement repeats source indices; spanStart/spanEnd give the
 * source range of the word each character belongs to).
 */
import { readFileSync } from 'node:fs';

/** One row of the table. */
export interface VocabularyEntry {
  variant: string;
  canonical: string;
}

/** Reads the table (variant, canonical, why; `#` comments); a malformed row is an error naming its line. */
export function parseVocabulary(tsv: string, source = 'policy-synonyms.tsv'): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [variant, canonical] = line.split('\t');
    if (!variant || !canonical) throw new Error(`${source}:${i + 1}: a row is variant<TAB>canonical<TAB>why`);
    entries.push({ variant, canonical });
  });
  return entries.sort((x, y) => y.variant.length - x.variant.length);
}

/** The reviewed table shipped with the engine. */
export const DEFAULT_VOCABULARY: readonly VocabularyEntry[] = parseVocabulary(
  readFileSync(new URL('./data/policy-synonyms.tsv', import.meta.url), 'utf8'),
);

const indexes = new WeakMap<readonly VocabularyEntry[], Map<string, VocabularyEntry[]>>();

/** Canonical text and, per output character, its source index; longest variant first, left to right. */
export function normalizeVocabulary(
  text: string,
  vocabulary: readonly VocabularyEntry[] = DEFAULT_VOCABULARY,
): { text: string; from: number[]; spanStart: number[]; spanEnd: number[] } {
  let byFirst = indexes.get(vocabulary);
  if (!byFirst) {
    byFirst = new Map();
    for (const e of vocabulary) byFirst.set(e.variant[0]!, [...(byFirst.get(e.variant[0]!) ?? []), e]);
    indexes.set(vocabulary, byFirst);
  }
  // Characters joined once at the end: a string grown by += is a rope of one node per character (about 30 bytes
  // each) until something flattens it, and the articles of a large corpus are all held at once (prepare-articles.ts).
  const out: string[] = [];
  const from: number[] = [];
  const spanStart: number[] = [];
  const spanEnd: number[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = byFirst.get(text[i]!)?.find((e) => text.startsWith(e.variant, i));
    if (!hit) {
      out.push(text[i]!);
      from.push(i);
      spanStart.push(i);
      spanEnd.push(i);
      i++;
      continue;
    }
    const { variant, canonical } = hit;
    for (let k = 0; k < canonical.length; k++) {
      out.push(canonical[k]!);
      from.push(i + Math.min(variant.length - 1, Math.floor((k * variant.length) / canonical.length)));
      spanStart.push(i);
      spanEnd.push(i + variant.length - 1);
    }
    i += variant.length;
  }
  return { text: out.join(''), from, spanStart, spanEnd };
}

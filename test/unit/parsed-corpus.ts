/**
 * The whole bundled corpus (corpus/*.txt and corpus/laws/) read by the real parser, file names relative to corpus/,
 * for the tests of what the engine does across documents (places, sources, likely parents).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AlignDocument } from '../../align/index.ts';
import { parsePolicyText } from '../../import/index.ts';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** Every bundled document, parsed. */
export function parsedCorpus(): AlignDocument[] {
  return [
    ...readdirSync(corpus).filter((f) => f.endsWith('.txt')),
    ...readdirSync(`${corpus}laws`).map((f) => `laws/${f}`),
  ].map((file) => parsePolicyText(readFileSync(corpus + file, 'utf8'), { file }));
}

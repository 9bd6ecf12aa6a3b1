/**
 * Makes sure bench/out/<size>/ holds the corpus of the current generator and seed: reuses it when corpus.json
 * matches, regenerates it otherwise.
 * Example: await ensureCorpus(CORPUS_SIZES.medium, 'bench/out/medium') → { summary, reused: true, seconds: 0 }.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusSpec } from './corpus-sizes.ts';
import { writeCorpus, type CorpusSummary } from './write-corpus.ts';

/** Version of the generator's output; bump when generated texts change so stale folders are regenerated. */
export const GENERATOR_VERSION = 4;

/** Returns the corpus summary, generating the folder when needed. */
export async function ensureCorpus(
  spec: CorpusSpec,
  folder: string,
): Promise<{ summary: CorpusSummary; reused: boolean; seconds: number }> {
  const existing = await readFile(join(folder, 'corpus.json'), 'utf8').then(
    (t) => JSON.parse(t) as CorpusSummary & { generatorVersion?: number },
    () => undefined,
  );
  if (
    existing &&
    existing.seed === spec.seed &&
    existing.documents === spec.documents &&
    existing.generatorVersion === GENERATOR_VERSION
  ) {
    return { summary: existing, reused: true, seconds: 0 };
  }
  const t = performance.now();
  const summary = await writeCorpus(spec, folder, GENERATOR_VERSION);
  return { summary, reused: false, seconds: Math.round((performance.now() - t) / 100) / 10 };
}

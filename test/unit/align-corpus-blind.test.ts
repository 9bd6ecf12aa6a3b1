/**
 * The bundled documents read blind (test/data/alignment-corpus-blind.tsv): mostly headings, so most counterparts are
 * the same subject in other words. The engine must not fall below the bag of bigrams there (docs/alignment.md, "The
 * bundled documents read blind"). Engine 1.7 lost one pair here, weighing Guangxi with its peer the MOST plan (both
 * under the State Council's opinions); weighed over its own document and uppers (1.8) it is found again.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateSuite } from '../../cli/commands/eval-align.ts';
import { PROJECT_ROOT } from '../../cli/project-root.ts';

describe('the bundled documents read blind', () => {
  test('the engine is above TF-IDF at rank 1 and not below it on recall@3', async () => {
    const result = await evaluateSuite(
      {
        kind: 'labels',
        labels: join(PROJECT_ROOT, 'test/data/alignment-corpus-blind.tsv'),
        docs: join(PROJECT_ROOT, 'corpus'),
      },
      () => {},
    );
    const engine = result.evaluations.engine;
    const tfidf = result.evaluations['tfidf-bigrams'];
    expect(engine.outcomes).toHaveLength(48);
    expect(engine.precisionAt1).toBeGreaterThan(tfidf.precisionAt1);
    expect(engine.recallAt3).toBeGreaterThanOrEqual(tfidf.recallAt3);
    // A booster is no subject: 加快传统产业转型升级 finds 做大做强特色主导产业 first, though both say little else.
    const upgrading = engine.outcomes.find(
      (o) => o.label.lowerFile.startsWith('liuzhou') && o.label.lowerArticle === 8,
    );
    expect([upgrading?.label.upperArticle, upgrading?.rank]).toEqual([11, 1]);
  }, 60_000);
});

import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';

/**
 * Runs test/support/prepare-many-articles.mjs in a thread whose heap is capped, and resolves with what it posts, or
 * the error that stopped it.
 */
function prepareInCappedThread(articles: number, length: number, heapMb: number): Promise<number | Error> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../support/prepare-many-articles.mjs', import.meta.url), {
      workerData: { articles, length },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      execArgv: [],
    });
    worker.once('message', (n: number) => resolve(n));
    worker.once('error', (error) => resolve(error));
  });
}

describe('preparing every article of a large graph at once', () => {
  // An alignment worker tokenizes every article of the graph before it learns the weights. Each article's content
  // was grown one character at a time with +=, a rope of about 30 bytes a character until first read: on the large
  // benchmark corpus (499,002 articles) that held over 3 GB at once and a worker died under Node's default heap.
  // Here 40,000 articles of 300 characters: the ropes did not fit in 512 MB of heap; flat, they fit in 224 MB.
  test('40,000 articles of 300 characters are tokenized within a heap of 320 MB', async () => {
    const outcome = await prepareInCappedThread(40_000, 300, 320);
    expect(outcome instanceof Error ? outcome.message : outcome).toBe(285);
  }, 120_000);
});

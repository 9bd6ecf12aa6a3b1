// Worker entry for test/unit/prepare-articles-memory.test.ts: learns the term weights of `workerData.articles`
// generated articles (createArticlePreparer tokenizes all of them at once, as an alignment worker does over a whole
// graph), prepares one, and posts how many characters it has. Loads the TypeScript through tsx, as the alignment
// worker does (import/run/align-worker.mjs).
import { workerData, parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createArticlePreparer } = await import('../../align/prepare-articles.ts');
const { articles, length } = workerData;
// Deterministic text over 3,000 common characters, a clause mark every 20: every article differs from the others.
// Built by join, so that the sources are flat strings, as texts read from the graph or files are.
const sources = Array.from({ length: articles }, (_, a) => {
  const chars = Array.from({ length }, (_, k) =>
    k % 20 === 19 ? '，' : String.fromCharCode(0x4e00 + ((a * 7919 + k * 104_729) % 3000)),
  );
  return { docKey: `doc${a % 500}`, heading: '', text: chars.join('') };
});
const prepare = createArticlePreparer(sources);
parentPort.postMessage(prepare(articles - 1).codes.length);

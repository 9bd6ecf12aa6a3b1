/**
 * Child-process entry of the memory and fault measures: imports the given paths into the given Neo4j and prints
 * one line `BENCH_CHILD_RESULT {json}` with its time and peak resident memory (process.resourceUsage().maxRSS).
 * Example: node --import tsx bench/import-child.ts '{"uri":"bolt://127.0.0.1:40001","password":"…","database":"neo4j","paths":["bench/out/medium"]}'
 */
import { readFileSync } from 'node:fs';
import { openGraph } from '../graph/index.ts';
import { importCorpus } from './import-corpus.ts';

// `@file`: the spec in a file (thousands of paths exceed the kernel's limit on one argument, 128 KB).
const arg = process.argv[2] ?? '{}';
const spec = JSON.parse(arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8') : arg) as {
  uri: string;
  password: string;
  database: string;
  paths: string[];
};
const graph = openGraph({ uri: spec.uri, username: 'neo4j', password: spec.password, database: spec.database });
const started = performance.now();
try {
  const totals = await importCorpus(spec.paths, graph);
  // Refusals by code (every one, for a real corpus), the first ten in full, and what the version step did.
  const byCode: Record<string, number> = {};
  for (const f of totals.failed) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const summary = {
    documents: totals.documents,
    articles: totals.articles,
    failed: totals.failed.length,
    failedByCode: byCode,
    failures: totals.failed.slice(0, 500),
    versions: (totals as { versions?: unknown }).versions,
  };
  const result = {
    ok: true,
    seconds: (performance.now() - started) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    summary,
  };
  process.stdout.write(`BENCH_CHILD_RESULT ${JSON.stringify(result)}\n`);
} catch (error) {
  const code = (error as { code?: string }).code;
  const result = {
    ok: false,
    code,
    message: error instanceof Error ? error.message : String(error),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`BENCH_CHILD_RESULT ${JSON.stringify(result)}\n`);
  process.exitCode = 1;
} finally {
  await graph.close();
}

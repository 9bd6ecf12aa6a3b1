// Every field of a real file that the parser reads as its hand-written truth says stays read so: the list of
// right fields (test/data/parse-truth-right.tsv: column, file, field) is what `policygraph eval-parse` found right
// when it was last written, and a change that makes one of them wrong fails here with the values. Fields the parser
// newly gets right are printed, not failed; after reading them, write the list again:
//   UPDATE_PARSE_RIGHT=1 npx vitest run --project unit test/unit/parse-truth-kept.test.ts
// (eval-parse per field and column is the measure; this is its guard against regressions between sessions.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run as runEval } from '../../cli/commands/eval-parse.ts';
import type { FileVerdicts } from '../../import/evaluate/index.ts';
import { captureCli } from './capture-cli.ts';

const LIST = join(import.meta.dirname, '..', 'data', 'parse-truth-right.tsv');
const HEADER = '# column\tfile\tfield — fields eval-parse reads right (test/unit/parse-truth-kept.test.ts)';
afterEach(() => vi.restoreAllMocks());

const row = (corpus: string, file: string, field: string): string => `${corpus}\t${file}\t${field}`;

describe('the fields the parser reads right on real files stay right', () => {
  test('no field listed as right has become wrong', { timeout: 180_000 }, async () => {
    const { code, out } = await captureCli(runEval, ['--json']);
    expect(code).toBe(0);
    const results = JSON.parse(out) as FileVerdicts[];
    const right = new Set<string>();
    const wrong = new Map<string, string>();
    for (const r of results)
      for (const v of r.verdicts) {
        const key = row(r.corpus, r.file, v.field);
        if (v.ok) right.add(key);
        else wrong.set(key, `expected ${JSON.stringify(v.expected)}, got ${JSON.stringify(v.actual)}`);
      }
    if (process.env.UPDATE_PARSE_RIGHT) writeFileSync(LIST, `${[HEADER, ...[...right].sort()].join('\n')}\n`);
    const listed = readFileSync(LIST, 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    const gained = [...right].filter((k) => !listed.includes(k));
    if (gained.length > 0)
      console.info(
        `${gained.length} field(s) now right and not yet listed (UPDATE_PARSE_RIGHT=1):\n${gained.join('\n')}`,
      );
    const lost = listed.filter((k) => !right.has(k)).map((k) => `${k}: ${wrong.get(k) ?? 'no longer judged'}`);
    expect(lost).toEqual([]);
    expect(listed.length).toBeGreaterThan(2000);
  });
});

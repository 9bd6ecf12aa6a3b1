/**
 * `policygraph eval-parse [--json] [--failures] [--corpora DIR] [TRUTH_DIR…]`: parses every document named in the
 * truth files (test/data/parse-truth/<corpus>/*.json by default) and prints, per corpus and field, how many fields
 * equal the truth. A truth entry's `copies` (the text a browser copies from a page) are judged on the same truth as
 * a corpus of their own (`govcn` → `govcn (copy)`). Exit code 0 whatever the figures; 2 on bad arguments or truth.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compareWithTruth, tabulateVerdicts, type FileVerdicts, type ParseTruth } from '../../import/evaluate/index.ts';
import { isPolicyInputError, readPolicyFile } from '../../import/index.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { findSharedCorpora } from '../shared-corpora.ts';

export const summary = 'score the parser field by field against hand-written truth (test/data/parse-truth/)';

const USAGE = `usage: policygraph eval-parse [--json] [--failures] [--corpora DIR] [TRUTH_DIR…]
  TRUTH_DIR   folders of truth files (default: every folder under test/data/parse-truth/)
  --corpora   where files named relative to the shared corpora are (default: ../shared/corpora)
  --failures  list every field that differs from the truth
`;

/** Reads the truth entries of one file: one object, or an array of objects. */
export function readTruthEntries(json: string, source: string): ParseTruth[] {
  const value: unknown = JSON.parse(json);
  const entries = Array.isArray(value) ? value : [value];
  return entries.map((entry, i) => {
    if (typeof entry !== 'object' || entry === null || typeof (entry as ParseTruth).file !== 'string') {
      throw new Error(`${source}: entry ${i + 1} has no "file"`);
    }
    return entry as ParseTruth;
  });
}

function resolveFile(file: string, corpora: string): string | undefined {
  return [join(PROJECT_ROOT, file), join(corpora, file)].find((p) => existsSync(p));
}

/** Parses one file and judges it; an unreadable or missing file is an error row. */
async function judge(corpus: string, file: string, truth: ParseTruth, corpora: string): Promise<FileVerdicts> {
  const path = resolveFile(file, corpora);
  if (!path) return { corpus, file, verdicts: [], error: 'file not found' };
  try {
    return { corpus, file, verdicts: compareWithTruth(await readPolicyFile(path, { file }), truth) };
  } catch (error) {
    if (!isPolicyInputError(error)) throw error;
    return { corpus, file, verdicts: [], error: error.message };
  }
}

/** Runs the evaluation and prints the table; 0 when it ran, 2 on bad arguments or unreadable truth. */
export async function run(args: string[]): Promise<number> {
  let corpora = findSharedCorpora();
  const dirs: string[] = [];
  let json = false;
  let failures = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--failures') failures = true;
    else if (arg === '--corpora' && args[i + 1]) corpora = args[++i]!;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      process.stderr.write(`policygraph eval-parse: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else dirs.push(arg);
  }
  if (dirs.length === 0) {
    const root = join(PROJECT_ROOT, 'test', 'data', 'parse-truth');
    dirs.push(
      ...(await readdir(root, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => join(root, d.name))
        .sort(),
    );
  }
  const results: FileVerdicts[] = [];
  for (const dir of dirs) {
    const corpus = basename(dir);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      let entries: ParseTruth[];
      try {
        entries = readTruthEntries(await readFile(join(dir, name), 'utf8'), join(dir, name));
      } catch (error) {
        process.stderr.write(`policygraph eval-parse: ${join(dir, name)}: ${(error as Error).message}\n`);
        return 2;
      }
      for (const truth of entries) {
        results.push(await judge(corpus, truth.file, truth, corpora));
        for (const copy of truth.copies ?? []) results.push(await judge(`${corpus} (copy)`, copy, truth, corpora));
      }
    }
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${tabulateVerdicts(results)}\n`);
  if (failures) {
    for (const r of results) {
      if (r.error) process.stdout.write(`${r.file}: not parsed: ${r.error}\n`);
      for (const v of r.verdicts.filter((x) => !x.ok)) {
        process.stdout.write(
          `${r.file}: ${v.field}: expected ${JSON.stringify(v.expected)}, got ${JSON.stringify(v.actual)}\n`,
        );
      }
    }
  }
  return 0;
}

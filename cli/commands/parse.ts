/**
 * `policygraph parse [--json] [options] FILE…`: parses policy texts without touching the database and prints a
 * readable summary per file, or with --json one JSON array with an object per file (the full PolicyDocument, or
 * `{ file, error: { code, message, line } }` for a file that cannot be read). Exit code 1 when any file failed.
 */
import {
  isPolicyInputError,
  loadGazetteer,
  readPolicyFile,
  TIERS,
  DEFAULT_MAX_BYTES,
  type Gazetteer,
  type Tier,
} from '../../import/index.ts';
import { summarizeDocument } from '../../import/parse/summarize-document.ts';

export const summary = 'parse policy texts and print their document model (--json for JSON); no database';

const USAGE = `usage: policygraph parse [--json] [--tier national|provincial|municipal|county] [--gazetteer FILE]
                        [--max-bytes N] [--retrieved-on YYYY-MM-DD] FILE…
  --json          print a JSON array, one object per file
  --tier          override the tier read from the text
  --gazetteer     an agency gazetteer file merged over import/gazetteer/agencies.json
  --max-bytes     refuse files above this size (default ${DEFAULT_MAX_BYTES} bytes = 10 MiB)
  --retrieved-on  when the texts were retrieved, kept in provenance
`;

interface ParseArgs {
  json: boolean;
  tier?: Tier;
  gazetteer?: string;
  maxBytes?: number;
  retrievedOn?: string;
  files: string[];
}

/** Reads the command's arguments; returns an error message for bad ones. */
export function readParseArgs(args: string[]): ParseArgs | string {
  const out: ParseArgs = { json: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string | undefined => args[++i];
    if (arg === '--json') out.json = true;
    else if (arg === '--tier') {
      const tier = value();
      if (!TIERS.includes(tier as Tier)) return `--tier must be one of ${TIERS.join(', ')}`;
      out.tier = tier as Tier;
    } else if (arg === '--gazetteer') {
      const file = value();
      if (!file) return '--gazetteer needs a file';
      out.gazetteer = file;
    } else if (arg === '--max-bytes') {
      const n = Number(value());
      if (!Number.isInteger(n) || n <= 0) return '--max-bytes needs a positive whole number of bytes';
      out.maxBytes = n;
    } else if (arg === '--retrieved-on') {
      const date = value();
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return '--retrieved-on needs a date YYYY-MM-DD';
      out.retrievedOn = date;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else out.files.push(arg);
  }
  return out.files.length === 0 ? 'no FILE given' : out;
}

/** Parses each file and prints the result; 0 when all parsed, 1 when any failed, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  const parsed = readParseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed !== '') process.stderr.write(`policygraph parse: ${parsed}\n`);
    process.stderr.write(USAGE);
    return parsed === '' ? 0 : 2;
  }
  let gazetteer: Gazetteer | undefined;
  if (parsed.gazetteer) {
    try {
      gazetteer = await loadGazetteer(parsed.gazetteer);
    } catch (error) {
      process.stderr.write(`policygraph parse: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const results: unknown[] = [];
  let failed = 0;
  for (const file of parsed.files) {
    try {
      const document = await readPolicyFile(file, {
        ...(parsed.tier ? { tierOverride: parsed.tier } : {}),
        ...(gazetteer ? { gazetteer } : {}),
        ...(parsed.maxBytes ? { maxBytes: parsed.maxBytes } : {}),
        ...(parsed.retrievedOn ? { retrievedOn: parsed.retrievedOn } : {}),
      });
      if (document.issues.some((i) => i.severity === 'error')) failed++;
      if (parsed.json) results.push(document);
      else process.stdout.write(`${summarizeDocument(document)}\n\n`);
    } catch (error) {
      if (!isPolicyInputError(error)) throw error;
      failed++;
      const line = error.line === undefined ? {} : { line: error.line };
      if (parsed.json) results.push({ file, error: { code: error.code, message: error.message, ...line } });
      else process.stderr.write(`policygraph parse: ${error.message} [${error.code}]\n`);
    }
  }
  if (parsed.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

/**
 * `reuse` asked of every document under `--under` (default DLC/, the 1,314 local regulations), among every document of
 * the book (its laws and State Council regulations are the documents above them), each read as the alignment reads
 * lawrefbook (cli/read-lawrefbook.ts), at minLength 20; twice in one process: counting every shared passage as
 * `reuse` did until 2026-12-06 (`ownWording: 0`, no wording from above), then as it counts them now. Prints the
 * peers listed, the pairs by share, the inherited passages and the time of each, and the pairs that shared 5 % or
 * more before and now share less than half of it, with what they shared.
 * Usage: npx tsx bench/measure-reuse.ts [--root ../shared/corpora/lawrefbook] [--under DLC] [--list N]
 */
import { join, resolve } from 'node:path';
import { findReuse, type AlignDocument, type ReuseMatch, type ReuseOptions } from '../align/index.ts';
import { listLawrefbookMarkdown, readLawrefbookDocument } from '../cli/read-lawrefbook.ts';
import { findSharedCorpora } from '../cli/shared-corpora.ts';

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1]!;
};
const root = resolve(argument('--root', join(findSharedCorpora(), 'lawrefbook')));
const under = argument('--under', 'DLC');
const listed = Number(argument('--list', '20'));

const docs: AlignDocument[] = [];
for (const file of listLawrefbookMarkdown(root)) {
  try {
    docs.push(await readLawrefbookDocument(root, file));
  } catch (error) {
    process.stderr.write(`skipped ${file}: ${(error as Error).message}\n`);
  }
}
const asked = docs.filter((d) => d.file.startsWith(`${under}/`));
process.stderr.write(`${docs.length} documents read, ${asked.length} under ${under}/\n`);

/** Every asked document's answer, and the seconds they took. */
function askAll(options: ReuseOptions): { answers: Map<string, ReuseMatch[]>; seconds: number } {
  const started = performance.now();
  const answers = new Map(asked.map((d) => [d.file, findReuse(docs, d.file, { minLength: 20, ...options })]));
  return { answers, seconds: (performance.now() - started) / 1000 };
}

const before = askAll({ ownWording: 0, upperWindow: 0 });
const after = askAll({});

function summary({ answers, seconds }: ReturnType<typeof askAll>): string[] {
  const matches = [...answers.values()].flat();
  const counts = [...answers.values()].map((m) => m.length).sort((a, b) => a - b);
  const band = (low: number, high: number) => matches.filter((m) => m.share >= low && m.share < high).length;
  return [
    matches.length.toLocaleString('en'),
    String(counts[Math.floor(counts.length / 2)] ?? 0),
    [band(0.5, 1.01), band(0.2, 0.5), band(0.05, 0.2)].map((n) => n.toLocaleString('en')).join(' / '),
    matches.filter((m) => m.inherited.length > 0).length.toLocaleString('en'),
    `${seconds.toFixed(1)} s`,
  ];
}

const rows = ['peers listed (pairs)', 'median peers listed', 'pairs sharing ≥ 50 % / 20–50 % / 5–20 %'];
rows.push('pairs listed with inherited passages', `time for all ${asked.length} requests`);
const [b, a] = [summary(before), summary(after)];
process.stdout.write(`| reuse of every document of ${under}/ | before | after |\n|---|---|---|\n`);
rows.forEach((row, i) => process.stdout.write(`| ${row} | ${b[i]} | ${a[i]} |\n`));

// Pairs that lost half their share or more, largest first, with what they shared.
const lost: { file: string; peer: string; was: number; now: number; spans: ReuseMatch['spans'] }[] = [];
for (const [file, matches] of before.answers)
  for (const m of matches) {
    const now = after.answers.get(file)!.find((x) => x.file === m.file)?.share ?? 0;
    if (m.share >= 0.05 && now < m.share / 2) lost.push({ file, peer: m.file, was: m.share, now, spans: m.spans });
  }
lost.sort((x, y) => y.was - x.was);
process.stdout.write(`\n${lost.length} pairs of 5 % or more before lost half of it or more:\n`);
for (const l of lost.slice(0, listed)) {
  process.stdout.write(`${l.file} ← ${l.peer}: ${l.was} → ${l.now}\n`);
  for (const s of l.spans) process.stdout.write(`    ${s.text.replace(/\s+/g, '').slice(0, 80)}\n`);
  const inherited = after.answers.get(l.file)!.find((x) => x.file === l.peer)?.inherited ?? [];
  for (const s of inherited) process.stdout.write(`    inherited from ${s.from} ${s.fromPath}\n`);
}

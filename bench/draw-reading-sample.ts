/**
 * Draws the samples the changes were read on blind: lawrefbook's local regulations whose first article rests on
 * (根据《…》) a law of the book, in random order (`--seed`), each aligned with the version of that law in force at its
 * date; of each, up to two rank-1 article pairs scoring ≥ 0.3, until `--count` pairs.
 * - `--filter numbers` (the default; test/data/changes-quantities/: seed 20261205, 60 pairs): only regulations and
 *   pairs where either article states a number other than a date (a broad pattern, not the comparison's own);
 * - `--filter none` (test/data/changes-scope/: seed 20261206, 50 pairs): any pair but the one saying when the
 *   regulation takes effect;
 * - `--filter obligation` (test/data/changes-obligation/second/: seed 20261209, 40 pairs): pairs where either article
 *   states an obligation word (a broad list: 必须, 应当, 不得, 要求, 鼓励, 支持, 引导, 可以 …; not the comparison's own).
 * - `--exclude A.tsv,B.tsv`: leave out every regulation that a reading already holds (its first column), so a second
 *   sample is read on regulations no rule was chosen on (test/data/changes-quantities/second/, seed 20261207, and
 *   test/data/changes-scope/second/, seed 20261208, both with --exclude the three earlier readings).
 * Writes the items to read, and a TSV of item, lower file, lower article, upper file, upper article to turn the
 * readers' item numbers into pairs.
 * Example: npx tsx bench/draw-reading-sample.ts --filter numbers --seed 20261205 --count 60 --items /tmp/items.md
 *   --keys /tmp/keys.tsv → "60 pairs from 36 regulations"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocuments } from '../align/index.ts';
import { listLawrefbookMarkdown, readLawrefbookDocument } from '../cli/read-lawrefbook.ts';
import { fileDate, nameOf, titlesRestedOn } from './measure-hidden-citations.ts';
import { argsOf } from './timing-args.ts';

const args = argsOf(process.argv.slice(2));
const root = args.get('root') ?? '../shared/corpora/lawrefbook';
const all = listLawrefbookMarkdown(root);
const national = all.filter((f) => !f.startsWith('DLC/') && !f.startsWith('司法解释'));
const byTitle = new Map<string, string[]>();
for (const f of national) byTitle.set(nameOf(f), [...(byTitle.get(nameOf(f)) ?? []), f]);
const QTY0 =
  /([0-9.]+|[零〇一二两三四五六七八九十百千万亿]+)(万元|亿元|元|%|个工作日|个月|日|天|年|家|个|项|人|倍|公里|米|平方米|公顷|亩)|百分之/;
const DATE =
  /([0-9]{4}|[零〇一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]+)月(([0-9]{1,2}|[一二三四五六七八九十]+)日)?/g;
const filter = args.get('filter') ?? 'numbers';
if (!['numbers', 'obligation', 'none'].includes(filter))
  throw new Error(`--filter numbers|obligation|none, not ${filter}`);
const numbers = filter === 'numbers';
const OBLIGATION = /必须|应当|应|须|不得|要求|鼓励|支持|引导|推动|扶持|促进|可以/;
const count = Number(args.get('count') ?? 60);
/** Whether an article of a pair makes the pair worth reading under --filter (any but the one on taking effect). */
const WANTED = {
  test: (t: string) =>
    !/起施行/.test(t) && (filter === 'obligation' ? OBLIGATION.test(t) : !numbers || QTY0.test(t.replace(DATE, ''))),
};
let seed = Number(args.get('seed') ?? 20261205);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const shuffle = <T>(xs: T[]) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
};

const excluded = new Set(
  (args.get('exclude') ?? '')
    .split(',')
    .filter(Boolean)
    .flatMap((tsv) => readFileSync(tsv, 'utf8').split('\n'))
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t')[0]!),
);
const locals = all.filter((f) => f.startsWith('DLC/') && !excluded.has(f));
const cases: { lower: string; upper: string }[] = [];
for (const f of locals) {
  const text = readFileSync(join(root, f), 'utf8');
  const first = /第一条[\s　]*([^\n]*)/.exec(text)?.[1] ?? '';
  const law = titlesRestedOn(first)
    .map((n) => byTitle.get(n))
    .find((x) => x);
  if (!law) continue;
  // the version in force: the latest not after the regulation's date
  const date = fileDate(f) ?? '9999';
  const ok = law.filter((u) => (fileDate(u) ?? '0') <= date).sort();
  const upper = ok.pop();
  if (!upper) continue;
  if (numbers && !QTY0.test(text.replace(DATE, ''))) continue;
  cases.push({ lower: f, upper });
}
shuffle(cases);
const items: { lower: string; la: number; lt: string; upper: string; ua: number; ut: string }[] = [];
for (const c of cases) {
  if (items.length >= count) break;
  const lo = await readLawrefbookDocument(root, c.lower);
  const up = await readLawrefbookDocument(root, c.upper);
  const pairs = alignDocuments([
    { ...lo, tier: 'provincial' },
    { ...up, tier: 'national' },
  ]);
  const text = (d: typeof lo, n: number) => {
    const a = d.articles.find((x) => x.number === n)!;
    return a.text;
  };
  const good = pairs.filter((p) => p.rank === 1 && p.score >= 0.3 && p.lower.file === c.lower);
  const wanted = shuffle(
    good.filter((p) => WANTED.test(text(lo, p.lower.article)) || WANTED.test(text(up, p.upper.article))),
  );
  for (const p of wanted.slice(0, 2))
    items.push({
      lower: c.lower,
      la: p.lower.article,
      lt: text(lo, p.lower.article),
      upper: c.upper,
      ua: p.upper.article,
      ut: text(up, p.upper.article),
    });
}
const lines = [
  `# Items to read (${items.length}): one article of a local regulation (LOWER) and the article of the national law it was paired with (UPPER).`,
  '',
];
items.forEach((x, i) =>
  lines.push(
    `## Item ${i + 1}`,
    `LOWER (${x.lower}, 第${x.la}条):`,
    '',
    x.lt,
    '',
    `UPPER (${x.upper}, 第${x.ua}条):`,
    '',
    x.ut,
    '',
  ),
);
writeFileSync(args.get('items') ?? 'items.md', lines.join('\n'));
writeFileSync(
  args.get('keys') ?? 'keys.tsv',
  items.map((x, i) => `${i + 1}\t${x.lower}\t${x.la}\t${x.upper}\t${x.ua}\n`).join(''),
);
console.log(`${items.length} pairs from ${new Set(items.map((x) => x.lower)).size} regulations`);

/**
 * Hidden-citation check of likelyParents on lawrefbook: every local regulation (DLC/) whose first article rests on a
 * national law or regulation present in the book (根据《中华人民共和国…》, matched by name to a file of the national
 * folders) is traced with all its 《…》 citations removed; that law must come first among all national documents.
 * Reports accuracy@1 and @3 over an evenly spaced sample. Articles are read with a light loader (第…条 lines), not
 * the full parser, so the figure is about alignment alone.
 * Usage: npx tsx bench/measure-hidden-citations.ts [--root ../shared/corpora/lawrefbook] [--sample 100] [--any-citation]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inferLikelyParents, prepareArticles, cosine, type AlignDocument } from '../align/index.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const root = opt('--root', '../shared/corpora/lawrefbook');
const sample = Number(opt('--sample', '100'));

const NATIONAL = [
  '宪法',
  '宪法相关法',
  '民法典',
  '民法商法',
  '行政法',
  '经济法',
  '社会法',
  '刑法',
  '诉讼与非诉讼程序法',
  '其他',
  '行政法规',
];
const ARTICLE = /^第[一二三四五六七八九十百零〇]+条[\s　]*/;

function walk(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (n.endsWith('.md') && n !== '_index.md') out.push(p);
  }
  return out;
}

/** Name of a law from its file: 促进科技成果转化法(2015-08-29).md → 促进科技成果转化法. */
const nameOf = (file: string) => basename(file, '.md').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');

function load(file: string, tier: AlignDocument['tier']): AlignDocument {
  const articles: AlignDocument['articles'][number][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (ARTICLE.test(line))
      articles.push({
        number: articles.length + 1,
        path: `a${articles.length + 1}`,
        heading: '',
        text: line.replace(ARTICLE, ''),
      });
    else if (articles.length > 0 && line.trim() && !line.startsWith('#') && !line.startsWith('<!--'))
      articles[articles.length - 1]!.text += `\n${line}`;
  }
  return { file, title: nameOf(file), tier, kind: 'regulation', articles };
}

const t0 = Date.now();
const uppers = NATIONAL.flatMap((f) => walk(join(root, f)))
  .map((f) => load(f, 'national'))
  .filter((d) => d.articles.length > 0);
const byName = new Map<string, AlignDocument[]>();
for (const d of uppers) byName.set(d.title, [...(byName.get(d.title) ?? []), d]);
const locals = walk(join(root, 'DLC'))
  .map((f) => load(f, 'provincial'))
  .filter((d) => d.articles.length > 0);
// The law a regulation rests on: the documents its first article names after 根据/依据 (为了…，根据《…》…，制定本条例);
// `--any-citation` counts any national document it cites anywhere instead.
const anyCitation = args.includes('--any-citation');
const cases = locals.flatMap((doc) => {
  const first = doc.articles[0]?.text ?? '';
  const basis = /(?:根据|依据|依照)(.*?)(?:，|,)?(?:结合|制定)/.exec(first)?.[1] ?? '';
  const text = anyCitation ? doc.articles.map((a) => a.text).join('\n') : basis;
  const cited = [...text.matchAll(/《(?:中华人民共和国)?([^》]+)》/g)].map((m) => m[1]!).filter((n) => byName.has(n));
  return cited.length > 0 ? [{ doc, truth: new Set(cited) }] : [];
});
const step = Math.max(1, cases.length / sample);
const picked = Array.from({ length: Math.min(sample, cases.length) }, (_, i) => cases[Math.floor(i * step)]!);
// Document-level shortlist: TF-IDF over whole texts of every national document, computed once.
const hide = /《[^》]*》/g;
const docText = (d: AlignDocument) => d.articles.map((a) => a.text.replace(hide, '')).join('\n');
const prepared = prepareArticles(
  [...uppers, ...picked.map((c) => c.doc)].map((d) => ({ docKey: d.file, heading: '', text: docText(d) })),
);
let at1 = 0;
let at3 = 0;
const misses: string[] = [];
picked.forEach((c, i) => {
  const mine = prepared[uppers.length + i]!;
  const shortlist = uppers
    .map((u, j) => ({ u, s: cosine(mine, prepared[j]!) }))
    .sort((x, y) => y.s - x.s)
    .slice(0, 12)
    .map((x) => x.u);
  const ranked = inferLikelyParents([c.doc, ...shortlist], c.doc.file, { hide, limit: 3 });
  const names = ranked.map((r) => nameOf(r.file));
  if (names[0] && c.truth.has(names[0])) at1++;
  if (names.some((n) => c.truth.has(n))) at3++;
  else misses.push(`${basename(c.doc.file)} cites ${[...c.truth].join('/')}; got ${names.join(', ')}`);
});
const n = picked.length;
process.stdout.write(
  `${cases.length} local regulations cite a national document of the book; sample ${n}, ${uppers.length} national candidates\n`,
);
process.stdout.write(
  `accuracy@1 ${(at1 / n).toFixed(3)}  accuracy@3 ${(at3 / n).toFixed(3)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`,
);
for (const m of misses.slice(0, 15)) process.stdout.write(`  miss@3: ${m}\n`);

/**
 * Hidden-citation check of likelyParents on lawrefbook: every local regulation (DLC/) whose first article rests on a
 * national law or regulation present in the book (根据《中华人民共和国…》, matched by name to a file of the national
 * folders) is traced with all its 《…》 citations removed; that law must come first among all national documents.
 * Reports accuracy@1 and @3 over all of them (or an evenly spaced `--sample`). Articles are read with a light loader
 * (第…条 lines), not the full parser, so the figure is about the ranking alone. The scoring is likelyParents' own
 * (rankParents); for speed the bigram vectors of every article are computed once, with one idf over the whole book,
 * and the 12 shortlisted documents are those whose summed article vectors are closest to the regulation's, among
 * the works that existed when the regulation's text was issued (dates from the head lines, as existedBefore).
 * `--national`: the same check one level up, inside the national tier: every State Council regulation (行政法规) whose
 * first article rests on a law of the book, ranked against the laws (is-above.ts: a law stands above a regulation).
 * The candidates are chosen here, by folder, not through align/is-above.ts: the figure is about the ranking.
 * Usage: npx tsx bench/measure-hidden-citations.ts [--root ../shared/corpora/lawrefbook] [--sample N]
 *   [--any-citation] [--national] [--scores] [--json]
 * `--scores` (with --json): each regulation's first parent with its score and peak, and the first parent it gets
 * when the works it rests on are left out (a graph lacking its parent): the measure of likelyParents' floor.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bigramVectors,
  existedBefore,
  issuedBy,
  nearestVersionOf,
  rankParents,
  versionsInForce,
  vectorCosine,
  versionTextIndex,
  withoutFormalProvisions,
  type AlignDocument,
} from '../align/index.ts';

/** What the check is run on. */
export interface HiddenCitationOptions {
  /** The lawrefbook folder. */
  root: string;
  /** 0: every regulation; N: N evenly spaced ones. */
  sample: number;
  /** Count any national document the regulation cites anywhere as truth (default: the one its first article rests on). */
  anyCitation: boolean;
  /**
   * `local` (default): the local regulations (DLC/) against every national document; `national`: the State Council
   * regulations (行政法规/) against the laws.
   */
  lowers?: 'local' | 'national';
  /**
   * Also rank each regulation with the works it rests on left out, as in a graph that lacks its parent, and keep the
   * first parent's score and peak both ways (`scores`): what a floor of likelyParents is measured on.
   */
  scores?: boolean;
}

/** The first parent of one regulation: its score and peak, and whether it is the truth (absent: ranked without it). */
export interface FirstParentScore {
  regulation: string;
  parent: string;
  score: number;
  peak: number;
  right: boolean;
  /** Ranked with the works it rests on left out. */
  absent: boolean;
}

/** The figures of one run; `misses` name the regulations whose law did not come first. */
export interface HiddenCitationResult {
  lowers: 'local' | 'national';
  regulations: number;
  checked: number;
  candidates: number;
  accuracyAt1: number;
  accuracyAt3: number;
  seconds: number;
  rankingSeconds: number;
  misses: string[];
  /** With `scores`: each regulation's first parent, with its truth and without. */
  firstParents?: FirstParentScore[];
}

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
/**
 * The folders of the laws: not the constitution (above no law by is-above.ts) nor 其他 (a forensic standard and a
 * guide, not laws).
 */
const LAWS = NATIONAL.filter((f) => f !== '宪法' && f !== '行政法规' && f !== '其他');
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
export const nameOf = (file: string) => basename(file, '.md').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');

/** The date in a file's name, or undefined: 促进科技成果转化法(2015-08-29).md → 2015-08-29. */
export const fileDate = (file: string) => /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(file)?.[1];

/** ISO date of a 2010年6月24日 in a head line. */
const HEAD_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

function load(file: string, tier: AlignDocument['tier']): AlignDocument {
  const articles: AlignDocument['articles'][number][] = [];
  // The head lines (above the first article) and the file name date the text: the latest is this version's, the
  // earliest the first known of the work.
  const dates: string[] = [fileDate(file)].filter((d): d is string => !!d);
  const headDates: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (articles.length === 0 && !ARTICLE.test(line))
      for (const m of line.matchAll(HEAD_DATE)) headDates.push(iso(m[1]!, m[2]!, m[3]!));
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
  const all = [...dates, ...headDates].sort();
  return {
    file,
    title: nameOf(file),
    // The versions of a law are files of one name.
    workId: nameOf(file),
    tier,
    kind: 'regulation',
    articles,
    ...(all.length ? { issuedOn: all.at(-1)! } : {}),
    // The earliest date known of the work: a text that tells no history is taken as its first.
    ...(all.length ? { firstIssuedOn: all[0]! } : {}),
  };
}

/**
 * The titles a first article says its text rests on (为了…，根据《中华人民共和国水法》…，制定本条例 → 水法), without
 * 中华人民共和国.
 */
export function titlesRestedOn(firstArticle: string): string[] {
  const basis = /(?:根据|依据|依照)(.*?)(?:，|,)?(?:结合|制定)/.exec(firstArticle)?.[1] ?? '';
  return [...basis.matchAll(/《(?:中华人民共和国)?([^》]+)》/g)].map((m) => m[1]!);
}

/** Runs the hidden-citation check. */
export function measureHiddenCitations({
  root,
  sample,
  anyCitation,
  lowers = 'local',
  scores = false,
}: HiddenCitationOptions): HiddenCitationResult {
  const t0 = Date.now();
  const uppers = (lowers === 'local' ? NATIONAL : LAWS)
    .flatMap((f) => walk(join(root, f)))
    .map((f) => load(f, 'national'))
    .filter((d) => d.articles.length > 0);
  const byName = new Map<string, AlignDocument[]>();
  for (const d of uppers) byName.set(d.title, [...(byName.get(d.title) ?? []), d]);
  // What each national document says it rests on (its first article's 根据《…》), by file: not hidden, it is the
  // upper's own text.
  const basisNames = (doc: AlignDocument) => titlesRestedOn(doc.articles[0]?.text ?? '').filter((n) => byName.has(n));
  const uppersWithBasis = uppers.map((d) => ({
    ...d,
    basedOnFiles: basisNames(d).flatMap((name) => byName.get(name)!.map((u) => u.file)),
  }));
  const upperIndex = new Map(uppers.map((d, j) => [d.file, j]));
  const locals = walk(join(root, lowers === 'local' ? 'DLC' : '行政法规'))
    .map((f) => load(f, lowers === 'local' ? 'provincial' : 'national'))
    .filter((d) => d.articles.length > 0);
  // The law a regulation rests on: the documents its first article names after 根据/依据 (为了…，根据《…》…，制定本条例);
  // `--any-citation` counts any national document it cites anywhere instead.
  const cases = locals.flatMap((doc) => {
    const text = anyCitation ? doc.articles.map((a) => a.text).join('\n') : '';
    const cited = anyCitation
      ? [...text.matchAll(/《(?:中华人民共和国)?([^》]+)》/g)].map((m) => m[1]!).filter((n) => byName.has(n))
      : basisNames(doc);
    return cited.length > 0 ? [{ doc, truth: new Set(cited) }] : [];
  });
  const step = sample > 0 ? Math.max(1, cases.length / sample) : 1;
  const picked = Array.from(
    { length: sample > 0 ? Math.min(sample, cases.length) : cases.length },
    (_, i) => cases[Math.floor(i * step)]!,
  );
  const hide = /《[^》]*》/g;
  const SHORTLIST = 12;
  // One bigramVectors call over every national article and every picked regulation's articles (citations hidden).
  const sources = [
    ...uppers.flatMap((d) => d.articles.map((a) => ({ docKey: d.file, heading: '', text: a.text }))),
    ...picked.flatMap((c) =>
      c.doc.articles.map((a) => ({ docKey: c.doc.file, heading: '', text: a.text.replace(hide, '') })),
    ),
  ];
  const vectors = bigramVectors(sources);
  const spans: Map<string, number>[][] = [];
  let at = 0;
  for (const d of [...uppers, ...picked.map((c) => c.doc)]) {
    spans.push(vectors.slice(at, at + d.articles.length));
    at += d.articles.length;
  }
  const summed = (vs: readonly Map<string, number>[]) => {
    const m = new Map<string, number>();
    for (const v of vs) for (const [g, w] of v) m.set(g, (m.get(g) ?? 0) + w);
    const norm = Math.sqrt([...m.values()].reduce((s2, w) => s2 + w * w, 0)) || 1;
    for (const [g, w] of m) m.set(g, w / norm);
    return m;
  };
  const upperWhole = uppers.map((_, j) => summed(spans[j]!));
  let at1 = 0;
  let at3 = 0;
  const misses: string[] = [];
  const firstParents: FirstParentScore[] = [];
  const tLoaded = Date.now();
  let versionTexts: ReturnType<typeof versionTextIndex> | undefined;
  picked.forEach((c, i) => {
    const mine = spans[uppers.length + i]!;
    const whole = summed(mine);
    // Of each work (a name of the book), the version in force when the regulation was made, as inferLikelyParents;
    // `without`: works left out, as in a graph that lacks them.
    // Undated, the version its wording (citations hidden) is nearest, as inferLikelyParents.
    const nearest = nearestVersionOf(
      { ...c.doc, articles: c.doc.articles.map((a) => ({ ...a, text: a.text.replace(hide, '') })) },
      () => (versionTexts ??= versionTextIndex(uppers)),
    );
    const rank = (without: ReadonlySet<string>) => {
      const inForce = new Set(
        versionsInForce(
          uppers.filter((u) => !without.has(nameOf(u.file)) && existedBefore(u, c.doc)),
          issuedBy(c.doc),
          nearest,
        ),
      );
      const shortlist = uppers
        .flatMap((u, j) => (inForce.has(u) ? [{ u, j, s: vectorCosine(whole, upperWhole[j]!) }] : []))
        .sort((x, y) => y.s - x.s)
        .slice(0, SHORTLIST);
      // The documents a shortlisted one rests on compete too (as inferLikelyParents adds them).
      const files = new Set(shortlist.map((x) => x.u.file));
      for (const x of [...shortlist])
        for (const f of uppersWithBasis[x.j]!.basedOnFiles) {
          const j = upperIndex.get(f)!;
          if (!files.has(f) && !without.has(nameOf(f)) && existedBefore(uppers[j]!, c.doc)) {
            files.add(f);
            shortlist.push({ u: uppers[j]!, j, s: 0 });
          }
        }
      // As inferLikelyParents: the shortlist by whole texts, the ranking without formal provisions.
      return rankParents(
        withoutFormalProvisions(mine, c.doc),
        shortlist.map((x) => ({
          file: x.u.file,
          articles: withoutFormalProvisions(spans[x.j]!, x.u),
          basedOn: uppersWithBasis[x.j]!.basedOnFiles.filter((f) => files.has(f)),
          work: x.u.workId,
        })),
        3,
      );
    };
    const ranked = rank(new Set());
    const regulation = basename(c.doc.file);
    const keep = (p: (typeof ranked)[number] | undefined, absent: boolean) => {
      if (p)
        firstParents.push({
          regulation,
          parent: nameOf(p.file),
          score: p.score,
          peak: p.peak,
          right: c.truth.has(nameOf(p.file)),
          absent,
        });
    };
    if (scores) {
      keep(ranked[0], false);
      keep(rank(c.truth)[0], true);
    }
    const names = ranked.map((r) => nameOf(r.file));
    if (names[0] && c.truth.has(names[0])) at1++;
    else misses.push(`${basename(c.doc.file)} rests on ${[...c.truth].join('/')}; got ${names.join(', ')}`);
    if (names.some((n) => c.truth.has(n))) at3++;
  });
  const n = picked.length;
  return {
    lowers,
    regulations: cases.length,
    checked: n,
    candidates: uppers.length,
    accuracyAt1: Math.round((1e4 * at1) / n) / 1e4,
    accuracyAt3: Math.round((1e4 * at3) / n) / 1e4,
    seconds: Math.round((Date.now() - t0) / 1000),
    rankingSeconds: Math.round((Date.now() - tLoaded) / 1000),
    misses,
    ...(scores ? { firstParents } : {}),
  };
}

/** One line of figures, then the misses. */
export function formatHiddenCitations(r: HiddenCitationResult): string {
  return (
    [
      r.lowers === 'local'
        ? `hidden citations: ${r.regulations} local regulations rest on a national document of the book; ${r.checked} checked against ${r.candidates} national documents`
        : `hidden citations: ${r.regulations} State Council regulations rest on a law of the book; ${r.checked} checked against ${r.candidates} laws`,
      `  likelyParents  accuracy@1 ${(100 * r.accuracyAt1).toFixed(1)}%   accuracy@3 ${(100 * r.accuracyAt3).toFixed(1)}%   (${r.seconds} s, ranking ${r.rankingSeconds} s)`,
      ...r.misses.map((m) => `  miss@1: ${m}`),
    ].join('\n') + '\n'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1]! : fallback;
  };
  const result = measureHiddenCitations({
    root: opt('--root', '../shared/corpora/lawrefbook'),
    sample: Number(opt('--sample', '0')),
    anyCitation: args.includes('--any-citation'),
    lowers: args.includes('--national') ? 'national' : 'local',
    scores: args.includes('--scores'),
  });
  process.stdout.write(
    args.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : formatHiddenCitations(result),
  );
}

/**
 * Article-level truth that the texts give themselves: every article of lawrefbook that names an article of a document
 * above it (个人所得税法第六条, 《中华人民共和国预算法》第四十条: align/read-article-references.ts) is a labelled pair. The
 * names are cut out of the lower article, then the engine and the two baselines rank the upper document's articles
 * for it, as `eval:align` ranks the labelled pairs: precision@1 over lower articles, recall@3 over pairs, per group
 * of lower documents (State Council regulations, local regulations, others). The upper version taken is the latest
 * not dated after the lower text (file names carry the dates), else the earliest.
 * `--keep-names true` ranks the texts as written instead, which is what alignGraph sees: each named article should
 * then come first (align/named-articles.ts). The labels come from the same reader, so that run checks the wiring (the
 * engine finds and ranks what the reader reads), not the reader.
 * Example: npx tsx bench/measure-article-references.ts [--root ../shared/corpora/lawrefbook] [--keep-names true] [--json true]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  alignDocuments,
  alignWithBaseline,
  evaluateAlignment,
  isAbove,
  readArticleReferences,
  referenceNames,
  type AlignDocument,
  type AlignmentLabel,
  type LabelOutcome,
} from '../align/index.ts';
import { listLawrefbookMarkdown, readLawrefbookDocument } from '../cli/read-lawrefbook.ts';
import { findSharedCorpora } from '../cli/shared-corpora.ts';
import { argsOf } from './timing-args.ts';

const METHODS = ['engine', 'tfidf-bigrams', 'bm25-words'] as const;
type Method = (typeof METHODS)[number];

interface RawFile {
  file: string;
  title: string;
  date: string;
  text: string;
}

function readRaw(root: string, file: string): RawFile {
  const text = readFileSync(join(root, file), 'utf8');
  const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? '';
  return { file, title, date: /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(file)?.[1] ?? '', text };
}

/** The version a text of `date` cites: the latest not dated after it, else the earliest. */
function versionFor(versions: readonly RawFile[], date: string): RawFile {
  const sorted = [...versions].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.filter((v) => date && v.date && v.date <= date).at(-1) ?? sorted[0]!;
}

function groupOf(file: string): string {
  if (file.startsWith('行政法规')) return 'State Council regulations';
  if (file.startsWith('DLC')) return 'local regulations';
  if (file.startsWith('司法解释')) return 'judicial interpretations';
  if (file.startsWith('部门规章')) return 'ministry rules';
  return 'laws';
}

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2));
  const root = args.get('root') ?? join(findSharedCorpora(), 'lawrefbook');
  const keepNames = args.get('keep-names') === 'true';
  const started = performance.now();
  const raws = listLawrefbookMarkdown(root)
    .sort()
    .map((f) => readRaw(root, f));
  const byTitle = new Map<string, RawFile[]>();
  for (const r of raws) if (r.title) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
  const parsed = new Map<string, Promise<AlignDocument>>();
  const parse = (file: string) => {
    let doc = parsed.get(file);
    if (!doc) parsed.set(file, (doc = readLawrefbookDocument(root, file)));
    return doc;
  };

  const outcomes: Record<Method, Map<string, { lowers: number; top1: number; outcomes: LabelOutcome[] }>> = {
    engine: new Map(),
    'tfidf-bigrams': new Map(),
    'bm25-words': new Map(),
  };
  let lowerDocuments = 0;
  for (const raw of raws) {
    const names = referenceNames(byTitle.keys(), raw.text);
    names.delete(raw.title);
    if (readArticleReferences(raw.text, names).length === 0) continue;
    const lower = await parse(raw.file);
    const labels: AlignmentLabel[] = [];
    const uppers = new Map<string, AlignDocument>();
    const articles = [];
    for (const article of lower.articles) {
      const refs = readArticleReferences(article.text, names);
      let kept = 0;
      for (const ref of refs) {
        const version = versionFor(byTitle.get(ref.title)!, raw.date);
        // 第一百二十条之一 shares its number with 第一百二十条: a label by number cannot tell them apart.
        if (version.file === raw.file || ref.inserted) continue;
        const upper = await parse(version.file);
        if (!isAbove(upper, lower) || !upper.articles.some((a) => a.number === ref.article)) continue;
        uppers.set(upper.file, upper);
        const label = {
          lowerFile: raw.file,
          lowerArticle: article.number,
          upperFile: upper.file,
          upperArticle: ref.article,
        };
        if (
          !labels.some(
            (l) =>
              l.lowerArticle === label.lowerArticle &&
              l.upperFile === label.upperFile &&
              l.upperArticle === label.upperArticle,
          )
        )
          labels.push({ ...label, note: ref.name });
        kept++;
      }
      // Every name cut out: the article is ranked on what it says, not on whom it names.
      if (keepNames) {
        articles.push(article);
        continue;
      }
      let text = article.text;
      for (const ref of [...refs].reverse()) text = text.slice(0, ref.start) + text.slice(ref.end);
      articles.push(kept > 0 ? { ...article, text } : article);
    }
    if (labels.length === 0) continue;
    lowerDocuments++;
    const hidden: AlignDocument = { ...lower, articles, citations: [], citedFiles: [], basedOnFiles: [] };
    const docs = [hidden, ...uppers.values()];
    const selection = new Map([[raw.file, [...uppers.keys()]]]);
    const pairsOf: Record<Method, () => ReturnType<typeof alignDocuments>> = {
      engine: () => alignDocuments(docs, { selection }),
      'tfidf-bigrams': () => alignWithBaseline(docs, selection, 'tfidf-bigrams'),
      'bm25-words': () => alignWithBaseline(docs, selection, 'bm25-words'),
    };
    for (const m of METHODS) {
      const e = evaluateAlignment(pairsOf[m](), labels);
      const group = groupOf(raw.file);
      const sum = outcomes[m].get(group) ?? { lowers: 0, top1: 0, outcomes: [] };
      sum.lowers += e.lowerArticles;
      sum.top1 += Math.round(e.precisionAt1 * e.lowerArticles);
      sum.outcomes.push(...e.outcomes);
      outcomes[m].set(group, sum);
    }
  }

  const rows: Record<string, unknown>[] = [];
  const groups = [...outcomes.engine.keys()].sort();
  for (const group of [...groups, 'all']) {
    for (const m of METHODS) {
      const picked = group === 'all' ? [...outcomes[m].values()] : [outcomes[m].get(group)!];
      const lowers = picked.reduce((n, s) => n + s.lowers, 0);
      const top1 = picked.reduce((n, s) => n + s.top1, 0);
      const all = picked.flatMap((s) => s.outcomes);
      const found = all.filter((o) => o.rank !== undefined && o.rank <= 3).length;
      rows.push({
        group,
        method: m,
        lowerArticles: lowers,
        pairs: all.length,
        precisionAt1: top1 / lowers,
        recallAt3: found / all.length,
      });
    }
  }
  if (args.has('json')) {
    process.stdout.write(`${JSON.stringify({ lowerDocuments, rows }, null, 2)}\n`);
    return;
  }
  const pct = (x: unknown) => `${(100 * Number(x)).toFixed(1)}%`.padStart(7);
  console.log(
    `articles naming an article of a document above them, names ${keepNames ? 'kept' : 'cut out'}: ${lowerDocuments} lower documents (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  console.log(`${'group'.padEnd(28)}${'method'.padEnd(15)}lower articles  pairs  precision@1  recall@3`);
  for (const r of rows)
    console.log(
      `${String(r.group).padEnd(28)}${String(r.method).padEnd(15)}${String(r.lowerArticles).padStart(14)}${String(r.pairs).padStart(7)}  ${pct(r.precisionAt1)}     ${pct(r.recallAt3)}`,
    );
}

await main();

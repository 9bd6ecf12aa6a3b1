/**
 * How many of the article pairs the texts name (align/read-article-references.ts) alignGraph marks `cited`, with its
 * own choice of upper documents (selectUpperDocuments, not the measurement's): one folder of lawrefbook as lower
 * documents (those that name an article), against every law of the book.
 * Example: npx tsx bench/measure-named-selection.ts 司法解释 → named pairs 3,992; upper aligned 3,979; marked 3,979.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  alignDocuments,
  fillNumbersFromCitations,
  isAbove,
  readArticleReferences,
  referenceNames,
  type AlignDocument,
} from '../align/index.ts';
import { listLawrefbookMarkdown, readLawrefbookDocument } from '../cli/read-lawrefbook.ts';
import { findSharedCorpora } from '../cli/shared-corpora.ts';
const ROOT = join(findSharedCorpora(), 'lawrefbook');
const folder = process.argv[2] ?? '行政法规';
const files = listLawrefbookMarkdown(ROOT);
const lawFiles = files.filter(
  (f) => !f.startsWith('DLC') && !f.startsWith('行政法规') && !f.startsWith('司法解释') && !f.startsWith('部门规章'),
);
const raw = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const titles = new Set(files.map((f) => /^#\s+(.+)$/m.exec(raw(f))?.[1]?.trim() ?? ''));
const lowers = files
  .filter((f) => f.startsWith(folder))
  .filter((f) => {
    const t = raw(f);
    const n = referenceNames(titles, t);
    return readArticleReferences(t, n).length > 0;
  });
const read = (f: string) => readLawrefbookDocument(ROOT, f);
const docs = fillNumbersFromCitations([
  ...(await Promise.all(lawFiles.map(read))),
  ...(await Promise.all(lowers.map(read))),
]);
const t = performance.now();
const pairs = alignDocuments(docs);
const byTitle = new Map<string, AlignDocument[]>();
for (const d of docs) byTitle.set(d.title, [...(byTitle.get(d.title) ?? []), d]);
let named = 0,
  marked = 0,
  upperPresent = 0;
const cited = new Set(
  pairs.filter((p) => p.cited).map((p) => `${p.lower.file}#${p.lower.article}>${p.upper.file}#${p.upper.article}`),
);
const alignedTo = new Set(pairs.map((p) => `${p.lower.file}>${p.upper.file}`));
for (const f of lowers) {
  const lower = docs.find((d) => d.file === f)!;
  const names = referenceNames(byTitle.keys(), lower.articles.map((a) => a.text).join('\n'));
  names.delete(lower.title);
  for (const a of lower.articles)
    for (const r of readArticleReferences(a.text, names)) {
      if (r.inserted) continue;
      const ups = (byTitle.get(r.title) ?? []).filter(
        (u) => isAbove(u, lower) && u.articles.some((x) => x.number === r.article),
      );
      if (ups.length === 0) continue;
      named++;
      if (ups.some((u) => alignedTo.has(`${f}>${u.file}`))) upperPresent++;
      if (ups.some((u) => cited.has(`${f}#${a.number}>${u.file}#${r.article}`))) marked++;
    }
}
console.log(
  `${folder}: ${lowers.length} lower documents naming articles, ${docs.length} documents, alignDocuments ${((performance.now() - t) / 1000).toFixed(0)} s`,
);
console.log(
  `named pairs ${named}; upper document aligned with the lower at all ${upperPresent}; marked cited ${marked} (${((100 * marked) / named).toFixed(1)} %)`,
);

/**
 * In how many documents of each folder every stock phrase of align/data/stock-phrases.tsv occurs, read as alignment
 * reads them (each file parsed as `policygraph import` parses it; its title, preamble, article headings and texts folded,
 * without punctuation, after the policy vocabulary: align/stock-phrases.ts alignedContent). The counts in the table's reasons
 * come from it: a phrase earns its place by occurring across documents of unrelated subjects.
 * Example: npx tsx bench/measure-stock-phrases.ts ../shared/corpora/govcn ~/pages →
 * "phrase	../shared/corpora/govcn (29)	~/pages (31)\n习近平新时代中国特色社会主义思想	12	13\n…".
 */
import { alignedContent, DEFAULT_STOCK_PHRASES } from '../align/index.ts';
import { listAlignFiles, readDocuments } from '../cli/commands/align.ts';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  process.stderr.write('usage: npx tsx bench/measure-stock-phrases.ts FOLDER…\n');
  process.exit(2);
}
const warn = (line: string) => process.stderr.write(`${line}\n`);
const columns: { folder: string; texts: string[] }[] = [];
for (const folder of folders) {
  const docs = await readDocuments(await listAlignFiles([folder], warn), warn);
  const texts = docs.map(
    (d) =>
      alignedContent([d.title, d.preamble ?? '', ...d.articles.flatMap((a) => [a.heading, a.text])].join('。')).text,
  );
  columns.push({ folder, texts });
}
const lines = [['phrase', ...columns.map((c) => `${c.folder} (${c.texts.length})`)].join('\t')];
for (const phrase of DEFAULT_STOCK_PHRASES)
  lines.push([phrase, ...columns.map((c) => String(c.texts.filter((t) => t.includes(phrase)).length))].join('\t'));
process.stdout.write(`${lines.join('\n')}\n`);

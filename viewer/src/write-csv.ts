/**
 * The comparison table (对照表) as CSV (pure). UTF-8 with a byte-order mark so Excel opens the Chinese text, CRLF
 * line ends, RFC 4180 quoting. Example row: "（一）加快创建国家高新区","（一）…","0.82","related","confirmed","…".
 */
import type { ArticleData, Comparison } from './api-types.ts';

/** One row of the comparison table: an aligned pair, or an article of one side with no counterpart. */
export interface CompareRow {
  upper?: ArticleData;
  lower?: ArticleData;
  score?: number;
  cls?: string;
  status?: string;
  pairId?: string;
  shared: string[];
}

/** Orders the table: upper articles in document order, each with its lower counterparts; unmatched lower last. */
export function buildCompareRows(comparison: Comparison): CompareRow[] {
  const order = (a: ArticleData) => a.order ?? a.number;
  const uppers = new Map<string, ArticleData>();
  for (const p of comparison.pairs) uppers.set(p.upper.id, p.upper);
  for (const a of comparison.unmatchedUpper) uppers.set(a.id, a);
  const rows: CompareRow[] = [];
  for (const upper of [...uppers.values()].sort((a, b) => order(a) - order(b))) {
    const pairs = comparison.pairs.filter((p) => p.upper.id === upper.id).sort((a, b) => order(a.lower) - order(b.lower));
    if (pairs.length === 0) rows.push({ upper, shared: [] });
    for (const p of pairs) {
      rows.push({ upper, lower: p.lower, score: p.score, cls: p.class, status: p.status, pairId: p.id, shared: p.evidence.map((e) => e.lowerText) });
    }
  }
  for (const lower of [...comparison.unmatchedLower].sort((a, b) => order(a) - order(b))) rows.push({ lower, shared: [] });
  return rows;
}

function cell(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function articleCell(a: ArticleData | undefined): string {
  return a ? `${a.label ?? `(${a.number})`}${a.heading ?? ''}` : '';
}

/** Column headings, per interface language. */
export const CSV_HEADERS = {
  zh: ['上级文件', '上级条款', '下级文件', '下级条款', '相似度', '类别', '审核状态', '共同文字'],
  en: ['Upper document', 'Upper article', 'Lower document', 'Lower article', 'Score', 'Class', 'Review status', 'Shared text'],
} as const;

/** Writes the table as CSV text, BOM first. */
export function writeCompareCsv(comparison: Comparison, rows: CompareRow[], lang: 'zh' | 'en', unmatched: string): string {
  const lines = [CSV_HEADERS[lang].map(cell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.upper ? comparison.upper.title : '',
        r.upper ? articleCell(r.upper) : unmatched,
        r.lower ? comparison.lower.title : '',
        r.lower ? articleCell(r.lower) : unmatched,
        r.score === undefined ? '' : r.score.toFixed(3),
        r.cls ?? '',
        r.status ?? '',
        r.shared.join(' … '),
      ].map(cell).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

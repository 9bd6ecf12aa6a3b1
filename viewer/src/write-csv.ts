/**
 * The comparison table (对照表) as CSV (pure). UTF-8 with a byte-order mark so Excel opens the Chinese text, CRLF
 * line ends, RFC 4180 quoting; a title line and the export date first, then the header and the rows, all in the
 * interface language. Imported texts come from the web, so a cell that a spreadsheet would run as a formula
 * (it begins with = + - @, a tab or a carriage return) is neutralised with a leading apostrophe. After the rows, a
 * blank line and the legend: what the score, 无对应, each class and status value and the changes column mean.
 * Example row (zh): 广西措施,（一）加快创建,柳州市措施,（一）支持创建,0.912,几乎相同,已确认,创建,义务强度 更严（应当 / 鼓励）
 */
import type { ArticleData, Comparison, ProvisionChangeData } from './api-types.ts';
import { aside, isTextKey, labelled, t, type Lang, type TextKey } from './i18n.ts';
import { formatScore } from './format-score.ts';

/**
 * One row of the comparison table: two parts whose stated targets were compared, an aligned pair, or an article of
 * one side with no counterpart.
 */
export interface CompareRow {
  upper?: ArticleData;
  lower?: ArticleData;
  score?: number;
  cls?: string;
  status?: string;
  /** The lower article names the upper one (依照…第N条). */
  cited?: boolean;
  pairId?: string;
  shared: string[];
  /** What changed from the upper text to the lower one (verdict `same` left out). */
  changes: ProvisionChangeData[];
  /** The pair is too weak to compare (the API answered null): the changes column says so. */
  notCompared?: true;
  /** Too weak to compare, but compared at the user's request: `changes` are those, and the column says so. */
  comparedAnyway?: true;
  /** Two parts whose stated targets were compared (`upper` and `lower` are the parts), and how they were paired. */
  partPair?: string;
}

/**
 * Orders the table: part pairs first, then upper articles in document order, each with its lower counterparts; unmatched lower last.
 * `comparedAnyway` holds the changes of pairs too weak to compare that the user asked to compare (by pair id).
 */
export function buildCompareRows(
  comparison: Comparison,
  comparedAnyway: Readonly<Record<string, ProvisionChangeData[]>> = {},
): CompareRow[] {
  const order = (a: ArticleData) => a.order ?? a.number;
  const uppers = new Map<string, ArticleData>();
  for (const p of comparison.pairs) uppers.set(p.upper.id, p.upper);
  for (const a of comparison.unmatchedUpper) uppers.set(a.id, a);
  // The targets stated in parts first: a plan states them at its head (一、总体要求).
  const rows: CompareRow[] = (comparison.partPairs ?? []).map((p) => ({
    upper: p.upper,
    lower: p.lower,
    partPair: p.pairedBy,
    shared: [],
    changes: p.changes.filter((c) => c.verdict !== 'same'),
  }));
  for (const upper of [...uppers.values()].sort((a, b) => order(a) - order(b))) {
    const pairs = comparison.pairs
      .filter((p) => p.upper.id === upper.id)
      .sort((a, b) => order(a.lower) - order(b.lower));
    if (pairs.length === 0) rows.push({ upper, shared: [], changes: [] });
    for (const p of pairs) {
      const anyway = p.changes === null ? comparedAnyway[p.id] : undefined;
      rows.push({
        upper,
        lower: p.lower,
        score: p.score,
        cls: p.class,
        status: p.status,
        ...(p.cited ? { cited: true } : {}),
        pairId: p.id,
        shared: p.evidence.map((e) => e.lowerText),
        changes: (p.changes ?? anyway ?? []).filter((c) => c.verdict !== 'same'),
        ...(anyway ? { comparedAnyway: true as const } : p.changes === null ? { notCompared: true as const } : {}),
      });
    }
  }
  for (const lower of [...comparison.unmatchedLower].sort((a, b) => order(a) - order(b)))
    rows.push({ lower, shared: [], changes: [] });
  return rows;
}

/** One change in words: '义务强度 更严（应当 / 鼓励）', 'scope added (企业 / —)'. */
export function describeChange(change: ProvisionChangeData, lang: Lang): string {
  const word = (key: string, fallback: string) => (isTextKey(key) ? t(lang, key) : fallback);
  const kind = word(`change.kind.${change.kind}`, change.kind);
  const verdict = word(`change.verdict.${change.verdict}`, change.verdict);
  const sides = `${change.lowerText ?? '—'} / ${change.upperText ?? '—'}`;
  return lang === 'zh' ? `${kind} ${verdict}（${sides}）` : `${kind} ${verdict} (${sides})`;
}

/** Makes a text cell inert in spreadsheets: '=1+1' → "'=1+1" (OWASP CSV injection advice). */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: string | number | undefined): string {
  const s = value === undefined ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function articleCell(a: ArticleData | undefined): string {
  return a ? `${a.label ?? `(${a.number})`}${a.heading ?? ''}` : '';
}

/** Column headings, per interface language. */
export const CSV_HEADERS = {
  zh: ['上级文件', '上级条款', '下级文件', '下级条款', '相似度', '类别', '审核状态', '共同文字', '变化'],
  en: [
    'Upper document',
    'Upper article',
    'Lower document',
    'Lower article',
    'Score',
    'Class',
    'Review status',
    'Shared text',
    'Changes',
  ],
} as const;

/** The CSV's title line: which two documents it compares. */
export function compareTitle(comparison: Comparison, lang: Lang): string {
  const side = (title: string, key: 'compare.lower' | 'compare.upper') => `${title}${aside(lang, t(lang, key))}`;
  return labelled(
    lang,
    t(lang, 'panel.compare'),
    `${side(comparison.lower.title, 'compare.lower')} — ${side(comparison.upper.title, 'compare.upper')}`,
  );
}

/** Writes the table as CSV text, BOM first; `exportedOn` is the date printed under the title (YYYY-MM-DD). */
export function writeCompareCsv(comparison: Comparison, rows: CompareRow[], lang: Lang, exportedOn: string): string {
  const unmatched = t(lang, 'compare.unmatched');
  const word = (prefix: 'class' | 'status', value: string | undefined) =>
    value ? (t(lang, `${prefix}.${value}` as TextKey) ?? value) : '';
  const lines = [
    cell(compareTitle(comparison, lang)),
    [t(lang, 'export.date'), exportedOn].map(cell).join(','),
    '',
    CSV_HEADERS[lang].map(cell).join(','),
  ];
  for (const r of rows) {
    lines.push(
      [
        r.upper ? comparison.upper.title : '',
        r.upper ? articleCell(r.upper) : unmatched,
        r.lower ? comparison.lower.title : '',
        r.lower ? articleCell(r.lower) : unmatched,
        r.score === undefined ? '' : formatScore(r.score, 3),
        r.partPair
          ? partPairWords(r.partPair, lang)
          : r.cited
            ? `${word('class', r.cls)} · ${t(lang, 'compare.cited')}`
            : word('class', r.cls),
        word('status', r.cls ? (r.status ?? 'suggested') : undefined),
        r.shared.join(' … '),
        r.notCompared ? t(lang, 'compare.notCompared') : changesCell(r, lang),
      ]
        .map(cell)
        .join(','),
    );
  }
  lines.push('', ...legendLines(lang).map((l) => l.map(cell).join(',')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** What a part row is, in words: '部分正文 · 同一标题'. */
export function partPairWords(pairedBy: string, lang: Lang): string {
  const key = `compare.pairedBy.${pairedBy}`;
  return `${t(lang, 'compare.partPair')} · ${isTextKey(key) ? t(lang, key) : pairedBy}`;
}

/** The changes column of a compared row: its changes, after a warning when it was compared on request. */
function changesCell(r: CompareRow, lang: Lang): string {
  const listed = r.changes.map((c) => describeChange(c, lang)).join(lang === 'zh' ? '；' : '; ');
  if (!r.comparedAnyway) return listed;
  return `${t(lang, 'compare.comparedAnyway')} ${listed || t(lang, 'compare.noChanges')}`;
}

/** Classes and statuses in the order the legend lists them (strongest class first). */
const CLASSES = ['identical', 'almost_identical', 'related', 'partially_related'] as const;
const STATUSES = ['suggested', 'confirmed', 'rejected'] as const;

/** The legend rows: a heading, then [column, value, meaning] for the score, 无对应, every class and every status. */
export function legendLines(lang: Lang): string[][] {
  const [, upperArticle, , lowerArticle, score, cls, status, , changes] = CSV_HEADERS[lang];
  return [
    [t(lang, 'legend.title')],
    [score, '', t(lang, 'csv.legend.score')],
    [`${upperArticle} / ${lowerArticle}`, t(lang, 'compare.unmatched'), t(lang, 'csv.legend.unmatched')],
    ...CLASSES.map((c) => [cls, t(lang, `class.${c}`), t(lang, `csv.legend.class.${c}`)]),
    [cls, t(lang, 'compare.cited'), t(lang, 'csv.legend.cited')],
    [cls, t(lang, 'compare.partPair'), t(lang, 'csv.legend.partPair')],
    ...STATUSES.map((s) => [status, t(lang, `status.${s}`), t(lang, `csv.legend.status.${s}`)]),
    [changes, '', t(lang, 'csv.legend.changes')],
    [changes, t(lang, 'compare.notCompared'), t(lang, 'csv.legend.notCompared')],
    [changes, t(lang, 'compare.comparedAnyway'), t(lang, 'csv.legend.comparedAnyway')],
  ];
}

/**
 * Verdicts of many documents → accuracy per corpus and field, as a text table. Example:
 *   tabulateVerdicts([{ corpus: 'govcn', file: '01.html', verdicts: [{ field: 'title', ok: true, … }] }])
 *   → 'field | govcn\ntitle | 1/1 100.0%\n…'
 */
import { JUDGED_FIELDS, type FieldVerdict, type JudgedField } from './compare-with-truth.ts';

/** The verdicts on one file (or the error that stopped it being parsed). */
export interface FileVerdicts {
  corpus: string;
  file: string;
  verdicts: FieldVerdict[];
  error?: string;
}

/** Right / judged counts per corpus and field. */
export function countVerdicts(
  results: FileVerdicts[],
): Map<string, Map<JudgedField, { right: number; judged: number }>> {
  const table = new Map<string, Map<JudgedField, { right: number; judged: number }>>();
  for (const { corpus, verdicts } of results) {
    const row = table.get(corpus) ?? new Map<JudgedField, { right: number; judged: number }>();
    table.set(corpus, row);
    for (const v of verdicts) {
      const cell = row.get(v.field) ?? { right: 0, judged: 0 };
      cell.judged++;
      if (v.ok) cell.right++;
      row.set(v.field, cell);
    }
  }
  return table;
}

/** A table with one row per field and one column per corpus: right/judged and the percentage. */
export function tabulateVerdicts(results: FileVerdicts[]): string {
  const table = countVerdicts(results);
  const corpora = [...table.keys()];
  const header = ['field', ...corpora.map((c) => `${c} (${results.filter((r) => r.corpus === c).length} files)`)];
  const rows = JUDGED_FIELDS.filter((f) => corpora.some((c) => table.get(c)!.has(f))).map((field) => [
    field,
    ...corpora.map((c) => {
      const cell = table.get(c)!.get(field);
      return cell ? `${cell.right}/${cell.judged} ${((100 * cell.right) / cell.judged).toFixed(1)}%` : '—';
    }),
  ]);
  // Agencies, name by name: how many of the truth's the parser names, and how many it names besides (where the truth
  // lists every organ; otherwise the parser's list holds the truth's names only).
  if (corpora.some((c) => table.get(c)!.has('agencies')))
    rows.push([
      'agency names',
      ...corpora.map((c) => {
        const judged = results.flatMap((r) => (r.corpus === c ? r.verdicts.filter((v) => v.field === 'agencies') : []));
        if (judged.length === 0) return '—';
        let expected = 0;
        let found = 0;
        let extra = 0;
        for (const v of judged) {
          const want = new Set(v.expected as string[]);
          const got = (v.actual as string[] | null) ?? [];
          expected += want.size;
          found += got.filter((n) => want.has(n)).length;
          extra += got.filter((n) => !want.has(n)).length;
        }
        return `${found}/${expected} found, ${extra} extra`;
      }),
    ]);
  const errors = results.filter((r) => r.error).length;
  if (errors > 0)
    rows.push(['(not parsed)', ...corpora.map((c) => String(results.filter((r) => r.corpus === c && r.error).length))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

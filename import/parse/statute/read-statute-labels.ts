/**
 * Labelled lines law sites set around a statute → what they say of it (metadata: the text's own head lines come
 * first). Examples:
 *   '效力位阶:地方性条例', '【效力级别】自治条例和单行条例', '- 法律效力:地方性法规' → level local_regulation
 *   '颁布单位:包头市人民代表大会常务委员会', '- 制定机关:新疆维吾尔自治区人大常务委员会' → maker, as written
 *   '颁布日期:2001-6-3' → publishedOn 2001-06-03; '实施日期:2001-8-1' → effectiveOn 2001-08-01
 *   '作者:法律资料网 时间:2024-07-22 01:46:55 浏览:9332' → publishedOn 2024-07-22 (the site's stamp, when no 颁布日期)
 *   '19870702(颁布时间)', '凉山彝族自治州人大常委会(颁布单位)': a document-sharing site's value before its label
 * Every labelled line (also 作者:…, 类别:…, 时效性:…) is reported, so it stays out of the statute's text.
 */
import type { AuthorityLevel } from '../../../model/index.ts';
import { findDates } from '../parse-date.ts';
import { closeDateSpaces, splitLabelledFields } from '../split-labelled-fields.ts';
import type { StatuteLine } from './build-statute-structure.ts';
import { EFFECTIVE_LABELS, LEVEL_LABELS, MAKER_LABELS, PUBLISHED_LABELS } from '../statute-record-labels.ts';

/** What the page's labels say of the statute. */
export interface StatuteLabels {
  level?: { value: AuthorityLevel; label: string; line: number };
  maker?: { value: string; line: number };
  publishedOn?: string;
  effectiveOn?: string;
  /** Line numbers of labelled lines. */
  lines: number[];
  /** The labelled lines themselves: a record run into one line is cut into pieces that share its number. */
  read: StatuteLine[];
}

const LABELLED = /^(?:[-*•·]\s*)?(?:【([^】]{2,8})】|([\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8}?)\s*[:：])\s*(.*)$/;
const oneOf = (labels: readonly string[]): RegExp => new RegExp(`^(?:${labels.join('|')})$`);
const LEVEL_LABEL = oneOf(LEVEL_LABELS);
const MAKER_LABEL = oneOf(MAKER_LABELS);
const PUBLISHED_LABEL = oneOf(PUBLISHED_LABELS);
// 日期 or 时间 alone: the site's stamp of its copy, its publication when no label names the statute's (颁布日期).
const STAMP_LABEL = /^(?:日期|时间)$/;
const EFFECTIVE_LABEL = oneOf(EFFECTIVE_LABELS);
// A value, then its label in brackets, as a document-sharing site sets them (19870702(颁布时间)): only a label read here.
const LABEL_AFTER = /^([^()（）]{1,40}?)\s*[(（]([\u4e00-\u9fff]{2,6})[)）]$/;
// A date's last digit glued to the next field's date label (…2024-01-18生效日期:).
const GLUED_DATE_LABEL = new RegExp(
  `(\\d日?)(?=(?:${[...PUBLISHED_LABELS, ...EFFECTIVE_LABELS].join('|')})\\s*[:：])`,
  'g',
);
const isKnownLabel = (label: string): boolean =>
  [LEVEL_LABEL, MAKER_LABEL, PUBLISHED_LABEL, EFFECTIVE_LABEL].some((re) => re.test(label));

/** The names sites give the levels (效力级别), most specific first. */
const LEVEL_NAMES: [RegExp, AuthorityLevel][] = [
  [/宪法/, 'constitution'],
  [/司法解释/, 'judicial_interpretation'],
  [/行政法规/, 'administrative_regulation'],
  [/部门规章/, 'departmental_rule'],
  [/地方政府规章|地方规章|政府规章/, 'local_government_rule'],
  [/地方性法规|地方性条例|地方法规|自治条例|单行条例|经济特区法规/, 'local_regulation'],
  [/^法律$/, 'law'],
  [/规范性文件/, 'normative_document'],
];

/** Reads the labelled lines among the given ones (the page's furniture and the statute's head). */
export function readStatuteLabels(lines: readonly StatuteLine[]): StatuteLabels {
  const labels: StatuteLabels = { lines: [], read: [] };
  const stamps: string[] = [];
  for (const line of lines) {
    const after = LABEL_AFTER.exec(line.text.trim());
    if (after && isKnownLabel(after[2]!)) {
      labels.lines.push(line.no);
      labels.read.push(line);
      readLabel(`${after[2]}:${after[1]}`, line.no, labels, stamps);
      continue;
    }
    if (!LABELLED.test(line.text.trim())) continue;
    if (!labels.lines.includes(line.no)) labels.lines.push(line.no);
    labels.read.push(line);
    // A site sets several labels on one line (作者:法律资料网 时间:2024-07-22 01:46:55 浏览:9332), also a date's
    // field run into the next date label with no space (颁布日期:2024-01-18生效日期:2024-03-01).
    const parted = line.text.trim().replace(GLUED_DATE_LABEL, '$1 ');
    for (const field of splitLabelledFields(parted)) readLabel(field, line.no, labels, stamps);
  }
  labels.publishedOn ??= stamps[0];
  return labels;
}

/** Reads one `label: value` field into what the labels say. */
function readLabel(field: string, line: number, labels: StatuteLabels, stamps: string[]): void {
  const m = LABELLED.exec(field.trim());
  if (!m) return;
  const label = (m[1] ?? m[2] ?? '').replace(/\s+/g, '');
  const value = (m[3] ?? '').trim();
  if (LEVEL_LABEL.test(label)) {
    const level = LEVEL_NAMES.find(([re]) => re.test(value.replace(/\s+/g, '')))?.[1];
    if (level) labels.level ??= { value: level, label: `${label}:${value}`, line };
  } else if (MAKER_LABEL.test(label) && /[\u4e00-\u9fff]{4}/.test(value))
    labels.maker ??= { value: value.replace(/\s+/g, ''), line };
  else if (PUBLISHED_LABEL.test(label)) labels.publishedOn ??= fieldDate(value);
  else if (EFFECTIVE_LABEL.test(label)) labels.effectiveOn ??= fieldDate(value);
  else if (STAMP_LABEL.test(label)) {
    const stamp = findDates(closeDateSpaces(value))[0]?.value;
    if (stamp) stamps.push(stamp);
  }
}

/** A field's date: any form findDates reads, or its eight digits run together (19870702), the field holding nothing else. */
function fieldDate(value: string): string | undefined {
  const found = findDates(closeDateSpaces(value))[0]?.value;
  if (found) return found;
  const run = /^(\d{4})(\d{2})(\d{2})$/.exec(value.replace(/\s+/g, ''));
  return run ? findDates(`${run[1]}-${run[2]}-${run[3]}`)[0]?.value : undefined;
}

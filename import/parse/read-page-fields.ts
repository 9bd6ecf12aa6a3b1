/**
 * A web page's metadata, as a table (cells tab-separated, as a browser copies them) or as labelled lines, read as
 * metadata and kept out of the document's text. Examples:
 *   '索 引 号：\t000014349/2018-00223\t主题分类：\t农业' → indexNumber '000014349/2018-00223', topic '农业'
 *   '发文机关：\t国务院办公厅\t成文日期：\t2018年12月23日' → issuer '国务院办公厅', issuedOn '2018-12-23'
 *   '发文标题: 金华市人民政府关于…意见' → title; '发文文号: 金政发[2016]54号' → docNumber '金政发〔2016〕54号'
 * Every line read is marked `drop: 'metadata'`, so title, preamble and articles never see it.
 */
import type { ParseIssue } from '../../model/index.ts';
import { findDates } from './parse-date.ts';
import { findDocNumbers, normalizeLine } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';

/** Which field of the document a page label names. */
export type PageFieldName =
  | 'title'
  | 'issuer'
  | 'docNumber'
  | 'issuedOn'
  | 'publishedOn'
  | 'effectiveOn'
  | 'indexNumber'
  | 'topic'
  | 'keywords'
  | 'validity'
  | 'source';

/** One labelled value of the page, with the line it stands on. */
export interface PageField {
  name: PageFieldName;
  label: string;
  value: string;
  line: number;
}

/** The page's fields, read and normalised (first value of each field wins). */
export interface PageFields {
  fields: PageField[];
  title?: { value: string; line: number };
  issuer?: { value: string; line: number };
  docNumber?: { normalized: string; original: string; line: number };
  issuedOn?: { value: string; line: number };
  publishedOn?: { value: string; line: number };
  effectiveOn?: { value: string; line: number };
  indexNumber?: string;
  topic?: string;
  validity?: string;
  issues: ParseIssue[];
}

// Labels as pages write them (spaces inside a label allowed: 索 引 号, 标　　题).
const LABELS: Record<PageFieldName, string[]> = {
  title: ['标题', '发文标题', '文件标题', '文件名称', '公文标题'],
  issuer: ['发文机关', '发布机构', '发文单位', '发布单位', '发文机构', '制发机关', '颁布机关', '发布机关'],
  docNumber: ['发文字号', '文号', '发文文号', '文件编号', '文件字号'],
  issuedOn: ['成文日期', '发文日期', '发文时间', '印发日期', '成文时间'],
  publishedOn: ['发布日期', '发布时间', '公开日期', '公布日期', '公开时间'],
  effectiveOn: ['实施日期', '施行日期', '实施时间', '施行时间', '生效日期', '生效时间'],
  indexNumber: ['索引号'],
  topic: ['主题分类', '信息分类', '所属主题'],
  keywords: ['主题词', '关键词'],
  validity: ['有效性', '时效性', '效力状态'],
  source: ['来源', '信息来源', '文章来源'],
};
const NAME_OF = new Map(
  Object.entries(LABELS).flatMap(([name, words]) => words.map((w) => [w, name as PageFieldName] as const)),
);
const spaced = (word: string): string => [...word].join('[\\s\u3000]*');
const WORDS = [...NAME_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|');
// A label where a field begins: at the start of a cell or after a space, followed by a colon.
const LABEL_AT = new RegExp(`(?:^|(?<=[\\s\u3000]))(${WORDS})[\\s\u3000]*[:：]`, 'g');

type Pair = { name: PageFieldName; label: string; value: string };

/** Reads a line as label/value pairs; undefined when the line holds anything else. */
function readFieldLine(line: SourceLine): Pair[] | undefined {
  const tabbed = line.raw.includes('\t');
  if (!tabbed && !/[:：]/.test(line.raw)) return undefined;
  const cells = line.raw
    .split(/\t|[|｜]/)
    .map((c) => normalizeLine(c).text)
    .filter((c) => c !== '');
  const out: Pair[] = [];
  for (const cell of cells) {
    // In a table row a cell may hold a bare label, without its colon (<td>发布机构</td><td>…</td>).
    const bare = tabbed ? NAME_OF.get(cell.replace(/[\s\u3000]+/g, '')) : undefined;
    if (bare && out.at(-1)?.value !== '') {
      out.push({ name: bare, label: cell.replace(/[\s\u3000]+/g, ''), value: '' });
      continue;
    }
    const labels = [...cell.matchAll(LABEL_AT)];
    if (labels.length === 0 || labels[0]!.index !== 0) {
      // A table: the label in one cell, its value in the next.
      const pending = out.at(-1);
      if (pending?.value !== '') return undefined;
      pending.value = cell;
      continue;
    }
    labels.forEach((m, i) => {
      const label = m[1]!.replace(/[\s\u3000]+/g, '');
      const value = cell.slice(m.index! + m[0].length, labels[i + 1]?.index ?? cell.length).trim();
      out.push({ name: NAME_OF.get(label)!, label, value });
    });
  }
  return out.length > 0 ? out : undefined;
}

/** Finds the page's labelled fields, marks their lines as metadata, and normalises their values. */
export function readPageFields(lines: SourceLine[], file: string): PageFields {
  const result: PageFields = { fields: [], issues: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.drop || line.match === '' || line.text.length > 400) continue;
    const pairs = readFieldLine(line);
    if (!pairs) continue;
    line.drop = 'metadata';
    // A label alone on its line, its value on the next one (a table copied cell by cell).
    const last = pairs.at(-1)!;
    const next = lines[i + 1];
    if (
      last.value === '' &&
      !line.raw.includes('\t') &&
      next &&
      !next.drop &&
      next.match !== '' &&
      !readFieldLine(next)
    ) {
      last.value = next.text.trim();
      next.drop = 'metadata';
      i++;
    }
    for (const pair of pairs) if (pair.value !== '') result.fields.push({ ...pair, line: line.no });
  }
  for (const field of result.fields) take(result, field, file);
  return result;
}

function take(result: PageFields, field: PageField, file: string): void {
  const { name, value, line } = field;
  const compact = value.replace(/[\s\u3000]+/g, '');
  if (name === 'title') result.title ??= { value: compact, line };
  else if (name === 'issuer') result.issuer ??= { value: compact, line };
  else if (name === 'docNumber') {
    const number = findDocNumbers(compact)[0];
    if (number) result.docNumber ??= { normalized: number.normalized, original: value.trim(), line };
    else
      result.issues.push({
        file,
        line,
        severity: 'warning',
        code: 'BAD_PAGE_FIELD',
        message: `the page's ${field.label} "${value}" is not a document number`,
      });
  } else if (name === 'issuedOn' || name === 'publishedOn' || name === 'effectiveOn') {
    const date = findDates(value)[0];
    if (date) result[name] ??= { value: date.value, line };
    else
      result.issues.push({
        file,
        line,
        severity: 'warning',
        code: 'BAD_PAGE_FIELD',
        message: `the page's ${field.label} "${value}" is not a date`,
      });
  } else if (name === 'indexNumber') result.indexNumber ??= compact;
  else if (name === 'topic') result.topic ??= value.trim();
  else if (name === 'validity') result.validity ??= compact;
}

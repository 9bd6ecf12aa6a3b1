/**
 * Metadata from the head (lines before the body) and the closing (lines after it): document number, dates,
 * addressees, 此件公开发布, source address, issuer lines. Examples:
 *   '国发〔2020〕7号' → docNumber; '发布日期: 2022-02-24 17:03' → publishedOn 2022-02-24;
 *   '2022-06-28 14:14' (a web page's time stamp) → publishedOn; '2020年7月13日' (date of writing) → issuedOn.
 */
import type { ParseIssue } from '../../model/index.ts';
import { classifyHeadLine, ISSUER_END, type HeadLineRole, withoutSeal } from './classify-head-line.ts';
import { findDates } from './parse-date.ts';
import { closeDateSpaces, splitLabelledFields } from './split-labelled-fields.ts';
import {
  damagedNumberIssue,
  isRunTogetherDate,
  readSpacedDate,
  readDamagedNumber,
  readRunTogetherDate,
  soleRunTogetherDate,
} from './read-damaged-head.ts';
import { cleanLine, findDocNumbers } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';

/** What the head and the closing say about the document. */
export interface Metadata {
  docNumber?: string;
  docNumberOriginal?: string;
  /** The line the number stands on. */
  docNumberLine?: number;
  issuedOn?: string;
  publishedOn?: string;
  effectiveOn?: string;
  addressees: string[];
  publicRelease: boolean;
  sourceUrl?: string;
  /** Issuer names standing on their own line (科 技 部), head first then signature; also a decree's or a field's. */
  issuerLines: string[];
  /** The names the document itself sets on their own lines, as written, in blocks of consecutive lines (its head mark,
   *  its signature): the organs of one block sign together. */
  signatures: string[][];
  /** The issuing notice's body lines (《…》已经自治区人民政府同意,现印发给你们). */
  noticeBody: SourceLine[];
  issues: ParseIssue[];
}

/** A line with its role. */
export interface RoledLine {
  line: SourceLine;
  role: HeadLineRole;
}

/** Classifies the non-blank, kept lines of the head or the closing. */
export function roleLines(lines: SourceLine[]): RoledLine[] {
  return lines.filter((l) => !l.drop && l.match !== '').map((line) => ({ line, role: classifyHeadLine(line.match) }));
}

const DECREE_HEAD = /^(?:中华人民共和国)?[\u4e00-\u9fff]{1,16}令$/;
// Its number, also in brackets ((第79号)) as city decrees print it.
// A ministry's decrees are numbered within their year (2016年 第5号).
const DECREE_NUMBER = /^[(（]?\s*(?:\d{4}\s*年\s*)?第\s*\d{1,5}\s*号\s*[)）]?$/;

// A document's genre alone, the last word of a title typeset over lines.
export const GENRE_ALONE = /^(?:通告|通知|公告|通报|决定|意见|批复|办法|规定|方案|细则|报告|函)$/;
/** True when the line before is a title line left open by 的 (…封闭施工的), at most a blank line above this one. */
const endsOpen = (before: RoledLine | undefined, line: SourceLine): boolean =>
  before?.role === 'title' && /的$/.test(before.line.match.replace(/\s+/g, '')) && line.no - before.line.no <= 2;

/**
 * Roles that only the neighbouring line decides: an issuer typeset on its own line above the rest of the title
 * ('国务院办公厅' / '关于辽宁省…的函') starts the title; a decree's head and number on two lines
 * ('中华人民共和国国务院令' / '第707号') are one number.
 */
export function refineHeadRoles(head: RoledLine[]): RoledLine[] {
  const out: RoledLine[] = [];
  for (let i = 0; i < head.length; i++) {
    const { line, role } = head[i]!;
    const next = head[i + 1];
    const compact = line.match.replace(/\s+/g, '');
    if (next && DECREE_HEAD.test(compact) && DECREE_NUMBER.test(next.line.match.trim())) {
      const unbracketed = (t: string): string => t.trim().replace(/^[(（]\s*|\s*[)）]$/g, '');
      const joined = `${line.text.trim()} ${unbracketed(next.line.text)}`;
      out.push({
        line: { ...line, raw: joined, text: joined, match: `${line.match.trim()} ${unbracketed(next.line.match)}` },
        role: 'number',
      });
      i++;
    } else if (
      role === 'issuer' &&
      ((next?.role === 'title' && /^(?:关于|对|转发)/.test(next.line.match.trim()) && next.line.no - line.no <= 2) ||
        // The first of joint issuers, each on its line over the 关于… line (中共杨陵区委 / 杨陵区人民政府 / 关于印发…).
        (next?.role === 'issuer' &&
          head[i + 2]?.role === 'title' &&
          /^(?:关于|转发)/.test(head[i + 2]!.line.match.trim()) &&
          head[i + 2]!.line.no - line.no <= 4))
    ) {
      out.push({ line, role: 'title' });
    } else if (role !== 'title' && GENRE_ALONE.test(compact) && endsOpen(out.at(-1), line)) {
      // The title's genre set on a line of its own, often letter-spaced (…项目封闭施工的 / 通     告): the title's end.
      out.push({ line, role: 'title' });
    } else out.push({ line, role });
  }
  return out;
}

// A date in digits alone (2024.1.26, 2024-01-26): a page's stamp over the text, for a document writes the date of
// writing with 年, 月 and 日 (GB/T 9704) and sets it under its signature, not over its text.
const DIGIT_DATE = /^\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}$/;

const URL = /https?:\/\/[^\s,，。;；)）》<>"]+/;

/** Reads the metadata of the head and the closing lines. */
export function readMetadata(head: RoledLine[], closing: RoledLine[], allLines: SourceLine[], file: string): Metadata {
  const meta: Metadata = {
    addressees: [],
    publicRelease: false,
    issuerLines: [],
    signatures: [],
    noticeBody: [],
    issues: [],
  };
  const noteDate = (line: SourceLine, text: string): { value: string; damaged: boolean } | undefined => {
    const date = findDates(text)[0];
    if (date?.damaged)
      meta.issues.push({
        file,
        line: line.no,
        severity: 'info',
        code: 'DAMAGED_DATE',
        message: `damaged date "${date.text}" read as ${date.value}`,
      });
    return date;
  };
  let previousRole: HeadLineRole | undefined;
  let damagedOn: string | undefined;
  const headLines = new Set(head.map((r) => r.line));
  for (const { line, role } of [...head, ...closing]) {
    const m = line.match.trim();
    const block = previousRole === 'issuer' && role === 'issuer' ? meta.signatures.at(-1) : undefined;
    previousRole = role;
    if (role === 'number' && !meta.docNumber) {
      const n = findDocNumbers(m.replace(/\s+/g, ''))[0] ?? readDamagedNumber(m);
      if (!n) continue;
      const damaged = damagedNumberIssue(file, line.no, n);
      if (damaged) meta.issues.push(damaged);
      meta.docNumber = n.normalized;
      meta.docNumberLine = line.no;
      // A decree names its issuer: 国令第707号 → 国务院, 商务部令第1号 → 商务部.
      const decree = /^(.+)令第\d+号$/.exec(n.normalized);
      if (decree?.[1]) meta.issuerLines.push(decree[1] === '国' ? '国务院' : decree[1]);
      // As written, before simplification: the display form keeps 號 and 【】.
      // Pinyin injected by a reposting site (湘政發(fā)〔2018〕30號) is no part of it.
      meta.docNumberOriginal = cleanLine(line.raw).cleaned.replace(/^[(（]\s*(.*?)\s*[)）]$/, '$1');
    } else if (role === 'date' && readSpacedDate(m)) {
      const day = readSpacedDate(m)!;
      meta.issuedOn ??= day;
      const message = `damaged date "${m}" read as ${day}: its 年, 月 and 日 lost, its digits apart`;
      meta.issues.push({ file, line: line.no, severity: 'info', code: 'DAMAGED_DATE', message });
    } else if (role === 'date' && isRunTogetherDate(m)) {
      readRunTogether(line, m, meta, file);
    } else if (role === 'date') {
      const date = noteDate(line, m);
      // A time of day marks a web page's stamp (publication of this copy); a bare date is the date of writing.
      if (date && (/\d{1,2}:\d{2}/.test(m) || (headLines.has(line) && DIGIT_DATE.test(m))))
        meta.publishedOn ??= date.value;
      // A date that lost its 日 (2018年3月13) yields to a whole one: a list of days may stand above the signature's.
      else if (date?.damaged) damagedOn ??= date.value;
      else if (date) meta.issuedOn ??= date.value;
    } else if (role === 'meta') {
      readMetaLine(line, meta, noteDate);
    } else if (role === 'public') {
      meta.publicRelease = true;
    } else if (role === 'addressee') {
      meta.addressees.push(
        ...line.text
          .trim()
          .replace(/[:：]$/, '')
          .split(/[,，]/)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
    } else if (role === 'issuer') {
      // Joint issuers signed on one line (…农业农村厅 …财政厅) are named as a joint issue is (A、B); 科 技 部 is one.
      // A sign-off in brackets ((万载县统计局)) is read without them.
      const signed = withoutSeal(line.text.trim()).replace(/^[(（]([^()（）]+)[)）]$/, '$1');
      const names = signed.split(/\s+/);
      const joint = names.length > 1 && names.every((n) => n.length >= 3 && ISSUER_END.test(n));
      meta.issuerLines.push(joint ? names.join('、') : signed.replace(/\s+/g, ''));
      // Spaces kept: they part two organs signing together (广西壮族自治区农业农村厅 广西壮族自治区财政厅).
      if (block) block.push(signed);
      else meta.signatures.push([signed]);
    } else if (role === 'masthead') {
      // 湖南省人民政府办公厅文件 → 湖南省人民政府办公厅 (an aggregator's 第一篇: before it left out).
      const organs = line.text
        .trim()
        .replace(/^[^:：]{1,8}[:：]/, '')
        .replace(/文件$/, '');
      meta.issuerLines.push(organs.replace(/\s+/g, ''));
      // The red header names every organ that issues together (中共湖南省委 湖南省人民政府文件).
      meta.signatures.push([organs.trim()]);
    } else if (role === 'notice-body') {
      meta.noticeBody.push(line);
    }
  }
  meta.issuedOn ??= damagedOn;
  const url = allLines.map((l) => URL.exec(l.match)?.[0]).find((u) => u !== undefined);
  if (url) meta.sourceUrl = url;
  return meta;
}

/**
 * A date of writing whose 年, 月 and 日 were lost: read when the digits mean one day, also if a digit was lost with them
 * (20151214; 2015917, which 20150917 would also give); else named with their readings, not read (202091: 2020年9月1日,
 * or 9月1X日?).
 */
function readRunTogether(line: SourceLine, m: string, meta: Metadata, file: string): void {
  const digits = m.replace(/\s+/g, '');
  const readings = readRunTogetherDate(digits);
  const sole = soleRunTogetherDate(digits);
  if (sole) {
    meta.issuedOn ??= sole;
    meta.issues.push({
      file,
      line: line.no,
      severity: 'info',
      code: 'DAMAGED_DATE',
      message: `damaged date "${digits}" read as ${sole}`,
    });
  } else {
    meta.issues.push({
      file,
      line: line.no,
      severity: 'warning',
      code: 'DAMAGED_DATE',
      message: `damaged date "${digits}" not read: 年, 月 or 日 and perhaps digits were lost (${readings.join(' or ')}?); check it against the source`,
    });
  }
}

function readMetaLine(
  line: SourceLine,
  meta: Metadata,
  noteDate: (line: SourceLine, text: string) => { value: string } | undefined,
): void {
  // One line may hold several fields: 来源: 柳州市人民政府网站 | 发布日期: 2022-02-24 17:03, or 来源:… 日期:2017-01-12.
  for (const field of splitLabelledFields(line.match)) {
    const [, name = '', value = ''] = /^([^:]+?)\s*:\s*(.*)$/.exec(field.trim()) ?? [];
    // A page's archiving or updating time (归档时间, 更新时间) is neither publication nor writing.
    if (/归档|更新/.test(name)) continue;
    const date = () => noteDate(line, closeDateSpaces(value));
    if (/发布日期|发布时间|日期|时间/.test(name) && !/成文|生效|施行/.test(name)) {
      const d = date();
      if (d) meta.publishedOn ??= d.value;
    } else if (/成文日期|发文日期/.test(name)) {
      const d = date();
      if (d) meta.issuedOn ??= d.value;
    } else if (/生效日期|施行日期/.test(name)) {
      const d = date();
      if (d) meta.effectiveOn ??= d.value;
    } else if (/发文字号|文号/.test(name)) {
      const n = findDocNumbers(value.replace(/\s+/g, ''))[0];
      if (n) {
        meta.docNumber ??= n.normalized;
        meta.docNumberOriginal ??= value.trim();
      }
    } else if (/发文机关|发布机构/.test(name) && value.trim() !== '') {
      meta.issuerLines.push(value.replace(/\s+/g, ''));
    }
  }
}

/**
 * A policy page whose lines a copy ran together, cut back into its lines where a page's fields and a notice's parts
 * begin, so that the readers that know a part only at a line's start (title, number, addressees, signature) read
 * them. Examples:
 *   '某市人民政府关于…的决定时间:2019-01-23 某市人民政府 关于…的决定 某政〔2018〕17号 各县人民政府: 2017年,… 某市人民政府 2018年12月3日'
 *   → ['某市人民政府关于…的决定', '时间:2019-01-23', '某市人民政府', '关于…的决定', '某政〔2018〕17号', '各县人民政府:',
 *      '2017年,…', '某市人民政府', '2018年12月3日']
 *   '汕府办[2015]29号各县(市、区)人民政府,市政府各部门:现将…' → ['汕府办[2015]29号', '各县(市、区)人民政府,市政府各部门:', '现将…']
 *   '2020年10月9日 某市信息公开办法' → ['2020年10月9日', '某市信息公开办法']
 * A page is run together when one line holds, as pieces parted by spaces or table bars, a document number and the
 * addressees (各…:), or the number right after the title: its spaces and bars are its line breaks. Statute records run together are split-run-in-fields' and
 * split-run-in-statute's.
 */
import { findDocNumbers } from '../../text/index.ts';
import { DECREE_STATEMENT, ISSUER_END, SIGNER_OFFICES } from './classify-head-line.ts';
import { findDates } from './parse-date.ts';
import { TITLE_END } from './read-kind.ts';
import type { SourceLine } from './source-lines.ts';
import { sliceLine } from './split-run-in-articles.ts';

// The addressees of a notice: 各 and the organs, closed by a colon (各县、区人民政府,各管理区、开发区,市政府有关部门:).
export const ADDRESSEES = /^各[^。;；:：]{1,120}[:：]/;
// Where a run-together page's lines were: its spaces, or the bars of the table cells it was copied from.
const PIECE_BREAK = /[\s\u3000|｜]+/;
// A line this long holds more than a title, a field or a signature.
const MIN_RUN_IN = 100;
// A run-together page's head (its number, its addressees) stands this near the start of its line; a paragraph naming a
// number and 各县区要…: far into it is one paragraph.
const HEAD_WITHIN = 300;
// A space inside a heading (第一章 总则, 第一条 为了…, 一、 总体要求, （一） 落实…) parts no lines.
const HEADING_BEFORE =
  /(?:第[一二三四五六七八九十百零〇\d]{1,5}[编章节条]|(?:^|[\s\u3000|｜])(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]))$/;
// A page's field label run into the title before it (…的决定时间:2019-01-23, …的通知发布日期:…).
const FIELD_LABEL = /(?:发布|公开|成文|印发)?(?:时间|日期)[:：]\s*\d|(?:信息|文章)?来源[:：]|浏览(?:次数|量)[:：]/g;
// A date of writing opening a line, a title after it (2020年10月9日 某市信息公开办法).
const DATE_FIRST = /^(?:\d{4}|[〇○零OΟ一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日[\s\u3000]+(?=\S)/;

// A heading's or an item's number opening a line (一、 （一） 1. 第X条): the line is text, no title with a field run in.
const NUMBERED =
  /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]{1,5}[编章节条])/;

/**
 * Cuts each line of a page run together into its lines; other lines are returned as they are. A title with a field, a
 * number with the addressees or a date with a title run in is cut apart only in a run-together page or in the head,
 * before the first numbered line: below it such a line is the text's own (（一）报送实施方案时间：2023年6月30日前).
 */
export function splitRunInPage<T extends SourceLine>(lines: readonly T[]): T[] {
  let inHead = true;
  // A signature with its date closes a text: after its last numbered line (a table's row 县农业农村局 2024年11月30日
  // inside an article is a unit and its deadline), or in a head that has none.
  const lastNumbered = lines.findLastIndex((l) => !l.drop && NUMBERED.test(l.match.trim()));
  return lines.flatMap((line, i) => {
    if (line.drop) return [line];
    const signed = i > lastNumbered ? signatureApart(line) : undefined;
    if (signed) return signed;
    const runIn = isRunInPage(line.match);
    if (!runIn && NUMBERED.test(line.match.trim())) inHead = false;
    if (!runIn && !inHead) return [line];
    const pieces = runIn ? spacedPieces(line) : [line];
    return pieces.flatMap((piece) =>
      NUMBERED.test(piece.match.trim())
        ? [piece]
        : [piece].flatMap(fieldsApart).flatMap(numberApart).flatMap(dateApart).flatMap(decreeApart),
    );
  });
}

/** A document number and the addressees, each a piece of a long line parted by spaces, near its start. */
export function isRunInPage(match: string): boolean {
  if (match.length < MIN_RUN_IN) return false;
  const trimmed = match.trim();
  const breaks = [...trimmed.matchAll(new RegExp(PIECE_BREAK, 'g'))];
  const words = [0, ...breaks.map((m) => m.index + m[0].length)]
    .filter((at) => at < HEAD_WITHIN)
    .map((at) => trimmed.slice(at).split(PIECE_BREAK)[0]!);
  const numbered = words.findIndex((w) => findDocNumbers(w)[0]?.index === 0);
  // The addressees after it, or the title right before it (…的实施意见 浙政发[2009]69号 2009-11-03 为贯彻…).
  return (
    breaks.length >= 2 &&
    numbered >= 0 &&
    (words.some((w) => ADDRESSEES.test(w)) || (numbered === 1 && TITLE_END.test(words[0]!)))
  );
}

/** The line cut at each run of spaces or table bars (which are left out), but for a heading's own space. */
function spacedPieces<T extends SourceLine>(line: T): T[] {
  const { match } = line;
  const breaks = [...match.matchAll(new RegExp(PIECE_BREAK, 'g'))].filter(
    (m) => /[|｜]/.test(m[0]) || !HEADING_BEFORE.test(match.slice(0, m.index)),
  );
  const starts = [0, ...breaks.map((m) => m.index + m[0].length)];
  const ends = [...breaks.map((m) => m.index), match.length];
  return starts.map((from, i) => sliceLine(line, from, ends[i]!)).filter((piece) => piece.match !== '');
}

/** A title with a page's field run into it: cut before the field's label. */
function fieldsApart<T extends SourceLine>(line: T): T[] {
  const { match } = line;
  const at = [...match.matchAll(FIELD_LABEL)].find((m) => m.index > 0)?.index;
  if (at === undefined || !TITLE_END.test(match.slice(0, at).trim()) || /[。;；,，]/.test(match.slice(0, at)))
    return [line];
  return piecesAt(line, [at]);
}

/** A document number opening a line, the addressees run into it, the text run into them. */
function numberApart<T extends SourceLine>(line: T): T[] {
  const number = findDocNumbers(line.match)[0];
  if (number?.index !== 0) return [line];
  const end = number.original.length;
  const addressees = ADDRESSEES.exec(line.match.slice(end).trimStart());
  if (!addressees) return [line];
  const from = line.match.length - line.match.slice(end).trimStart().length;
  return piecesAt(line, [end, from + addressees[0].length]);
}

// A decree's number opening a line, the statement of what it promulgates run into it (吉林省人民政府令第243号《…》已经…).
const DECREE_THEN_TITLE =
  /^((?!根据|依据|依照|按照|遵照|参照|对照|为|经|由)(?:中华人民共和国)?[\u4e00-\u9fff]{0,30}?(?:国务院|人民政府|政府|部|委员会|总局|局|署|厅)令\s*[(（]?\s*(?:\d{4}\s*年\s*)?第\s*\d{1,5}\s*号\s*[)）]?)\s*(?=《)/;
// The head of the government or ministry signing the decree and the date, run in after the statement's full stop
// (…现予公布,自2014年2月1日起施行。省长巴音朝鲁2013年12月6日).
const SIGNED_AFTER_STATEMENT = new RegExp(
  `(?<=。)\\s*(?:${SIGNER_OFFICES})[\\u4e00-\\u9fff·]{2,6}?\\s*(?=(?:\\d{4}|[〇○零一二三四五六七八九]{4})年)`,
);

/**
 * A decree run into one line: its number apart from the statement of what it promulgates, and the statement apart from
 * the signature and the date after it (吉林省人民政府令第243号 / 《…》已经…施行。 / 省长巴音朝鲁 / 2013年12月6日 / …).
 */
function decreeApart<T extends SourceLine>(line: T): T[] {
  const number = DECREE_THEN_TITLE.exec(line.match);
  if (number)
    return [
      sliceLine(line, 0, number[1]!.length),
      ...decreeApart(sliceLine(line, number[0].length, line.match.length)),
    ];
  const signed = SIGNED_AFTER_STATEMENT.exec(line.match);
  if (!signed || !DECREE_STATEMENT.test(line.match)) return [line];
  const dateAt = signed.index + signed[0].length;
  const date = findDates(line.match.slice(dateAt))[0];
  if (date?.index !== 0) return [line];
  return piecesAt(line, [signed.index, dateAt, dateAt + date.text.length]);
}

/** A date of writing with the issued text's title after it. */
function dateApart<T extends SourceLine>(line: T): T[] {
  const date = DATE_FIRST.exec(line.match);
  if (!date) return [line];
  const rest = line.match.slice(date[0].length).trim();
  if (rest.length > 60 || /[。;；,，:：]/.test(rest) || !TITLE_END.test(rest)) return [line];
  return piecesAt(line, [date[0].length]);
}

// A signature and its date on one line, parted by spaces (白沙镇人民政府 2021年6月1日), wherever it stands.
const SIGNED_THEN_DATE = new RegExp(
  `^([\\u4e00-\\u9fff、]{3,40}?${ISSUER_END.source.replace(/\$$/, '')})[\\s\u3000]+(?=\\S)`,
);

/** A signature with its date after it on the line: the two lines they stand for; undefined for any other line. */
function signatureApart<T extends SourceLine>(line: T): T[] | undefined {
  const signature = SIGNED_THEN_DATE.exec(line.match);
  if (!signature) return undefined;
  const rest = line.match.slice(signature[0].length).trim();
  const date = findDates(rest)[0];
  if (date?.index !== 0 || date.text.length !== rest.length) return undefined;
  return piecesAt(line, [signature[0].length]);
}

/** The line cut at each offset given (of its matching form), empty pieces left out. */
export function piecesAt<T extends SourceLine>(line: T, cuts: number[]): T[] {
  const bounds = [0, ...cuts, line.match.length];
  return bounds
    .slice(0, -1)
    .map((from, i) => sliceLine(line, from, bounds[i + 1]!))
    .filter((piece) => piece.match !== '');
}

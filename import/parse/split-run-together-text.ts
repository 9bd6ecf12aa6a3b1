/**
 * A notice a copy ran into one line with no space at all (a portal's text whose paragraphs lost their breaks), cut back
 * into the lines a reader needs: title, number, addressees, the notice's words, signature, date, the issued text's
 * title and each heading. Example:
 *   '某省人民政府办公厅关于印发《X方案》的通知粤府办〔2024〕9号各地级以上市人民政府:《X方案》已经省政府同意,现印发给你们。
 *    某省人民政府办公厅2024年8月19日X方案为贯彻…,制定本方案。一、…'
 *   → ['某省人民政府办公厅关于印发《X方案》的通知', '粤府办〔2024〕9号', '各地级以上市人民政府:', '《X方案》已经…给你们。',
 *      '某省人民政府办公厅', '2024年8月19日', 'X方案', '为贯彻…,制定本方案。', '一、…']
 * Only a line holding a notice's head (a title's end, then its number, then the addressees) is cut.
 */
import { findDocNumbers } from '../../text/index.ts';
import { TITLE_END } from './read-kind.ts';
import type { SourceLine } from './source-lines.ts';
import { ADDRESSEES, piecesAt } from './split-run-in-page.ts';

const MIN_RUN_TOGETHER = 300;
// The notice's head stands this near the start of its line.
const HEAD_WITHIN = 400;
// A signature run in after the notice's last sentence, its date run into it (…请认真贯彻落实。广东省人民政府办公厅2024年8月19日).
const SIGNED =
  /(?<=[。！!])([\u4e00-\u9fff、]{2,40}?(?:国务院|人民政府|办公厅|办公室|委员会|部|厅|局|委))((?:\d{4}|[〇○零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日)/g;
// What follows a notice's date: the end, its note (此件公开发布), its attachments, or the issued text's first heading.
const CLOSES_NOTICE = /^(?:$|[(（]此件|附件|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章条])/;
// A heading opening after a sentence or a colon: 一、 （一）.
const HEADING_AFTER_SENTENCE =
  /(?<=[。：:；;])(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/g;
const ISSUED = /《([^《》]{4,100})》[^。]{0,40}?(?:印发|下达)/;

/** Cuts each line holding a notice run together into its lines; other lines are returned as they are. */
export function splitRunTogetherText<T extends SourceLine>(lines: readonly T[]): T[] {
  return lines.flatMap((line) => {
    if (line.drop) return [line];
    const cuts = cutsOf(line.match);
    return cuts.length === 0 ? [line] : piecesAt(line, cuts);
  });
}

/** Where a run-together notice's lines begin; none when the line is no such notice. */
function cutsOf(match: string): number[] {
  if (match.length < MIN_RUN_TOGETHER || /[ \u3000\t|｜]/.test(match.trim())) return [];
  const number = findDocNumbers(match).find((n) => n.index > 0 && n.index < HEAD_WITHIN);
  const start = number ? numberStart(match, number.index, number.code) : undefined;
  if (!number || start === undefined) return [];
  const afterNumber = number.index + number.original.length;
  const addressees = ADDRESSEES.exec(match.slice(afterNumber));
  if (!addressees) return [];
  const body = afterNumber + addressees[0].length;
  const cuts = [start, afterNumber, body];
  // The signature is the organ and date the issued text's title, a note or the end follow, not one a sentence goes on
  // from (。市防汛抗旱指挥部2023年3月15日召开…).
  for (const signed of match.slice(body).matchAll(SIGNED)) {
    const organ = body + signed.index;
    const dateEnd = organ + signed[0].length;
    const issued = ISSUED.exec(match.slice(body, organ))?.[1];
    const titled = issued !== undefined && match.startsWith(issued, dateEnd);
    if (!titled && !CLOSES_NOTICE.test(match.slice(dateEnd))) continue;
    cuts.push(organ, organ + signed[1]!.length, dateEnd, ...(titled ? [dateEnd + issued.length] : []));
    break;
  }
  for (const heading of match.slice(body).matchAll(HEADING_AFTER_SENTENCE)) cuts.push(body + heading.index);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/**
 * Where the number begins after the title's last word: a number read from the run-together text may have taken that
 * word into its code (…的通知粤府办〔2024〕9号 read as 通知粤府办…). Undefined when no title ends before it.
 */
function numberStart(match: string, index: number, code: string): number | undefined {
  for (let k = 0; k <= code.length - 2; k++) if (TITLE_END.test(match.slice(0, index + k))) return index + k;
  return undefined;
}

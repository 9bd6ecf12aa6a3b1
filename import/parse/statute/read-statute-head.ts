/**
 * A statute's head lines (the making of it) → dated events with the body that acted. Examples:
 *   '2004年1月16日 浙江省第十届人民代表大会常务委员会第七次会议通过'
 *     → { kind: 'adoption', start: '2004-01-16', bodies: ['浙江省第十届人民代表大会常务委员会第七次会议'] }
 *   '2001年6月15日 中华人民共和国国务院令第306号公布' → promulgation 2001-06-15 by 国务院, number 国务院令第306号
 *   '（1993年7月2日第八届全国人民代表大会常务委员会第二次会议通过　2007年12月29日…修订）' → adoption, revision
 *   '2021年1月1日 施行', '…通过 自2005年1月1日起施行' → effect
 * One line may hold several steps (`…批准2017年12月1日青岛市人民代表大会常务委员会公告公布`): it is cut at each date.
 * Each decree belongs to its step: `2020年7月5日 …国务院令第728号公布` and `2025年3月17日 …国务院令第802号修订` → 国务院令第802号.
 */
import type { TimelineEvent } from '../../../model/index.ts';
import { findDates } from '../parse-date.ts';
import type { SourceLine } from '../source-lines.ts';

/** The events of the head and what they tell of the document. */
export interface StatuteHead {
  events: TimelineEvent[];
  /** 国务院令第306号, 公安部令第164号 …: the number of the latest act that names one (a revision by decree renumbers). */
  decreeNumber?: string;
  /** Every decree the head names, in order, with the day of its act (`2025-03-17` for 国务院令第802号修订). */
  decrees: { number: string; start?: string; line: number }[];
  /** Lines that were read as head lines. */
  lines: number[];
}

const KINDS: { kind: TimelineEvent['kind']; re: RegExp }[] = [
  // …会议通过的《…修正案》 / 《…关于修改…的决定》: another text, adopted to amend this one.
  { kind: 'amendment', re: /通过的《[^》]*(?:修正案|修改|决定)[^》]*》$/ },
  { kind: 'revision', re: /(?:修订|通过修订|修订通过)$/ },
  { kind: 'amendment', re: /(?:修正|修改)$/ },
  { kind: 'adoption', re: /(?:通过|通过的《[^》]*》|制定)$/ },
  { kind: 'approval', re: /批准$/ },
  { kind: 'promulgation', re: /(?:公布|发布|颁布|公布施行|发布施行)$/ },
  { kind: 'effect', re: /(?:起?施行|起?生效|实施)$/ },
];

/** A line opening with a year (2024年…, 二〇二四年…, 经2024年…): how a making line told from its date begins. */
export const DATE_FIRST = /^(?:经)?\s*\d{4}\s*年|^(?:经)?[〇零一二三四五六七八九]{4}年/;

const ORDINAL = '[一二三四五六七八九十百零〇\\d]+';
/**
 * A step told without its date, as pages that drop the dates print a head note (哈尔滨市第十三届人民代表大会常务委员会
 * 第二十八次会议通过 黑龙江省第十一届…第二十四次会议批准): a meeting, its verb right after it. An announcement's sentence
 * (…会议通过，现予公布) tells the same words but publishes; it is no head step.
 */
export const MEETING_STEP = new RegExp(
  `^(?:经|由|根据)?[\\u4e00-\\u9fff]{2,24}?第${ORDINAL}届[\\u4e00-\\u9fff]{0,30}?第${ORDINAL}次(?:全体)?会议(?:审议)?(?:通过|批准|修订|修正)`,
);
const PUBLISHES = /现予|予以公布|现将|公告/;

const wholeDate = (m: string): boolean => {
  const date = findDates(m)[0];
  return date !== undefined && !date.damaged && m.replace(date.text, '').trim() === '';
};

// The organ of a step's first piece, broken before its meeting (…第七届人民代表大会 / 常务委员会第四十次会议通过).
const STEP_ORGAN = /人民代表大会|常务委员会|人大|人民政府|国务院|委员会/;
const STEP_VERB = /通过|公布|发布|修订|修正|批准|施行/;

/**
 * True for a step of making broken over two lines, its date and organ on the first and its verb on the second
 * (20218月26日莆田市第七届人民代表大会 / 常务委员会第四十次会议通过); not a bracket (read whole), a page's stamp or source
 * (2024-03-05 10:30, 来源:…) or a sentence.
 */
export function isBrokenStep(first: string, rest: string): boolean {
  return (
    rest !== '' &&
    !/^[(（]/.test(first) &&
    !/^\d{4}-\d/.test(first) &&
    STEP_ORGAN.test(first) &&
    !/[:：。]/.test(first) &&
    STEP_VERB.test(rest) &&
    !isMakingLine(first) &&
    isMakingLine(`${first}${rest}`)
  );
}

/** True for a line that tells a step in the making of a statute: a date, then who did what (or a meeting, then what). */
export function isMakingLine(match: string): boolean {
  const m = match.replace(/^[\s(（]+|[\s)）。]+$/g, '');
  const undated = MEETING_STEP.test(m) && !PUBLISHES.test(m);
  // A date a copy damaged (20218月26日…通过, 20211022日…批准: its 年 or 月 lost) opens a step as a whole one does.
  const first = findDates(m)[0];
  const dated = DATE_FIRST.test(m) || (first?.index === 0 && first.damaged);
  if (!dated && !undated && !/^自?.{0,12}(?:公布|发布)之日(?:起)?施行$/.test(m)) return false;
  return (
    /(?:通过|批准|修订|修正|修改|公布|发布|颁布|施行|生效|实施|制定)(?:的《[^》]*》)?$/.test(m) ||
    /令第\s*\d+\s*号/.test(m) ||
    // A date alone (not one that lost its 日 at a line's end: 2014年9月26 / 日…批准 is one step broken over lines).
    wholeDate(m)
  );
}

/**
 * A step with the spaces a printed column left inside its words closed up (铜陵市第十五届人民代表大会常务 委员会, 安徽省第
 * 十二届…): a space between two Chinese characters, not after a step's verb (…通过 黑龙江省…, the next step).
 */
const withoutWrapSpaces = (step: string): string =>
  step.replace(/(?<=[\u4e00-\u9fff])(?<!通过|批准|修订|修正|公布|发布|颁布|施行)[ \u3000]+(?=[\u4e00-\u9fff])/g, '');

/** Reads the acting body of one step, as written (a meeting, a decree, an organ). */
function bodyOf(segment: string): string | undefined {
  const meeting =
    /([\u4e00-\u9fff]{0,24}?第?[一二三四五六七八九十百零〇\d]+届[\u4e00-\u9fff]{0,30}?(?:第[一二三四五六七八九十百零〇\d]+次(?:全体)?会议|会议))/.exec(
      segment,
    );
  // …会议批准的《洛阳市人民代表大会常务委员会关于修改…的决定》修正: the city's standing committee amended it.
  const approvedDecision = /批准的《([\u4e00-\u9fff]{2,30}?)关于/.exec(segment)?.[1];
  if (meeting && approvedDecision) return approvedDecision;
  if (meeting) return meeting[1]!.replace(/^(?:经|由|在|根据)/, '');
  const court = /(最高人民(?:法院|检察院)(?:审判委员会|检察委员会)第[\d一二三四五六七八九十百零〇]+次会议)/.exec(
    segment,
  );
  if (court) return court[1];
  const decree =
    /((?:中华人民共和国)?[\u4e00-\u9fff、]{2,40}?)令(?:\s*\(?第?\s*\d+\s*号\)?|第[\d一二三四五六七八九十百零〇]+号)/.exec(
      segment,
    ) ?? /((?:中华人民共和国)?[\u4e00-\u9fff、]{2,40}?)第\s*\d+\s*号令/.exec(segment);
  if (decree) return decree[1];
  const decision = /《([\u4e00-\u9fff]{2,30}?)关于/.exec(segment);
  if (decision && /(?:国务院|人民代表大会|常务委员会|人民法院|人民检察院|人民政府)$/.test(decision[1]!))
    return decision[1];
  const organ = /^(?:经|由)?([\u4e00-\u9fff、\d]{2,40}?)(?:公告)?(?:审议通过|通过|批准|发布|公布|颁布|修订|修正)/.exec(
    segment,
  );
  return organ?.[1];
}

const EFFECT_FROM = /自\s*([^起]{4,20}?)\s*起(?:施行|生效|实施)/g;
const TRAILING_DECREE =
  /(?<=通过|批准|修订|修正|公布|发布|颁布)\s*(?:中华人民共和国)?[\u4e00-\u9fff、]{2,40}?(?:令\s*[(（]?第\s*\d+\s*号[)）]?|第\s*\d+\s*号令)$/;

/** The decree a step names, normalised (中华人民共和国国务院令第306号 → 国务院令第306号). */
function decreeOf(step: string): string | undefined {
  const decree = /((?:中华人民共和国)?[\u4e00-\u9fff、]{2,40}?令)\s*\(?(第\s*\d+\s*号)/.exec(step);
  if (decree)
    return `${decree[1]!.replace(/^中华人民共和国/, '').replace(/、中华人民共和国/g, '、')}${decree[2]!.replace(/\s+/g, '')}`;
  const after = /((?:中华人民共和国)?[\u4e00-\u9fff、]{2,40}?)(第\s*\d+\s*号)令/.exec(step);
  return after ? `${after[1]!.replace(/^中华人民共和国/, '')}令${after[2]!.replace(/\s+/g, '')}` : undefined;
}

/** A step after a step's verb and a space, opening with its meeting (…通过 黑龙江省第十一届…会议批准). */
const NEXT_STEP = new RegExp(
  `(?<=通过|批准|修订|修正|公布|施行)\\s+(?=(?:根据|经|由)?[\\u4e00-\\u9fff]{2,24}?第${ORDINAL}届)`,
  'g',
);

/**
 * Where the steps a page printed without dates begin: the line's start when it opens with one, and each meeting after
 * a verb and a space. A page that drops the dates of the first steps (…第二十八次会议通过 …批准 根据2020年…修正)
 * still tells who made and who approved; cutting at dates alone would join those steps into the first dated one's.
 */
function undatedSteps(m: string): number[] {
  const starts = [...m.matchAll(NEXT_STEP)].map((s) => s.index + s[0].length);
  return MEETING_STEP.test(m) ? [0, ...starts] : starts;
}

/** An editor's note a site sets in the head ((编者注:修改内容见2014年…公布的《…(2014年修正本)》)): another version's steps. */
const EDITOR_NOTE = /^[(（]?\s*(?:编者注|编者按|编注)\s*[:：]/;

/** Reads the head lines (matching form) into events; lines that tell no step are left out. */
export function readStatuteHead(lines: SourceLine[]): StatuteHead {
  const events: TimelineEvent[] = [];
  const used: number[] = [];
  const decrees: StatuteHead['decrees'] = [];
  for (const line of lines) {
    if (line.drop || line.match.trim() === '' || EDITOR_NOTE.test(line.match.trim())) continue;
    let m = line.match.replace(/^[\s(（]+|[\s)）]+$/g, '');
    const before = events.length;
    // 自2005年1月1日起施行 is an effect whatever stands before it; take it out before cutting at dates.
    m = m.replace(EFFECT_FROM, (whole, when: string) => {
      const date = findDates(when)[0]?.value;
      events.push({ kind: 'effect', text: whole, line: line.no, ...(date ? { start: date } : {}) });
      return ' ';
    });
    const dates = findDates(m);
    const cuts = [...new Set([...dates.map((d) => d.index), ...undatedSteps(m)])].sort((a, b) => a - b);
    if (cuts.length === 0) cuts.push(0);
    const lead = cuts[0]! > 0 ? decreeOf(m.slice(0, cuts[0])) : undefined;
    if (lead) decrees.push({ number: lead, line: line.no });
    cuts.forEach((from, i) => {
      const to = cuts[i + 1] ?? m.length;
      const piece = m.slice(from, to);
      const date = dates.find((d) => d.index === from);
      // Read after the date: 日 is a CJK character too, and 1994年1月28日中华人民共和国国务院令 has no space before the organ.
      // A decree that issues an amending decision (国务院令第666号《国务院关于修改部分行政法规的决定》) numbers the
      // decision, which amends many texts at once: not this text.
      const number = /《[^》]*决定》/.test(piece) ? undefined : decreeOf(date ? piece.slice(date.text.length) : piece);
      if (number) decrees.push({ number, line: line.no, ...(date ? { start: date.value } : {}) });
      const rest = (date ? piece.slice(date.text.length) : piece)
        .replace(/^[\s,，、]+|[\s,，、;；。)）(（]+$/g, '')
        .replace(/\s*(?:并经|并|经|根据|依据|依照)$/, '')
        // …会议通过 内蒙古自治区人民政府令第4号: the decree that promulgated the act follows it (its number is kept above).
        .replace(TRAILING_DECREE, '')
        .trim();
      const kind =
        KINDS.find((k) => k.re.test(rest))?.kind ??
        (rest === '' && date ? 'issuance' : /公布之日|发布之日/.test(rest) ? 'effect' : undefined);
      if (!kind) return;
      const body = kind === 'effect' || kind === 'issuance' ? undefined : bodyOf(withoutWrapSpaces(rest));
      const event: TimelineEvent = {
        kind,
        text: piece.trim(),
        line: line.no,
        ...(date ? { start: date.value } : {}),
        ...(body ? { bodies: [body] } : {}),
      };
      events.push(event);
      if (/公布施行$|发布施行$/.test(rest))
        events.push({ kind: 'effect', text: piece.trim(), line: line.no, ...(date ? { start: date.value } : {}) });
    });
    if (events.length > before) used.push(line.no);
  }
  // The latest act's number: a text revised by decree (国务院令第802号修订) bears that number, not its first one's.
  const latest = decrees.reduce<(typeof decrees)[number] | undefined>(
    (a, b) => (!a || (b.start ?? '') >= (a.start ?? '') ? b : a),
    undefined,
  );
  return { events, lines: used, decrees, ...(latest ? { decreeNumber: latest.number } : {}) };
}

/**
 * The quantities an article states, each with the role it plays and which way asks more of those it binds: amounts
 * (元/万元/亿元), shares (%, 百分之…), multiples (违法所得一倍以上三倍以下), target years (到2025年), time limits and periods
 * (十五日内, 会议举行的七日前, 公示时间不得少于二十日, 期限不得超过二年, 每五年, 每季度报告一次), counts with a threshold
 * (十名以上的代表联名, 达到500家), measures, half (过半数), and ranges whose floor leaves its unit to the cap (三至七天,
 * 一至三万元). Dates of adoption or effect (自2024年7月1日起施行) are not quantities.
 * Example: readQuantities('处一万元以上十万元以下的罚款') → an amount 10000 (floor) and 100000 (cap), both a fine, so
 * more is stricter.
 */
import { type ChangeSpan, QUANTITY_KINDS, type QuantityKind } from './change-types.ts';
import { readChineseNumber } from '../text/index.ts';

export { QUANTITY_KINDS, type QuantityKind };

/** A floor (不低于, 以上), a cap (不超过, 以下, 以内) or a value as such. */
export type QuantityRole = 'floor' | 'cap' | 'exact';

/**
 * How a time counts: `time limit` (十五日内), `in advance` (会议举行的七日前), `at least` (不得少于二十日), `at most`
 * (不得超过二年), `every` (每五年), `period` (停止活动三个月以上六个月以下), `ban` (五年内不得从事), `term` (how long a
 * status lasts: 每届任期不超过五年, 有效期不得超过三年).
 */
export type TimeSense = 'time limit' | 'in advance' | 'at least' | 'at most' | 'every' | 'period' | 'ban' | 'term';

/** One quantity of a text. */
export interface Quantity {
  kind: QuantityKind;
  value: number;
  role: QuantityRole;
  /** 1: more asks more of those the text binds (a fine, a floor, a notice period); −1: less does (a cap, a time limit). */
  direction: 1 | -1;
  /** How a time counts (in days): see TimeSense. */
  sense?: TimeSense;
  /** A time written in working days (五个工作日内): how many; `value` counts them as 7/5 of a day each. */
  workingDays?: number;
  span: ChangeSpan;
}

// Digits (10,000 too), or Chinese numerals with at least one digit or 十 (万 alone, as in 1700多万吨, is no number).
const NUM =
  '[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\\.[0-9]+)?|(?=[零〇一二两三四五六七八九十百千万亿点]*[零〇一二两三四五六七八九十])[零〇一二两三四五六七八九十百千万亿点]+';
// A number does not start inside another number, right after a year or month (2024年7月1日前 is a date), after 第
// (第一项至第三项 names items, it counts nothing) or after 多/余 (1700多万吨 is an estimate).
const START = '(?<![0-9,零〇一二两三四五六七八九十百千万亿点.年月第多余])';
// A time is no year: 2025年前 and 2018年至2020年 are dates.
const NOT_A_YEAR = '(?![0-9]{4}年)';

/** The words before a number that make it a floor, or a cap; all of them belong to its span (不低于百分之七十). */
const FLOOR_WORDS = ['不低于', '不少于', '不得少于', '不得低于', '至少'];
const CAP_WORDS = ['最高不超过', '不超过', '不高于', '不得超过', '不得高于', '最高', '最多'];
const FLOOR_BEFORE = new RegExp(`(${[...FLOOR_WORDS, '(?<!不|不得)超过', '达到'].join('|')})$`);
const CAP_BEFORE = new RegExp(`(${CAP_WORDS.join('|')})$`);
const LEAD = new RegExp(`(${[...FLOOR_WORDS, ...CAP_WORDS, '达到'].join('|')})$`);
const RANGE_MARK = '(?:以上)?(?:至|到|－|-|～|~)';
const RANGE_START = new RegExp(`^${RANGE_MARK}`);
// The second number of a range (五百元至二千元): 至 or 到 right after a number and its unit, not 达到.
const RANGE_END = new RegExp(
  `[0-9零〇一二两三四五六七八九十百千万元%％倍日天月年时人名家项个米克吨升度亩]${RANGE_MARK}$`,
);
// Money or a multiple a penalty is counted in (处…罚款, 罚款…元): more is stricter, a cap as much as a floor.
const PENALTY_AFTER = /^[^，。；：,;:]*?(罚款|罚金|滞纳金|赔偿金|违约金)/;
const PENALTY_BEFORE = /(罚款|罚金)[^，。；：,;:]{0,8}$/;
// A period that punishes or bans (责令停止活动三个月, 处十日以上十五日以下拘留, 五年内不得从事): longer is stricter.
const PUNITIVE_BEFORE = /(停止|停业|停产|拘留|暂扣|暂停|禁止|有期徒刑|拘役)[^，。；]{0,12}$/;
const PUNITIVE_AFTER = /^[^，。；]{0,10}?(拘留|有期徒刑|拘役)/;
// A longest time that says how long a status lasts (每届任期不超过五年, 有效期不得超过三年, 试用期最长不超过六个月), not
// how long one has to act.
const TERM_BEFORE = /(任期|有效期|试用期|聘期|聘任期)(?:一般|为)?$/;

/** A number as written: digits (commas dropped) or Chinese numerals. */
const numberOf = (text: string) => readChineseNumber(text.replace(/,/g, ''));

const DAYS: Record<string, number> = {
  小时: 1 / 24,
  个工作日: 1.4,
  工作日: 1.4,
  日: 1,
  天: 1,
  周: 7,
  个月: 30,
  月: 30,
  年: 365,
};

function roleOf(before: string, after: string): QuantityRole {
  if (CAP_BEFORE.test(before) || RANGE_END.test(before) || /^(以下|以内)/.test(after)) return 'cap';
  if (FLOOR_BEFORE.test(before) || RANGE_START.test(after) || /^以上/.test(after)) return 'floor';
  return 'exact';
}

/** What 百, 千, 万 and 亿 stand for, alone (万分之五) or as the magnitude a number is written in (一至三万元). */
const MAGNITUDES: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
/** What an amount's unit multiplies by. */
const SCALE: Record<string, number> = { 亿元: 1e8, 万元: 1e4 };

/** The patterns of readQuantities, compiled once: each kind's number with its unit and the words that place it. */
const UNIT = '(个工作日|工作日|个月|小时|日|天|周|年)';
const MEASURE_UNITS = '平方米|平方公里|立方米|千米|公里|厘米|毫米|米|公顷|亩|千克|公斤|吨|毫升|升';
// A concentration (年均浓度降至70微克/立方米): a limit, so less asks more.
const CONCENTRATION = new RegExp(`${START}(${NUM})(微克|毫克)(?:/|每)立方米`, 'g');
// Kept apart from the units of a plan's targets (import/parse/read-targets.ts) on purpose: those hold magnitudes (万吨,
// 亿人次) this reader takes from the number, and measure words (件, 条, 台) that in a statute read 等五件地方性法规 and
// 收支两条线 as counts.
const COUNT_UNITS = '名|人|家|项|所|户|位|个';
const AMOUNT = new RegExp(`${START}(${NUM})(亿元|万元|元)`, 'g');
const SHARE = new RegExp(
  `${START}([一二三四五六七八九十百千万]+)分之(${NUM})|${START}([0-9]+(?:\\.[0-9]+)?)[%％]`,
  'g',
);
const MULTIPLE = new RegExp(`${START}(${NUM})倍(?!增)`, 'g');
const YEAR = /(?<![0-9]年|截)(?:到|至|在|(?<!关)于)(\d{4})年(?![0-9一二三四五六七八九十]+月|底)/g;
// A dated deadline: 2014年底前, 到2014年底, 2014年6月底前 (its month as hundredths: 2014.06; the year's end is 2014.12);
// the year alone (YEAR) is not read again there.
const YEAR_END = /(?<![0-9])(\d{4})年(?:(\d{1,2})月)?底(?:前|以前)/g;
// The same without 前 after a word that sets a term (到2014年底); not a point passed (截至2020年底).
const YEAR_END_BY = /(?<=(?:到|在|(?<!关)于))(\d{4})年(?:(\d{1,2})月)?底(?!前|以前)/g;
const AT_LEAST = new RegExp(`(${FLOOR_WORDS.join('|')})${NOT_A_YEAR}(${NUM})${UNIT}`, 'g');
const AT_MOST = new RegExp(`(不得超过|不超过|最长不超过|最长)${NOT_A_YEAR}(${NUM})${UNIT}(?!内|以内)`, 'g');
const WITHIN_OR_AHEAD = new RegExp(`${START}${NOT_A_YEAR}(${NUM})${UNIT}(内|以内|前|以前)`, 'g');
const PERIOD_START = new RegExp(`${START}${NOT_A_YEAR}(${NUM})${UNIT}(?=以上|以下|至|到)`, 'g');
const PERIOD_END = new RegExp(`(?<=[日天月年周时]${RANGE_MARK})${NOT_A_YEAR}(${NUM})${UNIT}`, 'g');
const EVERY = new RegExp(`每(${NUM})${UNIT}`, 'g');
const MEASURE = new RegExp(`${START}(${NUM})(${MEASURE_UNITS}|度)(?![假])`, 'g');
const COUNT = new RegExp(`${START}(${NUM})(${COUNT_UNITS})(?!月|工作日|体|别|人民)`, 'g');
// The floor of a range that leaves its unit to the cap (三至七天, 五千至五万元, 一至三倍, 1万至10万元); not ages (十六至
// 十八周岁), grades (一至三年级) or days of a month (每月的1至5日).
const RANGE_UNITS = `亿元|万元|元|倍|个工作日|工作日|个月|小时|日|天|周(?!岁)|年(?!级|度)|${COUNT_UNITS}|${MEASURE_UNITS}`;
const BARE_RANGE = new RegExp(
  `(?<!月的?)${START}${NOT_A_YEAR}(${NUM})(万|亿)?(?:至|到|～|~|－|-)(?=${NOT_A_YEAR}(${NUM})(${RANGE_UNITS}))`,
  'g',
);
// The magnitude a cap is written in: 百 or 千 and 万 or 亿 after one digit (三千万: a floor 一 is 一千万), else 万 or 亿 at
// its end (二十万), else 百 or 千 after one digit (三千, 一百).
const COMPOUND_MAGNITUDE = /^(?:[一二两三四五六七八九]|[1-9])((?:百|千)(?:万|亿))$/;
const LARGE_MAGNITUDE = /(万|亿)$/;
const SMALL_MAGNITUDE = /^(?:[一二两三四五六七八九]|[1-9])(百|千)$/;
const TIME_UNIT = new RegExp(`^${UNIT}$`);
const MEASURE_UNIT = new RegExp(`^(?:${MEASURE_UNITS})$`);
// Half (过半数, 超过半数, 半数以上, 不得超过半数): a share of 50 %; not 减半数额 or 折半数额.
const HALF = /(?<![0-9一二三四五六七八九十减折])半数(?!额)/g;
// An interval without a number: 每季度 … 一次 or 两次 (every 91 or 45.5 days), or 每年 … 报告: shorter asks more. A bare 每年
// (每年安排资金, 每年发放一次性补贴, 每月最低工资) is no rule.
const EVERY_PERIOD = /每(季度|半年|年度|年|月|周)/g;
const TIMES_AFTER = /^[^，。；]{0,12}?([一二两三四五六1-6])次(?!性)/;
const REPORTED_AFTER = /^[^，。；]{0,12}?(报告|公布|通报|发布|检查|评估|考核|召开)/;
const PERIOD_DAYS: Record<string, number> = { 季度: 91, 半年: 182, 年度: 365, 年: 365, 月: 30, 周: 7 };

/** Every quantity of `text`, in order of appearance. */
export function readQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken = new Set<number>();
  const push = (
    kind: QuantityKind,
    value: number | undefined,
    start: number,
    end: number,
    how: { role?: QuantityRole; direction?: 1 | -1; sense?: TimeSense; workingDays?: number } = {},
  ) => {
    if (value === undefined || Number.isNaN(value) || taken.has(start)) return;
    taken.add(start);
    const before = text.slice(Math.max(0, start - 6), start);
    const after = text.slice(end, end + 3);
    const role = how.role ?? roleOf(before, after);
    const penalty =
      PENALTY_AFTER.test(text.slice(end, end + 40)) || PENALTY_BEFORE.test(text.slice(Math.max(0, start - 10), start));
    const direction = how.direction ?? (penalty || role !== 'cap' ? 1 : -1);
    const lead = LEAD.exec(before)?.[0] ?? '';
    // A time in working days is shown in them (5 working days, not 7 days).
    const workingDays =
      how.workingDays ??
      (kind === 'deadline' && text.slice(start, end).includes('工作日')
        ? Math.round((value / DAYS.工作日!) * 100) / 100
        : undefined);
    found.push({
      kind,
      value,
      role,
      direction,
      ...(how.sense ? { sense: how.sense } : {}),
      ...(workingDays !== undefined ? { workingDays } : {}),
      span: { text: text.slice(start - lead.length, end), start: start - lead.length, end },
    });
  };
  const each = (pattern: RegExp, visit: (m: RegExpMatchArray, start: number, end: number) => void) => {
    for (const m of text.matchAll(pattern)) visit(m, m.index!, m.index! + m[0].length);
  };
  each(AMOUNT, (m, s, e) => {
    const n = numberOf(m[1]!);
    push('amount', n === undefined ? undefined : n * (SCALE[m[2]!] ?? 1), s, e);
  });
  // A share: 百分之七十, 70%, and any fraction (三分之二, 万分之五), read as a percentage.
  each(SHARE, (m, s, e) => {
    if (m[3]) return push('share', Number(m[3]), s, e);
    // A bare 百, 千 or 万 is one of it (万分之五).
    const whole = MAGNITUDES[m[1]!] ?? numberOf(m[1]!);
    const part = numberOf(m[2]!);
    push('share', whole && part !== undefined ? Math.round((part / whole) * 1e6) / 1e4 : undefined, s, e);
  });
  each(MULTIPLE, (m, s, e) => push('multiple', numberOf(m[1]!), s, e));
  // A year by which something is due: 到2025年, 在2030年前; not a date (在2020年1月1日), a topic (关于1994年…), the end of
  // a span of years (2018年至2020年) or a point passed (截至2020年).
  each(YEAR, (m, s, e) => push('year', Number(m[1]), s, e, { role: 'exact', direction: -1 }));
  for (const pattern of [YEAR_END, YEAR_END_BY])
    each(pattern, (m, s, e) =>
      push('year', Number(m[1]) + Number(m[2] ?? 12) / 100, s, e, { role: 'exact', direction: -1 }),
    );
  // In micrograms: 0.07毫克/立方米 is 70微克/立方米.
  each(CONCENTRATION, (m, s, e) => {
    const n = numberOf(m[1]!);
    push('measure', n === undefined ? undefined : m[2] === '毫克' ? Math.round(n * 1e6) / 1e3 : n, s, e, {
      direction: -1,
    });
  });
  const days = (n: string, unit: string) => {
    const v = numberOf(n);
    return v === undefined ? undefined : Math.round(v * DAYS[unit]! * 100) / 100;
  };
  // A minimum period (公示时间不得少于二十日) asks more when longer; a longest allowed one (期限不得超过二年) when shorter.
  each(AT_LEAST, (m, s, e) =>
    push('deadline', days(m[2]!, m[3]!), s + m[1]!.length, e, { role: 'floor', direction: 1, sense: 'at least' }),
  );
  each(AT_MOST, (m, s, e) =>
    push('deadline', days(m[2]!, m[3]!), s + m[1]!.length, e, {
      role: 'cap',
      direction: -1,
      sense: TERM_BEFORE.test(text.slice(Math.max(0, s - 8), s)) ? 'term' : 'at most',
    }),
  );
  // Within a time (十五日内): shorter asks more; a ban for a time (五年内不得从事) asks more when longer. Before an event
  // (会议举行的七日前): longer asks more.
  each(WITHIN_OR_AHEAD, (m, s, e) => {
    const ahead = m[3] === '前' || m[3] === '以前';
    const ban = !ahead && /^(不得|禁止|不再)/.test(text.slice(e, e + 2));
    push('deadline', days(m[1]!, m[2]!), s, e, {
      role: ahead ? 'floor' : 'cap',
      direction: ahead || ban ? 1 : -1,
      sense: ahead ? 'in advance' : ban ? 'ban' : 'time limit',
    });
  });
  // A period with its bounds (责令停止活动三个月以上六个月以下, 处三日至七日拘留): as a penalty, longer asks more.
  const period = (value: number | undefined, s: number, e: number, role?: QuantityRole, workingDays?: number) => {
    const punitive =
      PUNITIVE_BEFORE.test(text.slice(Math.max(0, s - 16), s)) || PUNITIVE_AFTER.test(text.slice(e, e + 16));
    push('deadline', value, s, e, {
      sense: 'period',
      ...(role ? { role } : {}),
      ...(punitive ? { direction: 1 as const } : {}),
      ...(workingDays !== undefined ? { workingDays } : {}),
    });
  };
  each(PERIOD_START, (m, s, e) => period(days(m[1]!, m[2]!), s, e));
  each(PERIOD_END, (m, s, e) => period(days(m[1]!, m[2]!), s, e));
  // A recurring interval (每五年组织一次): shorter asks more.
  each(EVERY, (m, s, e) =>
    push('deadline', days(m[1]!, m[2]!), s + 1, e, { role: 'cap', direction: -1, sense: 'every' }),
  );
  each(EVERY_PERIOD, (m, s, e) => {
    const after = text.slice(e, e + 16);
    const times = TIMES_AFTER.exec(after)?.[1];
    if (!times && !REPORTED_AFTER.test(after)) return;
    const value = PERIOD_DAYS[m[1]!]! / (times ? numberOf(times)! : 1);
    push('deadline', Math.round(value * 100) / 100, s, e, { role: 'cap', direction: -1, sense: 'every' });
  });
  // A physical measure (周围二百米, 一万平方米以上, 四百毫升): more asks more, unless it is a cap.
  each(MEASURE, (m, s, e) => push('measure', numberOf(m[1]!), s, e));
  // A count with a threshold (十名以上的代表, 不少于三家, 达到500家): a bare number of things is not a rule.
  each(COUNT, (m, s, e) => {
    const role = roleOf(text.slice(Math.max(0, s - 6), s), text.slice(e, e + 3));
    if (role !== 'exact') push('count', numberOf(m[1]!), s, e, { role });
  });
  each(HALF, (_, s, e) => {
    const before = text.slice(Math.max(0, s - 6), s);
    // 过半数 is a floor as 超过半数 is; 不足半数 a cap.
    const over = /(?<!超|不|不得)过$/.test(before);
    const role = over ? 'floor' : /不足$/.test(before) ? 'cap' : undefined;
    push('share', 50, over ? s - 1 : s, e, role ? { role } : {});
  });
  // A range's floor without a unit takes the cap's (三至七天); 一至三万元 is 一万元 to 三万元, 五千至五万元 is 五千元 to
  // 五万元. The cap of such a time range is read here too: PERIOD_END wants a unit before 至.
  each(BARE_RANGE, (m, s, end) => {
    const [written, magnitude, capWritten, unit] = [m[1]!, m[2], m[3]!, m[4]!];
    const [number, cap] = [numberOf(written), numberOf(capWritten)];
    const e = s + written.length + (magnitude?.length ?? 0);
    const capStart = end;
    if (number === undefined || cap === undefined) return;
    if (TIME_UNIT.test(unit)) {
      // The cap may be read already, as a time limit (三至五个工作日内): the floor counts the same way.
      const capRead = found.find((q) => q.span.start <= capStart && q.span.end > capStart);
      const workingDays = unit.includes('工作日') ? number : undefined;
      if (capRead)
        push('deadline', days(written, unit), s, e, {
          role: 'floor',
          direction: capRead.direction,
          sense: capRead.sense!,
          ...(workingDays !== undefined ? { workingDays } : {}),
        });
      else {
        period(days(written, unit), s, e, 'floor', workingDays);
        period(days(capWritten, unit), capStart, capStart + capWritten.length + unit.length, 'cap');
      }
      return;
    }
    // The floor counts in the cap's magnitude when it is written without one and is less than the cap counted in it:
    // 一至三万元 and 十至二十万元 (in 万), 一至三千元 (in 千), 一至三千万元 (in 千万, for a floor under its three; 五百至一千万元
    // is in 万), 2至5万元 (the unit's 万); 五千至五万元 keeps its own. A floor with its own magnitude (1万至10万元) is
    // counted in it.
    const scaleOf = (written: string | undefined) =>
      written ? [...written].reduce((scale, m) => scale * MAGNITUDES[m]!, 1) : 1;
    const compound = scaleOf(COMPOUND_MAGNITUDE.exec(capWritten)?.[1]);
    const unitScale = SCALE[unit] ?? 1;
    const capScale =
      compound > 1 && number < cap / compound
        ? compound
        : scaleOf((LARGE_MAGNITUDE.exec(capWritten) ?? SMALL_MAGNITUDE.exec(capWritten))?.[1]);
    const floor = magnitude
      ? number * MAGNITUDES[magnitude]!
      : number < cap / capScale
        ? number * capScale * unitScale
        : number;
    if (/元$/.test(unit)) push('amount', floor, s, e, { role: 'floor' });
    else if (unit === '倍') push('multiple', floor, s, e, { role: 'floor' });
    else if (MEASURE_UNIT.test(unit)) push('measure', floor, s, e, { role: 'floor' });
    else push('count', floor, s, e, { role: 'floor' });
  });
  return found.sort((x, y) => x.span.start - y.span.start);
}

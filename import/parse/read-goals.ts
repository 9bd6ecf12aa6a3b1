/**
 * Vision goals and quantified targets. Examples:
 *   '将高新区建成创新驱动发展示范区和高质量发展先行区' → { kind: 'vision', text: (the same) }
 *   '到2025年,建成国家高新区10个以上' → { kind: 'target', year: 2025, metric: '建成国家高新区', value: 10, unit: '个',
 *     qualifier: '以上' }; '研发投入强度达到3.5%左右' (in a sentence with 到2025年) → value 3.5, unit '%', qualifier '左右'.
 * A target needs a number: '营业收入超万亿元' → value 10000, unit 亿元; '走出一条…之路' (一 as an article) and the 万 of
 * '30亿棒(万亩)' (a unit in brackets) are none.
 */
import type { Goal } from '../../model/index.ts';
import { foldWidth, readChineseNumber } from '../../text/index.ts';

const VISION_WITH_SUBJECT =
  /将[^,，。;；:：]{1,20}?(?:建成|建设成为|建设成|建设为|打造成为|打造成|打造为)[^,，。;；:：]+/g;
const VISION = /(?:努力|加快|力争)?(?:建设成为|打造成为|打造为)[^,，。;；:：]+/g;
const TARGET_YEAR = /到\s*(\d{4})\s*年|(\d{4})\s*年(?:前|底|末)/;
// A note in brackets may stand between the unit and its qualifier: 2000万亩(次)以上. 万 or 亿 after digits multiplies
// them where no unit begins with it: 10万个 → 100000 个, but 2000万亩 → 2000 万亩.
const QUANTITY =
  /(\d+(?:\.\d+)?[万亿]??|[一二两三四五六七八九十百千万]+)\s*(万亿元|千亿元|亿元|万元|个百分点|个|家|%|亿千瓦时|万千瓦时|千瓦时|亿千瓦|万千瓦|千瓦|亿吨|万吨|吨|万人次|亿人次|万人|亿人|人|名|项|所|倍|平方公里|万公里|公里|万亩|亩|万户|户|件|条)(?:\s*[(（][^()（）]{1,4}[)）])?\s*(以上|左右|以下|以内)?/g;
const LEADING_VERB = /(?:达到|超过|突破|增至|提高到|提升到|达|超|为|至|力争|实现)$/;
// A magnitude alone is a number only as a threshold: 超万亿元, 突破千亿元 (not the 万 of 30亿棒(万亩)).
const BARE_MAGNITUDE: Record<string, number> = { 百: 100, 千: 1000, 万: 10_000 };
const THRESHOLD_VERB = /(?:超过|超|突破|过|逾|达到|达|迈上|上|近|至|为)$/;
// 一 with a measure word is an article, not a count: 走出一条…之路, 形成一个…格局.
const MEASURE_WORD = /^(?:条|个|家|项|所|件|名|户)$/;

/** Reads vision goals and targets of one text (a preamble or an article). */
export function readGoals(text: string, articlePath?: string): Goal[] {
  const goals: Goal[] = [];
  const at = articlePath ? { articlePath } : {};
  const spans: [number, number][] = [];
  for (const m of text.matchAll(VISION_WITH_SUBJECT)) {
    spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    goals.push({ kind: 'vision', text: m[0].trim(), ...at });
  }
  for (const m of text.matchAll(VISION)) {
    if (spans.some(([a, b]) => (m.index ?? 0) >= a && (m.index ?? 0) < b)) continue;
    // 建设成为“广西副中心城市”的战略目标 → the vision without the words that name it a goal.
    goals.push({ kind: 'vision', text: m[0].trim().replace(/的(?:战略|发展|奋斗)?目标(?:任务)?$/, ''), ...at });
  }
  // A year holds for the rest of its paragraph: 到2020年，…。全国…机械化率达到70% is a 2020 target.
  for (const paragraph of foldWidth(text).split('\n')) {
    let heldYear: number | undefined;
    for (const sentence of paragraph.split(/[。;；]/)) {
      const year = TARGET_YEAR.exec(sentence);
      if (year) heldYear = Number(year[1] ?? year[2]);
      if (heldYear !== undefined) goals.push(...readTargets(sentence, year, heldYear, at));
    }
  }
  return goals;
}

/** The quantified targets of one sentence, for the year it states or the year its paragraph holds. */
function readTargets(
  sentence: string,
  year: RegExpExecArray | null,
  heldYear: number,
  at: { articlePath?: string },
): Goal[] {
  const goals: Goal[] = [];
  const yearEnd = year ? (year.index ?? 0) + year[0].length : 0;
  for (const q of sentence.matchAll(QUANTITY)) {
    const index = q.index ?? 0;
    if (index < yearEnd) continue;
    const before = sentence.slice(yearEnd, index);
    const numeral = q[1] ?? '';
    if (numeral === '一' && MEASURE_WORD.test(q[2] ?? '')) continue;
    const magnitude = BARE_MAGNITUDE[numeral];
    if (magnitude !== undefined && !THRESHOLD_VERB.test(before.trimEnd())) continue;
    const value = /^\d/.test(numeral) ? digitsValue(numeral) : (magnitude ?? readChineseNumber(numeral));
    if (value === undefined || value === 0) continue;
    const metric = before
      .slice(Math.max(...[',', '，', '、', ':', '：'].map((c) => before.lastIndexOf(c))) + 1)
      .replace(LEADING_VERB, '')
      .trim();
    const goal: Goal = {
      kind: 'target',
      text: sentence.trim(),
      year: heldYear,
      metric,
      value,
      unit: q[2] ?? '',
      ...at,
    };
    if (q[3]) goal.qualifier = q[3];
    goals.push(goal);
  }
  return goals;
}

/** Digits, perhaps times 万 or 亿: '10万' → 100000. */
function digitsValue(numeral: string): number {
  const times = numeral.endsWith('万') ? 10_000 : numeral.endsWith('亿') ? 100_000_000 : 1;
  return Number(times === 1 ? numeral : numeral.slice(0, -1)) * times;
}

/**
 * The years a plan's sentences set or look back on. Examples:
 *   '到2025年' / '2025年年底前' / '到“十四五”末' → a target year (2025), said outright;
 *   '2025年,是…收官之年' in a text of 2025 → a target year; '2020年,全旗地区生产总值达到38.11亿元' in a text of 2021 → a
 *   base year (the figures after it are levels reached, not targets); '今年年底前' → the text's own year, if known;
 *   '2021年至2025年', '自2020年', '2024年10月10日' → no marker (a period, a start, a date).
 */

/** Where a text stands: its article, and the years its document gives it. */
export interface GoalContext {
  /** The article (or part) the text belongs to, by path. */
  articlePath?: string;
  /** The year set for the text by its document, part or heading (紫阳县2025年…计划 → 2025), for targets naming none. */
  year?: number;
  /** The year the document was written: 今年 is it, and a year before it is a past level, not a target. */
  currentYear?: number;
  /** A statute's text: its duties (不少于5名) are no targets, so a target there needs a year of its own. */
  statute?: boolean;
  /** A report of results (统计公报): only a year said outright (到2025年) makes its numbers targets. */
  report?: boolean;
  /** The text stands under a heading naming aims (今年主要预期目标, 工作目标): its changes (增长6%) are aimed at. */
  aim?: boolean;
}

/** A year marker in a sentence: where it stands, the year it gives, and how firmly it makes the numbers after it targets. */
export interface YearMarker {
  index: number;
  end: number;
  year: number | undefined;
  /**
   * outright: every number after it is a target (到2025年, 2025年底前, 今年); plain: a number after it is a target only
   * where a verb or a qualifier sets it (2025年是…, a year the text is written in); base: a past level, no target.
   */
  strength: 'outright' | 'plain' | 'base';
  /** Set by a year the text sets its aims for (2024年主要工作安排), as a heading names a plan's year. */
  aims?: true;
  /** A year alone in a text whose own year is unknown: a target only where the sentence aims or bounds its number. */
  undated?: true;
}

const FIVE_YEAR_PLAN_END: Record<string, number> = { 三: 2020, 四: 2025, 五: 2030 };

// Alternatives in order of preference at one place: 到2025年 before a plain 2025年, 2025年年底前 before 2025年.
const MARKER = new RegExp(
  [
    // 到2025年, 到2025年底前, 力争到2025年
    /到\s*(?<by>\d{4})\s*年(?!\s*的\s*\d)(?:\s*年?(?:底|末))?(?:前|以前|之前)?/.source,
    // 到“十四五”末, “十四五”期末, “十四五”时期, “十三五”期间, “十三五”以来
    /(?<byPlan>到\s*)?[“"]?\s*十\s*(?<plan>[三四五])\s*五\s*[”"]?\s*(?:规划)?\s*(?<planTime>期末|末期|末|时期|期间|以来)/
      .source,
    // 2025年年底前, 2025年前 (2015年末 alone is a level at that time, as a bulletin counts), 2025年6月底前 (a day's date before 以前 tells of the past as often: 2011年4月30日以前
    // 犯罪的)
    /(?<end>\d{4})\s*年\s*(?:年?(?:底|末)\s*(?:前|以前|之前)|(?:前|以前|之前)|\d{1,2}\s*月\s*(?:底\s*)?(?:前|以前|之前))/
      .source,
    // 2024年主要工作安排, 2017年全市…主要预期目标是: a year the text sets its aims for, said outright
    /(?<![自从于\d—–\-~～至])(?<aims>\d{4})\s*年度?[^，,。；;：:\d]{0,14}?(?:预期目标|主要目标|目标任务|工作目标|工作任务|主要任务|工作安排|任务安排|重点工作|工作重点|工作要点|工作计划)/
      .source,
    // a year alone: 2025年, 2020年度; not a range's end, a start (自2020年), a date (2024年10月), a period's start
    /(?<![自从于\d—–\-~～至])(?<plain>\d{4})\s*年度?(?!\s*(?:\d|至|[—–\-~～]|以来|起|开始))(?<levelOf>\s*的(?=\s*(?:\d|第)))?/
      .source,
    // 今年年底前, 今年要…: this year's deadline or aim; 今年,完成… tells what was done
    /(?<thisYear>今年)(?<thisYearAim>\s*(?:年?底前|内|要|将|力争|争取|确保|计划))?/.source,
  ].join('|'),
  'g',
);

/** The year markers of one sentence, in order. */
export function readYearMarkers(sentence: string, context: GoalContext): YearMarker[] {
  const markers: YearMarker[] = [];
  for (const m of sentence.matchAll(MARKER)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const at = { index, end: index + m[0].length };
    if (g.aims) {
      // In a review (2023年确定的主要目标任务全面完成) the aims are those of the year looked back on.
      markers.push({ ...at, year: Number(g.aims), strength: context.report ? 'base' : 'outright', aims: true });
    } else if (g.by || g.end) {
      const year = Number(g.by ?? g.end);
      // A report's 到2015年底 (its own year or before) tells what was reached.
      const reached = context.report === true && context.currentYear !== undefined && year <= context.currentYear;
      markers.push({ ...at, year, strength: reached ? 'base' : 'outright' });
    } else if (g.plan) {
      const year = FIVE_YEAR_PLAN_END[g.plan] ?? 0;
      // A five-year period over when the text was written is a review (“十三五”期间年均增长5.39% in a 十四五 plan).
      // “十三五”以来 looks back, whenever it is written.
      const past =
        g.planTime === '以来' || (!g.byPlan && /时期|期间/.test(g.planTime ?? '') && year < (context.currentYear ?? 0));
      markers.push({ ...at, year, strength: past ? 'base' : 'outright' });
    } else if (g.plain) {
      const year = Number(g.plain);
      const now = context.currentYear ?? context.year;
      // A year alone is the text's own or a later one (2025年,是收官之年), or a past level (2020年全市…达到5000亿元).
      // Where the text's year is unknown, only the sentence tells: 2010年控制在300万人以内 aims, 2020年…达到5000亿元
      // may report.
      // 由2015年的第11位, 提高到2020年的70.01%: a year's level, never a target.
      if (g.levelOf) markers.push({ ...at, year, strength: 'base' });
      else if (now === undefined) markers.push({ ...at, year, strength: 'plain', undated: true });
      else markers.push({ ...at, year, strength: year >= now ? 'plain' : 'base' });
    } else if (g.thisYear) {
      markers.push({ ...at, year: context.currentYear, strength: g.thisYearAim ? 'outright' : 'plain' });
    }
  }
  return markers;
}

// 2025年是…收官之年 / 2024年我市实施… opening a text: the year it plans for.
const OPENING_YEAR =
  /(?:^|[，,。])\s*(\d{4})\s*年\s*[，,]?\s*(?:是|我[省市县区旗州盟]|全[省市县区旗州盟](?:将|要|计划|拟|实施))/;
// Further into the opening, only a year that the place will act in: 2025年,西安全市要…, 2016年,海口市琼山区将办好…; not
// 2024年是…, a review's, nor 2023年,某区将项目建设作为… (将 as 把).
const OPENING_AIM =
  /(?:^|[，,。\n)）\s])\s*(\d{4})\s*年\s*[，,]?\s*(?:[\u4e00-\u9fff]{0,10}?[省市县区旗州盟]|全[省市县区旗州盟])(?:人民)?(?:政府)?(?:要|计划|拟|将(?=全力|着力|重点|继续|加快|力争|办好|实施|推进|坚持|努力|大力|聚焦|持续))/;
// 第十四个五年规划, “十四五”规划: a five-year plan, whose targets are for its last year.
const FIVE_YEAR_PLAN_TITLE =
  /第\s*十\s*([三四五])\s*个\s*五\s*年\s*规划|[“"]\s*十\s*([三四五])\s*五\s*[”"]\s*(?:规划|时期)/;
// 在“十四五”规划收官之年, “十四五”开局之年: the year a text is written in, named by its place in a five-year plan.
const FIVE_YEAR_PLAN_YEAR = /十\s*([三四五])\s*五\s*[”"]?\s*(?:规划)?\s*(?:的)?\s*(收官|开局)(?:起步)?之年/;
// 今年(2024年): the year written beside 今年.
const THIS_YEAR_NAMED = /今年\s*[(（]\s*(\d{4})\s*年?\s*[)）]/;
// How far into its opening a text names its year (an editor's note, a first paragraph).
const OPENING_SPAN = 300;

/** A heading or a title over a review of the past: 2024年工作回顾, “十三五”主要成就, 计划执行情况, 中期评估报告. */
export const REVIEW_HEADING =
  /回顾|主要成就|取得的成[绩效就]|工作总结|完成情况|执行情况|进展情况|评估|过去一年|过去五年/;

/** The year a document plans for, and the year it was written in when its own words tell. */
export interface PlanYear {
  year: number;
  writtenIn?: number;
}

/**
 * The year a document plans for, when its title, its opening or its headings name one year: 紫阳县2025年国民经济和社会
 * 发展计划 → 2025; 关于2024年实施47项民生实事的通知 → 2024; …第十四个五年规划…纲要 → 2025, written in 2021; an
 * opening 在“十四五”规划收官之年 → 2025; an undated report's heading 三、2024年主要工作安排 → 2024. A range
 * (2023—2025年) or a note in brackets ((2022年更新)) is none, and so are headings naming several years (a three-year
 * plan's 2024年工作目标, 2025年工作目标).
 */
export function readPlanYear(titles: string[], opening: string, headings: string[] = []): PlanYear | undefined {
  // A review's year (2020年和“十三五”时期工作回顾) is the one it looks back on.
  for (const title of titles.filter((t) => !REVIEW_HEADING.test(t))) {
    const bare = title.replace(/[(（][^()（）]*[)）]/g, '');
    const years = [...bare.matchAll(/(?<![\d—–\-~～至])(\d{4})\s*年(?!\s*(?:\d|至|[—–\-~～]))/g)].map((m) => m[1]);
    if (years.length > 0 && years.every((y) => y === years[0])) return { year: Number(years[0]) };
    const plan = FIVE_YEAR_PLAN_TITLE.exec(bare);
    const end = FIVE_YEAR_PLAN_END[plan?.[1] ?? plan?.[2] ?? ''];
    if (end !== undefined) return { year: end, writtenIn: end - 4 };
  }
  const firstParagraph = opening.split('\n', 1)[0] ?? '';
  const further = opening.slice(0, OPENING_SPAN * 2);
  const opened = OPENING_YEAR.exec(firstParagraph) ?? THIS_YEAR_NAMED.exec(further) ?? OPENING_AIM.exec(further);
  if (opened) return { year: Number(opened[1]) };
  const placed = FIVE_YEAR_PLAN_YEAR.exec(opening.slice(0, OPENING_SPAN));
  // 过去的一年,是“十四五”开局之年 names the year looked back on, not the text's.
  const before = placed ? opening.slice(Math.max(0, (placed.index ?? 0) - 12), placed.index) : '';
  const end = /过去|去年|上一年|刚刚/.test(before) ? undefined : FIVE_YEAR_PLAN_END[placed?.[1] ?? ''];
  if (end !== undefined) {
    const year = placed?.[2] === '收官' ? end : end - 4;
    return { year, writtenIn: year };
  }
  const aimed = new Set(
    headings.flatMap((h) =>
      readYearMarkers(h, {})
        .filter((m) => m.aims)
        .map((m) => m.year as number),
    ),
  );
  return aimed.size === 1 ? { year: [...aimed][0] as number } : undefined;
}

/** The last year a heading or text sets for what stands under it (一、2025年主要目标 → 2025), if any. */
export function readStatedYear(text: string, context: GoalContext): number | undefined {
  const marker = readYearMarkers(text.replace(/《[^》]*》/g, ''), context)
    .filter((m) => m.strength !== 'base')
    .at(-1);
  return marker?.year;
}

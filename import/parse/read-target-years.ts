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
}

const FIVE_YEAR_PLAN_END: Record<string, number> = { 三: 2020, 四: 2025, 五: 2030 };

// Alternatives in order of preference at one place: 到2025年 before a plain 2025年, 2025年年底前 before 2025年.
const MARKER = new RegExp(
  [
    // 到2025年, 到2025年底前, 力争到2025年
    /到\s*(?<by>\d{4})\s*年(?:\s*年?(?:底|末))?(?:前|以前|之前)?/.source,
    // 到“十四五”末, “十四五”期末, “十四五”时期, “十三五”期间
    /(?<byPlan>到\s*)?[“"]?\s*十\s*(?<plan>[三四五])\s*五\s*[”"]?\s*(?:规划)?\s*(?<planTime>期末|末期|末|时期|期间)/
      .source,
    // 2025年年底前, 2025年前 (2015年末 alone is a level at that time, as a bulletin counts), 2025年6月底前 (a day's date before 以前 tells of the past as often: 2011年4月30日以前
    // 犯罪的)
    /(?<end>\d{4})\s*年\s*(?:年?(?:底|末)\s*(?:前|以前|之前)|(?:前|以前|之前)|\d{1,2}\s*月\s*(?:底\s*)?(?:前|以前|之前))/
      .source,
    // a year alone: 2025年, 2020年度; not a range's end, a start (自2020年), a date (2024年10月), a period's start
    /(?<![自从于\d—–\-~～至])(?<plain>\d{4})\s*年度?(?!\s*(?:\d|至|[—–\-~～]|以来|起|开始))/.source,
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
    if (g.by || g.end) {
      markers.push({ ...at, year: Number(g.by ?? g.end), strength: 'outright' });
    } else if (g.plan) {
      const year = FIVE_YEAR_PLAN_END[g.plan] ?? 0;
      // A five-year period over when the text was written is a review (“十三五”期间年均增长5.39% in a 十四五 plan).
      const past = !g.byPlan && /时期|期间/.test(g.planTime ?? '') && year < (context.currentYear ?? 0);
      markers.push({ ...at, year, strength: past ? 'base' : 'outright' });
    } else if (g.plain) {
      const year = Number(g.plain);
      const now = context.currentYear ?? context.year;
      // A year alone is the text's own or a later one (2025年,是收官之年), or a past level (2020年全市…达到5000亿元).
      markers.push({ ...at, year, strength: now !== undefined && year >= now ? 'plain' : 'base' });
    } else if (g.thisYear) {
      markers.push({ ...at, year: context.currentYear, strength: g.thisYearAim ? 'outright' : 'plain' });
    }
  }
  return markers;
}

// 2025年是…收官之年 / 2024年我市实施… opening a text: the year it plans for.
const OPENING_YEAR =
  /(?:^|[，,。])\s*(\d{4})\s*年\s*[，,]?\s*(?:是|我[省市县区旗州盟]|全[省市县区旗州盟](?:将|要|计划|拟|实施))/;

/**
 * The year a document plans for, when its title or its opening names one year: 紫阳县2025年国民经济和社会发展计划 →
 * 2025; 关于2024年实施47项民生实事的通知 → 2024. A range (2023—2025年) or a note in brackets ((2022年更新)) is none.
 */
export function readPlanYear(titles: string[], opening: string): number | undefined {
  for (const title of titles) {
    const bare = title.replace(/[(（][^()（）]*[)）]/g, '');
    const years = [...bare.matchAll(/(?<![\d—–\-~～至])(\d{4})\s*年(?!\s*(?:\d|至|[—–\-~～]))/g)].map((m) => m[1]);
    if (years.length > 0 && years.every((y) => y === years[0])) return Number(years[0]);
  }
  const firstParagraph = opening.split('\n', 1)[0] ?? '';
  const opened = OPENING_YEAR.exec(firstParagraph);
  return opened ? Number(opened[1]) : undefined;
}

/** The last year a heading or text sets for what stands under it (一、2025年主要目标 → 2025), if any. */
export function readStatedYear(text: string, context: GoalContext): number | undefined {
  const marker = readYearMarkers(text.replace(/《[^》]*》/g, ''), context)
    .filter((m) => m.strength !== 'base')
    .at(-1);
  return marker?.year;
}

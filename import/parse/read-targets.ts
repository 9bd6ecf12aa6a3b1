/**
 * Quantified targets of one text. Examples:
 *   '到2025年,建成国家高新区10个以上' → { year: 2025, metric: '建成国家高新区', value: 10, unit: '个', qualifier: '以上' };
 *   '到2025年,初步建成…强市。\n…比重稳定在30%以上' → 2025 30% (a goal section's year holds for its later lines);
 *   '地区生产总值增长6.5%以上' in 紫阳县2025年…计划 → 2025 6.5% (the plan's year);
 *   '力争…突破800万标箱' with no year anywhere → a target without a year;
 *   '2020年全市GDP达到5000亿元', '现有企业300家', '处1000元以上5000元以下罚款' → none.
 */
import type { Goal } from '../../model/index.ts';
import { foldWidth, readChineseNumber } from '../../text/index.ts';
import { type GoalContext, readYearMarkers, type YearMarker } from './read-target-years.ts';

// Measure words counting things (10个, 300家): 一 before one is an article, no count (走出一条…之路, 形成一个…格局).
const MEASURE_WORDS = ['个', '家', '名', '项', '所', '户', '件', '条', '辆', '台', '套', '座', '张', '盏', '处', '间'];
// The units a plan's targets are counted in, with their magnitude when a plan writes one (万吨, 亿人次). These stay
// apart from the units align/read-quantities reads a statute's quantities in: there magnitudes belong to the number
// (一万元), and measure words such as 件 and 条 would read 等五件地方性法规 and 收支两条线 as counts.
const UNITS = [
  '万亿元',
  '千亿元',
  '亿元',
  '万元',
  '亿美元',
  '万美元',
  '美元',
  '个百分点',
  ...MEASURE_WORDS,
  '%',
  '亿千瓦时',
  '万千瓦时',
  '千瓦时',
  '亿千瓦',
  '万千瓦',
  '千瓦',
  '亿吨',
  '万吨',
  '吨',
  '万人次',
  '亿人次',
  '人次',
  '万人',
  '亿人',
  '人',
  '倍',
  '平方公里',
  '万平方米',
  '平方米',
  '万公里',
  '公里',
  '万亩',
  '亩',
  '万户',
  '岁',
  '亿斤',
  '万斤',
  '公斤',
  '斤',
  '万标箱',
  '标箱',
  '万立方米',
  '立方米',
  '千米',
  '米',
];
// A note in brackets may stand between the unit and its qualifier: 2000万亩(次)以上. 万 or 亿 after digits multiplies
// them where no unit begins with it: 10万个 → 100000 个, but 2000万亩 → 2000 万亩.
// A capacity per day or year is one unit (8.84万立方米/日); money per head is a rate, no target (1500元/人).
// Hours to reach a place are a plan's target (3小时到达, 1小时通勤圈); hours to do a thing are a time limit (24小时内).
// Where no unit follows, 控制在103.5以内 and 两化融合发展水平达到66 set an index, and 人口达到490万 counts in 万 alone.
const QUANTITY = new RegExp(
  `(\\d+(?:\\.\\d+)?[万亿]??|[一二两三四五六七八九十百千万]+)\\s*(${UNITS.join('|')}|小时(?=\\s*(?:到达|直达|通达|可达|通勤|交通圈|经济圈|生活圈|覆盖))|(?<=\\d\\s*)[万亿](?=[，,。;；、)）\\s]|以内|以上|左右|$)|(?<=(?:控制在|达到|提高到|提升到)\\s*\\d+(?:\\.\\d+)?)(?=\\s*(?:以内|以下|以上|左右|[，,。；;、]|$)))(?<perTime>\\/\\s*[日天年](?![\\u4e00-\\u9fff]))?(?:\\s*[(（][^()（）]{1,4}[)）])?\\s*(?<qualifier>以上|左右|以下|以内)?`,
  'g',
);
const LEADING_VERB = /(?:达到|超过|突破|增至|提高到|提升到|达|超|为|至|力争|实现)$/;
// A magnitude alone is a number only as a threshold: 超万亿元, 突破千亿元 (not the 万 of 30亿棒(万亩)).
const BARE_MAGNITUDE: Record<string, number> = { 百: 100, 千: 1000, 万: 10_000 };
const THRESHOLD_VERB = /(?:超过|超|突破|过|逾|达到|达|迈上|上|近|至|为)$/;
// 一 with a measure word is an article, not a count: 走出一条…之路, 形成一个…格局.
const MEASURE_WORD = new RegExp(`^(?:${MEASURE_WORDS.join('|')})$`);
// Where no year says outright that a sentence sets targets, a verb setting the number must: 力争…突破50%, 新增就业1100人,
// 达35%. Two-character verbs may stand a few words before the number (达到城市社区的60%); 达 and 超 only right before it.
const TARGET_VERB =
  /(?:(?:达到|超过|突破|力争|争取|新增|完成|建成|培育|控制在|稳定在|保持在|保持|提高到|提升到|提升至|提高至|增加到|增至|增长|增加|提高|提升|下降|降低|减少|累计|改造|新建|改建|扩建|建设|铺设|硬化|安装|维修|更换|创建|打造|培训|培养|推进|实施)[^\d，,；;:：、]{0,10}|(?:投资|投入|安排|筹措|筹集)[^\d，,；;:：、]{0,14}|达|超)$/;
// 不少于 and 不低于 set a target in a text given a year (2025年…不少于5个); with none they are a condition more often
// (孵化面积不少于1万平方米, the terms of a grant), so there another verb must set the number (推进不少于7个).
const AT_LEAST = /(?:不少于|不低于)$/;
// …4条高速公路提前建成通车, 30%以上的行政村达到…标准: the number is the subject a verb sets.
const TARGET_VERB_AFTER = /^[^\d，,；;:：、]{0,12}?(?:建成|达到|完成|实现|投产|开工|竣工|通车)/;
// One verb over a list: 增长5.2%和6.5%, 推进300个省级重大项目、6000个…项目.
const LIST_JOINER = /^[^\d，,；;:：]*[、和及与][^\d，,；;:：]*$|^\s*[，,]\s*其中[^\d，,；;:：]*$/;
// Money granted or fined, a ceiling, a rate per head: no target (给予最高不超过500万元补助, 每院5万元的标准).
// How far before and after a number its clause is read (a clause is rarely longer).
const WINDOW = 60;
const GRANT_OR_FINE = /给予|奖励|奖补|补助|补贴|资助|罚款|罚金|处以|不超过|最高/;
const RATE_OF_MONEY = /标准|每|按|\//;
// A level reached, not set: 现有企业300家, 目前…, 已减少到107万人
const EXISTING = /现有|目前|已|现状|截至/;
// With no year, a change or a completion (增长5.3%, 完成货物吞吐量1.8亿吨) is as often a result reported (统计公报) as a target:
// it is one only where the sentence aims (力争…年均增长20%以上), and never beside the words of a report.
const CHANGE_VERB = /(?:增长|增加|提高|提升|下降|降低|减少|完成)[^\d，,；;:：、]{0,10}$/;
// 规划近期/中期/远期 (a master plan's stages) aims; 规划 alone names plans of any kind (规划内重点项目完成投资…).
const AIM = /力争|争取|确保|预期|目标|规划[近中远]期/;
const RESULT = /全年|比上年|同比|上年|初步核算|累计完成|完成情况/;
// Duties, permissions and compositions are a statute's or a rule's: 应当不少于5名, 可以处…, 由不少于5名专家组成.
const DUTY = /应当|不得|必须|应该|可以|须|组成/;
// A condition on whom a measure applies to: 对年度研发投入超过500万元的企业.
const CONDITION = /^(?:对于?|凡)/;
const RANGE = /^\s*[—–\-~～至]\s*$/;
// A number qualifying a class that another number in its clause counts: 年收入超50万元的经济强村5个.
const CLASS_COUNTED = new RegExp(`^的[^\\d，,；;:：]{0,12}\\d+(?:${MEASURE_WORDS.join('|')})`);
// A number after a share of a class, setting the class's threshold: 力争实现20%的村集体年收入超30万元.
const SHARE_OF_CLASS = /\d\s*%\s*(?:以上|左右)?\s*的[^\d、，,；;:：]{0,12}(?:超过|超|高于|达到|在)$/;
// Such a threshold between a verb and its count: 新增年收入超50万元的经济强村5个.
const CLASS_THRESHOLD = /\d+(?:\.\d+)?[^\d、，,；;:：的]{0,4}的/g;
// A count in scope of a level set later in its clause: 72个县工业增加值占全省比重达到68%.
const SCOPE_COUNT = /^[^\d，,；;:：]{1,20}?(?:达到|提高到|提升到|增长|为)[^\d，,；;:：]{0,6}\d/;
const RANGE_LOWER_END = /(\d+(?:\.\d+)?)\s*[—–\-~～至]\s*$/;

/** What the time of a number makes of it: outright a target, one where a verb sets it, or none (a past level). */
interface Held {
  year: number | undefined;
  strength: YearMarker['strength'] | 'none';
  undated?: true;
}

/** The quantified targets of one text (a preamble, a part's text or an article). */
export function readTargets(text: string, context: GoalContext): Goal[] {
  const goals: Goal[] = [];
  const at = context.articlePath ? { articlePath: context.articlePath } : {};
  // A year holds for the rest of its paragraph (到2020年，…。全国…达到70% is a 2020 target), and for the later
  // paragraphs of the same text where a verb sets the number (a goal section's lines under its 到2025年).
  let carried: Held | undefined;
  for (const paragraph of foldWidth(text).split('\n')) {
    let held: Held = carried ?? {
      year: context.year,
      strength: context.year !== undefined ? 'plain' : 'none',
    };
    for (const sentence of paragraph.split(/[。;；]/)) {
      // Numbers and years inside a title are the title's words: 《…关于开展2024年本市…的函》.
      const masked = sentence.replace(/《[^》]*》/g, (s) => '□'.repeat(s.length));
      const markers = readYearMarkers(masked, context);
      goals.push(...readSentence(sentence, masked, markers, held, context).map((g) => ({ ...g, ...at })));
      const last = markers.at(-1);
      if (last) held = last;
      // A paragraph that turns to the past (“十三五”以来…) carries no year on.
      if (last && last.strength === 'base') carried = undefined;
      else if (last)
        carried = { year: last.year, strength: 'plain', ...(last.undated ? { undated: true as const } : {}) };
    }
  }
  return goals;
}

/** The targets of one sentence, each number under the last year marker before it. */
function readSentence(
  sentence: string,
  masked: string,
  markers: YearMarker[],
  held: Held,
  context: GoalContext,
): Goal[] {
  const goals: Goal[] = [];
  // A number before the sentence's first year is of that year: 年均增长6%左右,到2025年,… (unless a year said so already).
  const first = markers[0];
  let current: Held = first && first.strength === 'outright' && held.strength !== 'outright' ? first : held;
  const beforeFirst = current;
  let next = 0;
  let from = 0;
  let previous: { end: number; accepted: boolean } | undefined;
  // What the whole sentence says (a grant, a duty, a result, an aim), read once when a number first asks.
  let said: { duty: boolean; result: boolean; aim: boolean } | undefined;
  const words = () =>
    (said ??= {
      duty: DUTY.test(sentence),
      result: RESULT.test(sentence),
      aim: context.aim === true || AIM.test(sentence),
    });
  for (const q of masked.matchAll(QUANTITY)) {
    const index = q.index ?? 0;
    while (next < markers.length && (markers[next]?.end ?? 0) <= index) {
      const marker = markers[next++] as YearMarker;
      current = marker;
      from = marker.end;
    }
    // The words around a number are read within a window, so a sentence without 。 (a flattened table) costs its
    // length, not its length squared.
    const start = Math.max(from, index - WINDOW);
    const before = masked.slice(start, index);
    const delimiter = Math.max(...[',', '，', ':', '：'].map((c) => before.lastIndexOf(c)));
    const lead = before.slice(delimiter + 1);
    const end = index + q[0].length;
    const after = masked.slice(end, end + WINDOW);
    const clauseEnd = after.search(/[,，:：]/);
    const tail = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
    const between = previous ? masked.slice(previous.end, index) : undefined;
    const continues = previous?.accepted === true && between !== undefined && LIST_JOINER.test(between);
    const isRangeEnd = previous !== undefined && between !== undefined && RANGE.test(between);
    previous = { end, accepted: false };
    if (isRangeEnd || current.strength === 'base' || EXISTING.test(lead)) continue;
    // Ahead of the first year a number word names more often than it counts (科技三项费用…到2000年): digits only.
    if (next === 0 && current !== held && current === beforeFirst && !/^\d/.test(q[1] ?? '')) continue;
    // …人均住房在5平方米以下的, …数额达到十万元以上的: a condition, not a level to reach; so is a class another number
    // counts or shares (年收入超50万元的经济强村5个, 20%的村集体年收入超30万元).
    if (/^的\s*$/.test(tail) || CLASS_COUNTED.test(tail) || SHARE_OF_CLASS.test(lead)) continue;
    const counts = MEASURE_WORD.test(q[2] ?? '');
    // 招引一批30亿以上特大产业项目, 500亩以上连片片区: a size bounding the things named after it (10个以上示范区 counts them).
    // A subject a verb sets stays one: 50平方公里以上建设用地面积达到…要求.
    const bounding = /^[\u4e00-\u9fff]/.test(tail) && !/^的/.test(tail) && !TARGET_VERB_AFTER.test(tail);
    if (!counts && q.groups?.qualifier && bounding) continue;
    // 力争72个县工业增加值占全省比重达到68%: the places in scope, whose level the later number sets.
    if (counts && SCOPE_COUNT.test(tail)) continue;
    // 长1200米、宽6米: a width, a height or a depth is a measure of the thing, not an amount to reach.
    if (/米$/.test(q[2] ?? '') && /(?:宽|高|深|厚|直径|半径)\s*$/.test(lead)) continue;
    // 实施47项民生实事,具体安排如下: the count of the list the text goes on to give.
    if (counts && /如下/.test(sentence)) continue;
    const goal = quantityGoal(q, lead, sentence);
    if (!goal) continue;
    if (current.strength !== 'outright') {
      if (context.report) continue;
      const clause = lead + tail;
      // A grant or a fine in the number's own clause (给予最高不超过500万元补助); 补助村 elsewhere in the sentence, or in a
      // note in brackets after the number, is a name.
      const grantOrFine = GRANT_OR_FINE.test(lead + tail.replace(/[(（][^()（）]*[)）]/g, ''));
      if (grantOrFine || (CONDITION.test(lead) && /^的/.test(tail))) continue;
      // 超过1万元至10万元的部分, 超过10%不足30%: a bracket, not a level to reach.
      if (/^(?:的部分|不足|不满)/.test(tail)) continue;
      if (goal.unit?.includes('元') && RATE_OF_MONEY.test(clause)) continue;
      // A number word before its noun is the noun's name more often than its count (三公里充分就业社区): digits only.
      const verbAfter = /^\d/.test(q[1] ?? '') && TARGET_VERB_AFTER.test(tail);
      // A range's lower end stands between a verb and its number: 培育发展1—2个主导产业.
      const verb =
        TARGET_VERB.test(lead.replace(RANGE_LOWER_END, '').replace(CLASS_THRESHOLD, '')) || verbAfter || continues;
      const atLeast = AT_LEAST.test(lead);
      let set: boolean;
      if (current.strength === 'plain' && current.undated) {
        // A year of unknown standing sets a number only where the sentence aims or bounds it (争取达到80%,
        // 控制在300万人以内), never in a statute.
        const bounded = goal.qualifier === '左右' || goal.qualifier === '以内';
        set =
          !context.statute && (verb || atLeast || goal.qualifier === '以内') && (bounded || continues || words().aim);
      } else if (current.strength === 'plain') {
        // The plan's year: a verb, a floor or a qualifier sets the number; under a heading naming aims (一、主要目标)
        // every count does (树立…示范村12个).
        set = verb || atLeast || goal.qualifier !== undefined || (context.aim === true && !context.statute);
      } else {
        // Without any year, only a verb sets a target, and never in a statute's duties (应当不少于5名).
        set = verb && !context.statute && !words().duty && !words().result && (words().aim || !CHANGE_VERB.test(lead));
      }
      if (!set) continue;
    }
    previous.accepted = true;
    if (current.year !== undefined) goal.year = current.year;
    goals.push(goal);
  }
  return goals;
}

/** The target one quantity states, or none where the number is no count (一条路, 30亿棒(万亩), “八个新”). */
function quantityGoal(q: RegExpMatchArray, lead: string, sentence: string): Goal | undefined {
  const numeral = q[1] ?? '';
  const perTime = (q.groups?.perTime ?? '').replace(/\s+/g, '');
  // Money by the day or the year is a standard paid, not an amount to reach (每人1500元/年).
  if (perTime && q[2]?.includes('元')) return undefined;
  const unit = (q[2] ?? '') + perTime;
  if (numeral === '一' && MEASURE_WORD.test(unit)) return undefined;
  // A number in quotes names a programme (“八个新”, “3个100万”); after 第 it is an ordinal (第二个百年).
  if (/第$/.test(lead) || /[“"「]$/.test(lead)) return undefined;
  const index = q.index ?? 0;
  const after = q.input?.slice(index + q[0].length, index + q[0].length + 3) ?? '';
  // 6个月, 3个工作日: a duration; 六个方面: the parts of a list; 1500元/人: a rate.
  if ((unit === '个' && /^(?:月|工作日|小时|方面)/.test(after)) || /^\s*\//.test(after)) return undefined;
  const magnitude = BARE_MAGNITUDE[numeral];
  if (magnitude !== undefined && !THRESHOLD_VERB.test(lead.trimEnd())) return undefined;
  // A range is its lower end: 3—5%, 3%—5%.
  const lower = RANGE_LOWER_END.exec(lead);
  const value = lower
    ? Number(lower[1])
    : /^\d/.test(numeral)
      ? digitsValue(numeral)
      : (magnitude ?? readChineseNumber(numeral));
  if (value === undefined || value === 0) return undefined;
  const metric = lead
    .slice(Math.max(...['、', ':', '：'].map((c) => lead.lastIndexOf(c))) + 1)
    .replace(RANGE_LOWER_END, '')
    .replace(LEADING_VERB, '')
    .trim();
  const goal: Goal = { kind: 'target', text: sentence.trim(), metric, value, unit };
  if (q.groups?.qualifier) goal.qualifier = q.groups.qualifier;
  return goal;
}

/** Digits, perhaps times 万 or 亿: '10万' → 100000. */
function digitsValue(numeral: string): number {
  const times = numeral.endsWith('万') ? 10_000 : numeral.endsWith('亿') ? 100_000_000 : 1;
  return Number(times === 1 ? numeral : numeral.slice(0, -1)) * times;
}

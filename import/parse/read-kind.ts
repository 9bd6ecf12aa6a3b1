/**
 * A document's kind from its title's last words. Examples: '…若干意见' → opinions; '…若干措施', '…若干政策' → measures;
 * '“十四五”…发展规划' → plan; '科技强桂三年行动方案(2021—2023年)' → plan; '《…》政策解读', '《…》问答' → interpretation;
 * '中华人民共和国科学技术进步法' → law; '关于同意…的批复' → approval; '…奖励的决定' → decision; '…的函' → letter.
 * A text whose title a copy lost names its genre itself: ownGenre('…结合自治县的实际,制定本条例。') → '条例',
 * ownGenre('…现提出以下意见:') → '意见'.
 */
import type { PolicyKind } from '../../model/index.ts';

const RULES: [RegExp, PolicyKind][] = [
  // One of a series of interpretations (…《X》解读之一) is one.
  [/(?:解读|问答)(?:之[一二三四五六七八九十]{1,3})?$/, 'interpretation'],
  [/(?:批复|复函)$/, 'approval'],
  [/决定$/, 'decision'],
  [/(?:函|答复)$/, 'letter'],
  [/(?:通知|通报|公告|通告)$/, 'notice'],
  [/意见$/, 'opinions'],
  // A list of policies or measures (政策清单) is measures, as a 若干政策 is.
  [/(?:措施|办法|细则|举措|政策|(?:政策|措施)清单)$/, 'measures'],
  // A division of the year's work among organs (《政府工作报告》重点工作责任分解) plans it, as a 分工方案 does.
  // A year's arrangement of projects or work (2025年区政府实事项目和重点工程安排) plans it too.
  // So does a division of tasks among them (量化指标任务分工) and a report's targets and tasks handed down (目标任务), and
  // a plan's list of tasks (…规划纲要任务清单, 重点任务清单).
  [
    /(?:规划|方案|计划|纲要|预案|(?:任务|责任|工作)分解|(?:任务|部门|责任)分工|目标任务|(?:工作|项目|工程|任务)安排|(?:规划|纲要|方案|计划)?(?:重点)?任务清单)$/,
    'plan',
  ],
  [/(?:条例|规定|规则|章程)$/, 'regulation'],
  [/法$/, 'law'],
];

/** Title endings that also end phrases inside titles (…落实稳就业政策 / 促进高质量充分就业的通知; …缴费标准 / 和待遇水平的通知). */
// 制度 ends a 制度's title (…政策文件解读制度) and phrases inside others (…制度改革的意见).
const OPEN_ENDINGS = '政策|要点|指南|指引|清单|目录|名录|标准|规范|准则|导则|制度';
/**
 * The genres a title ends with (…实施方案, …的通知), by which a report also names the document alone (方案明确, 《纲要》提出):
 * one list for titles and for news reports (read-news-lead.ts), so a genre learnt for one is known to the other.
 */
export const GENRES = [
  '报告',
  '请示',
  '意见',
  '措施',
  '办法',
  '细则',
  '举措',
  '规划',
  '方案',
  '计划',
  '纲要',
  '预案',
  '通知',
  '通报',
  '公告',
  '通告',
  '批复',
  '复函',
  '函',
  '答复',
  '决定',
  '规定',
  '条例',
  '规则',
  '章程',
  '法',
  '解读',
  '问答',
];
const FIRM_ENDINGS = GENRES.join('|');
/** A title's last words, then an optional bracketed note (试行) and a closing 》. */
const endingIn = (words: string) => new RegExp(`(?:${words})(?:\\s*[(（][^()（）]*[)）])?\\s*》?$`);

/** Words a title may end with; a title line that does not end so may continue on the next line. */
export const TITLE_END = endingIn(`${FIRM_ENDINGS}|${OPEN_ENDINGS}`);

/** The endings of OPEN_ENDINGS: a line ending so may still continue on the next line. */
export const OPEN_TITLE_END = endingIn(OPEN_ENDINGS);

/** Reads the kind from a title (trailing bracketed notes such as (试行) or (2021—2023年) ignored). */
export function readKind(title: string): PolicyKind {
  // The genre ending the whole title, outside any 《》: a title ending in a cited one (…征求《X办法》) names the cited
  // text's genre there, not its own; a title wholly in 《》 is read inside them.
  const cited = /》$/.test(title) && !/^《[^《》]*》$/.test(title.replace(/〈[^〈〉]*〉/g, ''));
  const core = (cited ? title.slice(0, citedTailStart(title)) : title)
    .replace(/[》”"]+$/, '')
    .replace(/\s*[(（][^()（）]*[)）]\s*$/, '')
    .trim();
  return kindOf(core) ?? kindOf(withoutAnnex(core) ?? '') ?? 'other';
}

const kindOf = (core: string): PolicyKind | undefined => RULES.find(([re]) => re.test(core))?.[1];
// What a text is issued with, after its genre: its forms, standards or indicators (…实施细则及文种式样, …发展计划及主要
// 指标, …办法及其考核标准). Not a report on it (…计划及完成情况, …纲要及中期评估) nor its explanation (…条例及其释义).
const ANNEX = /(?<=[\u4e00-\u9fff])及其?[\u4e00-\u9fff]{0,6}(?:式样|样式|格式|标准|指标|附表)$/;

/** A title without the annex it is issued with (水利工程管理考核办法及其考核标准 → 水利工程管理考核办法); else undefined. */
export function withoutAnnex(title: string): string | undefined {
  const bare = title.replace(ANNEX, '');
  return bare !== title ? bare : undefined;
}

// What joins a cited title to the one before it (《A》、《B》, 《A》和《B》).
const CITED_JOIN = /[、,，和及与]/;

/**
 * Where the cited titles ending a title begin (…征求《A》、《B〈C〉》 → at 《A》; a 《》 may hold one level of 《》):
 * its length when none ends it. Read backwards in one pass, each 《》 once, so a long run of them costs no more than
 * its length.
 */
function citedTailStart(title: string): number {
  let start = title.length;
  for (let end = title.length; title[end - 1] === '》'; ) {
    const open = citedOpen(title, end - 1);
    if (open < 0) break;
    start = open > 0 && CITED_JOIN.test(title[open - 1]!) ? open - 1 : open;
    end = start;
  }
  return start;
}

/** The 《 opening the cited title that `close` (a 》) ends, a 《》 inside it stepped over; -1 when there is none. */
function citedOpen(title: string, close: number): number {
  for (let i = close - 1; i >= 0; i--) {
    if (title[i] === '《') return i;
    if (title[i] !== '》') continue;
    do i--;
    while (i >= 0 && title[i] !== '《' && title[i] !== '》');
    if (title[i] !== '《') return -1;
  }
  return -1;
}

/**
 * How a statute names itself: 制定本条例, 本办法自…施行, 本工作条例 (the qualifier left out of the genre). An autonomous
 * place adapting a national law names its text 本变通规定 or 本补充规定 (婚姻法 art. 50, 立法法 art. 75): that genre whole.
 */
const OWN_GENRE = /本(?:工作|实施|暂行|试行)?((?:变通|补充)?规定|条例|办法|细则|规则)(?![\u4e00-\u9fff]{0,20}》)/g;
/**
 * The sentence that enacts it (制定本条例, 制定本方案) or puts it forward (现提出以下意见, 现就…提出如下意见): the genre it
 * names there is its own, whatever else it names. A plan or opinions says so in its preamble as a statute does.
 */
const ENACTING =
  /制定本(?:工作|实施|暂行|试行)?((?:变通|补充)?规定|条例|办法|细则|规则|方案|计划|意见|措施)|提出(?:以下|如下)(?:若干|实施|指导)?(意见)/;

/** What only an interpretation says of itself: it explains the document (现将主要内容解读如下, 作如下解读). */
export const EXPLAINS_DOCUMENT = /解读如下|(?:作|进行)(?:如下|以下)解读/;

/**
 * What only a notice's own body says: it hands its addressees what it issues (现将《…》印发给你们, 现予印发), tells them
 * (现将有关事项通知如下) or signs off so (特此通知); and what only an interpretation says (现将主要内容解读如下).
 */
const SPEECH_ACTS: [RegExp, string][] = [
  [
    /现将[^。；;]{0,200}?(?:印发|转发|下达|发)给你们|现予(?:印发|转发|下达)|(?:现将|现就)?有关事项通知如下|特此通知/,
    '通知',
  ],
  [EXPLAINS_DOCUMENT, '解读'],
  // An announcement to the public tells what it announces (现将有关事宜通告如下) and names itself so (本通告).
  [/(?:通告如下|本通告)/, '通告'],
  // An answer to a request: a 批复 (现批复如下) or a letter (现函复如下); and a decision that says so (本决定, 作出如下决定).
  [/现批复如下|特此批复/, '批复'],
  [/现函复如下|特此函复/, '函'],
  [/本决定|作出如下决定|(?:现|特)?作出以下决定/, '决定'],
  [/(?:公告如下|本公告)/, '公告'],
];

/**
 * The genre a text names itself by (本条例, 本办法), read when no title line tells its kind: the one its enacting
 * sentence names, else the only one it names, else what its body does as only one genre does (现将《…》印发给你们: a
 * notice; 现将主要内容解读如下: an interpretation), the first such words deciding. Undefined when it names none, or several
 * and enacts by none, and does neither.
 */
export function ownGenre(text: string): string | undefined {
  const m = ENACTING.exec(text);
  const enacted = m?.[1] ?? m?.[2];
  if (enacted) return enacted;
  const named = new Set([...text.matchAll(OWN_GENRE)].map((m) => m[1]!));
  if (named.size > 0) return named.size === 1 ? [...named][0] : undefined;
  const acts = SPEECH_ACTS.map(([form, genre]) => ({ at: form.exec(text)?.index ?? -1, genre }));
  return acts.filter((a) => a.at >= 0).sort((a, b) => a.at - b.at)[0]?.genre;
}

/**
 * The title from the head's title lines: joins a title broken across lines, drops a broken duplicate fragment,
 * strips a leading document number and unwraps an issuing notice. Examples:
 *   ['《柳州市关于促进高新技术产业开发区高质量', '发展的若干措施》政策解读'] → '《柳州市关于…若干措施》政策解读'
 *   ['科技部关于印发《“十四五”国家…发展规划》的通知', '产业开发区发展规划》的通知']
 *     → { title: '“十四五”国家高新技术产业开发区发展规划', noticeTitle: '科技部关于印发《…》的通知', noticeIssuer: '科技部' }
 */
import type { ParseIssue } from '../../model/index.ts';
import { findDocNumbers, foldWidth, titleWording } from '../../text/index.ts';
import { isMasthead, LEVEL_ALONE } from './classify-head-line.ts';
import { OPEN_TITLE_END, readKind, TITLE_END } from './read-kind.ts';
import { stripPageLabel } from './read-questions-answers.ts';
import type { SourceLine } from './source-lines.ts';
import { BOOKED_WORDS, finishedTitle, ORGAN_END, titleKey, unbalanced } from './title-shape.ts';
import { unwrapNotice, withOwnHeading } from './unwrap-notice.ts';

/** The title read from the head. */
export interface TitleResult {
  title?: string;
  noticeTitle?: string;
  /** Who issues the notice or the document, read off the title's head: 科技部, 国务院, 柳州市. */
  titleIssuer?: string;
  /** A document number standing before the title on the same line (柳政规〔2021〕18号 《…》政策解读). */
  leadingNumber?: { original: string; normalized: string };
  /** A document number in brackets after the title on the same line (…的通知(岳办发〔2017〕2号)): the document's own. */
  trailingNumber?: { original: string; normalized: string };
  /** Line numbers used by the title. */
  lines: number[];
  /** All title-like lines of the head, joined, in order: the first, a page title repeated, the issued document's heading. */
  headTitles?: string[];
  /** The lines of title-like lines that are neither the title nor a form of it (EXTRA_TITLE_LINE). */
  keptOut?: number[];
  /** A site's tag of the place set before the title (北京:), no words of it but a clue to the place. */
  placeTag?: string;
  issues: ParseIssue[];
}

/**
 * True when a title ends inside a cited title (…关于公开征求《A办法》《B办法》): the genre word before its last 》 is the
 * cited text's, not the title's own, so the title goes on (执行情况意见建议的公告). Not a title wholly in 《》.
 */
const endsInCited = (t: string): boolean => {
  const bare = t.replace(/\s+/g, '');
  return (
    /》$/.test(bare) && bare.replace(/(?:[、,，和及与]?《[^《》]*》)+$/, '') !== '' && !/^《[^《》]*》$/.test(bare)
  );
};
// A line closing a title that ended inside a cited one: its own words up to its genre (执行情况意见建议的公告), no
// 关于 or 《 of a title of its own.
const closesCited = (line: string): boolean => {
  const bare = line.replace(/\s+/g, '');
  return bare.length <= 30 && !/关于|《|》/.test(bare) && TITLE_END.test(bare);
};
// A paper's headline crying its news (文旅部最新通知!3月20日起恢复!): no document's title holds an exclamation mark.
const CRIES = /[!！]/;
// A line that only finishes the title above it: a bracketed note ((2018—2020年), (试行), (2016版)), perhaps then 的通知.
const NOTE =
  '[(（](?:试行|暂行|草案|征求意见稿|送审稿|\\d{4}\\s*[—–\\-－~～至到]\\s*\\d{4}\\s*年?|\\d{4}\\s*(?:年(?:版|度|修订|修正)?|版))[)）]';
const CONTINUATION = new RegExp(`^(?:${NOTE})?(?:的(?:通知|通告|公告|函))?$`);
const continues = (s: string): boolean => s !== '' && CONTINUATION.test(s.replace(/\s+/g, ''));
// A document number in brackets closing the title line.
const TRAILING_BRACKET = /[(（]\s*([^()（）]+?)\s*[)）]$/;
// An organ's name alone on its line, as joint issuers stand one a line over their 关于… line.
const organLine = (t: string): boolean => t.length <= 30 && ORGAN_END.test(t) && !/关于/.test(t);
// A document number after the title and a space, closing the line.
const SPACED_NUMBER = /[\s\u3000]+(\S{2,12}[〔[(（]\d{4}[〕\])）]\s*\d{1,4}\s*号)$/;
const LIST_ITEM = /^(?:[2-9]|[1-9]\d)\s*[.．、](?!\d{1,3}(?!\d))/;
const key = titleKey;

// A short line naming no document: no 关于, no 《》, no title's last words (政府信息公开, 政策文件, 通知公告).
// A site also names its columns by a genre of the texts it lists (档案管理制度, 政府信息公开制度): a short 制度 line is one.
const isColumnName = (t: string): boolean =>
  t.length <= 12 && !/关于|《|》/.test(t) && (!TITLE_END.test(t) || /制度$/.test(t));

// A red header or a column named so (省政府和省政府办公厅文件) run into the title's line before an organ's 关于.
const MASTHEAD_HEAD = /^([\u4e00-\u9fff]{2,30}?文件)(?=[\u4e00-\u9fff]{2,30}?关于)/;
const withoutMasthead = (t: string): string => {
  const head = MASTHEAD_HEAD.exec(t)?.[1];
  return head && isMasthead(head) ? t.slice(head.length) : t;
};

// A news agency's dateline and its mark before the text it carries: 中评社北京2月21日电/, 新华社北京3月5日电 ／.
const DATELINE_HEAD = /^[\u4e00-\u9fff]{1,8}社[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电\s*[/／|｜]\s*/;

// A news headline: an organ, written short, put out a document (发改委发布促进…规划, 省政府出台…意见); not a title about
// putting things out (信息发布管理办法: 信息 is no organ).
const NEWS_OF_ISSUE =
  /^[\u4e00-\u9fff]{1,12}(?:委|部|局|厅|办|政府|院|署|会|省|市|县|区)(?:发布|下发|印发|出台|公布)了?[《“]?[\u4e00-\u9fff\d]{4}/;

// A site's counter run into its headline after a genre no year follows (…应急预案的通知0).
const COUNTER_TAIL = /(?<=(?:通知|通告|公告|意见|决定|批复|函|办法|规定|细则))\d{1,6}$/;

// A place's name and a colon before a title (北京:, 山东：), as news sites tag what they repost.
const PLACE_TAG = /^([\u4e00-\u9fff]{2,8})\s*[:：]\s*(?=关于|[\u4e00-\u9fff]{2,30}?关于)/;

// A law site's headline around the title it shows (lawfaq.cn: 2019最新国务院工作规则全文).
const SITE_HEAD = /^(?:\d{4}\s*年?\s*)?最新(?=[\u4e00-\u9fff《])/;
const SITE_TAIL = /(?:最新全文|全文及解读|全文解读|全文)$/;
// A browser's headline: the page's title, a dash or bar, then the site's name (…的意见-湖南省人民政府门户网站,
// …的通知_北京市人民政府网站, …办法 | 某某网). No title goes on past its genre word with a dash and a name.
const SITE_NAME_AFTER =
  /\s*(?:[-_|｜–—－]{1,2})\s*[\u4e00-\u9fffA-Za-z0-9.·]{2,30}?(?:网站|网|门户|平台|频道|客户端|人民政府|政府)$/;

// A line naming no act of an organ: no 关于, 《》, 印发 or 转发, no notice's or opinion's last words.
const isBanner = (t: string): boolean =>
  t.length <= 20 && !/关于|《|》|印发|转发/.test(t) && !/(?:通知|通告|公告|意见|决定|批复|函|报告)$/.test(t);
// A title headed by an organ and its act: 山东省人民政府办公厅转发…, 常德市发展和改革委员会关于….
const ORGAN_HEADED =
  /^[\u4e00-\u9fff]{2,30}?(?:国务院|人民政府|政府|办公厅|办公室|委员会|部|厅|局|署|委)(?:关于|转发|印发)/;

// A site's note on the copy it posts, after the title: 2016年修订版, 最新版, (全文), (全文内容), 完整版; or several of
// them run together in one bracket ((最新版本全文), (全文最新版)). A year and 版 alone ((2016版), (2023年版)) is the
// document's own edition, part of its name (…统筹补偿实施方案(2016版), …药品目录(2023年版)).
const EDITION =
  '(?:\\d{4}年?(?:最新)?(?:修订|修正|修改)版本?|\\d{4}年?最新版本?|\\d{4}年?版本|最新版本?|最新|完整版本?|全文(?:内容|下载)?)';
const EDITION_AFTER_BOOK_TITLE = new RegExp(`^《([^《》]+)》(?:[(（]?${EDITION}[)）]?)+$`);
const EDITION_BRACKET = new RegExp(`^(.{4,}?)[(（]${EDITION}+[)）]$`);

// A law's or a regulation's year edition in brackets ((2012版), (2018年版)): a site's tag, for a statute's versions are
// its amendments; a plan's or a catalogue's is its own.
const STATUTE_EDITION = /^《?([^《》]{2,60}?(?:法|法典|条例))》?[(（]\d{4}年?版[)）]$/;

/** A title without the site's note on its edition: 《X》2016年修订版(全文) → X; X(全文内容) → X; 《X法》(2012版) → X法. */
export function withoutEditionNote(title: string): string {
  return (
    EDITION_AFTER_BOOK_TITLE.exec(title)?.[1] ??
    EDITION_BRACKET.exec(title)?.[1] ??
    STATUTE_EDITION.exec(title)?.[1] ??
    title
  );
}

// A portal's column tag in 【】 before the title (【保基本民生】宣城市…的通知), or its column's name before a bar
// (政务服务丨济宁市人民政府关于…, 通知公告 | …): its listing's words, no part of the title.
const COLUMN_TAG = /^(?:【[^【】]{1,12}】|[\u4e00-\u9fff]{2,8}[\s\u3000]*[丨|｜][\s\u3000]*)(?=[^【】|｜丨]{4,}$)/;

/** A title without a portal's column tag before it, when what follows is a whole title; otherwise as written. */
export function withoutColumnTag(title: string): string {
  const rest = title.replace(COLUMN_TAG, '').trim();
  return rest !== title && finishedTitle(rest) ? rest : title;
}

/**
 * The organs before a title's 关于 when spaces alone part them (成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…):
 * each a whole organ's name, so the spaces are the joint signature's, no typesetting of one name.
 */
function spacedOrgans(text: string): { organs: string[]; written: string } | undefined {
  const head = /^(.+?\s*)(?:关于|印发|转发)/.exec(text)?.[1];
  const parts = head?.trim().split(/\s+/) ?? [];
  const organ = (p: string): boolean => /^[\u4e00-\u9fff]{2,30}$/.test(p) && ORGAN_END.test(p);
  // As written: one space between the organs, and one before 关于 where the title sets one.
  return parts.length >= 2 && parts.every(organ) ? { organs: parts, written: head!.replace(/\s+/g, ' ') } : undefined;
}

/** A title with the space kept between the joint issuers it parts by spaces alone; every other space gone. */
const spacedText = (t: { text: string; written?: string }): string =>
  t.written && t.text.startsWith(t.written.replace(/\s+/g, ''))
    ? t.written + t.text.slice(t.written.replace(/\s+/g, '').length)
    : t.text;

// A document site's file name for the title (…实施细则及文种式样.docx): the title without its extension.
const FILE_EXTENSION = /(?<=[\u4e00-\u9fff)）》])\.(?:docx?|pdf|wps|txt|ofd)$/i;

// A site's note that it updated its copy ((2022年更新), (最新更新)).
/** Links a site sets side by side, parted by | (免责声明| 联系我们| 网站地图). */
const SITE_LINKS = /^[^|｜]{1,16}(?:\s*[|｜]\s*[^|｜]{1,16})+\s*[|｜]?$/;
const SITE_UPDATE_NOTE = /[(（](?:\d{4}\s*年?\s*)?(?:最新)?更新(?:版)?[)）]$/;

// A site's bare year after the title ((2011)): a tag of its listing. Not a title's own note, which writes 年 or a
// span ((2011年修订), (2021—2025年)).
const YEAR_TAG = /^(.{4,}?)[(（]\d{4}[)）]$/;

/**
 * The title without a site's bare year tag (三亚市物业管理实施办法(2011) → 三亚市物业管理实施办法), unless the text's
 * other lines write the title with it: then it is the title's own.
 */
export function withoutYearTag(title: string, otherLines: readonly string[]): string {
  const bare = YEAR_TAG.exec(title)?.[1];
  if (!bare || otherLines.some((l) => l.replace(/\s+/g, '').includes(title))) return title;
  return bare;
}

// A statute's announcement (《X》已由…会议于…修订通过,现将修订后的《X》公布,…) names the statute it promulgates.
const ANNOUNCEMENT = new RegExp(
  `^(?:第[\\d一二三四五六七八九十百零〇]+号)?《(${BOOKED_WORDS}{4,120})》(?:已|业)?(?:经|由|于)[^。]{0,120}?(?:通过|批准)[^。]{0,80}?现(?:予|将)[^。]{0,40}?(?:公布|发布)`,
);

/** The title an announcement in the head names, when no line is a title (a page opening with the announcement). */
export function announcedTitle(head: readonly SourceLine[]): { title: string; line: number } | undefined {
  for (const line of head) {
    const named = ANNOUNCEMENT.exec(line.match.replace(/\s+/g, ''))?.[1];
    if (named) return { title: named, line: line.no };
  }
  return undefined;
}

// A notice handing its addressees one document (现将《X》(以下简称《方案》)印发给你们; 《X》已经市政府同意,现印发给你们):
// X, named alone before the verb (现将《A》《B》印发给你们 issues several, and names no one document). A text forwarded
// (转发给你们) is another organ's: the notice forwarding it is the document, its title lost.
const ISSUED_HERE = [
  /现将《([^《》]{4,100})》(?:[(（][^()（）]*[)）])?(?:印发|下达)给你们/,
  /《([^《》]{4,100})》(?:[(（][^()（）]*[)）])?(?:已经|已)[^。；;《》]{0,40}?(?:同意|批准|通过)[,，]?现予?(?:印发|下达)/,
  // The organs that made it, then the act (…生态环境部、国家林草局制定了《X》(以下简称《规划》),现印发你们).
  /(?:制定|编制|研究制定)了《([^《》]{4,100})》(?:[(（][^()（）]*[)）])?[,，]现(?:予以|将其|予)?(?:印发|下达)(?:给)?你们/,
];

// Another organ's notice or letter the body hands on (现将《湖南省人民政府办公厅关于…的通知》印发给你们): the untitled
// text is the notice handing it on, not that notice.
const othersNotice = (title: string): boolean =>
  ORGAN_HEADED.test(title) || ['notice', 'letter'].includes(readKind(title));

/**
 * The one document an untitled notice's body issues (a copy kept from its number or its addressees): its title,
 * when the head names one and only one so.
 */
export function issuedTitle(head: readonly SourceLine[]): { title: string; line: number } | undefined {
  const found = head.flatMap((line) =>
    ISSUED_HERE.flatMap((form) => {
      const named = form.exec(line.match.replace(/\s+/g, ''))?.[1];
      return named && finishedTitle(named) && !othersNotice(named) ? [{ title: named, line: line.no }] : [];
    }),
  );
  return new Set(found.map((f) => key(f.title))).size === 1 ? found[0] : undefined;
}

/**
 * Reads the title from the head lines that classifyHeadLine called 'title' (in order). `placeAtHead` tells a title
 * opening with a place (安庆市人民政府工作规则): a column's word above it (调查研究) is no first line of it. `dateLines`:
 * the numbers of the head's date lines, across which no title is joined.
 */
export function readTitle(
  candidates: SourceLine[],
  file: string,
  placeAtHead: (title: string) => boolean = () => false,
  dateLines: readonly number[] = [],
): TitleResult {
  const issues: ParseIssue[] = [];
  const used: number[] = [];
  const titles: { text: string; lines: number[]; organs?: string[]; written?: string }[] = [];
  let placeTag: string | undefined;
  let leadingNumber: TitleResult['leadingNumber'];
  let trailingNumber: TitleResult['trailingNumber'];
  for (let i = 0; i < candidates.length; i++) {
    const line = candidates[i]!;
    let text = withoutColumnTag(withoutMasthead(stripPageLabel(line.text.replace(/\s+/g, ' ').trim()))).replace(
      FILE_EXTENSION,
      '',
    );
    // A site's links over the document (免责声明| 联系我们| 网站地图): no title writes | between its words, so the line
    // neither starts the title nor is joined into it.
    if (SITE_LINKS.test(text)) {
      issues.push({
        file,
        line: line.no,
        severity: 'info',
        code: 'COLUMN_NAME',
        message: `a site's links before the title left out: "${text}"`,
      });
      continue;
    }
    // A list's later item (2.2024年民生实事项目…表, 3、…) begins no title: the first title-like line of a head is no
    // second entry of a list (not 5.12全国防灾减灾日…, a date, nor 2.5亿元).
    // Nor does a line with no Chinese character (- 9 years ago, a document site's counter; not (2023—2027年)).
    const refused = LIST_ITEM.test(text)
      ? "a list's item"
      : !/[\u4e00-\u9fff]/.test(text)
        ? 'a line with no Chinese'
        : '';
    if (titles.length === 0 && refused !== '') {
      issues.push({
        file,
        line: line.no,
        severity: 'info',
        code: 'NOT_A_TITLE',
        message: `${refused} is no title: "${text}"`,
      });
      continue;
    }
    const number = findDocNumbers(line.match)[0];
    if (number && number.index === 0) {
      leadingNumber ??= { original: line.text.slice(0, number.original.length), normalized: number.normalized };
      text = line.text.slice(number.original.length).trim();
    }
    // Not after a 《title》: 《…》(国发〔2021〕4号) cites the document named in the brackets (DOMAIN §2).
    const tail = /》\s*[(（][^()（）]*[)）]$/.test(text) ? null : TRAILING_BRACKET.exec(text);
    const tailNumber = tail ? findDocNumbers(foldWidth(tail[1]!).replace(/\s+/g, ''))[0] : undefined;
    if (tail?.index && tailNumber && tailNumber.original.length === tail[1]!.replace(/\s+/g, '').length) {
      trailingNumber ??= { original: tail[1]!, normalized: tailNumber.normalized };
      text = text.slice(0, tail.index).trim();
    }
    // Or after a space, unbracketed (桂东县关于…的通告 桂政通〔2017〕6号), as a site sets its headline.
    const spacedTail = SPACED_NUMBER.exec(text);
    const spacedNumber = spacedTail ? findDocNumbers(spacedTail[1]!)[0] : undefined;
    if (spacedTail && spacedNumber?.index === 0 && finishedTitle(text.slice(0, spacedTail.index))) {
      trailingNumber ??= { original: spacedTail[1]!, normalized: spacedNumber.normalized };
      text = text.slice(0, spacedTail.index).trim();
    }
    // A news agency's dateline run into the title it carries (中评社北京2月21日电/水利部关于…的通知).
    text = text.replace(DATELINE_HEAD, '');
    // A site's tag of the place before the title (北京:关于印发《…》的通知), no words of it.
    const tagged = PLACE_TAG.exec(text);
    if (tagged && placeAtHead(tagged[1]!) && finishedTitle(text.slice(tagged[0].length))) {
      issues.push({
        file,
        line: line.no,
        severity: 'info',
        code: 'SITE_HEADLINE',
        message: `a site's tag of the place before the title left out: "${tagged[0]}"`,
      });
      text = text.slice(tagged[0].length);
      placeTag ??= tagged[1];
    }
    const bare = text
      .replace(SITE_HEAD, '')
      .replace(SITE_TAIL, '')
      .replace(SITE_NAME_AFTER, '')
      .replace(COUNTER_TAIL, '');
    if (bare !== text && finishedTitle(bare)) {
      issues.push({
        file,
        line: line.no,
        severity: 'info',
        code: 'SITE_HEADLINE',
        message: `a site's words around the title left out: "${text}" read as "${bare}"`,
      });
      text = bare;
    }
    const previous = titles.at(-1);
    if (previous && unbalanced(text) < 0 && unbalanced(previous.text) === 0 && key(previous.text).endsWith(key(text))) {
      issues.push({
        file,
        line: line.no,
        severity: 'warning',
        code: 'BROKEN_TITLE_FRAGMENT',
        message: `broken duplicate of the title's end left out: "${text}"`,
      });
      used.push(line.no);
      continue;
    }
    const lines = [line.no];
    // Join the following lines while the title is visibly unfinished (open 《, no title ending yet, or an ending that
    // also ends phrases inside titles, such as 政策): gov.cn typesets a long title over two or three centred lines.
    // Joined only when a following line finishes it.
    // Never across a date line: a title stands above its date, and what follows the date (a signature's last line,
    // then the link to the issued text) is no one title.
    const near = (k: number): boolean =>
      k < candidates.length &&
      candidates[k]!.no - candidates[k - 1]!.no <= 3 &&
      !dateLines.some((no) => no > candidates[k - 1]!.no && no < candidates[k]!.no);
    // A column's word (调查研究) over a whole title that opens with a place is no beginning of that title.
    const nextWhole = near(i + 1) ? candidates[i + 1]!.text.replace(/\s+/g, '') : '';
    // So is a column's name (政府信息公开) over an organ's 关于… title; an organ's name over it (国务院办公厅) begins it.
    const column =
      isColumnName(text) &&
      finishedTitle(nextWhole) &&
      (placeAtHead(nextWhole) || (!ORGAN_END.test(text) && (/^关于/.test(nextWhole) || ORGAN_HEADED.test(nextWhole))));
    // A paper's headline crying its news (…3月20日起恢复!) goes on into no title, nor one the page repeats (广西东兴市…
    // 管理解除 over the typeset 关于解除东兴市…、 / 管控区管理的通告): a headline stands whole. (A title the page prints
    // twice, each time broken over lines, repeats its next line too: it joins.)
    const seenBefore = (k: number): boolean =>
      k < candidates.length && candidates.slice(0, i).some((c) => key(c.text) === key(candidates[k]!.text));
    const repeated = seenBefore(i) && !seenBefore(i + 1);
    if (
      !column &&
      !repeated &&
      !CRIES.test(text) &&
      (!finishedTitle(text) || OPEN_TITLE_END.test(text.replace(/\s/g, '')))
    ) {
      let joined = text;
      let end = -1;
      let finished = text;
      for (let k = i + 1; k <= i + 3 && near(k); k++) {
        const next = candidates[k]!.text.trim();
        // Past a finish that may go on (…记录制度 / 重大执法决定…制度的指导意见), only words of the same title: no
        // title of its own (关于…, 《…, an organ's 关于 or 印发).
        if (end >= 0 && (/^(?:关于|《)/.test(next.replace(/\s+/g, '')) || ORGAN_HEADED.test(next))) break;
        // Nor, before it, a title of its own (an organ's 关于…, 印发…) or the same words again (a site's file name over
        // the document's heading): …实施细则及文种式样 is a title a genre word does not end.
        // A title broken after its verb (…办公室关于转发 / 湖南省人民政府办公厅关于…的意见的通知) goes on into the organ it
        // forwards.
        const open = /(?:关于|转发|印发|批转|颁布|发布|公布|的)$/.test(joined.replace(/\s+/g, ''));
        // An organ's name alone over its 关于… line begins a title of its own (唐山市重污染天气应对指挥部 / 关于解除…的通知).
        // Not the second of joint issuers, each on its line (中共杨陵区委 / 杨陵区人民政府 / 关于印发…).
        const joint = organLine(joined.replace(/\s+/g, '')) && organLine(next.replace(/\s+/g, ''));
        const organOver =
          !joint && ORGAN_END.test(next.replace(/\s+/g, '')) && /^关于/.test(candidates[k + 1]?.text.trim() ?? '');
        if (((ORGAN_HEADED.test(next.replace(/\s+/g, '')) || organOver) && !open) || key(next) === key(joined)) break;
        // Nor a whole title headed by a place under words that name no organ (主任之窗 / 自身建设 / 阿坝藏族羌族自治州…
        // 办法): those are a site's columns over it, as a place's name ending a line (…人民代表大会) begins a title.
        const whole = next.replace(/\s+/g, '');
        const above = joined.replace(/\s+/g, '');
        if (
          finishedTitle(whole) &&
          placeAtHead(whole) &&
          !ORGAN_END.test(above) &&
          !/关于|印发|转发|《|的$/.test(above)
        )
          break;
        // Joint issuers on lines of their own keep a space between them, as one line parts them.
        joined += joint ? ` ${next}` : next;
        if (finishedTitle(joined)) {
          [end, finished] = [k, joined];
          if (!OPEN_TITLE_END.test(joined.replace(/\s/g, ''))) break;
        }
      }
      if (end >= 0) {
        for (let j = i + 1; j <= end; j++) lines.push(candidates[j]!.no);
        text = finished;
        i = end;
      }
    }
    // A line opening with the title's bracketed note or its 的通知 finishes a title that already looked finished
    // (…三年行动计划 / (2018—2020年)的通知); so does the line of the title's own words after a title ending inside a
    // cited one (…征求《A办法》《B办法》 / 执行情况意见建议的公告).
    while (
      near(i + 1) &&
      (continues(candidates[i + 1]!.text) || (endsInCited(text) && closesCited(candidates[i + 1]!.text)))
    ) {
      text += candidates[++i]!.text.trim();
      lines.push(candidates[i]!.no);
    }
    if (lines.length > 1)
      issues.push({
        file,
        line: lines[0]!,
        severity: 'info',
        code: 'TITLE_JOINED',
        message: `title broken over lines ${lines.join(', ')} joined`,
      });
    used.push(...lines);
    const spaced = spacedOrgans(text);
    titles.push({ text: withoutEditionNote(text.replace(/\s+/g, '')), lines, ...(spaced ?? {}) });
  }
  // A column's or a page's name above the document (政府信息公开, 通知公告, 调查研究) is no title when a later line is one:
  // an organ's 关于…的通知/意见/方案, a title in 《》, or one headed by a place (安庆市人民政府工作规则).
  const proper = (t: string): boolean => /关于|《/.test(t) && finishedTitle(t);
  // A site's banner (山东省财政厅大学生创业引领计划) names no organ's act: it yields to a later line that does, an organ's
  // 关于… or 转发…/印发… title.
  const organs = (t: string): boolean => proper(t) && ORGAN_HEADED.test(t);
  const placeHeaded = (t: string): boolean => finishedTitle(t) && placeAtHead(t);
  // A site's headline telling that an organ issued a document (自治区人民政府发布通知, 省政府出台意见) names the act, not the
  // document: the organ's own 关于… title under it is the title.
  const reportsAct = (t: string): boolean =>
    (t.length <= 24 &&
      !/关于|《|》/.test(t) &&
      /(?:发布|下发|印发|出台|公布)了?(?:通知|意见|决定|公告|通告)$/.test(t)) ||
    // Or that an organ put out the document, named after the verb (发改委发布促进中部地区崛起“十三五”规划).
    (t.length <= 40 && !/关于|印发.*的通知$/.test(t) && NEWS_OF_ISSUE.test(t));
  // Nor does a news headline no genre ends (2月1日8时唐山解除重污染天气Ⅱ级应急响应) over an organ's own 关于… title.
  const untitled = (t: string): boolean => t.length <= 40 && !/关于|《|》/.test(t) && !finishedTitle(t);
  // A site's tag of a topic and a genre (档案通知) names no organ's act either.
  const tag = (t: string): boolean => t.length <= 6 && !/关于|《|》|印发|转发|政府|厅|局|委|部|办/.test(t);
  // A document site's headline (…(内蒙古自治区)阿拉善盟额济纳旗…规划(2022年更新)): its place set in brackets before the
  // name, or its own note of an update after it, which no document's title writes; the typeset title follows it.
  const siteHeadline = (t: string): boolean => {
    const tag = /^[(（]([\u4e00-\u9fff]{2,10})[)）]/.exec(t)?.[1];
    return (tag !== undefined && placeAtHead(tag)) || SITE_UPDATE_NOTE.test(t);
  };
  while (
    titles.length > 1 &&
    ((isColumnName(titles[0]!.text) && titles.slice(1).some((t) => proper(t.text) || placeHeaded(t.text))) ||
      (siteHeadline(titles[0]!.text) && titles.slice(1).some((t) => finishedTitle(t.text))) ||
      ((isBanner(titles[0]!.text) ||
        tag(titles[0]!.text) ||
        reportsAct(titles[0]!.text) ||
        untitled(titles[0]!.text)) &&
        titles.slice(1).some((t) => organs(t.text))))
  ) {
    const column = titles.shift()!;
    issues.push({
      file,
      line: column.lines[0]!,
      severity: 'info',
      code: 'COLUMN_NAME',
      message: `a column's name or a site's banner before the title left out: "${column.text}"`,
    });
  }
  const first = issuingNotice(withIssuerNamed(titles, placeAtHead), titles);
  const numbers = {
    ...(leadingNumber ? { leadingNumber } : {}),
    ...(trailingNumber ? { trailingNumber } : {}),
    ...(placeTag ? { placeTag } : {}),
  };
  if (!first) return { lines: used, issues, ...numbers };
  // Later title lines that repeat the first (a page title and the document's heading) are the same title.
  const later = titles.filter((t) => t !== first);
  const unwrapped = withOwnHeading(unwrapNotice(first.text), later.map(spacedText));
  // Joint issuers the title parts by spaces alone are as many organs as the signature would name (A、B、C).
  if (first.organs && unwrapped.titleIssuer === first.organs.join('')) unwrapped.titleIssuer = first.organs.join('、');
  const keptOut: number[] = [];
  for (const other of later) {
    // The same title, in other words, or without the issuer the notice named before 关于 (山东…转发省人力…厅等部门关于…).
    // Or the issued document's heading under its issuer's name (常德市发展和改革委员会关于…实施方案).
    const same = (title: string): boolean =>
      key(other.text) === key(title) ||
      [title, title.replace(/^[^《》]{2,40}?(?=关于)/, '')].some((t) =>
        [other.text, other.text.replace(/^[^《》]{2,40}?(?=关于)/, '')].some(
          (o) => titleWording(o) === titleWording(t),
        ),
      );
    if (!same(first.text) && !same(unwrapped.title ?? '')) {
      keptOut.push(...other.lines);
      issues.push({
        file,
        line: other.lines[0]!,
        severity: 'info',
        code: 'EXTRA_TITLE_LINE',
        message: `second title-like line kept out of the title: "${other.text}"`,
      });
    }
  }
  return {
    ...withOrgansSpaced(unwrapped, first),
    lines: used,
    issues,
    ...numbers,
    headTitles: titles.map(spacedText),
    ...(keptOut.length > 0 ? { keptOut } : {}),
  };
}

/**
 * The title and the notice's title with the space kept between joint issuers that the typeset title parts by spaces
 * alone (中共江西省委 江西省人民政府关于…): written together their names run into one. Every other space is gone.
 */
function withOrgansSpaced<T extends Pick<TitleResult, 'title' | 'noticeTitle'>>(
  read: T,
  first: { text: string; written?: string },
): T {
  const { written } = first;
  if (!written) return read;
  const solid = written.replace(/\s+/g, '');
  const spaced = (t: string | undefined): string | undefined =>
    t?.startsWith(solid) ? written + t.slice(solid.length) : t;
  const [title, noticeTitle] = [spaced(read.title), spaced(read.noticeTitle)];
  return { ...read, ...(title ? { title } : {}), ...(noticeTitle ? { noticeTitle } : {}) };
}

/**
 * The notice issuing the head's first title, when a later title line is one (a site's name of the file, 阿拉善盟…实施细则
 * 及文种式样, over the organ's 关于印发阿拉善盟…实施细则及文种式样的通知): the notice wraps the document as when it stands
 * first. The first title otherwise.
 */
function issuingNotice<T extends { text: string }>(first: T | undefined, titles: readonly T[]): T | undefined {
  if (!first || unwrapNotice(first.text).noticeTitle) return first;
  const issues = (t: T): boolean => {
    const notice = unwrapNotice(t.text);
    return t !== first && notice.noticeTitle !== undefined && key(notice.title ?? '') === key(first.text);
  };
  return titles.find(issues) ?? first;
}

// An organ's full name as a notice's title writes it (赣州市人民政府办公厅); not a short name a page sets above the
// title as its sender (湘西自治州人大常委会法工委).
const FULL_ORGAN_END = /(?:国务院|人民政府|政府|办公厅|办公室|委员会|常务委员会|部|厅|局|署|院|管委会)$/;
/**
 * The head's first title, or the same title written again with its issuer before it: a page's headline 关于印发X的通知
 * over the typeset 赣州市人民政府办公厅关于印发X的通知 is one notice, and the wording naming who issues it is its title.
 */
function withIssuerNamed<T extends { text: string }>(
  titles: readonly T[],
  placeAtHead: (title: string) => boolean,
): T | undefined {
  const first = titles[0];
  if (!first) return first;
  // A paper's headline crying its news (文旅部最新通知!3月20日起恢复!), or one the page repeats that ends as no title
  // (广西东兴市东兴镇部分封控区管控区管理解除), is no document's title: the typeset one below is.
  const repeatedHeadline =
    titles.filter((t) => key(t.text) === key(first.text)).length > 1 && !finishedTitle(first.text);
  if (CRIES.test(first.text) || repeatedHeadline) {
    const typeset = titles.slice(1).find((t) => finishedTitle(t.text) && !CRIES.test(t.text));
    if (typeset) return typeset;
  }
  // A headline the page cut short (…设立第二批教育部基础教育综合改) over the typeset title it begins, or one naming
  // the last of the issuers the typeset title names (景德镇市人民政府关于… over 中共景德镇市委 景德镇市人民政府关于…).
  const fuller = titles.slice(1).find((t) => {
    const [own, later] = [key(first.text), key(t.text)];
    if (later.length <= own.length || !finishedTitle(t.text)) return false;
    if (own.length >= 10 && later.startsWith(own)) return !finishedTitle(first.text);
    const at = own.indexOf('关于');
    const organ = own.slice(0, at);
    const others = later.slice(0, later.length - own.length);
    return at >= 4 && later.endsWith(own) && FULL_ORGAN_END.test(organ) && ORGAN_END.test(others);
  });
  if (fuller) return fuller;
  // A headline naming its organ by level alone (市政府关于…) or by its place alone (甘谷县关于…, over the typeset
  // 甘谷县森林草原防灭火指挥部办公室 甘谷县林业和草原局关于…) is as bare as one naming none.
  const head = /^([^《》关]{2,12}?)(?=关于)/.exec(first.text)?.[1];
  const level = head && LEVEL_ALONE.exec(head)?.[0] === head;
  const short = level || (head && !FULL_ORGAN_END.test(head) && placeAtHead(head)) ? head : undefined;
  if (!(short || /^关于/.test(first.text))) return first;
  const bare = key(first.text.slice(short?.length ?? 0));
  const named = titles.slice(1).find((t) => {
    const organ = key(t.text).slice(0, -bare.length);
    return (
      key(t.text).endsWith(bare) &&
      organ.length >= 2 &&
      organ.length <= 40 &&
      FULL_ORGAN_END.test(organ) &&
      (!short || (organ.length > short.length && placeAtHead(organ) && (level || organ.startsWith(short))))
    );
  });
  return named ?? first;
}

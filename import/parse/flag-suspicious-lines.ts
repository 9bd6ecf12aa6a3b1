/**
 * Marks lines that are not document text (web menus, share buttons, tags:, footers, spam, PDF page numbers —1—)
 * and lines that look damaged (mojibake, censored 人民*府). Nothing is removed silently: every verdict becomes an
 * issue. Example: '微信扫码关注该文公众号作者' → drop 'debris'; '各县区人民*府' → suspicion 'censored'.
 */
import type { ParseIssue } from '../../model/index.ts';
import { looksLikeMojibake } from './detect-mojibake.ts';
import { isPageFieldLine } from './read-page-fields.ts';
import { TITLE_END } from './read-kind.ts';
import { ISSUER_END } from './classify-head-line.ts';
import { CHINESE_NUMERAL_CHARS, cleanLine, foldWidth } from '../../text/index.ts';
import { CLOSING_BAR_LINKS } from './page-closing-bar.ts';
import type { SourceLine } from './source-lines.ts';

// Short names of the provinces, as portals name their sections (广西文件, 湖南政策).
const PROVINCES =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆';
// A portal's accessibility links and its reading modes for the elderly (无障碍浏览, 关怀版, 长者模式, 长辈版, 适老化, 读屏),
// written once: two copies had drifted (长辈版 was debris alone and not beside 繁體版).
const ACCESSIBILITY_LINKS =
  '无障碍(?:浏览|阅读|模式|版|通道)?|(?:关怀|长者|长辈|老年|大字)(?:版|模式)|适老化?(?:版|模式)?|读屏(?:模式)?';
const DEBRIS = new RegExp(
  [
    '^[【\\[(<\\s•·●]*(?:微信扫码|扫一扫|扫码|长按(?:识别|二维码)|戳这里|点击(?:查看|阅读|进入|这里)|阅读原文|阅读(?:数|量|次数)',
    '来源\\s*:\\s*(?:qq|QQ|微信|搜狐|网易|新浪|今日头条|百家号)\\s*$',
    '责任编辑|责编\\s*:|编辑\\s*:|分享到|【?打印】?\\s*【?关闭】?|上一篇|下一篇|相关(?:阅读|链接|文章|新闻)\\s*:?',
    'tags?\\s*:|标签\\s*:|关键词\\s*:|首页\\s*[>|»]|当前位置\\s*:|您的位置|网站地图|.*版权所有|copyright|©',
    // A font-size bar, its sizes perhaps in brackets (字号：[大] [中] [小]), is the page's, never a title line.
    // A portal's links kept as a list, each behind its bullet (- 设为首页, - 加入收藏, - 长者版).
    `[-*+]\\s*(?:设为首页|加入收藏|收藏本站|网站地图|${ACCESSIBILITY_LINKS})\\s*$`,
    '.*ICP备|主办(?:单位)?\\s*:|联系我们|加入收藏|收藏本站|设为首页|字号\\s*[:：]?\\s*[\\[【]?\\s*[大中小]|【字体|浏览次数|访问量|扫描二维码',
    // Site furniture of government portals: where-you-are bars, hotlines, greetings, apps, print/close bars, footers.
    '(?:您|你)(?:现在|当前|目前)?(?:所在)?的?位置\\s*:|(?:现在|当前|目前)(?:所在)?的?位置\\s*:|所在的?位置\\s*:|咨询(?:热线|电话)\\s*:?|(?:您好\\s*[,!]?\\s*)?欢迎(?:您)?(?:来到|访问|光临)|(?:您好\\s*[,!]?\\s*)?欢迎您?(?:登录|登陆|进入|浏览)[^。，,；;]{0,30}(?:网站|网|门户|平台)[!！。]?\\s*$|官方微信|官方微博|手机版',
    // A header's accessibility links and reading modes for the elderly (网站无障碍 关怀版, 长者模式 | 读屏, 长辈版|),
    // alone or beside the site's other versions (繁體版, English), and its clock: a date with its weekday
    // (2023年10月11日 星期三) is when the page was shown, never a title or the document's date.
    `(?=[^。;,]*(?:${ACCESSIBILITY_LINKS}))(?:网站|繁(?:體|体)?版?|简体?版?|english|${ACCESSIBILITY_LINKS}|[|｜/\\s])+$`,
    '[|｜\\s]*(?:今天是\\s*)?\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:星期|周|礼拜)[一二三四五六日天]\\s*$',
    // A portal's links to related pages under the article (关联稿件：, 相关解读：《…》解读, 图文解读：《…》 2023-07-12).
    '(?:关联|相关)(?:稿件|文档|文件|解读)\\s*:|(?:图文|视频|图片|动漫|动画|图解|政策)解读\\s*:',
    // A site's footer links: where to report illegal content or complain, its advertising rates (不良信息举报中心,
    // 违法和不良信息举报电话:12377, 黑猫投诉, 广告刊例).
    '(?:违法(?:和|与)?)?不良信息举报(?:中心|平台|电话|邮箱)?(?:\\s*[:：]?\\s*[\\d-]+)?\\s*$|(?:网络)?举报(?:中心|平台)\\s*$|黑猫投诉\\s*$|广告(?:刊例|服务|合作)\\s*$',
    // A breadcrumb opening with the site's name (海峡网>新闻中心>…, 政府网 > 首页 > …), page widgets and counters.
    '[^\\s,。;:>]{1,16}\\s*>\\s*(?:首页|主页)\\s*>|(?:视力保护色|护眼模式|浏览(?:量|次数)|访问(?:量|次数)|点击(?:量|数))\\s*:|分享(?:到)?\\s*$',
    // The site's banner of the core socialist values, placed above every page of many government sites.
    '社会主义核心价值观\\s*:\\s*富强.{0,60}友善[。.]?\\s*$',
    // Account prompts and the site's own social accounts (没有账号? / 注册 | / 登录 | / 微信 / gecc微信公众号).
    // The rest of a share bar broken over lines (分享到: 微信 / 微博 qq 空间).
    '(?:(?:微信|微博|qq\\s*空间|qq|朋友圈|豆瓣)\\s*){2,}$',
    '(?:还)?没有(?:账号|帐号)\\s*\\??\\s*$|忘记密码|(?:免费|用户|会员)?(?:注册|登录|登陆|退出)(?:\\s*[|/]?\\s*(?:注册|登录|登陆|退出))?\\s*[|]?\\s*$|[a-z0-9]{0,16}(?:官方)?(?:微信|微博)(?:公众号)?\\s*$',
    // A portal's sections: 国家政策, 部委文件, 广西文件 (a province's short name and 文件/政策), 自治区文件, 市政府文件.
    `(?:国家|中央|部委|部门|省级|市级|县级|地方|本省|本市|${PROVINCES})(?:政策|文件|法规)\\s*$`,
    '(?:自治区|省|市|县|区|州|盟|旗)(?:政府)?(?:政策|文件)\\s*$',
    // The bar closing an article, wherever it stands in the line (【返回顶部】, 正文 【打印此页】【关闭窗口】): the links the
    // footer's cutter ends the article at.
    `\\[?\\s*打印(?:本页|此页)?\\s*\\]?\\s*(?:[|｜]|$)|.*(?:${CLOSING_BAR_LINKS.join('|')})|.*网站标识码|.*(?:公网安备|京公网)|字体\\s*:\\s*[大中小]|分享\\s*:`,
    // A page-flip viewer's label of the gazette's page (Page 24 - 2021年第3期, P. 24).
    'page\\s*\\d{1,4}\\s*-\\s*.{0,20}$|p\\.\\s*\\d{1,4}\\s*$',
    // A document-sharing site's prompts to install it or its app (电脑桌面 / 添加某某文库到电脑桌面 / 安装后可以在桌面快捷访问).
    '(?:电脑|手机)?桌面\\s*$|添加.{0,12}到(?:电脑|手机)?桌面|安装后.{0,10}(?:桌面|快捷)|(?:下载|打开|安装)\\s*(?:app|客户端)\\s*$|app\\s*内打开',
    // A news page's caption for a picture it lost ((相关资料图), 资料图片): the page's words, never a title.
    '(?:相关)?(?:资料|配)图片?\\s*[)）】\\]]?\\s*$',
    // A photographer's credit (大会现场 张宝杉 摄, (记者 侯凯奇 摄)).
    // (Not a heading: 一、 影视拍摄.)
    '(?![一二三四五六七八九十]+、)[^。；;，,]{0,30}?(?:记者|\\s)\\s*[\\u4e00-\\u9fff·]{2,4}(?<![拍航])\\s*摄\\s*[)）】]?\\s*$',
    // A breadcrumb of a portal's sections parted by >> or » (吉林省政府信息公开专栏 >> 吉林省人民政府 >> 政府信息公开基础平台);
    // not a text's path through a site after its label (操作路径：首页>>网上办事>>职称申报).
    '(?:[^>»。,;:：]{1,20}?\\s*(?:>>|»)\\s*){2,}[^>»。,;:：]{1,20}$',
    // A forum's attachment bar under a picture it posts (通告.jpg (107.63 KB, 下载次数: 625), 下载附件, 保存到相册).
    '.{0,60}\\.(?:jpe?g|png|gif|bmp|webp)\\s*[(（]\\s*[\\d.]+\\s*[kmg]b\\b.*$|下载附件\\s*$|保存到相册\\s*$',
    // A picture's file name alone, where a page showed an image (001.png under a signature).
    '[^\\s。，,;；:：]{1,40}\\.(?:jpe?g|png|gif|bmp|webp|tiff?)\\s*$',
    // A portal's header linking its editions in other languages (English Русская версия, 日本語, 한국어): two of them.
    '.*(?:english|русск|日本語|한국어|français|deutsch).*(?:english|русск|日本語|한국어|français|deutsch)',
    // An archive's note of the address it copied the page from (Original URL: http://…); an address alone may be the
    // text's own (登录以下网址进行网上申报: / http://…).
    '(?:(?:original|source|page)\\s*url|url|link)\\s*:\\s*https?://\\S+\\s*$',
    // A periodical or document site's reading prompts (论文部分内容阅读, 在线阅读): the site's words, no title.
    '(?:论文|文章|期刊|文献|全文)?部分内容阅读\\s*$|(?:在线|免费|全文)阅读\\s*$|阅读全文\\s*$',
    // A site's name and its slogan on a line of their own (法搜网--中国法律信息搜索网, 某某网 | 政策法规库).
    '[\\u4e00-\\u9fffA-Za-z0-9.]{1,12}网\\s*(?:--?|—+|_+|[|｜])\\s*[\\u4e00-\\u9fffA-Za-z0-9.]{1,30}\\s*$',
    // A bar of a page's buttons in brackets (【打印】【投稿】【推荐】【关闭】), the first 【 taken above.
    '(?:打印|投稿|推荐|关闭|收藏|纠错|分享)】\\s*(?:【(?:打印|投稿|推荐|关闭|收藏|纠错|分享|返回|顶部|大|中|小)[^【】]{0,4}】\\s*)+$',
    // A mirror's reader widgets: follow, read on the phone, like, tip the author and the ways to pay
    // (关注公众号 / 手机扫码查看 / 喜欢作者 / 打赏方式 / 微信支付微信支付); a lone × may be a checklist's answer.
    // (A login box too: 请使用微信扫一扫 / 关注公众号完成登录.)
    '(?:请(?:使用|用)?)?(?:微信|手机)?扫一扫\\s*(?:登录|关注)?\\s*$|(?:关注(?:本)?公众号(?:完成|即可|后)?(?:登录|注册)?|手机(?:扫码)?(?:查看|阅读|浏览)|喜欢(?:作者|此文)|打赏(?:方式|作者|一下)?|赞赏(?:作者|支持)?)\\s*$',
    '(?:(?:微信|支付宝)支付\\s*)+$|(?:取消)?收藏成功[!！]?\\s*$',
    // A forum's post furniture: the poster's box (楼主, TA的每日心情, 签到天数: 5 天), the thread's links (只看该作者, 电梯直达).
    '.*TA的每日心情|签到天数\\s*:|(?:楼主|沙发|板凳|地板)\\s*$|只看该作者|电梯直达|本帖(?:子中包含更多资源|最后由)',
    '(?:网站首页|返回首页|首页|地方政策|政策文件|政策解读|政务公开|信息公开|新闻中心|政策法规|通知公告|互动交流|办事服务|在线服务)\\s*$)',
  ].join('|'),
  'i',
);
const MENU = /^(?:[^|>»]{1,8}\s*[|>»]\s*){3,}[^|>»]{0,8}$/;
// A site's menu bar copied with spaces between its entries (首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心): short
// words without punctuation, opening at the home page or holding one of a portal's sections. A text's spaced words
// (创新 协调 绿色 开放 共享) name no such section.
const MENU_WORD =
  /^(?:网站首页|首页|主页|新闻中心|新闻动态|政务公开|信息公开|政府信息公开|政策法规|政策文件|政策解读|通知公告|互动交流|办事服务|在线服务|联系我们)$/;
function isSpacedMenu(m: string): boolean {
  const words = m.trim().split(/[\s\u3000]+/);
  // A breadcrumb copied without its marks, from the home page down (首页 人才政策一网通查 上海有哪些人才政策).
  if (/^(?:网站首页|首页|主页)$/.test(words[0] ?? '') && words.length >= 2)
    return words.every((w) => /^[\u4e00-\u9fff]{1,12}$/.test(w));
  if (words.length < 4 || !words.every((w) => /^[\u4e00-\u9fff]{1,8}$/.test(w))) return false;
  return /^(?:网站首页|首页|主页)/.test(words.join('')) || words.some((w) => MENU_WORD.test(w));
}
// A portal's header of names parted by spaced dashes (重庆市政府网 - 信息公开 - 重庆市渝北区政府): a breadcrumb when one
// of them is a site (…网) or a portal's section.
const DASHED_TRAIL = /^[^\s。;,:：]{2,16}(?:\s+[-–—]\s+[^\s。;,:：]{2,16}){2,}$/;
const TRAIL_STEP = /^(?:[^\s]{1,12}网|首页|政务公开|信息公开|政府信息公开|新闻中心|政策文件|政策法规|通知公告)$/;
const isDashedTrail = (m: string): boolean =>
  DASHED_TRAIL.test(m.trim()) &&
  m
    .trim()
    .split(/\s+[-–—]\s+/)
    .some((step) => TRAIL_STEP.test(step));
// A site's footer giving its address and telephone (四川省乐山市市中区凌云路2435号 联系电话:0833-…, 地址:… 邮编:…),
// wherever the copy stored it, even above the title: furniture. The line opens with the address, so a notice's own
// contact line (联系人:…,联系电话:…, 联系地址:…) and a sentence of the text are none. A notice may give its own address
// so (二、…意见可寄至: / 地址:南宁市民族大道1号,邮编:530022): such a line is the site's only outside the text (no
// sentence or numbered line above it, or no line of text below it), or when it holds the site's marks.
const FOOTER_ADDRESS =
  /^(?:(?:网站|单位|通讯|办公)?地址\s*[:：]|[\u4e00-\u9fff]{2,24}?(?:路|街|大道|大街|巷)\s*\d+\s*号)/;
const FOOTER_CONTACT = /(?:电话|热线|传真)\s*[:：]?\s*[(（]?\d|(?:邮编|邮政编码)\s*[:：]?\s*\d{6}|ICP备/i;
const isFooterContact = (m: string): boolean =>
  FOOTER_ADDRESS.test(m.trim()) && FOOTER_CONTACT.test(m) && !/[。;；]/.test(m) && m.length <= 120;
const SITE_MARKS = /ICP备|版权所有|主办|技术支持/i;
/** The lines of text a footer-like line stands between: a sentence or numbered line above, a line of text below. */
function withinText(lines: readonly SourceLine[], at: number): boolean {
  const textAbove = lines.slice(0, at).some((l) => l.match !== '' && SENTENCE_OR_NUMBERED.test(l.match));
  const textBelow = lines
    .slice(at + 1)
    .some(
      (l) => l.match.trim() !== '' && !DEBRIS.test(l.match) && !isFooterContact(l.match) && !PAGE_NUMBER.test(l.match),
    );
  return textAbove && textBelow;
}
const isSiteFooter = (lines: readonly SourceLine[], at: number, m: string): boolean =>
  isFooterContact(m) && (SITE_MARKS.test(m) || !withinText(lines, at));
// An advertisement that asks to be contacted is spam on its own.
const SPAM_CONTACT = /加微信|微信号\s*[:：]|QQ\s*[:：]?\s*\d{5,}/i;
// Words of gambling, porn and invoice advertisements. One of them alone may stand in a policy text (彩票公益金, 网贷风险
// 专项整治, 打击刷单炒信): only two different ones in a line that is no sentence or numbered line of the text make spam.
const SPAM_WORDS =
  /代开.{0,6}发票|博彩|彩票|赌场|六合彩|威尼斯人|棋牌|娱乐城|网贷|刷单|日赚|在线观看|免费视频|精品视频|只有精品|无码|中文字幕|一区二区|放荡|成人视频|午夜|bet\d{3}|备用(?:网站|网址)|最新网址|百家乐|老虎机/gi;
const SENTENCE_OR_NUMBERED = new RegExp(
  `[。;]\\s*$|^\\s*(?:[(（]?[${CHINESE_NUMERAL_CHARS}]{1,5}[)）、．]|\\d{1,2}\\s*[.．、)）]|第)`,
);
// Lines of a table's borders only (|, ||||), and a border closing or opening a line of text (…的意见 |).
const BORDERS = /^[|｜¦\s]+$/;
/**
 * A line without the one border that opens or closes it (| 关于…的意见, …的意见 |); a line with two borders or more is
 * a table's row, kept. Counted, not matched with a lookbehind: that looked back from every position of a line, and a
 * page of 200 KB run into one line took seconds in it alone.
 */
function withoutLoneBorder(line: string): string {
  const bars = line.match(/[|｜]/g)?.length ?? 0;
  if (bars !== 1) return line;
  const opened = line.replace(/^\s*[|｜]\s*/, '');
  if (opened !== line) return opened.trim() === '' ? line : opened;
  const closed = line.replace(/\s*[|｜]\s*$/, '');
  return closed.trim() === '' ? line : closed;
}

/**
 * Spam: a contact advertisement, two different spam words in a line that is not a sentence of the text, or a short
 * line of a spam word that names no document or organ (东风彩票注册: a page title a mirror replaced by its advertisement;
 * not 东风彩票注册办公室, a signature whose place it replaced).
 */
function isSpam(m: string): boolean {
  if (SPAM_CONTACT.test(m)) return true;
  const words = new Set([...m.matchAll(SPAM_WORDS)].map((w) => w[0].toLowerCase()));
  if (SENTENCE_OR_NUMBERED.test(m)) return false;
  const compact = m.replace(/\s+/g, '');
  // A title an advertisement defaced, broken after its 关于 (bet365最新备用网站关于 / 加强…的实施意见): the title reader
  // sets the words aside.
  if (compact.endsWith('关于')) return false;
  const namesNoDocument =
    compact.length <= 12 &&
    !/关于|《|》|[,，、:：]/.test(compact) &&
    !TITLE_END.test(compact) &&
    !ISSUER_END.test(compact);
  return words.size >= 2 || (words.size === 1 && namesNoDocument);
}

/** The spam words of a line (a title or signature whose place name a mirror replaced: 东风彩票注册办公室关于…). */
export const spamWordsIn = (m: string): string[] => [...new Set([...m.matchAll(SPAM_WORDS)].map((w) => w[0]))];

// Words only a gambling site writes of itself (bet365, 备用网站, 百家乐): one alone advertises.
const GAMBLING_SITE = /bet\d|备用|网址|百家乐|老虎机|娱乐城|博彩|赌场/i;
/** True for words an advertisement put in a text: two spam words, or one only a gambling site writes. */
export const advertises = (m: string): boolean => {
  const words = spamWordsIn(m);
  return words.length >= 2 || words.some((w) => GAMBLING_SITE.test(w));
};
const PAGE_NUMBER =
  /^(?:[—\-–－―]+\s*\d{1,4}\s*[—\-–－―]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
const CENSORED = /[\u4e00-\u9fff][*＊×□■?？]{1,3}[\u4e00-\u9fff]/;

function issue(
  file: string,
  line: number,
  severity: ParseIssue['severity'],
  code: string,
  message: string,
): ParseIssue {
  return { file, line, severity, code, message };
}

/** Sets `drop` / `suspicion` on the lines and returns one issue per flagged line. */
// A site's address alone on a line (www.jiangjin.gov.cn), or a portal's section under its name (政府信息公开).
const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/i;
const SECTION = /^(?:政府信息公开|信息公开|政务公开|政务信息)(?:专栏|目录)?$/;
// How an organ's name ends (人民政府, 民政厅, 人大常委会).
const ORGAN_NAME = /(?:政府|厅|局|委|委员会|常委会|办|办公室|部|院|署|中心)$/;

/**
 * A site's banner opening a page: its name over its address or one of its sections (重庆市江津区人民政府 /
 * www.jiangjin.gov.cn; 新疆维吾尔自治区民政厅 / 政府信息公开). The name is an organ's, so it would be read as the
 * document's issuer; it is the page's. An address under a sentence (登录以下网址进行网上申报: / http://…) is the text's.
 */
/** The first two lines with text, without reading the rest of the page. */
function firstTwo(lines: readonly SourceLine[]): SourceLine[] {
  const found: SourceLine[] = [];
  for (let i = 0; i < lines.length && found.length < 2; i++) if (lines[i]!.match.trim() !== '') found.push(lines[i]!);
  return found;
}

function dropBanner(lines: SourceLine[], file: string): ParseIssue[] {
  const [name, next] = firstTwo(lines);
  // The name is an organ's, no title (宜昌市人民政府关于调整最低工资标准的通知 over the site's address is the page's
  // title).
  if (!name || !next || name.drop) return [];
  const named = name.match.trim();
  if (!/^[\u4e00-\u9fff]{2,24}$/.test(named) || !ORGAN_NAME.test(named) || /关于/.test(named)) return [];
  const under = next.match.trim();
  if (!SITE_ADDRESS.test(under) && !SECTION.test(under)) return [];
  return [name, next]
    .filter((line) => line.drop === undefined)
    .map((line) => {
      line.drop = 'debris';
      return issue(
        file,
        line.no,
        'warning',
        'WEB_DEBRIS',
        `the site's banner left out of the text: "${line.match.trim()}"`,
      );
    });
}

/** True for a line of a page's furniture (a menu's words, a share or login box, a footer's), by its words alone. */
export const isWebDebris = (match: string): boolean => DEBRIS.test(match);

export function flagSuspiciousLines(lines: SourceLine[], file: string): ParseIssue[] {
  const issues: ParseIssue[] = [];
  for (const [at, line] of lines.entries()) {
    if (line.match === '') continue;
    if (!BORDERS.test(line.match)) {
      // The same cut in both forms, which have the same length.
      line.text = withoutLoneBorder(line.text);
      line.match = withoutLoneBorder(line.match);
    }
    const m = line.match;
    const shown = m.length > 40 ? `${m.slice(0, 40)}…` : m;
    if (PAGE_NUMBER.test(m)) {
      line.drop = 'page-number';
      issues.push(issue(file, line.no, 'info', 'PAGE_NUMBER', `page number "${m}" left out of the text`));
    } else if (
      DEBRIS.test(m) ||
      isSiteFooter(lines, at, m) ||
      (MENU.test(m) && !isPageFieldLine(line)) ||
      isSpacedMenu(m) ||
      BORDERS.test(m) ||
      isDashedTrail(m)
    ) {
      line.drop = 'debris';
      issues.push(issue(file, line.no, 'warning', 'WEB_DEBRIS', `web-page debris left out of the text: "${shown}"`));
    } else if (isSpam(m)) {
      line.drop = 'spam';
      issues.push(issue(file, line.no, 'warning', 'SPAM_LINE', `spam line left out of the text: "${shown}"`));
    } else if (m.includes('\ufffd')) {
      line.suspicion = 'undecodable';
      issues.push(issue(file, line.no, 'error', 'UNDECODABLE_TEXT', 'line holds undecodable bytes (U+FFFD)'));
    } else if (looksLikeMojibake(line.raw)) {
      line.suspicion = 'mojibake';
      // Kept exactly as written (no simplification) so the bytes can still be recovered by a reader.
      line.text = cleanLine(line.raw).cleaned;
      line.match = foldWidth(line.text);
      line.traditional = false;
      issues.push(
        issue(
          file,
          line.no,
          'warning',
          'MOJIBAKE',
          `line looks like mojibake (text decoded with the wrong encoding): "${shown}"`,
        ),
      );
    } else if (CENSORED.test(m)) {
      line.suspicion = 'censored';
      issues.push(
        issue(file, line.no, 'warning', 'CENSORED_TEXT', `censored or dropped characters: "${CENSORED.exec(m)?.[0]}"`),
      );
    }
  }
  issues.push(...dropBanner(lines, file));
  return issues;
}

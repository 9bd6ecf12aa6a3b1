/**
 * Marks lines that are not document text (web menus, share buttons, tags:, footers, spam, PDF page numbers —1—)
 * and lines that look damaged (mojibake, censored 人民*府). Nothing is removed silently: every verdict becomes an
 * issue. Example: '微信扫码关注该文公众号作者' → drop 'debris'; '各县区人民*府' → suspicion 'censored'.
 */
import type { ParseIssue } from '../../model/index.ts';
import { looksLikeMojibake } from './detect-mojibake.ts';
import { cleanLine, foldWidth } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';

const DEBRIS = new RegExp(
  [
    '^[【\\[(<\\s]*(?:微信扫码|扫一扫|扫码|长按(?:识别|二维码)|戳这里|点击(?:查看|阅读|进入|这里)|阅读原文|阅读(?:数|量|次数)',
    '来源\\s*:\\s*(?:qq|QQ|微信|搜狐|网易|新浪|今日头条|百家号)\\s*$',
    '责任编辑|编辑\\s*:|分享到|打印本页|【?打印】?\\s*【?关闭】?|关闭窗口|上一篇|下一篇|相关(?:阅读|链接|文章|新闻)\\s*:?',
    'tags?\\s*:|标签\\s*:|关键词\\s*:|首页\\s*[>|»]|当前位置\\s*:|您的位置|网站地图|.*版权所有|copyright|©',
    '.*ICP备|主办(?:单位)?\\s*:|联系我们|字号\\s*[:：]?\\s*[大中小]|【字体|浏览次数|访问量|扫描二维码|返回顶部',
    // Site furniture of government portals: where-you-are bars, hotlines, greetings, apps, print/close bars, footers.
    '(?:您现在|您|当前)(?:所在)?的?位置\\s*:|所在的?位置\\s*:|咨询(?:热线|电话)\\s*:?|(?:您好\\s*[,!]?\\s*)?欢迎(?:来到|访问|光临)|官方微信|官方微博|手机版|无障碍(?:浏览|阅读)?\\s*$',
    '\\[?\\s*打印(?:本页|此页)?\\s*\\]?\\s*(?:[|｜]|$)|.*(?:关闭窗口|关闭本页)|.*网站标识码|.*(?:公网安备|京公网)|字体\\s*:\\s*[大中小]|分享\\s*:',
    '(?:网站首页|返回首页|首页|地方政策|政策文件|政策解读|政务公开|信息公开|新闻中心|政策法规|通知公告|互动交流|办事服务|在线服务)\\s*$)',
  ].join('|'),
  'i',
);
const MENU = /^(?:[^|>»]{1,8}\s*[|>»]\s*){3,}[^|>»]{0,8}$/;
const SPAM =
  /加微信|微信号\s*[:：]|QQ\s*[:：]?\s*\d{5,}|代开.*发票|博彩|彩票|赌场|六合彩|威尼斯人|棋牌|娱乐城|网贷|刷单|日赚/i;
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
export function flagSuspiciousLines(lines: SourceLine[], file: string): ParseIssue[] {
  const issues: ParseIssue[] = [];
  for (const line of lines) {
    const m = line.match;
    if (m === '') continue;
    const shown = m.length > 40 ? `${m.slice(0, 40)}…` : m;
    if (PAGE_NUMBER.test(m)) {
      line.drop = 'page-number';
      issues.push(issue(file, line.no, 'info', 'PAGE_NUMBER', `page number "${m}" left out of the text`));
    } else if (DEBRIS.test(m) || MENU.test(m)) {
      line.drop = 'debris';
      issues.push(issue(file, line.no, 'warning', 'WEB_DEBRIS', `web-page debris left out of the text: "${shown}"`));
    } else if (SPAM.test(m)) {
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
  return issues;
}

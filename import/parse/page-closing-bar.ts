/**
 * The links of the bar a portal closes an article with, as pattern sources. Example:
 *   '【返回顶部】【关闭本页】', '扫一扫在手机打开当前页', '[打印此页] [关闭窗口]' → a closing bar.
 * One list for the debris reader (flag-suspicious-lines.ts), to which the bar is debris, and for the cutter of a saved
 * page's footer (html/cut-page-header.ts), to which it ends the article: written in both, a link the one learnt
 * (打印此页) was left out of the other, and a footer under such a bar stood where the signature is looked for.
 */
export const CLOSING_BAR_LINKS = [
  '扫一扫在手机(?:上)?打开当前页',
  '返回顶部',
  '关闭本页',
  '关闭窗口',
  '打印(?:本页|此页)',
];

/** A line opening with a closing bar's link (perhaps in 【】 or []). */
export const CLOSING_BAR = new RegExp(`^[【[]?\\s*(?:${CLOSING_BAR_LINKS.join('|')})`);

/**
 * A news item that prints a document in full names it, and its issuers, in its lead, above the text:
 *   '近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进…实施方案》,并发出通知,…'
 *   '《重庆市推进…实施方案》全文如下。'
 *   → { title: '重庆市推进…实施方案', issuers: '中共重庆市委办公厅、重庆市人民政府办公厅', lines: [1, 2] }
 * Only a lead the page closes with 全文如下 (or 全文公布如下) counts: a text itself may say who issued what.
 */
import type { SourceLine } from './source-lines.ts';

/** The document a news lead presents, who issued it, and the lead's lines (the news site's, not the document's). */
export interface NewsLead {
  title: string;
  issuers: string;
  lines: number[];
}

// When, then who issued what: 近日,X印发了《Y》; X近日联合印发《Y》; 2023年7月10日,X发布《Y》.
const LEAD = new RegExp(
  '^(?:(?:近日|日前|近期|\\d{4}年\\d{1,2}月\\d{1,2}日)[,，、]?)?' +
    '([\\u4e00-\\u9fff、,，和]{2,80}?)(?:近日|日前)?(?:联合)?(?:印发|发布|出台|公布)了?《([^《》]{4,80})》',
);
const FULL_TEXT_FOLLOWS = /全文(?:公布)?如下[。:：]?$/;
const LEAD_LINES = 3;
// A line that only says the full text follows, perhaps naming it again.
const SHORT_LINE = 100;

/** The news lead among the first lines of the head, when one presents the document that follows. */
export function readNewsLead(head: readonly SourceLine[]): NewsLead | undefined {
  const shown = head.filter((l) => !l.drop && l.match.trim() !== '').slice(0, LEAD_LINES);
  const compact = (l: SourceLine): string => l.match.replace(/\s+/g, '');
  for (const [i, line] of shown.entries()) {
    const m = LEAD.exec(compact(line));
    if (!m) continue;
    // The lead says the full text follows: at its end, or on a short line of its own (《Y》全文如下。).
    const close = shown.findIndex(
      (l, k) => k >= i && FULL_TEXT_FOLLOWS.test(compact(l)) && (k === i || compact(l).length <= SHORT_LINE),
    );
    if (close < 0) return undefined;
    // The organs after the lead's last comma (记者从市政府获悉,市政府办公厅印发了…): joint ones are parted by 、 or 和.
    const issuers = m[1]!.split(/[,，]/).at(-1)!;
    return { title: m[2]!, issuers, lines: shown.slice(i, close + 1).map((l) => l.no) };
  }
  return undefined;
}

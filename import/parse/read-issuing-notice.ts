/**
 * An issuing notice's title (spaces removed) → who issues, how, and the document it issues. Examples:
 *   '科技部关于印发《X》的通知' → { issuer: '科技部', verb: '印发', inner: '《X》' }
 *   '天津市人民政府办公厅印发关于促进…实施方案的通知' → { issuer: '天津市人民政府办公厅', verb: '印发', inner: '关于促进…实施方案' }
 *   '中共岳阳市委办公室岳阳市人民政府办公室印发《关于…的实施意见》的通知' → issuer '中共岳阳市委办公室岳阳市人民政府办公室'
 *   '山东省人民政府办公厅转发省人力资源社会保障厅等部门关于…的意见的通知' → verb 转发, inner '省人力…等部门关于…的意见'
 *   '贵州省人民政府办公厅印发贵州省…的实施意见' (a portal's headline, no 的通知) → inner '贵州省…的实施意见'
 *   '印发赣州市…五年行动方案(2021—2025年)的通知' (its issuer lost in copying) → { issuer: '', verb: '印发', inner: '赣州市…' }
 *   '关于下达2025年X省国民经济和社会发展计划的通知' → verb 下达, inner '2025年X省…计划' ('…补助资金的通知': undefined)
 *   '关于进一步规范公文印发工作的通知' → undefined (印发 inside the title, no organ issues through it)
 *   '国务院办公厅转发国家地震局关于…工作意见报告的通知' → undefined (a report transmitted: the notice is the document)
 */
import { TITLE_END } from './read-kind.ts';

/** The parts of an issuing notice's title; `issuer` is '' when the title names none (关于印发…的通知). */
export interface IssuingNotice {
  issuer: string;
  verb: string;
  /** The issued document as the notice names it, 《》 and all. */
  inner: string;
}

const NOTICE_END = '的(?:通知|通告|公告|函)';
// A text issued again as revised (关于修订印发X的通知, 重新印发) is issued all the same.
const AFTER_GUANYU = new RegExp(`^(.*?)关于((?:修订|修改|重新)?印发|转发|发布|颁布|公布|下达)(.+?)${NOTICE_END}$`);
// Without 关于 an organ stands right before the verb (政府 for 苏州市政府; 、 joins organs of a joint notice).
const ORGAN_FIRST = new RegExp(
  `^([\\u4e00-\\u9fa5、]{2,60}?(?:政府|办公厅|办公室|委员会|常委会|委|部|厅|局|署|院|管委会))(印发|转发)(.+?)(${NOTICE_END})?$`,
);

// The verb opening the title: the issuer before it was lost in copying (a mirror put other words in its place, a
// portal's 标题 shortened it): the notice still issues what follows.
const VERB_FIRST = new RegExp(`^(印发|转发)(.+?)${NOTICE_END}$`);

// A list made public (名录, 名单, 目录, 清单, 结果, 典型案例), not a text.
const LIST_END = /(?:名录|名单|目录|清单|结果|案例|之乡)$/;

// A report or request transmitted (国务院办公厅转发国家地震局关于…工作意见报告的通知) was written to the government, not to
// those who receive the notice: the notice that gives it force is the document.
const REPORT = /(?:报告|请示)》?$/;

/** Reads an issuing notice's title; undefined when the title issues no document. */
export function readIssuingNotice(title: string): IssuingNotice | undefined {
  const notice = readForm(title);
  return notice && !(notice.verb === '转发' && REPORT.test(notice.inner)) ? notice : undefined;
}

function readForm(title: string): IssuingNotice | undefined {
  // The organ form first: in 柳州市…办公室转发自治区…办公厅关于印发Z的通知的通知 the outer notice is the 转发.
  const organ = ORGAN_FIRST.exec(title);
  if (organ && !organ[1]!.includes('关于')) {
    const inner = organ[3]!;
    // A headline without 的通知 issues a document only when what follows the verb is titled like one (not 印发通知).
    if (organ[4] || (TITLE_END.test(inner) && inner.replace(TITLE_END, '').length >= 4 && !inner.startsWith('的')))
      return { issuer: organ[1]!, verb: organ[2]!, inner };
  }
  const guanyu = AFTER_GUANYU.exec(title);
  // 下达 hands down a year's plan (关于下达2025年…计划的通知) as often as funds or quotas (关于下达…补助资金的通知): it
  // issues a document only when what it hands down is titled like one.
  // 公布 and 发布 make public a text (关于发布《X导则》的通知) or a list (关于公布第五批…名录的通知, …入选名单): a list not
  // titled in 《》 is the notice's own content, the notice the document.
  const handed = guanyu?.[3] ?? '';
  const issues =
    guanyu?.[2] === '下达'
      ? TITLE_END.test(handed)
      : /^(?:公布|发布)$/.test(guanyu?.[2] ?? '')
        ? handed.startsWith('《') || !LIST_END.test(handed)
        : true;
  if (guanyu && issues) return { issuer: guanyu[1]!, verb: guanyu[2]!, inner: guanyu[3]! };
  const bare = VERB_FIRST.exec(title);
  if (bare) return { issuer: '', verb: bare[1]!, inner: bare[2]! };
  return undefined;
}

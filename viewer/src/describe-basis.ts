/**
 * What "basis changed" means, in words (pure): for each upper text a document rests on that changed after it was made,
 * which text, what happened and when, its new version, and which of its articles changed. Example (zh):
 * describeBasis('zh', [{ upper: 保障中小企业款项支付条例 of 2020, status: 'superseded', date: '2025-06-01', newVersion: the
 * 2025 text, earlierTextInGraph: true, changedArticles: [第十条, 第十二条] }], name) →
 * ['保障中小企业款项支付条例（2020-07-05） 已被替代 2025-06-01 → 保障中小企业款项支付条例（2025-03-17）；变更条款：第十条、第十二条'].
 */
import type { PolicyRef } from './api-types.ts';
import { isTextKey, t, type Lang, type TextKey } from './i18n.ts';

/** One `Policy.basisChanged` entry as the viewer asks for it. */
export interface BasisChangeData {
  relation: string;
  status: string;
  date?: string | null;
  earlierTextInGraph: boolean;
  upper: PolicyRef;
  newVersion?: PolicyRef | null;
  changedArticles: { id: string; number: number; label?: string | null }[];
}

/** One `Article.basisChanged` entry as the viewer asks for it. */
export interface ArticleBasisChangeData {
  change: string;
  date?: string | null;
  upperArticle: { id: string; number: number; label?: string | null; policy?: PolicyRef | null };
  newArticle?: { id: string; number: number; label?: string | null } | null;
}

/** Changed articles listed before "… N in all". */
const LISTED_ARTICLES = 12;

const articleLabel = (a: { number: number; label?: string | null }) => a.label ?? `(${a.number})`;

/** One line per changed upper text; `name` names a document (documentName: versions told apart). */
export function describeBasis(
  lang: Lang,
  changes: readonly BasisChangeData[],
  name: (policy: PolicyRef) => string,
): string[] {
  const sep = lang === 'zh' ? '；' : '; ';
  return changes.map((c) => {
    const statusKey = `version.${c.status}`;
    const status = isTextKey(statusKey) ? t(lang, statusKey as TextKey) : c.status;
    if (!c.earlierTextInGraph)
      // The text it rests on is older than any in the graph: what is known is the version that replaced it.
      return `${name(c.newVersion ?? c.upper)}${lang === 'zh' ? '：' : ': '}${t(lang, 'basis.earlierText', { status, date: c.date ?? '?' })}`;
    // The status follows the name, so the name does not say it twice.
    const head = [name({ ...c.upper, versionStatus: null }), status, c.date].filter(Boolean).join(' ');
    const next = c.newVersion && c.newVersion.id !== c.upper.id ? ` → ${name(c.newVersion)}` : '';
    const listed = c.changedArticles
      .slice(0, LISTED_ARTICLES)
      .map(articleLabel)
      .join(lang === 'zh' ? '、' : ', ');
    const more =
      c.changedArticles.length > LISTED_ARTICLES ? t(lang, 'basis.more', { n: c.changedArticles.length }) : '';
    const articles = c.changedArticles.length
      ? `${sep}${t(lang, 'basis.changedArticles', { articles: `${listed}${more}` })}`
      : '';
    return `${head}${next}${articles}`;
  });
}

/** One line per upper article this article carries that a later version changed or deleted. */
export function describeArticleBasis(
  lang: Lang,
  changes: readonly ArticleBasisChangeData[],
  name: (policy: PolicyRef) => string,
): string[] {
  return changes.map((c) => {
    const policy = c.upperArticle.policy ? `${name(c.upperArticle.policy)} ` : '';
    const what =
      c.change === 'deleted'
        ? t(lang, 'basis.articleDeleted')
        : t(lang, 'basis.articleChanged', { label: c.newArticle ? articleLabel(c.newArticle) : '?' });
    return `${policy}${articleLabel(c.upperArticle)} ${what}${c.date ? ` ${c.date}` : ''}`;
  });
}

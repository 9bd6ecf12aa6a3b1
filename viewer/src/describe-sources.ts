/**
 * Where a text comes from, in words (pure): a document's likely parents and its peers' reuse, an article's sources.
 * Each line names what it links to (an id to select) and says the figures the API gives.
 * Example: describeReuse('zh', [{ share: 0.1068, inheritedCharacters: 210, policy: 上海…, spans }], name)[0]
 * → { policyId: 't:上海市|…', title: '上海市促进科技成果转化条例', meta: '相同文字 10.7% · 另有 210 字同出上位文件', spans: […] }.
 */
import type { PolicyRef } from './api-types.ts';
import { formatScore } from './format-score.ts';
import { isTextKey, t, type Lang, type TextKey } from './i18n.ts';

/** A document likelyParents ranks (the query's selection). */
export interface LikelyParentData {
  policy: PolicyRef;
  score: number;
  alignedArticles: number;
  cited: boolean;
  laterVersion: boolean;
  /** The regulation whose score the parent carries (it rests on the parent): named and picked as the parent is. */
  via?: PolicyRef | null;
}

/** A peer reuse lists (the query's selection). */
export interface ReuseData {
  policy: PolicyRef;
  share: number;
  sharedCharacters: number;
  inheritedCharacters: number;
  spans: { text: string; length: number }[];
}

/** An article sources ranks (the query's selection). */
export interface SourceData {
  scope: string;
  score: number;
  class: string;
  article: { id: string; label?: string | null; heading?: string | null; policy?: PolicyRef | null };
  evidence: { upperText?: string | null }[];
  /** Whether the source lies in one of the asking text's likely parents (ranked first for it). */
  inLikelyParent?: boolean;
  /** Whether the source lies in a peer resting on one of those parents (ranked first among peers). */
  sharesLikelyParent?: boolean;
}

/** One line of a list: what it links to, its name and its figures. */
export interface SourceLine {
  policyId: string;
  /** Set when the line names an article (a click selects it, its document opened). */
  articleId?: string;
  title: string;
  meta: string;
  /** A document the figures name, linked as the line is: a likely parent's regulation it carries the score of. */
  via?: ViaLink;
  /** A short label marking the line: a source lying in a likely parent of the asking text, or in a peer resting on one. */
  mark?: { kind: 'in-parent' | 'shares-parent'; text: string };
  /** Text the line can show on demand: the longest copied passages, or the source's evidence. */
  spans: string[];
}

/** A linked document inside a line's figures: the words around its name, in the language asked. */
export interface ViaLink {
  policyId: string;
  before: string;
  title: string;
  after: string;
}

/** Passages a reuse line offers to show, longest first. */
export const TOP_SPANS = 3;

/** A share of text as a percentage with one decimal: 0.1068 → '10.7%'. */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

const joinMeta = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' · ');

/** The likely parents, in the API's order (best first). */
export function describeParents(
  lang: Lang,
  parents: LikelyParentData[],
  nameOf: (policy: PolicyRef) => string,
): SourceLine[] {
  return parents.map((p) => ({
    policyId: p.policy.id,
    title: nameOf(p.policy),
    meta: joinMeta([
      `${t(lang, 'details.score')} ${formatScore(p.score)}`,
      p.cited && t(lang, 'sources.cited'),
      p.laterVersion && t(lang, 'sources.laterVersion'),
    ]),
    ...(p.via ? { via: viaLink(lang, p.via.id, nameOf(p.via)) } : {}),
    spans: [],
  }));
}

/** 'via {title}' split around the title, to be a link: ('en', id, 'X') → { policyId: id, before: 'via ', title: 'X', after: '' }. */
function viaLink(lang: Lang, policyId: string, title: string): ViaLink {
  const slot = '\u0000';
  const [before = '', after = ''] = t(lang, 'sources.via', { title: slot }).split(slot);
  return { policyId, before, title, after };
}

/** The peers sharing passages, in the API's order (largest share first), each with its longest passages. */
export function describeReuse(lang: Lang, peers: ReuseData[], nameOf: (policy: PolicyRef) => string): SourceLine[] {
  return peers.map((r) => ({
    policyId: r.policy.id,
    title: nameOf(r.policy),
    meta: joinMeta([
      t(lang, 'sources.share', { p: formatShare(r.share) }),
      r.inheritedCharacters > 0 && t(lang, 'sources.inherited', { n: r.inheritedCharacters }),
    ]),
    spans: [...r.spans]
      .sort((a, b) => b.length - a.length)
      .slice(0, TOP_SPANS)
      .map((s) => s.text),
  }));
}

/** The articles an article may come from, in the API's order (best first), each with the source's evidence. */
export function describeSources(
  lang: Lang,
  sources: SourceData[],
  nameOf: (policy: PolicyRef) => string,
): SourceLine[] {
  return sources.map((s) => {
    const policy = s.article.policy;
    const classKey = `class.${s.class}`;
    return {
      policyId: policy?.id ?? '',
      articleId: s.article.id,
      title: [policy ? nameOf(policy) : '', `${s.article.label ?? ''}${s.article.heading ?? ''}`]
        .filter(Boolean)
        .join(' '),
      meta: joinMeta([
        `${t(lang, 'details.score')} ${formatScore(s.score)}`,
        isTextKey(classKey) ? t(lang, classKey as TextKey) : s.class,
        t(lang, s.scope === 'PEER' ? 'sources.peer' : 'details.upper'),
      ]),
      ...(s.inLikelyParent
        ? { mark: { kind: 'in-parent' as const, text: t(lang, 'sources.inParent') } }
        : s.sharesLikelyParent
          ? { mark: { kind: 'shares-parent' as const, text: t(lang, 'sources.sharesParent') } }
          : {}),
      spans: s.evidence.map((e) => e.upperText ?? '').filter(Boolean),
    };
  });
}

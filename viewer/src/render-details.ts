/**
 * The details panel: an article (text with evidence spans marked, agencies, goals, alignments with review
 * buttons, lineage list), a policy (actions to grow, collapse, compare, colour coverage) or nothing selected.
 */
import type { AlignmentEdge, ArticleData, PolicyRef } from './api-types.ts';
import { fill, h, markedText } from './dom.ts';
import type { StoredAlignment } from './graph-store.ts';
import { articleBody, splitBySpans } from './highlight-spans.ts';
import { t, type Lang, type TextKey } from './i18n.ts';
import { parseEvidence } from './graph-store.ts';

/** An article as the details query returns it. */
export interface ArticleDetails extends ArticleData {
  leadAgencies: { id: string; name: string }[];
  cooperatingAgencies: { id: string; name: string }[];
  goals: { id: string; kind?: string | null; text?: string | null }[];
  alignsWithDetail?: { edges: AlignmentEdge[] } | null;
  alignedFromConnection?: { edges: AlignmentEdge[] } | null;
}

/** What the panel can ask the page to do. */
export interface DetailsActions {
  review: (alignmentId: string, verb: 'confirmAlignment' | 'rejectAlignment', comment: string) => void;
  expand: (what: 'up' | 'down' | 'relations') => void;
  collapse: () => void;
  remove: () => void;
  coverage: (policyId: string) => void;
  clearLineage: () => void;
  selectArticle: (articleId: string) => void;
}

/** A line of the lineage list. */
export interface LineageLine {
  articleId: string;
  label: string;
  policyTitle: string;
  tier: string;
  direction: 'up' | 'down';
}

const articleTitle = (a: { label?: string | null; number: number; heading?: string | null }) => `${a.label ?? `(${a.number})`}${a.heading ?? ''}`;

function reviewBox(lang: Lang, alignmentId: string, signedIn: boolean, actions: DetailsActions): HTMLElement {
  if (!signedIn) return h('p', { class: 'note' }, t(lang, 'curate.needToken'));
  const comment = h('input', { type: 'text', placeholder: t(lang, 'curate.comment') });
  return h(
    'div',
    { class: 'actions' },
    comment,
    h('button', { type: 'button', 'data-review': 'confirm', onclick: () => actions.review(alignmentId, 'confirmAlignment', comment.value) }, t(lang, 'curate.confirm')),
    h('button', { type: 'button', 'data-review': 'reject', onclick: () => actions.review(alignmentId, 'rejectAlignment', comment.value) }, t(lang, 'curate.reject')),
  );
}

/** Fills the panel for an article. `lineage` is null while loading. */
export function renderArticleDetails(
  root: HTMLElement,
  lang: Lang,
  article: ArticleDetails,
  lineage: LineageLine[] | null,
  signedIn: boolean,
  actions: DetailsActions,
): void {
  const edges = [
    ...(article.alignsWithDetail?.edges ?? []).map((e) => ({ e, dir: 'up' as const })),
    ...(article.alignedFromConnection?.edges ?? []).map((e) => ({ e, dir: 'down' as const })),
  ];
  const spans = edges.flatMap(({ e, dir }) => parseEvidence(e.properties.evidence).map((s) => (dir === 'up' ? [s.lowerStart, s.lowerEnd] : [s.upperStart, s.upperEnd]) as [number, number]));
  const body = articleBody(article.heading, article.text);
  const policy: PolicyRef | null | undefined = article.policy;
  fill(root, 
    h('p', { class: 'policy-name' }, [policy?.docNumber, policy?.title].filter(Boolean).join(' ')),
    h('h2', {}, articleTitle(article)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: actions.clearLineage }, t(lang, 'details.clear')),
      h('button', { type: 'button', onclick: () => actions.expand('up') }, t(lang, 'details.expandUp')),
      h('button', { type: 'button', onclick: () => actions.expand('down') }, t(lang, 'details.expandDown')),
    ),
    lineagePart(lang, lineage, actions),
    h('div', { class: 'article-text', 'data-testid': 'article-text' }, ...markedText(splitBySpans(body, spans))),
    agencyPart(lang, 'details.leadAgencies', article.leadAgencies),
    agencyPart(lang, 'details.cooperatingAgencies', article.cooperatingAgencies),
    article.goals.length ? h('h3', {}, t(lang, 'details.goals')) : null,
    article.goals.length ? h('ul', {}, ...article.goals.map((g) => h('li', {}, g.text ?? ''))) : null,
    edges.length ? h('h3', {}, t(lang, 'details.alignments')) : null,
    ...edges.map(({ e, dir }) => {
      const p = e.properties;
      const status = p.status ?? 'suggested';
      return h(
        'div',
        { class: 'alignment', 'data-alignment': p.id },
        h('div', {}, h('span', { class: 'badge' }, t(lang, dir === 'up' ? 'details.upper' : 'details.lower')), ' ', h('a', { href: '#', onclick: (ev: Event) => (ev.preventDefault(), actions.selectArticle(e.node.id)) }, `${e.node.label ?? ''}${e.node.heading ?? e.node.id} · ${e.node.policy?.title ?? ''}`)),
        h('div', { class: 'meta' }, `${p.score.toFixed(2)} · ${t(lang, `class.${p.class}` as TextKey)} · `, h('span', { class: `badge ${status}`, 'data-status': status }, t(lang, `status.${status}` as TextKey)), p.reviewedBy ? ` · ${p.reviewedBy}` : ''),
        reviewBox(lang, p.id, signedIn, actions),
      );
    }),
  );
}

function lineagePart(lang: Lang, lineage: LineageLine[] | null, actions: DetailsActions): HTMLElement {
  if (lineage === null) return h('p', { class: 'note' }, t(lang, 'state.loading'));
  if (lineage.length === 0) return h('p', { class: 'note', 'data-lineage-count': 0 }, t(lang, 'details.lineageEmpty'));
  return h(
    'div',
    { 'data-lineage-count': lineage.length },
    h('h3', {}, t(lang, 'details.lineageCount', { n: lineage.length })),
    h(
      'ol',
      { class: 'lineage-list' },
      ...lineage.map((l) =>
        h('li', { 'data-tier': l.tier }, `${l.direction === 'up' ? '↑' : '↓'} ${t(lang, `lane.${l.tier}` as TextKey)} · `, h('a', { href: '#', onclick: (ev: Event) => (ev.preventDefault(), actions.selectArticle(l.articleId)) }, l.label), h('div', { class: 'policy-name' }, l.policyTitle)),
      ),
    ),
  );
}

function agencyPart(lang: Lang, key: TextKey, agencies: { name: string }[]): HTMLElement | null {
  if (agencies.length === 0) return null;
  return h('div', {}, h('h3', {}, t(lang, key)), h('p', {}, agencies.map((a) => a.name).join('、')));
}

/** Fills the panel for a policy. */
export function renderPolicyDetails(root: HTMLElement, lang: Lang, policy: PolicyRef & { articleCount: number }, actions: DetailsActions): void {
  fill(root, 
    h('p', { class: 'policy-name' }, `${t(lang, `lane.${policy.tier ?? 'unknown'}` as TextKey)} · ${policy.issuedOn ?? ''} · ${policy.status ?? ''}`),
    h('h2', {}, policy.title),
    policy.docNumber ? h('p', {}, policy.docNumber) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => actions.expand('relations') }, t(lang, 'details.expandRelations')),
      h('button', { type: 'button', onclick: actions.collapse }, t(lang, 'details.collapse')),
      h('button', { type: 'button', onclick: actions.remove }, t(lang, 'details.remove')),
      h('button', { type: 'button', onclick: () => actions.coverage(policy.id) }, t(lang, 'details.coverage')),
    ),
  );
}

/** Fills the panel for a selected alignment edge. */
export function renderAlignmentDetails(root: HTMLElement, lang: Lang, a: StoredAlignment, lower: ArticleData | undefined, upper: ArticleData | undefined, signedIn: boolean, actions: DetailsActions): void {
  const side = (art: ArticleData | undefined, which: 'lower' | 'upper') =>
    art
      ? h('div', { class: 'alignment' }, h('b', {}, articleTitle(art)), h('div', { class: 'article-text' }, ...markedText(splitBySpans(articleBody(art.heading, art.text), a.evidence.map((s) => (which === 'lower' ? [s.lowerStart, s.lowerEnd] : [s.upperStart, s.upperEnd]) as [number, number])))))
      : null;
  fill(root, 
    h('h2', {}, `${t(lang, 'relation.aligns')} ${a.score.toFixed(2)}`),
    h('p', {}, `${t(lang, `class.${a.class}` as TextKey)} · `, h('span', { class: `badge ${a.status}`, 'data-status': a.status }, t(lang, `status.${a.status}` as TextKey))),
    side(lower, 'lower'),
    side(upper, 'upper'),
    reviewBox(lang, a.id, signedIn, actions),
  );
}

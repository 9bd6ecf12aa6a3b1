/**
 * The details panel: an article (text with evidence spans marked, agencies, goals, alignments with review
 * buttons, lineage list), a policy (actions to grow, collapse, compare, colour coverage) or nothing selected.
 */
import type { AlignmentEdge, ArticleData, PolicyRef } from './api-types.ts';
import { fill, h, markedText } from './dom.ts';
import type { StoredAlignment } from './graph-store.ts';
import { markArticle } from './highlight-spans.ts';
import { isTextKey, t, type Lang, type TextKey } from './i18n.ts';
import { evidenceOf } from './graph-store.ts';
import { weakToggleButton, type WeakToggle } from './weak-toggle.ts';
import { formatScore } from './format-score.ts';
import { describeArticleBasis, type ArticleBasisChangeData } from './describe-basis.ts';

/** An article as the details query returns it. */
export interface ArticleDetails extends ArticleData {
  leadAgencies: { id: string; name: string }[];
  cooperatingAgencies: { id: string; name: string }[];
  goals: { id: string; kind?: string | null; text?: string | null }[];
  alignsWithDetail?: { edges: AlignmentEdge[] } | null;
  alignedFromConnection?: { edges: AlignmentEdge[] } | null;
  /** Upper articles it carries that a later version changed or deleted. */
  basisChanged?: ArticleBasisChangeData[] | null;
}

/** What the panel can ask the page to do. */
export interface DetailsActions {
  /** Resolves to an error sentence (shown beside the buttons) or null when the review was saved. */
  review: (
    alignmentId: string,
    verb: 'confirmAlignment' | 'rejectAlignment',
    comment: string,
  ) => Promise<string | null>;
  open: (policyId: string) => void;
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
  /** Score of the alignment that reaches this article (from the step's lower article to its upper one). */
  score?: number;
  /** Reached only through the engine's weak candidates (listed when they are shown). */
  weak?: boolean;
}

/** Orders a lineage list: upper articles first, then lower ones, each by score, best first (pure). */
export function sortLineage(lines: LineageLine[]): LineageLine[] {
  const rank = (l: LineageLine) => (l.direction === 'up' ? 0 : 1);
  return [...lines].sort((a, b) => rank(a) - rank(b) || (b.score ?? -1) - (a.score ?? -1));
}

/** The panel while an answer is awaited: the clicked thing's name at once, and a busy note. */
export function renderBusy(root: HTMLElement, lang: Lang, title: string): void {
  fill(
    root,
    h('h2', {}, title),
    h('p', { class: 'note busy-note', 'data-busy': 'true', role: 'status' }, t(lang, 'state.busy')),
  );
}

const articleTitle = (a: { label?: string | null; number: number; heading?: string | null }) =>
  `${a.label ?? `(${a.number})`}${a.heading ?? ''}`;

function reviewBox(lang: Lang, alignmentId: string, signedIn: boolean, actions: DetailsActions): HTMLElement {
  if (!signedIn) return h('p', { class: 'note' }, t(lang, 'curate.needToken'));
  const comment = h('input', { type: 'text', placeholder: t(lang, 'curate.comment') });
  // Errors stand beside the buttons that caused them, in the interface language.
  const error = h('p', { class: 'review-error', role: 'alert', hidden: true });
  const run = async (verb: 'confirmAlignment' | 'rejectAlignment', button: HTMLButtonElement) => {
    button.disabled = true;
    button.classList.add('busy');
    error.hidden = true;
    const problem = await actions.review(alignmentId, verb, comment.value);
    button.disabled = false;
    button.classList.remove('busy');
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
    }
  };
  const confirm = h('button', { type: 'button', 'data-review': 'confirm' }, t(lang, 'curate.confirm'));
  const reject = h('button', { type: 'button', 'data-review': 'reject' }, t(lang, 'curate.reject'));
  confirm.addEventListener('click', () => void run('confirmAlignment', confirm));
  reject.addEventListener('click', () => void run('rejectAlignment', reject));
  return h('div', {}, h('div', { class: 'actions' }, comment, confirm, reject), error);
}

/**
 * The lineage's weak candidates: how many steps are left out, whether they are listed, the button's action,
 * and the article's own alignments that are weak candidates (marked 弱候选 in its list of aligned articles).
 */
export interface WeakLineage extends WeakToggle {
  alignmentIds: ReadonlySet<string>;
}

/**
 * Fills the panel for an article. `lineage` is null while loading. `nameOf` names a document (its title, told apart
 * from other versions sharing it).
 */
export function renderArticleDetails(
  root: HTMLElement,
  lang: Lang,
  article: ArticleDetails,
  lineage: LineageLine[] | null,
  signedIn: boolean,
  actions: DetailsActions,
  weak?: WeakLineage,
  nameOf: (policy: PolicyRef) => string = (policy) => policy.title,
  /** Where the article comes from and where else it appears (run-sources.ts), under its lineage. */
  sources: HTMLElement[] = [],
): void {
  const edges = [
    ...(article.alignsWithDetail?.edges ?? []).map((e) => ({ e, dir: 'up' as const })),
    ...(article.alignedFromConnection?.edges ?? []).map((e) => ({ e, dir: 'down' as const })),
  ];
  edges.sort((a, b) => b.e.properties.score - a.e.properties.score);
  // The marks in this article's text belong to one alignment at a time (the best, or the one the reader picks),
  // and the counterpart's own text is shown with its side of the same spans marked.
  const ownSpans = (e: AlignmentEdge, dir: 'up' | 'down') =>
    evidenceOf(e.properties.evidence).map(
      (s) => (dir === 'up' ? [s.lowerStart, s.lowerEnd] : [s.upperStart, s.upperEnd]) as [number, number],
    );
  const otherSpans = (e: AlignmentEdge, dir: 'up' | 'down') =>
    evidenceOf(e.properties.evidence).map(
      (s) => (dir === 'up' ? [s.upperStart, s.upperEnd] : [s.lowerStart, s.lowerEnd]) as [number, number],
    );
  const textBox = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  const boxes: HTMLElement[] = [];
  const markFor = (index: number) => {
    const picked = edges[index];
    textBox.dataset.marksFor = picked?.e.properties.id ?? '';
    textBox.replaceChildren(
      ...markedText(markArticle(article.heading, article.text, picked ? ownSpans(picked.e, picked.dir) : [])),
    );
    boxes.forEach((b, i) => b.classList.toggle('active', i === index));
  };
  const policy: PolicyRef | null | undefined = article.policy;
  fill(
    root,
    h('p', { class: 'policy-name' }, [policy?.docNumber, policy ? nameOf(policy) : ''].filter(Boolean).join(' ')),
    h('h2', {}, articleTitle(article)),
    basisPart(lang, describeArticleBasis(lang, article.basisChanged ?? [], nameOf)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: actions.clearLineage }, t(lang, 'details.clear')),
      h('button', { type: 'button', onclick: () => actions.expand('up') }, t(lang, 'details.expandUp')),
      h('button', { type: 'button', onclick: () => actions.expand('down') }, t(lang, 'details.expandDown')),
    ),
    lineagePart(lang, lineage, actions, weak),
    ...sources,
    textBox,
    agencyPart(lang, 'details.leadAgencies', article.leadAgencies),
    agencyPart(lang, 'details.cooperatingAgencies', article.cooperatingAgencies),
    article.goals.length ? h('h3', {}, t(lang, 'details.goals')) : null,
    article.goals.length ? h('ul', {}, ...article.goals.map((g) => h('li', {}, g.text ?? ''))) : null,
    edges.length ? h('h3', {}, t(lang, 'details.alignments')) : null,
    ...edges.map(({ e, dir }, index) => {
      const p = e.properties;
      const status = p.status ?? 'suggested';
      const box = h(
        'div',
        {
          class: 'alignment',
          'data-alignment': p.id,
          'data-direction': dir,
          onmouseenter: () => markFor(index),
          onclick: () => markFor(index),
        },
        h(
          'div',
          {},
          h('span', { class: 'badge' }, t(lang, dir === 'up' ? 'details.upper' : 'details.lower')),
          ' ',
          h(
            'a',
            { href: '#', onclick: (ev: Event) => (ev.preventDefault(), actions.selectArticle(e.node.id)) },
            `${e.node.label ?? ''}${e.node.heading ?? e.node.id} · ${e.node.policy ? nameOf(e.node.policy) : ''}`,
          ),
        ),
        h(
          'div',
          { class: 'meta' },
          `${t(lang, 'details.score')} ${formatScore(p.score)} · ${t(lang, `class.${p.class}` as TextKey)} · `,
          h('span', { class: `badge ${status}`, 'data-status': status }, t(lang, `status.${status}` as TextKey)),
          weak?.alignmentIds.has(p.id)
            ? h('span', { class: 'badge weak', 'data-weak': 'true' }, t(lang, 'details.weakCandidate'))
            : '',
          p.reviewedBy ? ` · ${p.reviewedBy}` : '',
        ),
        e.node.text || e.node.heading
          ? h(
              'div',
              { class: 'article-text counterpart-text', 'data-counterpart': e.node.id },
              ...markedText(markArticle(e.node.heading, e.node.text, otherSpans(e, dir))),
            )
          : null,
        reviewBox(lang, p.id, signedIn, actions),
      );
      boxes.push(box);
      return box;
    }),
  );
  markFor(0);
}

function lineagePart(
  lang: Lang,
  lineage: LineageLine[] | null,
  actions: DetailsActions,
  weak: WeakLineage | undefined,
): HTMLElement {
  if (lineage === null) return h('p', { class: 'note' }, t(lang, 'state.loading'));
  const toggle = weakToggleButton(lang, 'lineage-weak', weak, 'details.lineageWeak');
  if (lineage.length === 0)
    return h('div', {}, h('p', { class: 'note', 'data-lineage-count': 0 }, t(lang, 'details.lineageEmpty')), toggle);
  return h(
    'div',
    { 'data-lineage-count': lineage.length },
    h('h3', {}, t(lang, 'details.lineageCount', { n: lineage.length })),
    h(
      'ol',
      { class: 'lineage-list' },
      ...sortLineage(lineage).map((l) =>
        h(
          'li',
          { 'data-tier': l.tier, 'data-score': l.score === undefined ? undefined : formatScore(l.score, 3) },
          `${l.direction === 'up' ? '↑' : '↓'} ${t(lang, `lane.${l.tier}` as TextKey)} · `,
          h(
            'a',
            { href: '#', onclick: (ev: Event) => (ev.preventDefault(), actions.selectArticle(l.articleId)) },
            l.label,
          ),
          l.score === undefined
            ? null
            : h('span', { class: 'score' }, ` ${t(lang, 'details.score')} ${formatScore(l.score)}`),
          l.weak ? h('span', { class: 'badge weak', 'data-weak': 'true' }, t(lang, 'details.weakCandidate')) : null,
          h('div', { class: 'policy-name' }, l.policyTitle),
        ),
      ),
    ),
    toggle,
  );
}

/**
 * The basis-changed warning with what changed: one line per upper text or article (null: still loading). Nothing when
 * there is no change to tell.
 */
function basisPart(lang: Lang, lines: string[] | null, always = false): HTMLElement | null {
  if (!always && lines !== null && lines.length === 0) return null;
  return h(
    'div',
    { class: 'basis-lost', 'data-basis-lost': 'true' },
    h('p', {}, `⚠ ${t(lang, 'basis.lost')}${lines?.length ? (lang === 'zh' ? '：' : ':') : ''}`),
    lines === null
      ? h('p', { class: 'note', 'data-busy': 'true' }, t(lang, 'state.busy'))
      : lines.length
        ? h('ul', { class: 'basis-changes' }, ...lines.map((line) => h('li', {}, line)))
        : null,
  );
}

function agencyPart(lang: Lang, key: TextKey, agencies: { name: string }[]): HTMLElement | null {
  if (agencies.length === 0) return null;
  return h('div', {}, h('h3', {}, t(lang, key)), h('p', {}, agencies.map((a) => a.name).join('、')));
}

/** What the panel shows of a document. */
export interface PolicyFacts extends PolicyRef {
  articleCount: number;
  loadedArticles: number;
  alignedCount?: number;
  jurisdiction?: string;
  authorityLevel?: string;
  versionStatus?: string;
  basisChanged?: boolean;
  /** What changed in the upper texts it rests on, in words (describeBasis); null while it is asked for. */
  basisLines?: string[] | null;
}

/** The meta line of a document: only the facts it has, in words (no "市级 · · full"). */
export function policyMeta(
  lang: Lang,
  p: Pick<PolicyFacts, 'tier' | 'issuedOn' | 'status' | 'jurisdiction' | 'authorityLevel' | 'versionStatus'>,
): string {
  const known = (key: string) => (isTextKey(key) ? t(lang, key) : undefined);
  return [
    p.tier ? known(`lane.${p.tier}`) : undefined,
    p.jurisdiction,
    p.authorityLevel ? known(`authority.${p.authorityLevel}`) : undefined,
    p.issuedOn ?? undefined,
    p.status === 'cited' ? known('docstatus.cited') : undefined,
    p.versionStatus ? known(`version.${p.versionStatus}`) : undefined,
  ]
    .filter((x): x is string => !!x)
    .join(' · ');
}

/** Fills the panel for a policy; `sources` (its likely parents and peer reuse, run-sources.ts) come last. */
export function renderPolicyDetails(
  root: HTMLElement,
  lang: Lang,
  policy: PolicyFacts,
  actions: DetailsActions,
  sources: HTMLElement[] = [],
): void {
  const share =
    policy.alignedCount !== undefined && policy.articleCount > 0
      ? Math.round((100 * policy.alignedCount) / policy.articleCount)
      : null;
  fill(
    root,
    h('p', { class: 'policy-name', 'data-testid': 'policy-meta' }, policyMeta(lang, policy)),
    h('h2', {}, policy.title),
    policy.docNumber ? h('p', {}, policy.docNumber) : null,
    h(
      'p',
      { class: 'note' },
      [
        t(lang, 'details.articleCount', { n: policy.articleCount }),
        share === null ? '' : t(lang, 'details.alignedShare', { p: share }),
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    policy.basisChanged ? basisPart(lang, policy.basisLines === undefined ? [] : policy.basisLines, true) : null,
    h(
      'div',
      { class: 'actions' },
      policy.loadedArticles === 0 && policy.articleCount > 0
        ? h(
            'button',
            { type: 'button', class: 'primary', 'data-action': 'open', onclick: () => actions.open(policy.id) },
            t(lang, 'details.open'),
          )
        : null,
      h('button', { type: 'button', onclick: () => actions.expand('relations') }, t(lang, 'details.expandRelations')),
      h('button', { type: 'button', onclick: actions.collapse }, t(lang, 'details.collapse')),
      h('button', { type: 'button', onclick: actions.remove }, t(lang, 'details.remove')),
      h('button', { type: 'button', onclick: () => actions.coverage(policy.id) }, t(lang, 'details.coverage')),
    ),
    ...sources,
  );
}

/** Fills the panel for a selected alignment edge. */
export function renderAlignmentDetails(
  root: HTMLElement,
  lang: Lang,
  a: StoredAlignment,
  lower: ArticleData | undefined,
  upper: ArticleData | undefined,
  signedIn: boolean,
  actions: DetailsActions,
): void {
  const side = (art: ArticleData | undefined, which: 'lower' | 'upper') =>
    art
      ? h(
          'div',
          { class: 'alignment' },
          h('b', {}, articleTitle(art)),
          h(
            'div',
            { class: 'article-text' },
            ...markedText(
              markArticle(
                art.heading,
                art.text,
                a.evidence.map(
                  (s) =>
                    (which === 'lower' ? [s.lowerStart, s.lowerEnd] : [s.upperStart, s.upperEnd]) as [number, number],
                ),
              ),
            ),
          ),
        )
      : null;
  fill(
    root,
    h('h2', {}, `${t(lang, 'relation.aligns')} ${formatScore(a.score)}`),
    h(
      'p',
      {},
      `${t(lang, `class.${a.class}` as TextKey)} · `,
      h('span', { class: `badge ${a.status}`, 'data-status': a.status }, t(lang, `status.${a.status}` as TextKey)),
    ),
    side(lower, 'lower'),
    side(upper, 'upper'),
    reviewBox(lang, a.id, signedIn, actions),
  );
}

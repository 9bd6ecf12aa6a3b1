/**
 * Where a text comes from, asked for on demand in the details panel: a document's likely parents and peer reuse, an
 * article's sources. Each section is a heading with a Find button; its answer is kept while the selection stays (the
 * panel is drawn again on a language switch, or the same item selected again after a review: app.ts keeps the
 * sections by sourcesKey) and dropped when a newer selection begins (latest-request.ts).
 */
import type { PolicyRef } from './api-types.ts';
import {
  describeParents,
  describeReuse,
  describeSources,
  type LikelyParentData,
  type ReuseData,
  type SourceData,
  type SourceLine,
} from './describe-sources.ts';
import { fill, h } from './dom.ts';
import { t, type Lang, type TextKey } from './i18n.ts';
import type { Page } from './page-context.ts';
import * as Q from './queries.ts';

/** The request channels of the sections: a new selection cancels them all. */
export const SOURCE_CHANNELS = ['sources:parents', 'sources:reuse', 'sources:article', 'sources:peers'] as const;

/** Which selection a set of sections belongs to: the same key again keeps them (app.ts, sourcesOf). */
export function sourcesKey(kind: string, ref: string | undefined): string {
  return `${kind}:${ref ?? ''}`;
}

/** The first request after a start builds the API's index (about 30 s on lawrefbook): far past the default 15 s. */
const SOURCES_TIMEOUT_MS = 120_000;

/** A section of the panel: `element()` draws it (again) in the language of now, with what it has been answered. */
export interface SourceSection {
  element(): HTMLElement;
}

type SectionApp = Pick<Page, 'api' | 'lang' | 'errorText' | 'requests'>;

interface SectionSpec<T> {
  channel: (typeof SOURCE_CHANNELS)[number];
  heading: TextKey;
  empty: TextKey;
  /** Evidence shown under each line, or the passages folded in a details element until asked for. */
  spans: 'inline' | 'folded';
  ask: (signal: AbortSignal) => Promise<T[]>;
  /** Words of the answer, in the language of now (a language switch draws it again). */
  describe: (lang: Lang, answer: T[]) => SourceLine[];
}

type Answer<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; items: T[] }
  | { state: 'error'; error: unknown };

/** What a section's links do: a line's own link, and a document named in its figures (a parent's `via`). */
interface LinePicks {
  line: (line: SourceLine) => void;
  policy: (policyId: string) => void;
}

function section<T>(app: SectionApp, spec: SectionSpec<T>, picks: LinePicks): SourceSection {
  let answer: Answer<T> = { state: 'idle' };
  let box: HTMLElement | null = null;
  const load = async () => {
    const ticket = app.requests.begin(spec.channel);
    answer = { state: 'loading' };
    draw();
    try {
      const items = await spec.ask(ticket.signal);
      if (!ticket.isCurrent()) return;
      answer = { state: 'done', items };
    } catch (error) {
      if (!ticket.isCurrent()) return;
      answer = { state: 'error', error };
    }
    draw();
  };
  const draw = () => {
    if (!box) return;
    const lang = app.lang();
    box.dataset.state = answer.state;
    fill(
      box,
      h(
        'div',
        { class: 'source-head' },
        h('h3', {}, t(lang, spec.heading)),
        answer.state === 'done'
          ? null
          : h(
              'button',
              {
                type: 'button',
                'data-action': 'find',
                disabled: answer.state === 'loading',
                onclick: () => void load(),
              },
              t(lang, 'sources.find'),
            ),
      ),
      answer.state === 'loading'
        ? h('p', { class: 'note busy-note', 'data-busy': 'true', role: 'status' }, t(lang, 'sources.loading'))
        : null,
      answer.state === 'error'
        ? h(
            'p',
            { class: 'error-note', role: 'alert', 'data-error': 'true' },
            t(lang, 'sources.failed', { what: t(lang, spec.heading), error: app.errorText(answer.error) }),
          )
        : null,
      answer.state === 'done' ? list(lang, spec, spec.describe(lang, answer.items), picks) : null,
    );
  };
  return {
    element() {
      box = h('section', { class: 'sources', 'data-sources': spec.channel });
      draw();
      return box;
    },
  };
}

/** A link that selects what it names, as a click in the graph would. */
const link = (text: string, go: () => void, attrs: Record<string, string> = {}) =>
  h('a', { href: '#', ...attrs, onclick: (ev: Event) => (ev.preventDefault(), go()) }, text);

function list<T>(lang: Lang, spec: SectionSpec<T>, lines: SourceLine[], picks: LinePicks): HTMLElement {
  if (lines.length === 0) return h('p', { class: 'note', 'data-empty': 'true' }, t(lang, spec.empty));
  return h(
    'ol',
    { class: 'source-list' },
    ...lines.map((line) =>
      h(
        'li',
        { 'data-policy': line.policyId, 'data-article': line.articleId },
        link(line.title, () => picks.line(line)),
        h(
          'div',
          { class: 'meta' },
          line.meta,
          line.via && [
            line.meta ? ' · ' : '',
            line.via.before,
            link(line.via.title, () => picks.policy(line.via!.policyId), { 'data-via': line.via.policyId }),
            line.via.after,
          ],
          line.mark && [
            ' ',
            h('span', { class: `badge ${line.mark.kind}`, 'data-mark': line.mark.kind }, line.mark.text),
          ],
        ),
        line.spans.length === 0
          ? null
          : spec.spans === 'inline'
            ? h(
                'div',
                { class: 'counterpart-text', title: t(lang, 'sources.evidence') },
                ...line.spans.flatMap((s, i) => [i ? ' … ' : '', h('mark', {}, s)]),
              )
            : h(
                'details',
                {},
                h('summary', {}, t(lang, 'sources.spans')),
                h('ul', { class: 'counterpart-text' }, ...line.spans.map((s) => h('li', {}, s))),
              ),
      ),
    ),
  );
}

/** What a listed line does when clicked: selects its document, or its article with its document opened. */
export interface SourcePicks {
  policy: (policyId: string) => void;
  article: (articleId: string, policyId: string) => void;
}

/** A sources request's options: cancelled by `signal`, given SOURCES_TIMEOUT_MS (a statute book's first index). */
const sourceRequest = (signal: AbortSignal) => ({ signal, timeoutMs: SOURCES_TIMEOUT_MS });

/** The document's two sections: likely parents, then peer reuse. */
export function documentSources(
  app: SectionApp,
  policyId: string,
  nameOf: (policy: PolicyRef) => string,
  picks: SourcePicks,
): SourceSection[] {
  const pick: LinePicks = { line: (line) => picks.policy(line.policyId), policy: picks.policy };
  return [
    section(
      app,
      {
        channel: 'sources:parents',
        heading: 'sources.parents',
        empty: 'sources.parentsEmpty',
        spans: 'folded',
        ask: async (signal) => {
          const data = await app.api<{ likelyParents: LikelyParentData[] }>(
            Q.LIKELY_PARENTS_QUERY,
            { id: policyId },
            sourceRequest(signal),
          );
          return data.likelyParents;
        },
        describe: (lang, parents) => describeParents(lang, parents, nameOf),
      },
      pick,
    ),
    section(
      app,
      {
        channel: 'sources:reuse',
        heading: 'sources.reuse',
        empty: 'sources.reuseEmpty',
        spans: 'folded',
        ask: async (signal) => {
          const data = await app.api<{ reuse: ReuseData[] }>(Q.REUSE_QUERY, { id: policyId }, sourceRequest(signal));
          return data.reuse;
        },
        describe: (lang, peers) => describeReuse(lang, peers, nameOf),
      },
      pick,
    ),
  ];
}

/**
 * The article's two sections: where it comes from (scope UPPER: the documents above it, its likely parents' first),
 * and where else it appears (scope PEER: other places' texts of its tier, those resting on the same parents first).
 * Asked apart, so neither list crowds out the other: a peer rewording the same law is often nearer than the law.
 */
export function articleSources(
  app: SectionApp,
  articleId: string,
  nameOf: (policy: PolicyRef) => string,
  picks: SourcePicks,
): SourceSection[] {
  const pick: LinePicks = { line: (line) => picks.article(line.articleId ?? '', line.policyId), policy: picks.policy };
  const scoped = (query: string, spec: Pick<SectionSpec<SourceData>, 'channel' | 'heading' | 'empty'>) =>
    section(
      app,
      {
        ...spec,
        spans: 'inline',
        ask: async (signal) => {
          const data = await app.api<{ sources: SourceData[] }>(query, { id: articleId }, sourceRequest(signal));
          return data.sources;
        },
        describe: (lang, sources) => describeSources(lang, sources, nameOf),
      },
      pick,
    );
  return [
    scoped(Q.ARTICLE_SOURCES_QUERY, {
      channel: 'sources:article',
      heading: 'sources.article',
      empty: 'sources.articleEmpty',
    }),
    scoped(Q.ARTICLE_PEERS_QUERY, { channel: 'sources:peers', heading: 'sources.peers', empty: 'sources.peersEmpty' }),
  ];
}

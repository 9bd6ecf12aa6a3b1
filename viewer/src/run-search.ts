/**
 * Find and grow: full-text search listed under the box, and a hit brought into the graph (a policy with its
 * articles, an article with its lineage, or the articles an agency leads or cooperates on).
 */
import type { ArticleData, SearchHit } from './api-types.ts';
import type { Page } from './page-context.ts';
import { articleNodeId, policyNodeId } from './build-elements.ts';
import { byId, fill, h } from './dom.ts';
import { describeHit, hitDocument } from './describe-hit.ts';
import { mergeArticles } from './graph-store.ts';
import { t } from './i18n.ts';
import { sharedTitles } from './name-document.ts';
import * as Q from './queries.ts';

/** Full-text search; hits are listed under the box and brought into the graph on click. */
export async function searchHits(
  app: Pick<Page, 'api' | 'state' | 'lang' | 'errorText' | 'requests'>,
  phrase: string,
  bringIn: (hit: SearchHit) => void,
): Promise<void> {
  const box = byId('search-results');
  box.hidden = false;
  box.dataset.phrase = phrase;
  fill(box, h('div', { class: 'hit', 'data-busy': 'true' }, t(app.lang(), 'state.busy')));
  // A newer search cancels this one; an answer that arrives after a newer query is dropped, never shown under it.
  const ticket = app.requests.begin('search');
  try {
    const data = await app.api<{ search: SearchHit[] }>(
      Q.SEARCH_QUERY,
      { phrase, limit: 20 },
      { signal: ticket.signal },
    );
    if (!ticket.isCurrent()) return;
    if (data.search.length === 0) {
      fill(box, h('div', { class: 'hit' }, t(app.lang(), 'state.noResult')));
      return;
    }
    // Each hit names its document; versions of one statute (sharing a title among the hits or in view) by their date.
    const shared = sharedTitles([
      ...Object.values(app.state.get().store.policies),
      ...data.search.flatMap((hit) => hitDocument(hit) ?? []),
    ]);
    fill(
      box,
      ...data.search.map((hit) => {
        const { title, meta } = describeHit(app.lang(), hit, shared);
        return h(
          'div',
          {
            class: 'hit',
            'data-kind': hit.kind,
            'data-policy': hit.policyId ?? undefined,
            onclick: () => bringIn(hit),
          },
          h('b', {}, title),
          h('small', {}, meta),
          hit.snippet ? h('div', { class: 'snippet' }, hit.snippet) : null,
        );
      }),
    );
  } catch (error) {
    if (!ticket.isCurrent()) return;
    fill(box, h('div', { class: 'hit error-note' }, app.errorText(error)));
  }
}

/** Brings one search hit into the graph and selects it. */
export async function bringIn(
  app: Pick<
    Page,
    'api' | 'state' | 'view' | 'notify' | 'errorText' | 'grow' | 'render' | 'loadPolicies' | 'focusArticle' | 'select'
  >,
  hit: SearchHit,
): Promise<void> {
  byId('search-results').hidden = true;
  try {
    if (hit.kind === 'Agency') {
      const data = await app.api<{ agencies: { leads: ArticleData[]; cooperatesOn: ArticleData[] }[] }>(
        Q.AGENCY_ARTICLES_QUERY,
        { id: hit.nodeId },
      );
      const articles = [...(data.agencies[0]?.leads ?? []), ...(data.agencies[0]?.cooperatesOn ?? [])];
      app.grow(mergeArticles(app.state.get().store, articles));
      const highlights = articles.map((a) => articleNodeId(a.id));
      app.state.update((s) => ({ lineage: null, scene: { ...s.scene, highlights } }));
      await app.render();
      app.view.fit(highlights);
      return;
    }
    const policyId = hit.kind === 'Policy' ? hit.nodeId : hit.policyId;
    if (policyId) await app.loadPolicies([policyId]);
    if (hit.kind === 'Article') await app.focusArticle(hit.nodeId);
    else if (policyId) {
      app.view.select(policyNodeId(policyId));
      app.view.fit([policyNodeId(policyId)]);
      await app.select(app.view.dataOf(policyNodeId(policyId)));
    }
  } catch (error) {
    app.notify(app.errorText(error), true);
  }
}

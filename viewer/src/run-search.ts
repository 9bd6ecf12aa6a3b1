/**
 * Find and grow: full-text search listed under the box, and a hit brought into the graph (a policy with its
 * articles, an article with its lineage, or the articles an agency leads or cooperates on).
 */
import type { ArticleData, SearchHit } from './api-types.ts';
import type { App } from './app.ts';
import { articleNodeId, policyNodeId, type ElementData } from './build-elements.ts';
import { byId, fill, h } from './dom.ts';
import { mergeArticles } from './graph-store.ts';
import { t, type TextKey } from './i18n.ts';
import * as Q from './queries.ts';

/** Full-text search; hits are listed under the box and brought into the graph on click. */
export async function searchHits(app: App, phrase: string): Promise<void> {
  const box = byId('search-results');
  box.hidden = false;
  fill(box, h('div', { class: 'hit' }, t(app.lang, 'state.loading')));
  try {
    const data = await app.api<{ search: SearchHit[] }>(Q.SEARCH_QUERY, { phrase, limit: 20 });
    if (data.search.length === 0) {
      fill(box, h('div', { class: 'hit' }, t(app.lang, 'state.noResult')));
      return;
    }
    fill(box, 
      ...data.search.map((hit) =>
        h(
          'div',
          { class: 'hit', 'data-kind': hit.kind, onclick: () => void app.bringIn(hit) },
          h('b', {}, hit.title),
          h('small', {}, [hit.kind, hit.docNumber, hit.tier ? t(app.lang, `lane.${hit.tier}` as TextKey) : ''].filter(Boolean).join(' · ')),
          hit.snippet ? h('div', { class: 'snippet' }, hit.snippet) : null,
        ),
      ),
    );
  } catch (error) {
    fill(box, h('div', { class: 'hit' }, app.errorText(error)));
  }
}

/** Brings one search hit into the graph and selects it. */
export async function bringIn(app: App, hit: SearchHit): Promise<void> {
  byId('search-results').hidden = true;
  try {
    if (hit.kind === 'Agency') {
      const data = await app.api<{ agencies: { leads: ArticleData[]; cooperatesOn: ArticleData[] }[] }>(Q.AGENCY_ARTICLES_QUERY, { id: hit.nodeId });
      const articles = [...(data.agencies[0]?.leads ?? []), ...(data.agencies[0]?.cooperatesOn ?? [])];
      app.grow(mergeArticles(app.store, articles));
      app.lineage = null;
      app.scene.highlights = articles.map((a) => articleNodeId(a.id));
      await app.render();
      app.view.fit(app.scene.highlights);
      return;
    }
    const policyId = hit.kind === 'Policy' ? hit.nodeId : hit.policyId;
    if (policyId) await app.loadPolicies([policyId]);
    if (hit.kind === 'Article') await app.focusArticle(hit.nodeId);
    else if (policyId) {
      app.view.select(policyNodeId(policyId));
      app.view.fit([policyNodeId(policyId)]);
      await app.select(app.view.cy.getElementById(policyNodeId(policyId)).data() as ElementData);
    }
  } catch (error) {
    app.notify(app.errorText(error), true);
  }
}

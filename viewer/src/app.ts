/**
 * The page controller: asks the API for data, keeps what is in view in the view state, and hands pure results to
 * the graph view and the panels. The analyses, scenes and search live in their own modules, which see the page
 * only through the `Page` contract (page-context.ts).
 */
import type { ArticleData, LineageStep } from './api-types.ts';
import { ApiError, type GraphQLClient } from './api-client.ts';
import { articleNodeId, buildElements, buildLaneElements, policyNodeId, type ElementData } from './build-elements.ts';
import { coverageColors } from './color-coverage.ts';
import { byId, fill, h, showTab } from './dom.ts';
import { fetchOverview, fetchPolicies } from './fetch-graph.ts';
import { download, exportPng, exportSceneJson, exportSvg } from './export-view.ts';
import { hiddenElementIds } from './filter-elements.ts';
import { collapsePolicy, parseEvidence, mergeArticles, mergePolicies, removePolicy, setAlignmentStatus, type GraphStore } from './graph-store.ts';
import type { GraphView } from './graph-view.ts';
import { t, type Lang, type TextKey } from './i18n.ts';
import { layoutLanes } from './layout-lanes.ts';
import { loadWebFont } from './load-fonts.ts';
import type { Page } from './page-context.ts';
import * as Q from './queries.ts';
import { renderAlignmentDetails, renderArticleDetails, renderPolicyDetails, type ArticleDetails, type DetailsActions, type LineageLine } from './render-details.ts';
import { encodeHash, type Scene } from './scene.ts';
import { traceLineage } from './trace-lineage.ts';
import type { ViewStateStore } from './view-state.ts';
import * as analysis from './run-analysis.ts';
import * as scenes from './run-scenes.ts';
import * as finder from './run-search.ts';

/** Page state shown by the overlay and read by tests from body[data-state]. */
export type PageState = 'loading' | 'ready' | 'empty' | 'error';

/** The controller. */
export class App implements Page {
  private hashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly state: ViewStateStore,
    readonly view: GraphView,
    readonly api: GraphQLClient,
    readonly token: { get: () => string | null; set: (v: string | null) => void },
  ) {}

  lang(): Lang {
    return this.state.get().scene.lang;
  }

  private patchScene(patch: Partial<Scene>): void {
    this.state.update((s) => ({ scene: { ...s.scene, ...patch } }));
  }

  /** Shows a page state over the canvas: never a blank canvas. */
  setState(state: PageState, message = '', retry?: () => void): void {
    document.body.dataset.state = state;
    const box = byId('state');
    fill(box, h('p', {}, message), retry ? h('button', { type: 'button', class: 'primary', onclick: retry }, t(this.lang(), 'state.retry')) : null);
  }

  /** Shows a non-fatal message in the hint bar. */
  notify(message: string, error = false): void {
    const hint = byId('hint');
    hint.textContent = message;
    hint.classList.toggle('error', error);
  }

  errorText(error: unknown): string {
    if (error instanceof ApiError && error.code === 'API_UNREACHABLE') return `${t(this.lang(), 'state.apiDown')}${error.message}`;
    return error instanceof Error ? error.message : String(error);
  }

  /** Loads the overview (every policy with its articles). */
  async loadOverview(): Promise<void> {
    this.setState('loading', t(this.lang(), 'state.loading'));
    try {
      const policies = await fetchOverview(this.api);
      this.state.update((s) => ({ store: mergePolicies(s.store, policies), loadedAll: true }));
      await this.render();
    } catch (error) {
      this.setState('error', this.errorText(error), () => void this.loadOverview());
    }
  }

  /** Brings policies (with their articles) into view. */
  async loadPolicies(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.state.get().store.policies[id]?.articleIds.length);
    if (missing.length === 0) return;
    const policies = await fetchPolicies(this.api, missing);
    this.grow(mergePolicies(this.state.get().store, policies));
    await this.render();
  }

  /** Replaces the store, remembering the old one for undo. */
  grow(next: GraphStore): void {
    const { store, history } = this.state.get();
    if (next === store) return;
    this.state.update({ store: next, history: [...history, store].slice(-50) });
    byId<HTMLButtonElement>('btn-undo').disabled = false;
  }

  /** Goes back one growth step. */
  async undo(): Promise<void> {
    const history = [...this.state.get().history];
    const previous = history.pop();
    if (!previous) return;
    this.state.update({ store: previous, history });
    byId<HTMLButtonElement>('btn-undo').disabled = history.length === 0;
    await this.render();
  }

  /** Redraws from the store: elements, lanes, positions (kept), filters, highlight, coverage. */
  async render(): Promise<void> {
    const { store, coverage } = this.state.get();
    const lang = this.lang();
    const defs = buildElements(store);
    await loadWebFont(defs.map((d) => `${d.data.label ?? ''}`).join('') + ['national', 'provincial', 'municipal'].map((x) => t(lang, `lane.${x}` as TextKey)).join(''));
    const layout = layoutLanes(
      Object.values(store.policies).map((p) => ({ id: policyNodeId(p.id), tier: p.tier, issuedOn: p.issuedOn, articleIds: p.articleIds.filter((a) => store.articles[a]).map(articleNodeId) })),
      this.view.positions(),
    );
    const lanes = buildLaneElements(layout.lanes, (tier) => t(lang, `lane.${tier}` as TextKey));
    const first = this.view.isEmpty();
    this.view.setElements([...lanes, ...defs], layout.positions);
    this.applyFilters();
    this.applyHighlight();
    this.view.setCoverage(coverage ? coverageColors(coverage.rows, articleNodeId) : {});
    if (first) this.view.fit();
    this.fillPolicySelects();
    if (Object.keys(store.policies).length === 0) this.setState('empty', t(lang, 'state.empty'));
    else this.setState('ready');
    this.scheduleHash();
  }

  applyFilters(): void {
    this.view.setHidden(hiddenElementIds(this.view.allData(), this.state.get().scene.filters));
  }

  applyHighlight(): void {
    const { lineage, scene, store } = this.state.get();
    if (!lineage) {
      if (scene.highlights.length) this.view.highlight(scene.highlights, []);
      else this.view.clearHighlight();
      return;
    }
    const hl = traceLineage(lineage.startId, lineage.steps, store);
    this.view.highlight(hl.nodeIds, hl.edgeIds, articleNodeId(lineage.startId));
  }

  /** Handles a tap on the graph. */
  async select(data: ElementData | null): Promise<void> {
    this.state.update({ selected: data });
    const root = byId('tab-details');
    const lang = this.lang();
    showTab('details');
    if (!data) {
      fill(root, h('p', { class: 'note' }, t(lang, 'details.none')));
      return;
    }
    const { store } = this.state.get();
    if (data.kind === 'article' && data.ref) await this.focusArticle(data.ref);
    else if (data.kind === 'policy' && data.ref) {
      const p = store.policies[data.ref]!;
      renderPolicyDetails(root, lang, { ...p, articleCount: p.articleIds.length }, this.actions());
    } else if (data.kind === 'aligns' && data.ref) {
      const a = store.alignments[data.ref];
      if (!a) return;
      // The overview carries no texts or evidence: read them from the lower article's details.
      const details = await this.api<{ articles: ArticleDetails[] }>(Q.ARTICLE_DETAILS_QUERY, { id: a.lowerId }).catch(() => null);
      const lower = details?.articles[0];
      const edge = lower?.alignsWithDetail?.edges.find((e) => e.properties.id === a.id);
      const full = edge ? { ...a, status: edge.properties.status ?? a.status, evidence: parseEvidence(edge.properties.evidence) } : a;
      const now = this.state.get().store;
      renderAlignmentDetails(root, lang, full, lower ?? now.articles[a.lowerId], edge ? { ...edge.node, number: edge.node.number ?? 0 } : now.articles[a.upperId], !!this.token.get(), this.actions());
    }
  }

  /** Selects an article: traces its lineage both ways, dims the rest, and shows its details. */
  async focusArticle(articleId: string): Promise<void> {
    const root = byId('tab-details');
    this.view.select(articleNodeId(articleId));
    try {
      const [details, lineage] = await Promise.all([
        this.api<{ articles: ArticleDetails[] }>(Q.ARTICLE_DETAILS_QUERY, { id: articleId }),
        this.api<{ lineage: LineageStep[] }>(Q.LINEAGE_QUERY, { id: articleId }),
      ]);
      const article = details.articles[0];
      if (!article) {
        fill(root, h('p', { class: 'note' }, t(this.lang(), 'state.noResult')));
        return;
      }
      const reached = lineage.lineage.flatMap((s) => [s.from, s.to]);
      this.grow(mergeArticles(this.state.get().store, [article, ...reached]));
      this.state.update((s) => ({ lineage: { startId: articleId, steps: lineage.lineage }, scene: { ...s.scene, focus: articleId } }));
      await this.render();
      this.view.select(articleNodeId(articleId));
      const hl = traceLineage(articleId, lineage.lineage, this.state.get().store);
      this.view.fit(hl.nodeIds.length > 1 ? hl.nodeIds : undefined);
      const byIdMap = new Map<string, ArticleData>(reached.map((a) => [a.id, a]));
      const line = (id: string, direction: 'up' | 'down'): LineageLine => {
        const a = byIdMap.get(id);
        return { articleId: id, direction, label: a ? `${a.label ?? ''}${a.heading ?? ''}` : id, policyTitle: a?.policy?.title ?? '', tier: a?.policy?.tier ?? 'unknown' };
      };
      renderArticleDetails(root, this.lang(), article, [...hl.upperIds.map((id) => line(id, 'up')), ...hl.lowerIds.map((id) => line(id, 'down'))], !!this.token.get(), this.actions());
    } catch (error) {
      this.notify(this.errorText(error), true);
    }
  }

  /** Clears the lineage highlight. */
  clearLineage(): void {
    this.state.update((s) => ({ lineage: null, scene: { ...s.scene, focus: undefined, highlights: [] } }));
    this.view.clearHighlight();
    this.scheduleHash();
  }

  actions(): DetailsActions {
    const selectedRef = () => this.state.get().selected?.ref;
    return {
      review: (id, verb, comment) => void this.review(id, verb, comment),
      expand: (what) => void this.expand(what),
      collapse: () => {
        const ref = selectedRef();
        if (ref) this.grow(collapsePolicy(this.state.get().store, ref));
        void this.render();
      },
      remove: () => {
        const ref = selectedRef();
        if (ref) this.grow(removePolicy(this.state.get().store, ref));
        void this.render();
      },
      coverage: (id) => void this.runCoverage(id),
      clearLineage: () => this.clearLineage(),
      selectArticle: (id) => void this.focusArticle(id),
    };
  }

  /** Grows the graph from the selection along one kind of relation. */
  async expand(what: 'up' | 'down' | 'relations'): Promise<void> {
    const ref = this.state.get().selected?.ref;
    if (!ref) return;
    try {
      if (what === 'relations') {
        const data = await this.api<{ policies: Record<string, { id: string }[]>[] }>(Q.POLICY_NEIGHBOURS_QUERY, { id: ref });
        const ids = [...new Set(Object.values(data.policies[0] ?? {}).flat().map((p) => p.id))];
        // Relations of the selected policy are drawn once both ends are in view.
        const policies = await fetchPolicies(this.api, [...ids, ref]);
        this.grow(mergePolicies(this.state.get().store, policies));
      } else {
        const data = await this.api<{ articles: { alignsWith: ArticleData[]; alignedFrom: ArticleData[] }[] }>(Q.ARTICLE_NEIGHBOURS_QUERY, { id: ref });
        const first = data.articles[0];
        this.grow(mergeArticles(this.state.get().store, (what === 'up' ? first?.alignsWith : first?.alignedFrom) ?? []));
      }
      await this.render();
    } catch (error) {
      this.notify(this.errorText(error), true);
    }
  }

  /** Confirms or rejects an alignment with the pasted token. */
  async review(id: string, verb: 'confirmAlignment' | 'rejectAlignment', comment: string): Promise<void> {
    try {
      const data = await this.api<Record<string, { id: string; status: string; reviewedBy?: string }>>(Q.REVIEW_MUTATION(verb), { id, comment: comment || null });
      const pair = data[verb]!;
      this.state.update((s) => ({ store: setAlignmentStatus(s.store, pair.id, pair.status, pair.reviewedBy) }));
      await this.render();
      this.notify(`${t(this.lang(), 'curate.done')}: ${t(this.lang(), `status.${pair.status}` as TextKey)}`);
      const selected = this.state.get().selected;
      if (selected) await this.select(selected);
    } catch (error) {
      this.notify(this.errorText(error), true);
    }
  }

  runCompare(lower: string, upper: string): Promise<void> {
    return analysis.runCompare(this, lower, upper);
  }

  /** The comparison table as CSV text (BOM first). */
  compareCsv(): string {
    return analysis.compareCsv(this);
  }

  closeCompare(): void {
    analysis.closeCompare(this);
  }

  runCoverage(upper: string): Promise<void> {
    return analysis.runCoverage(this, upper);
  }

  clearCoverage(): void {
    analysis.clearCoverage(this);
  }

  fillPolicySelects(): void {
    analysis.fillPolicySelects(this);
  }

  setLang(lang: Lang): void {
    scenes.setLang(this, lang);
  }

  renderDeck(): void {
    scenes.renderDeck(this, (i) => void this.step(i));
  }

  /** Goes to scene `index` of the workshop deck. */
  step(index: number): Promise<void> {
    return scenes.stepTo(this, index);
  }

  /** Redraws a saved scene. */
  applyScene(scene: Scene): Promise<void> {
    return scenes.applyScene(this, scene);
  }

  /** Full-text search under the box; a hit clicked is brought into the graph. */
  search(phrase: string): Promise<void> {
    return finder.searchHits(this, phrase, (hit) => void finder.bringIn(this, hit));
  }

  /** Keeps the URL hash in step with the view, so the address bar is always a shareable link. */
  scheduleHash(): void {
    clearTimeout(this.hashTimer);
    this.hashTimer = setTimeout(() => {
      const { deck, deckIndex } = this.state.get();
      history.replaceState(null, '', encodeHash({ scene: scenes.captureScene(this), deck, index: deckIndex }));
    }, 300);
  }

  /** Exports: PNG, SVG, scene JSON. */
  async export(kind: 'png' | 'svg' | 'json', scale = 3): Promise<void> {
    if (kind === 'png') download(exportPng(this.view, scale), 'policygraph.png');
    if (kind === 'svg') download(new Blob([await exportSvg(this.view)], { type: 'image/svg+xml' }), 'policygraph.svg');
    if (kind === 'json') download(exportSceneJson(scenes.captureScene(this)), 'policygraph-scene.json');
  }
}

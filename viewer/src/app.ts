/**
 * The page controller: holds what is in view (store, scene, selection, lineage, coverage, comparison, deck), asks
 * the API for data, and hands pure results to the graph view and the panels.
 */
import type { ArticleData, Comparison, Coverage, LineageStep, SearchHit } from './api-types.ts';
import { ApiError, type GraphQLClient } from './api-client.ts';
import { articleNodeId, buildElements, buildLaneElements, policyNodeId, type ElementData } from './build-elements.ts';
import { coverageColors } from './color-coverage.ts';
import { byId, fill, h, showTab } from './dom.ts';
import { fetchOverview, fetchPolicies } from './fetch-graph.ts';
import { download, exportPng, exportSceneJson, exportSvg } from './export-view.ts';
import { hiddenElementIds } from './filter-elements.ts';
import { collapsePolicy, emptyStore, parseEvidence, mergeArticles, mergePolicies, removePolicy, setAlignmentStatus, type GraphStore } from './graph-store.ts';
import type { GraphView } from './graph-view.ts';
import { t, type Lang, type TextKey } from './i18n.ts';
import { layoutLanes } from './layout-lanes.ts';
import { loadWebFont } from './load-fonts.ts';
import * as Q from './queries.ts';
import { renderAlignmentDetails, renderArticleDetails, renderPolicyDetails, type ArticleDetails, type DetailsActions, type LineageLine } from './render-details.ts';
import { defaultScene, encodeHash, type Scene } from './scene.ts';
import { traceLineage } from './trace-lineage.ts';
import * as analysis from './run-analysis.ts';
import * as finder from './run-search.ts';
import * as scenes from './run-scenes.ts';

/** Page state shown by the overlay and read by tests from body[data-state]. */
export type PageState = 'loading' | 'ready' | 'empty' | 'error';

/** The controller. */
export class App {
  store: GraphStore = emptyStore();
  scene: Scene = defaultScene();
  loadedAll = false;
  history: GraphStore[] = [];
  selected: ElementData | null = null;
  lineage: { startId: string; steps: LineageStep[] } | null = null;
  coverage: Coverage | null = null;
  comparison: Comparison | null = null;
  deck: Scene[] = [];
  deckIndex = 0;
  private hashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly view: GraphView,
    readonly api: GraphQLClient,
    readonly token: { get: () => string | null; set: (v: string | null) => void },
  ) {}

  get lang(): Lang {
    return this.scene.lang;
  }

  /** Shows a page state over the canvas: never a blank canvas. */
  setState(state: PageState, message = '', retry?: () => void): void {
    document.body.dataset.state = state;
    const box = byId('state');
    fill(box, h('p', {}, message), retry ? h('button', { type: 'button', class: 'primary', onclick: retry }, t(this.lang, 'state.retry')) : null);
  }

  /** Shows a non-fatal message in the hint bar. */
  notify(message: string, error = false): void {
    const hint = byId('hint');
    hint.textContent = message;
    hint.classList.toggle('error', error);
  }

  errorText(error: unknown): string {
    if (error instanceof ApiError && error.code === 'API_UNREACHABLE') return `${t(this.lang, 'state.apiDown')}${error.message}`;
    return error instanceof Error ? error.message : String(error);
  }

  /** Loads the overview (every policy with its articles). */
  async loadOverview(): Promise<void> {
    this.setState('loading', t(this.lang, 'state.loading'));
    try {
      this.store = mergePolicies(this.store, await fetchOverview(this.api));
      this.loadedAll = true;
      await this.render();
    } catch (error) {
      this.setState('error', this.errorText(error), () => void this.loadOverview());
    }
  }

  /** Brings policies (with their articles) into view. */
  async loadPolicies(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.store.policies[id]?.articleIds.length);
    if (missing.length === 0) return;
    this.grow(mergePolicies(this.store, await fetchPolicies(this.api, missing)));
    await this.render();
  }

  /** Replaces the store, remembering the old one for undo. */
  grow(next: GraphStore): void {
    if (next === this.store) return;
    this.history.push(this.store);
    if (this.history.length > 50) this.history.shift();
    this.store = next;
    byId<HTMLButtonElement>('btn-undo').disabled = false;
  }

  /** Goes back one growth step. */
  async undo(): Promise<void> {
    const previous = this.history.pop();
    if (!previous) return;
    this.store = previous;
    byId<HTMLButtonElement>('btn-undo').disabled = this.history.length === 0;
    await this.render();
  }

  /** Redraws from the store: elements, lanes, positions (kept), filters, highlight, coverage. */
  async render(): Promise<void> {
    const defs = buildElements(this.store);
    await loadWebFont(defs.map((d) => `${d.data.label ?? ''}`).join('') + ['national', 'provincial', 'municipal'].map((x) => t(this.lang, `lane.${x}` as TextKey)).join(''));
    const layout = layoutLanes(
      Object.values(this.store.policies).map((p) => ({ id: policyNodeId(p.id), tier: p.tier, issuedOn: p.issuedOn, articleIds: p.articleIds.filter((a) => this.store.articles[a]).map(articleNodeId) })),
      this.view.positions(),
    );
    const lanes = buildLaneElements(layout.lanes, (tier) => t(this.lang, `lane.${tier}` as TextKey));
    const first = this.view.cy.nodes().length === 0;
    this.view.setElements([...lanes, ...defs], layout.positions);
    this.applyFilters();
    this.applyHighlight();
    this.view.setCoverage(this.coverage ? coverageColors(this.coverage.rows, articleNodeId) : {});
    if (first) this.view.fit();
    this.fillPolicySelects();
    if (Object.keys(this.store.policies).length === 0) this.setState('empty', t(this.lang, 'state.empty'));
    else this.setState('ready');
    this.scheduleHash();
  }

  applyFilters(): void {
    this.view.setHidden(hiddenElementIds(this.view.allData(), this.scene.filters));
  }

  applyHighlight(): void {
    if (!this.lineage) {
      if (this.scene.highlights.length) this.view.highlight(this.scene.highlights, []);
      else this.view.clearHighlight();
      return;
    }
    const hl = traceLineage(this.lineage.startId, this.lineage.steps, this.store);
    this.view.highlight(hl.nodeIds, hl.edgeIds, articleNodeId(this.lineage.startId));
  }

  /** Handles a tap on the graph. */
  async select(data: ElementData | null): Promise<void> {
    this.selected = data;
    const root = byId('tab-details');
    showTab('details');
    if (!data) {
      fill(root, h('p', { class: 'note' }, t(this.lang, 'details.none')));
      return;
    }
    if (data.kind === 'article' && data.ref) await this.focusArticle(data.ref);
    else if (data.kind === 'policy' && data.ref) {
      const p = this.store.policies[data.ref]!;
      renderPolicyDetails(root, this.lang, { ...p, articleCount: p.articleIds.length }, this.actions());
    } else if (data.kind === 'aligns' && data.ref) {
      const a = this.store.alignments[data.ref];
      if (!a) return;
      // The overview carries no texts or evidence: read them from the lower article's details.
      const details = await this.api<{ articles: ArticleDetails[] }>(Q.ARTICLE_DETAILS_QUERY, { id: a.lowerId }).catch(() => null);
      const lower = details?.articles[0];
      const edge = lower?.alignsWithDetail?.edges.find((e) => e.properties.id === a.id);
      const full = edge ? { ...a, status: edge.properties.status ?? a.status, evidence: parseEvidence(edge.properties.evidence) } : a;
      renderAlignmentDetails(root, this.lang, full, lower ?? this.store.articles[a.lowerId], edge ? { ...edge.node, number: edge.node.number ?? 0 } : this.store.articles[a.upperId], !!this.token.get(), this.actions());
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
        fill(root, h('p', { class: 'note' }, t(this.lang, 'state.noResult')));
        return;
      }
      const reached = lineage.lineage.flatMap((s) => [s.from, s.to]);
      this.grow(mergeArticles(this.store, [article, ...reached]));
      this.lineage = { startId: articleId, steps: lineage.lineage };
      this.scene.focus = articleId;
      await this.render();
      this.view.select(articleNodeId(articleId));
      const hl = traceLineage(articleId, lineage.lineage, this.store);
      this.view.fit(hl.nodeIds.length > 1 ? hl.nodeIds : undefined);
      const byIdMap = new Map<string, ArticleData>(reached.map((a) => [a.id, a]));
      const line = (id: string, direction: 'up' | 'down'): LineageLine => {
        const a = byIdMap.get(id);
        return { articleId: id, direction, label: a ? `${a.label ?? ''}${a.heading ?? ''}` : id, policyTitle: a?.policy?.title ?? '', tier: a?.policy?.tier ?? 'unknown' };
      };
      renderArticleDetails(root, this.lang, article, [...hl.upperIds.map((id) => line(id, 'up')), ...hl.lowerIds.map((id) => line(id, 'down'))], !!this.token.get(), this.actions());
    } catch (error) {
      this.notify(this.errorText(error), true);
    }
  }

  /** Clears the lineage highlight. */
  clearLineage(): void {
    this.lineage = null;
    this.scene.focus = undefined;
    this.scene.highlights = [];
    this.view.clearHighlight();
    this.scheduleHash();
  }

  actions(): DetailsActions {
    return {
      review: (id, verb, comment) => void this.review(id, verb, comment),
      expand: (what) => void this.expand(what),
      collapse: () => {
        if (this.selected?.ref) this.grow(collapsePolicy(this.store, this.selected.ref));
        void this.render();
      },
      remove: () => {
        if (this.selected?.ref) this.grow(removePolicy(this.store, this.selected.ref));
        void this.render();
      },
      coverage: (id) => void this.runCoverage(id),
      clearLineage: () => this.clearLineage(),
      selectArticle: (id) => void this.focusArticle(id),
    };
  }

  /** Grows the graph from the selection along one kind of relation. */
  async expand(what: 'up' | 'down' | 'relations'): Promise<void> {
    const ref = this.selected?.ref;
    if (!ref) return;
    try {
      if (what === 'relations') {
        const data = await this.api<{ policies: Record<string, { id: string }[]>[] }>(Q.POLICY_NEIGHBOURS_QUERY, { id: ref });
        const ids = [...new Set(Object.values(data.policies[0] ?? {}).flat().map((p) => p.id))];
        // Relations of the selected policy are drawn once both ends are in view.
        this.grow(mergePolicies(this.store, await fetchPolicies(this.api, [...ids, ref])));
      } else {
        const data = await this.api<{ articles: { alignsWith: ArticleData[]; alignedFrom: ArticleData[] }[] }>(Q.ARTICLE_NEIGHBOURS_QUERY, { id: ref });
        const first = data.articles[0];
        this.grow(mergeArticles(this.store, (what === 'up' ? first?.alignsWith : first?.alignedFrom) ?? []));
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
      this.store = setAlignmentStatus(this.store, pair.id, pair.status, pair.reviewedBy);
      await this.render();
      this.notify(`${t(this.lang, 'curate.done')}: ${t(this.lang, `status.${pair.status}` as TextKey)}`);
      if (this.selected) await this.select(this.selected);
    } catch (error) {
      this.notify(this.errorText(error), true);
    }
  }

  /** Runs the comparison and opens the two-column view. */
  runCompare(lower: string, upper: string): Promise<void> {
    return analysis.runCompare(this, lower, upper);
  }

  /** The comparison table as CSV text (BOM first). */
  compareCsv(): string {
    return analysis.compareCsv(this);
  }

  /** Hides the comparison view. */
  closeCompare(): void {
    return analysis.closeCompare(this);
  }

  /** Colours the articles of an upper document by how many lower documents carry them. */
  runCoverage(upper: string): Promise<void> {
    return analysis.runCoverage(this, upper);
  }

  /** Removes the coverage colours. */
  clearCoverage(): void {
    return analysis.clearCoverage(this);
  }

  /** Full-text search; hits are listed under the box and brought into the graph on click. */
  search(phrase: string): Promise<void> {
    return finder.searchHits(this, phrase);
  }

  /** Brings one search hit into the graph and selects it. */
  bringIn(hit: SearchHit): Promise<void> {
    return finder.bringIn(this, hit);
  }

  /** Fills the compare and coverage document pickers with the documents that have articles. */
  fillPolicySelects(): void {
    return analysis.fillPolicySelects(this);
  }

  /** The scene as it stands now. */
  captureScene(): Scene {
    return scenes.captureScene(this);
  }

  /** Redraws a saved scene: data, filters, language, workshop style, focus, coverage, comparison, viewport. */
  applyScene(scene: Scene): Promise<void> {
    return scenes.applyScene(this, scene);
  }

  /** Switches the interface language. */
  setLang(lang: Lang): void {
    return scenes.setLang(this, lang);
  }

  /** Lists the deck and shows the scene counter. */
  renderDeck(): void {
    return scenes.renderDeck(this);
  }

  /** Goes to scene `index` of the deck. */
  step(index: number): Promise<void> {
    return scenes.stepTo(this, index);
  }

  /** Keeps the URL hash in step with the view, so the address bar is always a shareable link. */
  scheduleHash(): void {
    clearTimeout(this.hashTimer);
    this.hashTimer = setTimeout(() => {
      history.replaceState(null, '', encodeHash({ scene: this.captureScene(), deck: this.deck, index: this.deckIndex }));
    }, 300);
  }

  /** Exports: PNG, SVG, scene JSON. */
  async export(kind: 'png' | 'svg' | 'json', scale = 3): Promise<void> {
    if (kind === 'png') download(exportPng(this.view, scale), 'policygraph.png');
    if (kind === 'svg') download(new Blob([await exportSvg(this.view)], { type: 'image/svg+xml' }), 'policygraph.svg');
    if (kind === 'json') download(exportSceneJson(this.captureScene()), 'policygraph-scene.json');
  }
}

/**
 * The page controller: asks the API for data, keeps what is in view in the view state, and hands pure results to
 * the graph view and the panels. The analyses, scenes and search live in their own modules, which see the page
 * only through the `Page` contract (page-context.ts).
 */
import type { ArticleData, LineageStep, PolicyRef } from './api-types.ts';
import { ApiError, type GraphQLClient } from './api-client.ts';
import {
  articleNodeId,
  buildElements,
  buildLaneElements,
  groupNodeId,
  laneOf,
  policyNodeId,
  type ElementData,
  type ElementWords,
} from './build-elements.ts';
import { explainError } from './explain-error.ts';
import { readableZoom } from './graph-style.ts';
import { createLatestRequests } from './latest-request.ts';
import type { OverviewFilter, PolicyOverview } from './overview-types.ts';
import { byId, fill, h, showPanel, showTab } from './dom.ts';
import { fetchPolicies } from './fetch-graph.ts';
import { download, exportFileName, exportPng, exportSceneJson, exportSvg, today } from './export-view.ts';
import { legendEntries } from './render-legend.ts';
import { hiddenElementIds } from './filter-elements.ts';
import {
  collapsePolicy,
  emptyStore,
  mergeArticles,
  mergeOverview,
  mergePolicies,
  openGroup,
  evidenceOf,
  removePolicy,
  setAlignmentStatus,
  type GraphStore,
  type StoredPolicy,
} from './graph-store.ts';
import { FIT_PADDING, type GraphView } from './graph-view.ts';
import { isTextKey, t, type Lang, type TextKey } from './i18n.ts';
import { LAYOUT, layoutLanes, stubsPerRow } from './layout-lanes.ts';
import { loadWebFont } from './load-fonts.ts';
import type { Page } from './page-context.ts';
import * as Q from './queries.ts';
import {
  renderAlignmentDetails,
  renderArticleDetails,
  renderBusy,
  renderPolicyDetails,
  type ArticleDetails,
  type DetailsActions,
  type LineageLine,
} from './render-details.ts';
import { encodeHash, type Filters, type Scene } from './scene.ts';
import { traceLineage } from './trace-lineage.ts';
import type { ViewStateStore } from './view-state.ts';
import * as analysis from './run-analysis.ts';
import * as scenes from './run-scenes.ts';
import * as finder from './run-search.ts';
import { COUNT_SEPARATOR } from './wrap-count-line.ts';
import { documentName, sharedTitles } from './name-document.ts';
import { describeBasis, type BasisChangeData } from './describe-basis.ts';
import {
  articleSources,
  documentSources,
  SOURCE_CHANNELS,
  sourcesKey,
  type SourcePicks,
  type SourceSection,
} from './run-sources.ts';

/** Page state shown by the overlay and read by tests from body[data-state]. */
export type PageState = 'loading' | 'ready' | 'empty' | 'error';

/** True when every article of a document is in the store (its count unknown: when any is). */
export function isFullyOpen(p: StoredPolicy | undefined): boolean {
  if (!p || p.articleIds.length === 0) return false;
  return p.articleCount === undefined || p.articleIds.length >= p.articleCount;
}

/** The server-side part of the filters, as the overview query takes it. */
export function overviewFilter(f: Filters): OverviewFilter {
  const list = (v: string[]) => (v.length ? v : undefined);
  return {
    jurisdictions: list(f.jurisdictions),
    authorityLevels: list(f.authorityLevels),
    kinds: list(f.kinds),
    versionStatuses: list(f.versionStatuses),
    yearFrom: f.yearFrom,
    yearTo: f.yearTo,
    asOf: f.asOf,
  };
}

/** The controller. */
export class App implements Page {
  private hashTimer: ReturnType<typeof setTimeout> | undefined;
  private zoomTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts renders, so one that finishes after a later one draws nothing. */
  private renderSeq = 0;
  /** What the last render drew: the overview (compact lanes) or not, and how many closed documents a row held. */
  private drawn: { compact: boolean; perRow: number } | null = null;
  /** Late answers dropped: one live request per channel. */
  readonly requests = createLatestRequests();
  /** Draws the details panel again as it stands, in the interface language now (set by whatever drew it last). */
  private redrawDetails: () => void = () => {};
  /** The sources sections of the selection, kept while it stays selected (sourcesOf). */
  private sources: { key: string; sections: SourceSection[] } | null = null;

  constructor(
    readonly state: ViewStateStore,
    readonly view: GraphView,
    readonly api: GraphQLClient,
    readonly token: { get: () => string | null; set: (v: string | null) => void },
    /** Most documents the overview draws one by one; more are drawn as groups. */
    readonly overviewMax = Q.OVERVIEW_MAX_DOCUMENTS,
  ) {}

  lang(): Lang {
    return this.state.get().scene.lang;
  }

  /** Shows a page state over the canvas: never a blank canvas. */
  setState(state: PageState, message = '', retry?: () => void): void {
    document.body.dataset.state = state;
    const box = byId('state');
    fill(
      box,
      h('p', {}, message),
      retry ? h('button', { type: 'button', class: 'primary', onclick: retry }, t(this.lang(), 'state.retry')) : null,
    );
  }

  /** Shows a non-fatal message in the hint bar. */
  notify(message: string, error = false): void {
    const hint = byId('hint');
    hint.textContent = message;
    hint.title = message;
    hint.classList.toggle('error', error);
  }

  errorText(error: unknown): string {
    return explainError(this.lang(), error);
  }

  /** True for a request cancelled because a newer one replaced it: nothing to tell the user. */
  private superseded(error: unknown): boolean {
    return error instanceof ApiError && error.code === 'API_ABORTED';
  }

  /**
   * Loads the overview: the documents (never their articles) with counts and links, or, when too many match the
   * filters, groups of them by authority level and jurisdiction. Documents already open are opened again.
   */
  async loadOverview(): Promise<void> {
    const ticket = this.requests.begin('overview');
    this.setState('loading', t(this.lang(), 'state.loading'));
    const { scene, store: old } = this.state.get();
    try {
      const data = await this.api<{ policyOverview: PolicyOverview }>(
        Q.OVERVIEW_QUERY,
        { filter: overviewFilter(scene.filters), max: this.overviewMax },
        { signal: ticket.signal },
      );
      if (!ticket.isCurrent()) return;
      const overview = data.policyOverview;
      const reopen = Object.values(old.policies)
        .filter((p) => p.articleIds.length > 0 && overview.documents.some((d) => d.id === p.id))
        .map((p) => p.id);
      this.state.update({
        store: mergeOverview(emptyStore(), overview),
        loadedAll: true,
        facets: overview.facets,
        overview: { total: overview.total, grouped: overview.grouped },
      });
      if (overview.grouped) this.notify(t(this.lang(), 'overview.grouped', { n: overview.total }));
      if (reopen.length) await this.loadPolicies(reopen);
      await this.render();
    } catch (error) {
      if (!this.superseded(error)) this.setState('error', this.errorText(error), () => void this.loadOverview());
    }
  }

  /** Opens a group of the overview: its documents come in, the group node goes. */
  async openGroup(key: string): Promise<void> {
    const ticket = this.requests.begin('group');
    this.view.setBusy([groupNodeId(key)]);
    try {
      const data = await this.api<{ policyOverview: PolicyOverview }>(
        Q.OVERVIEW_QUERY,
        { filter: { ...overviewFilter(this.state.get().scene.filters), groupKey: key }, max: Q.OVERVIEW_MAX_DOCUMENTS },
        { signal: ticket.signal },
      );
      if (!ticket.isCurrent()) return;
      const overview = data.policyOverview;
      if (overview.documents.length < (overview.groups.find((g) => g.key === key)?.documentCount ?? 0))
        this.notify(t(this.lang(), 'overview.more', { n: overview.total - overview.documents.length }));
      this.grow(openGroup(mergeOverview(this.state.get().store, { ...overview, grouped: false }, false), key));
      await this.render();
      this.view.fit(
        Object.keys(this.state.get().store.policies)
          .filter((id) => overview.documents.some((d) => d.id === id))
          .map(policyNodeId),
      );
    } catch (error) {
      if (!this.superseded(error)) this.notify(this.errorText(error), true);
    } finally {
      this.view.setBusy([]);
    }
  }

  /** Opens a document: its articles come in as nodes inside its box. */
  async openPolicy(policyId: string): Promise<void> {
    const ticket = this.requests.begin(`open:${policyId}`);
    this.view.setBusy([policyNodeId(policyId)]);
    try {
      await this.loadPolicies([policyId], ticket.signal);
    } catch (error) {
      if (!this.superseded(error)) this.notify(this.errorText(error), true);
    } finally {
      this.view.setBusy([]);
    }
  }

  /**
   * Semantic zoom: zoomed in far enough that a few closed documents fill the screen, their articles come in
   * (at most four documents at a time, so zooming never loads a large part of the graph).
   */
  onZoom(zoom: number): void {
    clearTimeout(this.zoomTimer);
    this.zoomTimer = setTimeout(() => {
      if (zoom < readableZoom(this.state.get().scene.workshop) * 1.6) return;
      const { store } = this.state.get();
      const visible = this.view
        .visiblePolicyIds()
        .map((id) => store.policies[id])
        .filter((p): p is StoredPolicy => !!p);
      const closed = visible.filter((p) => p.articleIds.length === 0 && (p.articleCount ?? 0) > 0);
      if (closed.length > 0 && closed.length <= 4)
        void this.loadPolicies(closed.map((p) => p.id)).catch((e: unknown) => this.notify(this.errorText(e), true));
    }, 400);
  }

  /**
   * After a resize: the chain in view stays in view, so does a selected document (the panel its selection opens in
   * workshop mode resizes the canvas: refitting the whole graph left a document found by search out of sight); else
   * the whole graph is refitted; the overview (nothing open) first flows its rows to the new width.
   */
  onResize(): void {
    const { lineage, store, selected } = this.state.get();
    const selectedId = selected?.kind === 'policy' && selected.ref ? policyNodeId(selected.ref) : undefined;
    // The selected document stays in view (after the overview's rows flowed to the new width, when they must).
    const refit = () => {
      if (selectedId && this.view.dataOf(selectedId))
        this.view.fitChain([selectedId], selectedId, readableZoom(this.state.get().scene.workshop));
      else this.view.fitReadable(readableZoom(this.state.get().scene.workshop));
    };
    if (lineage)
      this.fitChain(lineage.startId, traceLineage(lineage.startId, lineage.steps, store, lineage.weakShown).nodeIds);
    // Only a drawn overview whose rows would hold another number of documents is laid out again (a height change or
    // a panel that leaves the row count as it is only refits); a redraw of nothing would replace the page's error or
    // loading state with 'empty'.
    else if (!this.view.isEmpty() && this.drawn?.compact && stubsPerRow(this.rowWidth()) !== this.drawn.perRow)
      this.render()
        .then(refit)
        .catch((error: unknown) => this.notify(this.errorText(error), true));
    else refit();
  }

  /**
   * Width of a row of closed documents in the overview, in model units: what the canvas shows at the readable zoom,
   * less the fit's margin and the column of lane names, so the whole overview fits at a readable size when it can.
   */
  rowWidth(): number {
    const zoom = readableZoom(this.state.get().scene.workshop);
    return (this.view.size().width - 2 * FIT_PADDING) / zoom + LAYOUT.laneLeft - LAYOUT.stubGap;
  }

  /** Clears selection, highlight, panel and pending selection answers (empty-canvas click, Escape). */
  clearAll(): void {
    this.requests.cancel('focus');
    this.cancelSources();
    this.view.setBusy([]);
    this.view.unselect();
    this.state.update({ selected: null });
    this.clearLineage();
    this.drawDetails(() => fill(byId('tab-details'), h('p', { class: 'note' }, t(this.lang(), 'details.none'))));
    // Back to the whole picture: in workshop mode the panel folds away again.
    showPanel(false);
  }

  /** Brings policies (with their articles) into view. */
  async loadPolicies(ids: string[], signal?: AbortSignal): Promise<void> {
    // A document counts as loaded only when all its articles are in (a lineage brings in only some of them).
    const missing = ids.filter((id) => !isFullyOpen(this.state.get().store.policies[id]));
    if (missing.length === 0) return;
    const policies = await fetchPolicies(this.api, missing, signal);
    if (signal?.aborted) return;
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
    const seq = ++this.renderSeq;
    const { store } = this.state.get();
    const lang = this.lang();
    const defs = buildElements(store, this.words());
    const laneLabel = (lane: string) => (isTextKey(`lane.${lane}`) ? t(lang, `lane.${lane}` as TextKey) : lane);
    // The drawn labels too: a title cut with '…' needs that glyph's face (the font is split by unicode-range).
    await loadWebFont(
      defs.map((d) => `${d.data.label ?? ''}${d.data.drawnLabel ?? ''}`).join('') +
        ['national', 'provincial', 'municipal'].map(laneLabel).join(''),
    );
    // A render started later (a resize while the font loaded) draws a newer store; this one would draw an older one.
    if (seq !== this.renderSeq) return;
    const rowWidth = this.rowWidth();
    const layout = layoutLanes(
      [
        ...Object.values(store.groups)
          .filter((g) => !g.opened)
          .map((g) => ({
            id: groupNodeId(g.key),
            tier: laneOf(g),
            issuedOn: String(g.firstYear ?? ''),
            articleIds: [],
          })),
        ...Object.values(store.policies).map((p) => ({
          id: policyNodeId(p.id),
          tier: laneOf(p),
          issuedOn: p.issuedOn,
          articleIds: p.articleIds.filter((a) => store.articles[a]).map(articleNodeId),
        })),
      ],
      this.view.positions(),
      { rowWidth, previousCompact: this.drawn?.compact ?? false },
    );
    this.drawn = { compact: layout.compact, perRow: stubsPerRow(rowWidth) };
    const lanes = buildLaneElements(layout.lanes, laneLabel);
    const first = this.view.isEmpty();
    this.view.setElements([...lanes, ...defs], layout.positions);
    this.applyFilters();
    this.applyHighlight();
    this.applyCoverage();
    if (first) this.view.fitReadable(readableZoom(this.state.get().scene.workshop));
    this.fillPolicySelects();
    if (Object.keys(store.policies).length === 0 && Object.keys(store.groups).length === 0)
      this.setState('empty', t(lang, 'state.empty'));
    else this.setState('ready');
    this.scheduleHash();
  }

  /** Words of the graph labels in the interface language. */
  words(): ElementWords {
    const lang = this.lang();
    const laneName = (lane: string) => (isTextKey(`lane.${lane}`) ? t(lang, `lane.${lane}` as TextKey) : lane);
    // ⚠ first when the document's basis changed; then what is given of tier, article count and aligned share.
    const line = (p: StoredPolicy, parts: string[]) =>
      `${p.basisChanged ? '⚠ ' : ''}${parts.filter(Boolean).join(COUNT_SEPARATOR)}`;
    const counts = (p: StoredPolicy) => [
      p.articleCount !== undefined ? t(lang, 'details.articleCount', { n: p.articleCount }) : '',
      p.alignedCount !== undefined && p.articleCount ? `↑${Math.round((100 * p.alignedCount) / p.articleCount)}%` : '',
    ];
    return {
      documentMeta: (p) => line(p, [laneName(p.tier ?? 'unknown'), ...counts(p)]),
      documentCounts: (p) => line(p, counts(p)),
      groupLabel: (g) => {
        const level =
          g.authorityLevel && isTextKey(`authority.${g.authorityLevel}`)
            ? t(lang, `authority.${g.authorityLevel}` as TextKey)
            : laneName(g.tier ?? 'unknown');
        return `${g.jurisdiction || laneName(g.tier ?? 'unknown')}\n${level}\n${t(lang, 'overview.group', { n: g.documentCount })}`;
      },
    };
  }

  /** Coverage colours, only while the graph they colour is in sight (not behind the comparison). */
  applyCoverage(): void {
    const { coverage, comparison } = this.state.get();
    this.view.setCoverage(coverage && !comparison ? analysis.coverageNodeColors(this, coverage) : {});
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
    const hl = traceLineage(lineage.startId, lineage.steps, store, lineage.weakShown);
    this.view.highlight(hl.nodeIds, hl.edgeIds, articleNodeId(lineage.startId));
  }

  /** Handles a tap on the graph. */
  async select(data: ElementData | null): Promise<void> {
    if (!data) {
      this.clearAll();
      return;
    }
    this.state.update({ selected: data });
    // The sources of what was selected before are no longer asked for: a late answer is dropped. The same selection
    // again (after a review, or a token saved) keeps its sections and their answers (sourcesOf).
    if (this.sources?.key !== sourcesKey(data.kind, data.ref)) this.cancelSources();
    const root = byId('tab-details');
    showTab('details');
    const { store } = this.state.get();
    if (data.kind === 'group' && data.ref) await this.openGroup(data.ref);
    else if (data.kind === 'article' && data.ref) await this.focusArticle(data.ref);
    else if (data.kind === 'policy' && data.ref) {
      this.requests.cancel('focus');
      this.view.select(policyNodeId(data.ref));
      // A changed basis is told in full (which upper text, how, when, which articles), asked for once it is shown.
      let basis: BasisChangeData[] | null | undefined = store.policies[data.ref]?.basisChanged ? null : undefined;
      // Likely parents and peer reuse, asked for with their Find buttons; kept while the document stays selected.
      const sources = this.sourcesOf(sourcesKey('policy', data.ref), () =>
        documentSources(this, data.ref!, this.nameInView(), this.sourcePicks()),
      );
      const show = () => {
        const { policies } = this.state.get().store;
        const p = policies[data.ref!];
        const lang = this.lang();
        const shared = sharedTitles([
          ...Object.values(policies),
          ...(basis ?? []).flatMap((c) => [c.upper, ...(c.newVersion ? [c.newVersion] : [])]),
        ]);
        if (p)
          renderPolicyDetails(
            root,
            lang,
            {
              ...p,
              articleCount: p.articleCount ?? p.articleIds.length,
              loadedArticles: isFullyOpen(p) ? p.articleIds.length : 0,
              basisLines: basis && describeBasis(lang, basis, (q) => documentName(lang, q, shared)),
            },
            this.actions(),
            sources.map((s) => s.element()),
          );
      };
      this.drawDetails(show);
      if (basis === null)
        void this.api<{ policies: { basisChanged: BasisChangeData[] }[] }>(Q.POLICY_BASIS_QUERY, { id: data.ref })
          .then((answer) => answer.policies[0]?.basisChanged ?? [])
          // Without the details the warning still stands, as before.
          .catch(() => undefined)
          .then((answer) => {
            basis = answer;
            if (this.redrawDetails === show) show();
          });
      // One click on a closed document opens it (its articles come in); the panel says so while it loads.
      const p = store.policies[data.ref];
      if (p && !isFullyOpen(p) && (p.articleCount ?? 0) > 0) {
        await this.openPolicy(p.id);
        this.view.fit([policyNodeId(p.id)]);
        show();
      }
    } else if (data.kind === 'aligns' && data.ref) {
      const a = store.alignments[data.ref];
      if (!a) return;
      // The overview carries no texts or evidence: read them from the lower article's details.
      const details = await this.api<{ articles: ArticleDetails[] }>(Q.ARTICLE_DETAILS_QUERY, { id: a.lowerId }).catch(
        () => null,
      );
      const lower = details?.articles[0];
      const edge = lower?.alignsWithDetail?.edges.find((e) => e.properties.id === a.id);
      const full = edge
        ? { ...a, status: edge.properties.status ?? a.status, evidence: evidenceOf(edge.properties.evidence) }
        : a;
      const now = this.state.get().store;
      this.drawDetails(() =>
        renderAlignmentDetails(
          root,
          this.lang(),
          full,
          lower ?? now.articles[a.lowerId],
          edge ? { ...edge.node, number: edge.node.number ?? 0 } : now.articles[a.upperId],
          !!this.token.get(),
          this.actions(),
        ),
      );
    }
  }

  /** Selects an article: traces its lineage both ways, dims the rest, and shows its details. */
  async focusArticle(articleId: string): Promise<void> {
    const root = byId('tab-details');
    // Wherever the click came from (graph, lineage list, coverage row), the article's details come into sight.
    showTab('details');
    const ticket = this.requests.begin('focus');
    // Reached from a list (sources, lineage, coverage) rather than the graph, the article is the selection too: a
    // review or a saved token selects again what is shown, not what was clicked in the graph before.
    const nodeId = articleNodeId(articleId);
    const { selected } = this.state.get();
    if (selected?.kind !== 'article' || selected.ref !== articleId)
      this.state.update({ selected: this.view.dataOf(nodeId) ?? { id: nodeId, kind: 'article', ref: articleId } });
    const sources = this.sourcesOf(sourcesKey('article', articleId), () =>
      articleSources(this, articleId, this.nameInView(), this.sourcePicks()),
    );
    // Feedback at once: the old chain fades, the clicked article is marked busy and named in the panel.
    this.view.select(nodeId);
    this.view.fadeHighlight(nodeId);
    this.view.setBusy([nodeId]);
    const known = this.state.get().store.articles[articleId];
    this.drawDetails(() =>
      renderBusy(root, this.lang(), known ? `${known.label ?? ''}${known.heading ?? ''}` : articleId),
    );
    try {
      // The requests start in the next task, once the feedback can be drawn: starting two fetches is a few ms of the
      // click's 100 ms budget, and the answers take far longer than one task anyway.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!ticket.isCurrent()) return;
      const [details, lineage] = await Promise.all([
        this.api<{ articles: ArticleDetails[] }>(Q.ARTICLE_DETAILS_QUERY, { id: articleId }, { signal: ticket.signal }),
        this.api<{ lineage: LineageStep[] }>(Q.LINEAGE_QUERY, { id: articleId }, { signal: ticket.signal }),
      ]);
      if (!ticket.isCurrent()) return;
      this.view.setBusy([]);
      const article = details.articles[0];
      if (!article) {
        this.view.clearHighlight();
        this.drawDetails(() => fill(root, h('p', { class: 'note' }, t(this.lang(), 'state.noResult'))));
        return;
      }
      const steps = lineage.lineage;
      const reached = steps.flatMap((s) => [s.from, s.to]);
      this.grow(mergeArticles(this.state.get().store, [article, ...reached]));
      // Traced again (after a review, or a scene brought back), the article keeps its weak candidates shown or not.
      const previous = this.state.get().lineage;
      const initiallyShown = previous?.startId === articleId && previous.weakShown;
      this.state.update((s) => ({
        lineage: { startId: articleId, steps, weakShown: initiallyShown },
        scene: { ...s.scene, focus: articleId },
      }));
      await this.render();
      this.view.select(articleNodeId(articleId));
      const byIdMap = new Map<string, ArticleData>(reached.map((a) => [a.id, a]));
      const weakAlignments = new Set(
        steps
          .filter((s) => s.counterpart === false && (s.from.id === articleId || s.to.id === articleId))
          .flatMap((s) => (s.alignmentId ? [s.alignmentId] : [])),
      );
      // Draws the panel fitted in view; a language switch draws it again where the view is.
      const present = (weakShown: boolean) =>
        this.drawDetails(
          () => show(weakShown, true),
          () => show(weakShown, false),
        );
      // The panel lists the chain the graph highlights, fitted in view: the weak candidates only when asked for.
      const show = (weakShown: boolean, fit: boolean) => {
        const hl = traceLineage(articleId, steps, this.state.get().store, weakShown);
        if (fit) this.fitChain(articleId, hl.nodeIds);
        // Each listed article with the score of the step that reaches it first (steps come nearest and best first).
        const upper = new Set(hl.upperIds);
        const lower = new Set(hl.lowerIds);
        const reachedBy = new Map<string, LineageStep>();
        for (const step of hl.steps) {
          if (upper.has(step.to.id) && !reachedBy.has(step.to.id)) reachedBy.set(step.to.id, step);
          if (lower.has(step.from.id) && !reachedBy.has(step.from.id)) reachedBy.set(step.from.id, step);
        }
        // Versions of one statute share a title: the list names each with its date, and marks one no longer in force.
        const shared = sharedTitles(Object.values(this.state.get().store.policies));
        const line = (id: string, direction: 'up' | 'down'): LineageLine => {
          const a = byIdMap.get(id);
          return {
            articleId: id,
            direction,
            label: a ? `${a.label ?? ''}${a.heading ?? ''}` : id,
            policyTitle: a?.policy ? documentName(this.lang(), a.policy, shared) : '',
            tier: a?.policy?.tier ?? 'unknown',
            score: reachedBy.get(id)?.score,
            // Shown with the weak candidates: an article reached only through one says so.
            weak: reachedBy.get(id)?.counterpartDepth === null,
          };
        };
        renderArticleDetails(
          root,
          this.lang(),
          article,
          [...hl.upperIds.map((id) => line(id, 'up')), ...hl.lowerIds.map((id) => line(id, 'down'))],
          !!this.token.get(),
          this.actions(),
          {
            hidden: hl.hidden,
            shown: weakShown,
            alignmentIds: weakAlignments,
            onToggle: () => {
              const current = this.state.get().lineage;
              if (current?.startId !== articleId) return;
              this.state.update({ lineage: { ...current, weakShown: !weakShown } });
              this.applyHighlight();
              present(!weakShown);
            },
          },
          (policy) => documentName(this.lang(), policy, shared),
          sources.map((s) => s.element()),
        );
      };
      present(initiallyShown);
    } catch (error) {
      if (!ticket.isCurrent() || this.superseded(error)) return;
      this.view.setBusy([]);
      this.view.clearHighlight();
      // The error stands where the answer was awaited, and in the hint bar.
      this.drawDetails(() =>
        fill(root, h('p', { class: 'error-note', role: 'alert', 'data-error': 'true' }, this.errorText(error))),
      );
      this.notify(this.errorText(error), true);
    }
  }

  /** Shows the chain of article `startId` with its article labels drawn (panned to it rather than shrunk). */
  fitChain(startId: string, nodeIds: string[]): void {
    this.view.fitChain(nodeIds, articleNodeId(startId), readableZoom(this.state.get().scene.workshop, 'article'));
  }

  /** Clears the lineage highlight. */
  clearLineage(): void {
    this.state.update((s) => ({ lineage: null, scene: { ...s.scene, focus: undefined, highlights: [] } }));
    this.view.clearHighlight();
    this.scheduleHash();
  }

  /** Cancels the requests of the sources sections and drops them (a new selection, or none). */
  private cancelSources(): void {
    for (const channel of SOURCE_CHANNELS) this.requests.cancel(channel);
    this.sources = null;
  }

  /**
   * The sources sections of what is selected (`key`): those already made when it was selected before and nothing
   * else since, with their answers and requests in flight (a review draws the panel again by selecting it again);
   * otherwise new ones, the older requests cancelled.
   */
  private sourcesOf(key: string, make: () => SourceSection[]): SourceSection[] {
    if (this.sources?.key !== key) {
      this.cancelSources();
      this.sources = { key, sections: make() };
    }
    return this.sources.sections;
  }

  /** Names a document as lists do, told apart from other versions in view (in the language of the call). */
  private nameInView(): (policy: PolicyRef) => string {
    return (policy) => documentName(this.lang(), policy, sharedTitles(Object.values(this.state.get().store.policies)));
  }

  /** A document or article listed by the sources sections, clicked: selected as a search hit is. */
  private sourcePicks(): SourcePicks {
    const failed = (error: unknown) => this.notify(this.errorText(error), true);
    return {
      policy: (policyId) => void this.selectPolicy(policyId).catch(failed),
      article: (articleId, policyId) =>
        void (policyId ? this.loadPolicies([policyId]) : Promise.resolve())
          .then(() => this.focusArticle(articleId))
          .catch(failed),
    };
  }

  /** Brings a document into the graph with its articles, fits it in view and selects it. */
  async selectPolicy(policyId: string): Promise<void> {
    await this.loadPolicies([policyId]);
    const nodeId = policyNodeId(policyId);
    this.view.select(nodeId);
    this.view.fit([nodeId]);
    await this.select(this.view.dataOf(nodeId));
  }

  actions(): DetailsActions {
    const selectedRef = () => this.state.get().selected?.ref;
    return {
      review: (id, verb, comment) => this.review(id, verb, comment),
      open: (id) => void this.openPolicy(id).then(() => this.view.fit([policyNodeId(id)])),
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
        const data = await this.api<{ policies: Record<string, { id: string }[]>[] }>(Q.POLICY_NEIGHBOURS_QUERY, {
          id: ref,
        });
        const ids = [
          ...new Set(
            Object.values(data.policies[0] ?? {})
              .flat()
              .map((p) => p.id),
          ),
        ];
        // Relations of the selected policy are drawn once both ends are in view.
        const policies = await fetchPolicies(this.api, [...ids, ref]);
        this.grow(mergePolicies(this.state.get().store, policies));
      } else {
        const data = await this.api<{ articles: { alignsWith: ArticleData[]; alignedFrom: ArticleData[] }[] }>(
          Q.ARTICLE_NEIGHBOURS_QUERY,
          { id: ref },
        );
        const first = data.articles[0];
        this.grow(
          mergeArticles(this.state.get().store, (what === 'up' ? first?.alignsWith : first?.alignedFrom) ?? []),
        );
      }
      await this.render();
    } catch (error) {
      this.notify(this.errorText(error), true);
    }
  }

  /** Confirms or rejects an alignment with the pasted token; resolves to an error sentence, or null when saved. */
  async review(id: string, verb: 'confirmAlignment' | 'rejectAlignment', comment: string): Promise<string | null> {
    try {
      const data = await this.api<Record<string, { id: string; status: string; reviewedBy?: string }>>(
        Q.REVIEW_MUTATION(verb),
        { id, comment: comment || null },
      );
      const pair = data[verb]!;
      this.state.update((s) => ({ store: setAlignmentStatus(s.store, pair.id, pair.status, pair.reviewedBy) }));
      await this.render();
      this.notify(`${t(this.lang(), 'curate.done')}: ${t(this.lang(), `status.${pair.status}` as TextKey)}`);
      const selected = this.state.get().selected;
      if (selected) await this.select(selected);
      return null;
    } catch (error) {
      return this.errorText(error);
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

  runCoverage(upper: string, lower?: string): Promise<void> {
    return analysis.runCoverage(this, upper, lower);
  }

  clearCoverage(): void {
    analysis.clearCoverage(this);
  }

  fillPolicySelects(): void {
    analysis.fillPolicySelects(this);
  }

  /** Draws the details panel with `draw`; a language switch runs `redraw` (the same, but the view stays put). */
  private drawDetails(draw: () => void, redraw = draw): void {
    this.redrawDetails = redraw;
    draw();
  }

  setLang(lang: Lang): void {
    scenes.setLang(this, lang);
    // What the panels show stays; only its words change (nothing is fetched again, the view does not move).
    this.redrawDetails();
    analysis.redrawAnalysis(this);
    // The documents' lines of counts are words too ('21 条' / '21 articles'); a page still loading draws them later.
    if (!this.view.isEmpty()) this.render().catch((error: unknown) => this.notify(this.errorText(error), true));
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

  /** What the view shows, in a few words: the title of exports and the core of their file names. */
  viewTitle(): string {
    const { scene, lineage, store } = this.state.get();
    const lang = this.lang();
    if (scene.title) return scene.title;
    if (lineage) {
      const a = store.articles[lineage.startId];
      const p = a ? store.policies[a.policyId] : undefined;
      return `${p?.docNumber ?? p?.title ?? ''} ${a?.label ?? ''}${a?.heading ?? ''} · ${t(lang, 'details.lineage')}`.trim();
    }
    const open = Object.values(store.policies).filter((p) => p.articleIds.length > 0);
    if (open.length === 1) return open[0]!.title;
    return t(lang, 'export.graphTitle');
  }

  /** Exports: PNG and SVG carry the title, date and legend; file names say what they hold. */
  async export(kind: 'png' | 'svg' | 'json', scale = 3): Promise<void> {
    const lang = this.lang();
    const frame = {
      title: this.viewTitle(),
      date: `${t(lang, 'export.date')} ${today()}`,
      legend: legendEntries(lang, !!this.state.get().coverage),
    };
    const name = (ext: string) => exportFileName([t(lang, 'export.graphTitle'), frame.title], today(), ext);
    if (kind === 'png') download(await exportPng(this.view, scale, frame), name('png'));
    if (kind === 'svg') download(new Blob([await exportSvg(this.view, frame)], { type: 'image/svg+xml' }), name('svg'));
    if (kind === 'json') download(exportSceneJson(scenes.captureScene(this)), name('scene.json'));
  }
}

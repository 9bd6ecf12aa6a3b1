/**
 * Entry of the viewer page: loads the web font, creates the graph view and the controller, wires the controls,
 * reads the shared scene from the URL hash, and loads the data.
 */
import { App } from './app.ts';
import { captureScene, setWorkshop } from './run-scenes.ts';
import { createViewState } from './view-state.ts';
import { createClient, resolveEndpoint } from './api-client.ts';
import { byId, h, showTab } from './dom.ts';
import { createGraphView } from './graph-view.ts';
import { applyLanguage, t } from './i18n.ts';
import { loadWebFont } from './load-fonts.ts';
import { renderFilters } from './render-filters.ts';
import { renderLegend } from './render-legend.ts';
import { decodeHash, defaultScene, stepIndex, type HashState } from './scene.ts';

const TOKEN_KEY = 'policygraph.token';

function tokenUser(token: string | null): string | null {
  if (!token) return null;
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    return String(payload.user ?? payload.sub ?? payload.name ?? '?');
  } catch {
    return null;
  }
}

async function boot(): Promise<void> {
  let shared: HashState | null = null;
  let hashError = '';
  try {
    shared = decodeHash(location.hash);
  } catch (error) {
    hashError = (error as Error).message;
  }
  const lang = shared?.scene.lang ?? (new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh');
  applyLanguage(document, lang);
  byId('state').replaceChildren(h('p', {}, t(lang, 'state.fonts')));
  // The first draw waits for the CJK faces its text needs; without them Cytoscape caches label sizes of boxes.
  await loadWebFont(`${document.body.innerText}国家级省级自治区市级县级`);

  const tokenStore = {
    get: () => localStorage.getItem(TOKEN_KEY),
    set: (v: string | null) => (v ? localStorage.setItem(TOKEN_KEY, v) : localStorage.removeItem(TOKEN_KEY)),
  };
  const api = createClient(resolveEndpoint(location.search, import.meta.env.VITE_GRAPHQL_URL), tokenStore.get);
  const tooltip = byId('tooltip');
  const state = createViewState({ scene: { ...defaultScene(), lang } });
  // The graph view reports taps to the controller, which is created with the view: the late binding is deliberate.
  let app: App | undefined;
  byId('cy').addEventListener('mouseleave', () => (tooltip.hidden = true));
  const view = createGraphView(byId('cy'), {
    onSelect: (d) => {
      tooltip.hidden = true;
      void app?.select(d);
    },
    onHover: (d, x, y) => {
      tooltip.hidden = !d?.fullLabel;
      if (d?.fullLabel) {
        tooltip.textContent = d.fullLabel;
        tooltip.style.left = `${x + 14}px`;
        tooltip.style.top = `${y + 14}px`;
      }
    },
    onViewport: () => app?.scheduleHash(),
  });
  const page = new App(state, view, api, tokenStore);
  app = page;
  if (__POLICYGRAPH_TEST__) Object.assign(window, { pgApp: page });

  wireControls(page, tokenStore);
  page.setLang(lang);
  if (hashError) page.notify(hashError, true);

  if (shared) {
    state.update({ deck: shared.deck, deckIndex: shared.index });
    await page.applyScene(shared.scene);
  } else {
    await page.loadOverview();
  }
  signinStatus(page, tokenStore.get());
}

function signinStatus(app: App, token: string | null): void {
  const user = tokenUser(token);
  byId('signin-status').textContent = user ? `${t(app.lang(), 'curate.signedIn')}${user}` : t(app.lang(), 'curate.needToken');
}

function wireControls(app: App, tokenStore: { get: () => string | null; set: (v: string | null) => void }): void {
  document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab!)));
  byId('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const phrase = byId<HTMLInputElement>('search-input').value.trim();
    if (phrase) void app.search(phrase);
  });
  document.addEventListener('click', (e) => {
    if (!byId('search-form').contains(e.target as Node)) byId('search-results').hidden = true;
  });
  byId('btn-fit').addEventListener('click', () => app.view.fit());
  byId('btn-undo').addEventListener('click', () => void app.undo());
  byId('btn-lang').addEventListener('click', () => {
    app.setLang(app.lang() === 'zh' ? 'en' : 'zh');
    drawFilters(app);
    signinStatus(app, tokenStore.get());
    const selected = app.state.get().selected;
    if (selected) void app.select(selected);
    app.scheduleHash();
  });
  byId<HTMLInputElement>('workshop-toggle').addEventListener('change', (e) => setWorkshop(app, (e.target as HTMLInputElement).checked));
  byId('compare-run').addEventListener('click', () => void app.runCompare(byId<HTMLSelectElement>('compare-lower').value, byId<HTMLSelectElement>('compare-upper').value));
  byId('coverage-run').addEventListener('click', () => void app.runCoverage(byId<HTMLSelectElement>('coverage-upper').value));
  byId('coverage-clear').addEventListener('click', () => app.clearCoverage());
  byId('scene-save').addEventListener('click', () => {
    const { deck } = app.state.get();
    const title = byId<HTMLInputElement>('scene-title').value.trim() || `${t(app.lang(), 'workshop.scene', { i: deck.length + 1, n: deck.length + 1 })}`;
    app.state.update({ deck: [...deck, { ...captureScene(app), title }], deckIndex: deck.length });
    byId<HTMLInputElement>('scene-title').value = '';
    app.renderDeck();
    app.scheduleHash();
  });
  byId('scene-clear').addEventListener('click', () => {
    app.state.update({ deck: [], deckIndex: 0 });
    app.renderDeck();
    app.scheduleHash();
  });
  byId('scene-copy').addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(() => app.notify(t(app.lang(), 'workshop.copied')));
  });
  byId('export-png').addEventListener('click', () => void app.export('png', Number(byId<HTMLSelectElement>('png-scale').value)));
  byId('export-svg').addEventListener('click', () => void app.export('svg'));
  byId('export-json').addEventListener('click', () => void app.export('json'));
  byId('token-save').addEventListener('click', () => {
    tokenStore.set(byId<HTMLTextAreaElement>('token-input').value.trim() || null);
    byId<HTMLTextAreaElement>('token-input').value = '';
    signinStatus(app, tokenStore.get());
    const selected = app.state.get().selected;
    if (selected) void app.select(selected);
  });
  byId('token-clear').addEventListener('click', () => {
    tokenStore.set(null);
    signinStatus(app, null);
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const { deckIndex, deck } = app.state.get();
    const next = stepIndex(e.key, deckIndex, deck.length);
    if (next === null) return;
    e.preventDefault();
    if (next !== deckIndex) void app.step(next);
  });
  drawFilters(app);
  renderLegend(byId('legend'), app.lang(), false);
}

function drawFilters(app: App): void {
  renderFilters(byId('filters'), app.lang(), app.state.get().scene.filters, (filters) => {
    app.state.update((s) => ({ scene: { ...s.scene, filters } }));
    app.applyFilters();
    drawFilters(app);
    app.scheduleHash();
  });
}

void boot().catch((error: unknown) => {
  document.body.dataset.state = 'error';
  byId('state').textContent = `viewer: ${(error as Error).message}`;
});

/**
 * Entry of the viewer page: loads the web font, creates the graph view and the controller, wires the controls,
 * reads the shared scene from the URL hash, and loads the data.
 */
import { App } from './app.ts';
import { setWorkshop } from './run-scenes.ts';
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
  // Assigned once below, after the view: the view's callbacks (created first) reach the app through this binding.
  let app: App;
  byId('cy').addEventListener('mouseleave', () => (tooltip.hidden = true));
  const view = createGraphView(byId('cy'), {
    onSelect: (d) => {
      tooltip.hidden = true;
      void app.select(d);
    },
    onHover: (d, x, y) => {
      tooltip.hidden = !d?.fullLabel;
      if (d?.fullLabel) {
        tooltip.textContent = d.fullLabel;
        tooltip.style.left = `${x + 14}px`;
        tooltip.style.top = `${y + 14}px`;
      }
    },
  });
  app = new App(view, api, tokenStore);
  app.scene = { ...defaultScene(), lang };
  if (__POLICYGRAPH_TEST__) Object.assign(window, { cy: view.cy, pgApp: app });

  wireControls(app, tokenStore);
  app.setLang(lang);
  if (hashError) app.notify(hashError, true);
  view.cy.on('viewport', () => app.scheduleHash());

  if (shared) {
    app.deck = shared.deck;
    app.deckIndex = shared.index;
    await app.applyScene(shared.scene);
  } else {
    await app.loadOverview();
  }
  signinStatus(app, tokenStore.get());
}

function signinStatus(app: App, token: string | null): void {
  const user = tokenUser(token);
  byId('signin-status').textContent = user ? `${t(app.lang, 'curate.signedIn')}${user}` : t(app.lang, 'curate.needToken');
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
    app.setLang(app.lang === 'zh' ? 'en' : 'zh');
    drawFilters(app);
    signinStatus(app, tokenStore.get());
    if (app.selected) void app.select(app.selected);
    app.scheduleHash();
  });
  byId<HTMLInputElement>('workshop-toggle').addEventListener('change', (e) => setWorkshop(app, (e.target as HTMLInputElement).checked));
  byId('compare-run').addEventListener('click', () => void app.runCompare(byId<HTMLSelectElement>('compare-lower').value, byId<HTMLSelectElement>('compare-upper').value));
  byId('coverage-run').addEventListener('click', () => void app.runCoverage(byId<HTMLSelectElement>('coverage-upper').value));
  byId('coverage-clear').addEventListener('click', () => app.clearCoverage());
  byId('scene-save').addEventListener('click', () => {
    const title = byId<HTMLInputElement>('scene-title').value.trim() || `${t(app.lang, 'workshop.scene', { i: app.deck.length + 1, n: app.deck.length + 1 })}`;
    app.deck = [...app.deck, { ...app.captureScene(), title }];
    app.deckIndex = app.deck.length - 1;
    byId<HTMLInputElement>('scene-title').value = '';
    app.renderDeck();
    app.scheduleHash();
  });
  byId('scene-clear').addEventListener('click', () => {
    app.deck = [];
    app.deckIndex = 0;
    app.renderDeck();
    app.scheduleHash();
  });
  byId('scene-copy').addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(() => app.notify(t(app.lang, 'workshop.copied')));
  });
  byId('export-png').addEventListener('click', () => void app.export('png', Number(byId<HTMLSelectElement>('png-scale').value)));
  byId('export-svg').addEventListener('click', () => void app.export('svg'));
  byId('export-json').addEventListener('click', () => void app.export('json'));
  byId('token-save').addEventListener('click', () => {
    tokenStore.set(byId<HTMLTextAreaElement>('token-input').value.trim() || null);
    byId<HTMLTextAreaElement>('token-input').value = '';
    signinStatus(app, tokenStore.get());
    if (app.selected) void app.select(app.selected);
  });
  byId('token-clear').addEventListener('click', () => {
    tokenStore.set(null);
    signinStatus(app, null);
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const next = stepIndex(e.key, app.deckIndex, app.deck.length);
    if (next === null) return;
    e.preventDefault();
    if (next !== app.deckIndex) void app.step(next);
  });
  drawFilters(app);
  renderLegend(byId('legend'), app.lang, false);
}

function drawFilters(app: App): void {
  renderFilters(byId('filters'), app.lang, app.scene.filters, (filters) => {
    app.scene.filters = filters;
    app.applyFilters();
    drawFilters(app);
    app.scheduleHash();
  });
}

void boot().catch((error: unknown) => {
  document.body.dataset.state = 'error';
  byId('state').textContent = `viewer: ${(error as Error).message}`;
});

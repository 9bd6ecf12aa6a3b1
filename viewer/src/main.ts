/**
 * Entry of the viewer page: loads the web font, creates the graph view and the controller, wires the controls,
 * reads the shared scene from the URL hash, and loads the data.
 */
import { App } from './app.ts';
import { captureScene, setWorkshop } from './run-scenes.ts';
import { createViewState } from './view-state.ts';
import { createClient, resolveEndpoint } from './api-client.ts';
import { byId, h, showPanel, showTab } from './dom.ts';
import { createGraphView } from './graph-view.ts';
import { applyLanguage, t } from './i18n.ts';
import { loadWebFont } from './load-fonts.ts';
import { renderFilters } from './render-filters.ts';
import { renderLegend } from './render-legend.ts';
import { decodeHash, defaultScene, stepIndex, type HashState } from './scene.ts';
import { explainError } from './explain-error.ts';
import { readableZoom } from './graph-style.ts';
import { today } from './export-view.ts';
import { checkToken, type TokenCheck } from './check-token.ts';

const TOKEN_KEY = 'policygraph.token';

async function boot(): Promise<void> {
  let shared: HashState | null = null;
  let hashError: unknown = null;
  try {
    shared = decodeHash(location.hash);
  } catch (error) {
    hashError = error;
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
  // ?timeout=ms shortens the request time limit (tests of a hanging server); 15 s otherwise.
  const timeoutMs = Number(new URLSearchParams(location.search).get('timeout')) || 15_000;
  const api = createClient(resolveEndpoint(location.search, import.meta.env.VITE_GRAPHQL_URL), tokenStore.get, {
    timeoutMs,
  });
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
    onViewport: (zoom) => {
      app?.scheduleHash();
      app?.onZoom(zoom);
    },
    onResize: () => app?.onResize(),
  });
  // The legend is as tall as its rows: the canvas ends where the legend begins, so no row is ever cut off.
  new ResizeObserver(() =>
    byId('graph-wrap').style.setProperty('--legend-h', `${byId('legend-box').offsetHeight}px`),
  ).observe(byId('legend-box'));
  // ?overviewMax=n draws more than n documents as groups (the default suits a projector and a laptop alike).
  const overviewMax = Number(new URLSearchParams(location.search).get('overviewMax')) || undefined;
  const page = new App(state, view, api, tokenStore, overviewMax);
  app = page;
  if (__POLICYGRAPH_TEST__) Object.assign(window, { pgApp: page });

  wireControls(page, tokenStore);
  page.setLang(lang);
  if (hashError) page.notify(explainError(lang, hashError), true);

  if (shared) {
    state.update({ deck: shared.deck, deckIndex: shared.index });
    await page.applyScene(shared.scene);
  } else {
    await page.loadOverview();
  }
  drawFilters(page);
  signinStatus(page, tokenStore.get());
}

function signinStatus(app: App, token: string | null): void {
  const check: TokenCheck | null = token ? checkToken(token, Date.now()) : null;
  const lang = app.lang();
  const status = byId('signin-status');
  status.dataset.signedIn = String(!!check?.ok);
  if (!check?.ok) {
    status.textContent = t(lang, 'curate.needToken');
    return;
  }
  const roles = check.roles.length ? check.roles.join('、') : '—';
  status.textContent = `${t(lang, 'curate.signedIn')}${check.user} · ${t(lang, 'curate.roles', { roles })}${check.roles.includes('curator') ? '' : ` · ${t(lang, 'curate.noRole')}`}`;
}

/** The sentence for a token that cannot be saved. */
function tokenProblem(lang: 'zh' | 'en', check: TokenCheck): string {
  if (check.ok) return '';
  return check.problem === 'expired'
    ? t(lang, 'curate.expired', { date: check.expiredOn ?? '' })
    : t(lang, 'curate.invalidToken');
}

function wireControls(app: App, tokenStore: { get: () => string | null; set: (v: string | null) => void }): void {
  document
    .querySelectorAll<HTMLButtonElement>('.tabs [data-tab]')
    .forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab!)));
  byId('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const phrase = byId<HTMLInputElement>('search-input').value.trim();
    if (phrase) void app.search(phrase);
  });
  document.addEventListener('click', (e) => {
    if (!byId('search-form').contains(e.target as Node)) byId('search-results').hidden = true;
  });
  // Fit never zooms out below readable labels: a larger graph shows its top-left part, and you pan.
  byId('btn-fit').addEventListener('click', () => app.view.fitReadable(readableZoom(app.state.get().scene.workshop)));
  byId('btn-undo').addEventListener('click', () => void app.undo());
  byId('btn-panel').addEventListener('click', () => showPanel(!document.body.classList.contains('panel-open')));
  byId('legend-toggle').addEventListener('click', () => {
    const open = document.body.classList.toggle('legend-open');
    byId('legend-toggle').setAttribute('aria-expanded', String(open));
  });
  byId('btn-lang').addEventListener('click', () => {
    app.setLang(app.lang() === 'zh' ? 'en' : 'zh');
    drawFilters(app);
    signinStatus(app, tokenStore.get());
    app.scheduleHash();
  });
  byId<HTMLInputElement>('workshop-toggle').addEventListener('change', (e) =>
    setWorkshop(app, (e.target as HTMLInputElement).checked),
  );
  byId('compare-run').addEventListener(
    'click',
    () =>
      void app.runCompare(
        byId<HTMLSelectElement>('compare-lower').value,
        byId<HTMLSelectElement>('compare-upper').value,
      ),
  );
  byId('coverage-run').addEventListener(
    'click',
    () =>
      void app.runCoverage(
        byId<HTMLSelectElement>('coverage-upper').value,
        byId<HTMLSelectElement>('coverage-lower').value || undefined,
      ),
  );
  byId('coverage-clear').addEventListener('click', () => app.clearCoverage());
  byId('scene-save').addEventListener('click', () => {
    const { deck } = app.state.get();
    const title =
      byId<HTMLInputElement>('scene-title').value.trim() ||
      `${t(app.lang(), 'workshop.scene', { i: deck.length + 1, n: deck.length + 1 })}`;
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
  byId('export-png').addEventListener(
    'click',
    () => void app.export('png', Number(byId<HTMLSelectElement>('png-scale').value)),
  );
  byId('export-svg').addEventListener('click', () => void app.export('svg'));
  byId('export-json').addEventListener('click', () => void app.export('json'));
  byId('token-save').addEventListener('click', () => {
    const raw = byId<HTMLTextAreaElement>('token-input').value.trim();
    const error = byId('token-error');
    // A token is checked before it is kept: shape, expiry; its user and roles are shown once saved.
    const check = checkToken(raw, Date.now());
    if (!check.ok) {
      error.textContent = tokenProblem(app.lang(), check);
      error.hidden = false;
      return;
    }
    error.hidden = true;
    tokenStore.set(raw);
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
    if (e.key === 'Escape') {
      // Escape clears: search hits, the comparison overlay, then the selection and highlight.
      byId('search-results').hidden = true;
      if (app.state.get().comparison) app.closeCompare();
      else app.clearAll();
      return;
    }
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
  const { scene, facets } = app.state.get();
  renderFilters(
    byId('filters'),
    app.lang(),
    scene.filters,
    facets,
    (filters, change) => {
      app.state.update((s) => ({ scene: { ...s.scene, filters } }));
      if (change === 'overview') void app.loadOverview().then(() => drawFilters(app));
      else app.applyFilters();
      drawFilters(app);
      app.scheduleHash();
    },
    today(),
  );
}

void boot().catch((error: unknown) => {
  document.body.dataset.state = 'error';
  byId('state').textContent = `viewer: ${(error as Error).message}`;
});

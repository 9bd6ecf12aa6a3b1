/**
 * Scenes: capture the view, redraw a saved one, the workshop deck and its counter, language and workshop style.
 */
import type { App } from './app.ts';
import { byId, fill, h } from './dom.ts';
import { applyLanguage, t, type Lang, type TextKey } from './i18n.ts';
import { renderLegend } from './render-legend.ts';
import type { Scene } from './scene.ts';

/** The scene as it stands now. */
export function captureScene(app: App): Scene {
  return {
    ...app.scene,
    load: app.loadedAll ? 'all' : Object.keys(app.store.policies).sort(),
    focus: app.lineage?.startId,
    coverage: app.coverage?.upper.id,
    compare: app.scene.compare,
    viewport: app.view.viewport(),
    filters: { ...app.scene.filters },
  };
}

/** Redraws a saved scene: data, filters, language, workshop style, focus, coverage, comparison, viewport. */
export async function applyScene(app: App, scene: Scene): Promise<void> {
  app.scene = { ...scene, filters: { ...scene.filters }, highlights: [...scene.highlights] };
  setWorkshop(app, scene.workshop);
  app.setLang(scene.lang);
  if (scene.load === 'all') {
    if (!app.loadedAll) await app.loadOverview();
  } else await app.loadPolicies(scene.load).catch((e: unknown) => app.notify(app.errorText(e), true));
  await app.render();
  if (scene.focus) await app.focusArticle(scene.focus);
  else app.clearLineage();
  app.scene.highlights = [...scene.highlights];
  app.applyHighlight();
  if (scene.coverage) await app.runCoverage(scene.coverage);
  else app.clearCoverage();
  if (scene.compare) await app.runCompare(scene.compare.lower, scene.compare.upper);
  else app.closeCompare();
  if (scene.viewport) app.view.setViewport(scene.viewport);
  app.renderDeck();
  app.scheduleHash();
}

/** Switches the interface language. */
export function setLang(app: App, lang: Lang): void {
  app.scene.lang = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  applyLanguage(document, lang);
  renderLegend(byId('legend'), lang, !!app.coverage);
  app.view.cy.nodes('.lane').forEach((n) => {
    n.data('label', t(lang, `lane.${n.data('tier')}` as TextKey));
  });
  app.fillPolicySelects();
  app.renderDeck();
}

/** Lists the deck and shows the scene counter. */
export function renderDeck(app: App): void {
  fill(byId('scene-list'), 
    ...app.deck.map((s, i) => h('li', { class: i === app.deckIndex ? 'current' : '', onclick: () => void app.step(i) }, s.title || `${i + 1}`)),
  );
  const indicator = byId('scene-indicator');
  indicator.hidden = app.deck.length === 0;
  indicator.textContent = t(app.lang, 'workshop.scene', { i: app.deckIndex + 1, n: app.deck.length });
  indicator.dataset.index = String(app.deckIndex);
}

/** Goes to scene `index` of the deck. */
export async function stepTo(app: App, index: number): Promise<void> {
  const scene = app.deck[index];
  if (!scene) return;
  app.deckIndex = index;
  await app.applyScene(scene);
}

/** Turns workshop mode on or off (page style and graph style). */
export function setWorkshop(app: App, on: boolean): void {
  app.scene.workshop = on;
  document.body.classList.toggle('workshop', on);
  byId<HTMLInputElement>('workshop-toggle').checked = on;
  app.view.setWorkshop(on);
  app.scheduleHash();
}

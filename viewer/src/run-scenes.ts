/**
 * Scenes: capture the view, redraw a saved one, the workshop deck and its counter, language and workshop style.
 */
import type { Page } from './page-context.ts';
import { laneLabelText } from './build-elements.ts';
import { byId, fill, h } from './dom.ts';
import { applyLanguage, t, type Lang, type TextKey } from './i18n.ts';
import { renderLegend } from './render-legend.ts';
import type { Scene } from './scene.ts';

/** The scene as it stands now. */
export function captureScene(app: Pick<Page, 'state' | 'view'>): Scene {
  const s = app.state.get();
  return {
    ...s.scene,
    load: s.loadedAll ? 'all' : Object.keys(s.store.policies).sort(),
    focus: s.lineage?.startId,
    coverage: s.coverage?.upper.id,
    compare: s.scene.compare,
    viewport: app.view.viewport(),
    filters: { ...s.scene.filters },
  };
}

/** What redrawing a scene needs of the page. */
type SceneActions = Pick<
  Page,
  | 'state'
  | 'view'
  | 'notify'
  | 'errorText'
  | 'scheduleHash'
  | 'setLang'
  | 'loadOverview'
  | 'loadPolicies'
  | 'render'
  | 'focusArticle'
  | 'clearLineage'
  | 'applyHighlight'
  | 'runCoverage'
  | 'clearCoverage'
  | 'runCompare'
  | 'closeCompare'
  | 'renderDeck'
>;

/** Redraws a saved scene: data, filters, language, workshop style, focus, coverage, comparison, viewport. */
export async function applyScene(app: SceneActions, scene: Scene): Promise<void> {
  app.state.update({ scene: { ...scene, filters: { ...scene.filters }, highlights: [...scene.highlights] } });
  setWorkshop(app, scene.workshop);
  app.setLang(scene.lang);
  if (scene.load === 'all') {
    if (!app.state.get().loadedAll) await app.loadOverview();
  } else await app.loadPolicies(scene.load).catch((e: unknown) => app.notify(app.errorText(e), true));
  await app.render();
  if (scene.focus) await app.focusArticle(scene.focus);
  else app.clearLineage();
  app.state.update((s) => ({ scene: { ...s.scene, highlights: [...scene.highlights] } }));
  app.applyHighlight();
  if (scene.coverage) await app.runCoverage(scene.coverage, scene.coverageLower);
  else app.clearCoverage();
  if (scene.compare) await app.runCompare(scene.compare.lower, scene.compare.upper);
  else app.closeCompare();
  if (scene.viewport) app.view.setViewport(scene.viewport);
  app.renderDeck();
  app.scheduleHash();
}

/** Switches the interface language. */
export function setLang(app: Pick<Page, 'state' | 'view' | 'fillPolicySelects' | 'renderDeck'>, lang: Lang): void {
  app.state.update((s) => ({ scene: { ...s.scene, lang } }));
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  applyLanguage(document, lang);
  // On a projector the hint is cut to one line; its title keeps the whole text.
  const hint = byId('hint');
  hint.title = hint.textContent ?? '';
  renderLegend(byId('legend'), lang, !!app.state.get().coverage);
  app.view.relabelLanes((lane) => laneLabelText(t(lang, `lane.${lane}` as TextKey)));
  app.fillPolicySelects();
  app.renderDeck();
}

/** Lists the deck and shows the scene counter. */
export function renderDeck(app: Pick<Page, 'state' | 'lang'>, step: (index: number) => void): void {
  const { deck, deckIndex } = app.state.get();
  fill(
    byId('scene-list'),
    ...deck.map((s, i) =>
      h('li', { class: i === deckIndex ? 'current' : '', onclick: () => step(i) }, s.title || `${i + 1}`),
    ),
  );
  const indicator = byId('scene-indicator');
  indicator.hidden = deck.length === 0;
  indicator.textContent = t(app.lang(), 'workshop.scene', { i: deckIndex + 1, n: deck.length });
  indicator.dataset.index = String(deckIndex);
}

/** Goes to scene `index` of the deck. */
export async function stepTo(app: SceneActions, index: number): Promise<void> {
  const scene = app.state.get().deck[index];
  if (!scene) return;
  app.state.update({ deckIndex: index });
  await applyScene(app, scene);
}

/** Turns workshop mode on or off (page style and graph style). */
export function setWorkshop(app: Pick<Page, 'state' | 'view' | 'scheduleHash'>, on: boolean): void {
  app.state.update((s) => ({ scene: { ...s.scene, workshop: on } }));
  document.body.classList.toggle('workshop', on);
  byId<HTMLInputElement>('workshop-toggle').checked = on;
  app.view.setWorkshop(on);
  app.scheduleHash();
}

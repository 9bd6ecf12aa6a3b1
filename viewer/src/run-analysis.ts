/**
 * The analyses run from the side panel: the comparison table (对照表) of two documents with its CSV, and coverage
 * colours of an upper document; plus the document pickers they use. Each takes only the part of the page it uses.
 */
import type { Comparison, Coverage, ProvisionChangeData } from './api-types.ts';
import type { Page } from './page-context.ts';
import { articleNodeId } from './build-elements.ts';
import { coverageRowColor, scopeCoverage } from './color-coverage.ts';
import { byId, fill, h, showTab } from './dom.ts';
import { download, exportFileName, today } from './export-view.ts';
import type { StoredPolicy } from './graph-store.ts';
import { t, type TextKey } from './i18n.ts';
import * as Q from './queries.ts';
import { foldWeakPairs } from './fold-weak-pairs.ts';
import { documentName, nameSides, sharedTitles } from './name-document.ts';
import { renderCompare } from './render-compare.ts';
import { renderLegend } from './render-legend.ts';
import { summarizeCoverage } from './summarize-coverage.ts';
import { buildCompareRows, writeCompareCsv } from './write-csv.ts';

/** Runs the comparison and opens the two-column view. */
export async function runCompare(
  app: Pick<
    Page,
    'api' | 'state' | 'lang' | 'notify' | 'errorText' | 'scheduleHash' | 'closeCompare' | 'applyCoverage'
  >,
  lower: string,
  upper: string,
): Promise<void> {
  const button = document.getElementById('compare-run') as HTMLButtonElement | null;
  button?.classList.add('busy');
  if (button) button.disabled = true;
  try {
    const data = await app.api<{ compare: Comparison }>(Q.COMPARE_QUERY, { lower, upper });
    // A new comparison starts without the weak candidates, whatever the last one showed.
    app.state.update((s) => ({
      comparison: data.compare,
      weakPairsShown: false,
      comparedAnyway: {},
      scene: { ...s.scene, compare: { lower, upper } },
    }));
    // The comparison covers the graph: its coverage colours go until the comparison closes.
    app.applyCoverage();
    showCompare(app);
    // A new comparison opens at its top, not where the last one was scrolled to.
    byId('compare-view').scrollTop = 0;
    app.scheduleHash();
  } catch (error) {
    app.notify(app.errorText(error), true);
  } finally {
    button?.classList.remove('busy');
    if (button) button.disabled = false;
  }
}

/**
 * The comparison as the table shows it: with the engine's weak candidates or without (then how many), its two
 * documents named apart from other versions of the same title.
 */
function shownComparison(app: Pick<Page, 'state' | 'lang'>): { comparison: Comparison; hidden: number } {
  const { comparison, weakPairsShown, store } = app.state.get();
  const named = nameSides(
    app.lang(),
    comparison!,
    sharedTitles([...Object.values(store.policies), comparison!.lower, comparison!.upper]),
  );
  return weakPairsShown ? { comparison: named, hidden: 0 } : foldWeakPairs(named);
}

/** What compareAnyway asks the server, once per comparison: every pair's changes, by pair id. */
const changesAnyway = new WeakMap<Comparison, Promise<Record<string, ProvisionChangeData[]>>>();

/**
 * Compares pair `pairId` of the comparison in view although it scores too low to be compared by default, and draws
 * the table again with its changes. The first such request asks for every pair's changes (one request however many
 * pairs the user then opens).
 */
async function compareAnyway(
  app: Pick<Page, 'api' | 'state' | 'lang' | 'notify' | 'errorText' | 'closeCompare'>,
  pairId: string,
): Promise<void> {
  const comparison = app.state.get().comparison;
  if (!comparison) return;
  let answer = changesAnyway.get(comparison);
  if (!answer) {
    const { lower, upper } = comparison;
    answer = app
      .api<{ compare: { pairs: { id: string; changes: ProvisionChangeData[] | null }[] } }>(Q.COMPARE_ANYWAY_QUERY, {
        lower: lower.id,
        upper: upper.id,
      })
      .then((data) => Object.fromEntries(data.compare.pairs.map((p) => [p.id, p.changes ?? []])));
    changesAnyway.set(comparison, answer);
    // A failed request is asked again on the next click.
    answer.catch(() => changesAnyway.delete(comparison));
  }
  try {
    const changes = (await answer)[pairId] ?? [];
    // Still the comparison the user asked in (another one may have been opened meanwhile).
    if (app.state.get().comparison !== comparison) return;
    app.state.update((s) => ({ comparedAnyway: { ...s.comparedAnyway, [pairId]: changes } }));
    showCompare(app);
  } catch (error) {
    app.notify(app.errorText(error), true);
  }
}

/** Draws the comparison in view; its button shows or hides the weak candidates and draws it again. */
function showCompare(app: Pick<Page, 'api' | 'state' | 'lang' | 'notify' | 'errorText' | 'closeCompare'>): void {
  const { comparison, hidden } = shownComparison(app);
  const { weakPairsShown, comparedAnyway } = app.state.get();
  renderCompare(
    byId('compare-view'),
    app.lang(),
    comparison,
    () => downloadCsv(app),
    () => app.closeCompare(),
    {
      hidden,
      shown: weakPairsShown,
      onToggle: () => {
        app.state.update({ weakPairsShown: !weakPairsShown });
        showCompare(app);
      },
    },
    { changes: comparedAnyway, onAsk: (pairId) => compareAnyway(app, pairId) },
  );
}

/** The comparison table as CSV text (BOM first): the rows in view, weak candidates only when shown. */
export function compareCsv(app: Pick<Page, 'state' | 'lang'>): string {
  const c = shownComparison(app).comparison;
  return writeCompareCsv(c, buildCompareRows(c, app.state.get().comparedAnyway), app.lang(), today());
}

/** The CSV's file name: which lower document against which upper one, and the date. */
export function compareFileName(app: Pick<Page, 'state' | 'lang'>): string {
  const c = shownComparison(app).comparison;
  const name = (p: { docNumber?: string | null; title: string }) => p.docNumber || p.title;
  return exportFileName([t(app.lang(), 'panel.compare'), name(c.lower), '—', name(c.upper)], today(), 'csv');
}

function downloadCsv(app: Pick<Page, 'state' | 'lang'>): void {
  if (!app.state.get().comparison) return;
  download(new Blob([compareCsv(app)], { type: 'text/csv;charset=utf-8' }), compareFileName(app));
}

/** Hides the comparison view. */
export function closeCompare(app: Pick<Page, 'state' | 'scheduleHash' | 'applyCoverage'>): void {
  app.state.update((s) => ({ comparison: null, scene: { ...s.scene, compare: undefined } }));
  app.applyCoverage();
  byId('compare-view').hidden = true;
  app.scheduleHash();
}

/** Node id → colour of the coverage in view, scoped to its lower document when one was chosen. */
export function coverageNodeColors(app: Pick<Page, 'state'>, coverage: Coverage): Record<string, string> {
  const lower = app.state.get().scene.coverageLower;
  const rows = scopeCoverage(coverage.rows, lower);
  return Object.fromEntries(rows.map((r) => [articleNodeId(r.article.id), coverageRowColor(r, !!lower)]));
}

/**
 * Colours the articles of an upper document by how many lower documents carry them, or, with `lower`, whether that
 * one lower document does. The comparison view is closed first: coverage colours a graph that can be seen.
 */
export async function runCoverage(
  app: Pick<
    Page,
    | 'api'
    | 'state'
    | 'view'
    | 'lang'
    | 'notify'
    | 'errorText'
    | 'scheduleHash'
    | 'loadPolicies'
    | 'closeCompare'
    | 'applyCoverage'
    | 'focusArticle'
  >,
  upper: string,
  lower?: string,
): Promise<void> {
  const result = byId('coverage-result');
  fill(result, h('p', { class: 'note', 'data-busy': 'true' }, t(app.lang(), 'state.busy')));
  try {
    await app.loadPolicies([upper]);
    const data = await app.api<{ coverage: Coverage }>(Q.COVERAGE_QUERY, { upper });
    if (app.state.get().comparison) app.closeCompare();
    app.state.update((s) => ({
      coverage: data.coverage,
      scene: { ...s.scene, coverage: upper, coverageLower: lower || undefined },
    }));
    app.applyCoverage();
    renderLegend(byId('legend'), app.lang(), true);
    showTab('coverage');
    showCoverage(app, data.coverage);
    app.scheduleHash();
  } catch (error) {
    // The error stands until the next answer: a language switch does not bring the last coverage back over it.
    result.dataset.error = 'true';
    fill(result, h('p', { class: 'error-note', role: 'alert' }, app.errorText(error)));
  }
}

/** Lists the coverage in view, scoped to its lower document when one was chosen: each row traces its article. */
function showCoverage(app: Pick<Page, 'state' | 'lang' | 'focusArticle'>, coverage: Coverage): void {
  const { scene, store } = app.state.get();
  const lower = scene.coverageLower;
  const rows = scopeCoverage(coverage.rows, lower);
  const lowerPolicy = lower ? store.policies[lower] : undefined;
  // Formal provisions (when the text takes effect, who interprets it) are counted neither way.
  const { carried, counted, lowerDocuments } = summarizeCoverage(rows);
  const lang = app.lang();
  const result = byId('coverage-result');
  delete result.dataset.error;
  fill(
    result,
    // The summary says whom it speaks of: the one lower document chosen, or all of them.
    h(
      'p',
      { class: 'coverage-summary', 'data-scope': lower ? 'one' : 'all' },
      lower
        ? t(lang, 'coverage.summary', {
            lower: lowerPolicy ? documentName(lang, lowerPolicy, sharedTitles(Object.values(store.policies))) : lower,
            n: carried,
            total: counted,
          })
        : t(lang, 'coverage.summaryAll', { n: carried, total: counted, documents: lowerDocuments }),
    ),
    ...rows.map((r) =>
      h(
        'button',
        {
          type: 'button',
          class: 'coverage-row',
          'data-count': r.lowerDocumentCount,
          'data-article': r.article.id,
          ...(r.formal ? { 'data-formal': r.formal } : {}),
          onclick: () => void app.focusArticle(r.article.id),
        },
        h(
          'b',
          {},
          r.formal
            ? t(app.lang(), 'coverage.formalShort')
            : lower
              ? t(app.lang(), r.lowerDocumentCount > 0 ? 'coverage.carried' : 'coverage.notCarried')
              : String(r.lowerDocumentCount),
        ),
        ` ${r.article.label ?? ''}${r.article.heading ?? ''}`,
      ),
    ),
  );
}

/** Draws the comparison and the coverage list in view again, in the interface language now (a language switch). */
export function redrawAnalysis(
  app: Pick<Page, 'api' | 'state' | 'lang' | 'notify' | 'errorText' | 'closeCompare' | 'focusArticle'>,
): void {
  const { comparison, coverage } = app.state.get();
  if (comparison) showCompare(app);
  if (coverage && byId('coverage-result').dataset.error !== 'true') showCoverage(app, coverage);
}

/** Removes the coverage colours. */
export function clearCoverage(app: Pick<Page, 'state' | 'view' | 'lang' | 'scheduleHash'>): void {
  app.state.update((s) => ({ coverage: null, scene: { ...s.scene, coverage: undefined, coverageLower: undefined } }));
  app.view.setCoverage({});
  renderLegend(byId('legend'), app.lang(), false);
  fill(byId('coverage-result'));
  app.scheduleHash();
}

/**
 * How much each document is an upper document of the view: documents implementing or based on it weigh most (the
 * 贯彻落实 chain), then article alignments into it. A plan that many articles merely resemble ranks below the opinions
 * they implement.
 */
function alignedInto(
  policies: StoredPolicy[],
  relations: { relation: string; targetId: string; weight?: number }[],
): Map<string, number> {
  const into = new Map<string, number>(policies.map((p) => [p.id, 0]));
  for (const r of relations) {
    const weight =
      r.relation === 'implements' || r.relation === 'basedOn' ? 1000 : r.relation === 'aligns' ? (r.weight ?? 1) : 0;
    into.set(r.targetId, (into.get(r.targetId) ?? 0) + weight);
  }
  return into;
}

/** Fills the compare and coverage document pickers with the documents that have articles. */
export function fillPolicySelects(app: Pick<Page, 'state' | 'lang'>): void {
  const { store, comparison } = app.state.get();
  const full = Object.values(store.policies)
    .filter((p) => p.status !== 'cited' && (p.articleIds.length > 0 || (p.articleCount ?? 0) > 0))
    .sort((a, b) => `${a.tier}${a.title}`.localeCompare(`${b.tier}${b.title}`));
  const into = alignedInto(full, Object.values(store.relations));
  // The sensible default upper document for coverage: the one most articles of the view align to.
  const mostAligned = (tier: string) =>
    full
      .filter((p) => p.tier === tier && p.kind !== 'interpretation')
      .sort((a, b) => (into.get(b.id) ?? 0) - (into.get(a.id) ?? 0))[0];
  const lang = app.lang();
  // Versions of one statute share a title: each is named with its date, a version no longer in force says so.
  const shared = sharedTitles(Object.values(store.policies));
  for (const id of ['compare-lower', 'compare-upper', 'coverage-upper', 'coverage-lower']) {
    const select = byId<HTMLSelectElement>(id);
    const value = select.value;
    const options = full.map((p) =>
      h(
        'option',
        { value: p.id },
        `${t(lang, `lane.${p.tier ?? 'unknown'}` as TextKey)} · ${documentName(lang, p, shared)}`,
      ),
    );
    select.replaceChildren(
      ...(id === 'coverage-lower' ? [h('option', { value: '' }, t(lang, 'coverage.allLower')), ...options] : options),
    );
    if (value !== '' && full.some((p) => p.id === value)) select.value = value;
    else if (id === 'coverage-upper') {
      const pick = comparison?.upper.id ?? mostAligned('national')?.id;
      if (pick) select.value = pick;
    } else if (id === 'coverage-lower') {
      // Coverage speaks of all lower documents unless the user narrows it to one.
      select.value = '';
    } else {
      const want = id === 'compare-lower' ? 'municipal' : 'provincial';
      const pick = full.find((p) => p.tier === want && p.kind !== 'interpretation');
      if (pick) select.value = pick.id;
    }
    showChosen(select);
  }
}

/**
 * The chosen document's whole name under its picker: the side panel cuts a closed picker's text, and with it the
 * date that tells two versions of a statute apart (上海市科学技术进步条例（2010-09-17，已被替代）).
 */
function showChosen(select: HTMLSelectElement): void {
  let chosen = document.getElementById(`${select.id}-chosen`);
  if (!chosen) {
    chosen = h('small', { id: `${select.id}-chosen`, class: 'chosen-name' });
    select.after(chosen);
    select.addEventListener('change', () => showChosen(select));
  }
  chosen.textContent = select.selectedOptions[0]?.textContent ?? '';
}

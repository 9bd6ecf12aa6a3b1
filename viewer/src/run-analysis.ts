/**
 * The analyses run from the side panel: the comparison table (对照表) of two documents with its CSV, and coverage
 * colours of an upper document; plus the document pickers they use. Each takes only the part of the page it uses.
 */
import type { Comparison, Coverage } from './api-types.ts';
import type { Page } from './page-context.ts';
import { articleNodeId } from './build-elements.ts';
import { coverageColors } from './color-coverage.ts';
import { byId, fill, h, showTab } from './dom.ts';
import { download } from './export-view.ts';
import { t, type TextKey } from './i18n.ts';
import * as Q from './queries.ts';
import { renderCompare } from './render-compare.ts';
import { renderLegend } from './render-legend.ts';
import { buildCompareRows, writeCompareCsv } from './write-csv.ts';

/** Runs the comparison and opens the two-column view. */
export async function runCompare(app: Pick<Page, 'api' | 'state' | 'lang' | 'notify' | 'errorText' | 'scheduleHash' | 'closeCompare'>, lower: string, upper: string): Promise<void> {
  try {
    const data = await app.api<{ compare: Comparison }>(Q.COMPARE_QUERY, { lower, upper });
    app.state.update((s) => ({ comparison: data.compare, scene: { ...s.scene, compare: { lower, upper } } }));
    renderCompare(byId('compare-view'), app.lang(), data.compare, () => downloadCsv(app), () => app.closeCompare());
    app.scheduleHash();
  } catch (error) {
    app.notify(app.errorText(error), true);
  }
}

/** The comparison table as CSV text (BOM first). */
export function compareCsv(app: Pick<Page, 'state' | 'lang'>): string {
  const c = app.state.get().comparison!;
  return writeCompareCsv(c, buildCompareRows(c), app.lang(), t(app.lang(), 'compare.unmatched'));
}

function downloadCsv(app: Pick<Page, 'state' | 'lang'>): void {
  if (!app.state.get().comparison) return;
  download(new Blob([compareCsv(app)], { type: 'text/csv;charset=utf-8' }), 'policygraph-compare.csv');
}

/** Hides the comparison view. */
export function closeCompare(app: Pick<Page, 'state' | 'scheduleHash'>): void {
  app.state.update((s) => ({ comparison: null, scene: { ...s.scene, compare: undefined } }));
  byId('compare-view').hidden = true;
  app.scheduleHash();
}

/** Colours the articles of an upper document by how many lower documents carry them. */
export async function runCoverage(app: Pick<Page, 'api' | 'state' | 'view' | 'lang' | 'notify' | 'errorText' | 'scheduleHash' | 'loadPolicies'>, upper: string): Promise<void> {
  try {
    await app.loadPolicies([upper]);
    const data = await app.api<{ coverage: Coverage }>(Q.COVERAGE_QUERY, { upper });
    app.state.update((s) => ({ coverage: data.coverage, scene: { ...s.scene, coverage: upper } }));
    app.view.setCoverage(coverageColors(data.coverage.rows, articleNodeId));
    renderLegend(byId('legend'), app.lang(), true);
    showTab('coverage');
    fill(byId('coverage-result'), 
      ...data.coverage.rows.map((r) => h('div', { class: 'coverage-row', 'data-count': r.lowerDocumentCount }, h('b', {}, String(r.lowerDocumentCount)), `${r.article.label ?? ''}${r.article.heading ?? ''}`)),
    );
    app.scheduleHash();
  } catch (error) {
    app.notify(app.errorText(error), true);
  }
}

/** Removes the coverage colours. */
export function clearCoverage(app: Pick<Page, 'state' | 'view' | 'lang' | 'scheduleHash'>): void {
  app.state.update((s) => ({ coverage: null, scene: { ...s.scene, coverage: undefined } }));
  app.view.setCoverage({});
  renderLegend(byId('legend'), app.lang(), false);
  fill(byId('coverage-result'), );
  app.scheduleHash();
}

/** Fills the compare and coverage document pickers with the documents that have articles. */
export function fillPolicySelects(app: Pick<Page, 'state' | 'lang'>): void {
  const full = Object.values(app.state.get().store.policies)
    .filter((p) => p.articleIds.length > 0)
    .sort((a, b) => `${a.tier}${a.title}`.localeCompare(`${b.tier}${b.title}`));
  for (const id of ['compare-lower', 'compare-upper', 'coverage-upper']) {
    const select = byId<HTMLSelectElement>(id);
    const value = select.value;
    select.replaceChildren(...full.map((p) => h('option', { value: p.id }, `${t(app.lang(), `lane.${p.tier ?? 'unknown'}` as TextKey)} · ${p.title}`)));
    if (value && full.some((p) => p.id === value)) select.value = value;
    else {
      const want = id === 'compare-lower' ? 'municipal' : id === 'compare-upper' ? 'provincial' : 'national';
      const pick = full.find((p) => p.tier === want && p.kind !== 'interpretation');
      if (pick) select.value = pick.id;
    }
  }
}

/**
 * The analyses run from the side panel: the comparison table (对照表) of two documents with its CSV, and coverage
 * colours of an upper document; plus the document pickers they use. Functions of the page controller.
 */
import type { Comparison, Coverage } from './api-types.ts';
import type { App } from './app.ts';
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
export async function runCompare(app: App, lower: string, upper: string): Promise<void> {
  try {
    const data = await app.api<{ compare: Comparison }>(Q.COMPARE_QUERY, { lower, upper });
    app.comparison = data.compare;
    app.scene.compare = { lower, upper };
    renderCompare(byId('compare-view'), app.lang, data.compare, () => downloadCsv(app), () => app.closeCompare());
    app.scheduleHash();
  } catch (error) {
    app.notify(app.errorText(error), true);
  }
}

/** The comparison table as CSV text (BOM first). */
export function compareCsv(app: App): string {
  const c = app.comparison!;
  return writeCompareCsv(c, buildCompareRows(c), app.lang, t(app.lang, 'compare.unmatched'));
}

function downloadCsv(app: App): void {
  if (!app.comparison) return;
  download(new Blob([app.compareCsv()], { type: 'text/csv;charset=utf-8' }), 'policygraph-compare.csv');
}

/** Hides the comparison view. */
export function closeCompare(app: App): void {
  app.comparison = null;
  app.scene.compare = undefined;
  byId('compare-view').hidden = true;
  app.scheduleHash();
}

/** Colours the articles of an upper document by how many lower documents carry them. */
export async function runCoverage(app: App, upper: string): Promise<void> {
  try {
    await app.loadPolicies([upper]);
    const data = await app.api<{ coverage: Coverage }>(Q.COVERAGE_QUERY, { upper });
    app.coverage = data.coverage;
    app.scene.coverage = upper;
    app.view.setCoverage(coverageColors(data.coverage.rows, articleNodeId));
    renderLegend(byId('legend'), app.lang, true);
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
export function clearCoverage(app: App): void {
  app.coverage = null;
  app.scene.coverage = undefined;
  app.view.setCoverage({});
  renderLegend(byId('legend'), app.lang, false);
  fill(byId('coverage-result'), );
  app.scheduleHash();
}

/** Fills the compare and coverage document pickers with the documents that have articles. */
export function fillPolicySelects(app: App): void {
  const full = Object.values(app.store.policies)
    .filter((p) => p.articleIds.length > 0)
    .sort((a, b) => `${a.tier}${a.title}`.localeCompare(`${b.tier}${b.title}`));
  for (const id of ['compare-lower', 'compare-upper', 'coverage-upper']) {
    const select = byId<HTMLSelectElement>(id);
    const value = select.value;
    select.replaceChildren(...full.map((p) => h('option', { value: p.id }, `${t(app.lang, `lane.${p.tier ?? 'unknown'}` as TextKey)} · ${p.title}`)));
    if (value && full.some((p) => p.id === value)) select.value = value;
    else {
      const want = id === 'compare-lower' ? 'municipal' : id === 'compare-upper' ? 'provincial' : 'national';
      const pick = full.find((p) => p.tier === want && p.kind !== 'interpretation');
      if (pick) select.value = pick.id;
    }
  }
}

/**
 * The legend: tier lanes, document relations, alignment classes (line style) and scores (line width), review
 * status, basis-lost marks, groups, and the coverage ramp while coverage is shown. `legendEntries` is the same
 * legend as data, for the exports.
 */
import { COVERAGE_RAMP, FORMAL_COLOR } from './color-coverage.ts';
import { fill, h } from './dom.ts';
import { ALIGNMENT_CLASSES, BASIS_LOST_COLOR, RELATION_COLORS, STATUS_COLORS, TIER_COLORS } from './graph-style.ts';
import { labelled, t, type Lang, type TextKey } from './i18n.ts';
import type { LegendEntry } from './write-svg.ts';
import { TIER_ORDER } from './api-types.ts';

/** The lanes the legend names: every tier a document can stand in, the county lane and the unknown one included. */
const LEGEND_TIERS = [...TIER_ORDER, 'unknown'];

/** The legend as data (pure). */
export function legendEntries(lang: Lang, showCoverage: boolean): LegendEntry[] {
  return [
    ...LEGEND_TIERS.map((tier) => ({
      kind: 'box' as const,
      color: TIER_COLORS[tier]!.article,
      label: t(lang, `lane.${tier}` as TextKey),
    })),
    ...Object.entries(RELATION_COLORS).map(([relation, color]) => ({
      kind: 'line' as const,
      color,
      dash: relation === 'cites' ? [8, 4] : [],
      label: `${t(lang, 'kind.policy')} → ${t(lang, `relation.${relation}` as TextKey)}`,
    })),
    ...ALIGNMENT_CLASSES.map(({ cls, color, dash }) => ({
      kind: 'line' as const,
      color,
      dash,
      label: `${t(lang, 'kind.article')} → ${t(lang, `class.${cls}` as TextKey)}`,
    })),
    { kind: 'line', color: STATUS_COLORS.confirmed, label: `✓ ${t(lang, 'status.confirmed')}` },
    { kind: 'line', color: STATUS_COLORS.rejected, dash: [8, 4], label: `✗ ${t(lang, 'status.rejected')}` },
    { kind: 'box', color: BASIS_LOST_COLOR, label: t(lang, 'legend.basisLost') },
    ...(showCoverage
      ? COVERAGE_RAMP.map((c, i) => ({
          kind: 'box' as const,
          color: c,
          label: `${t(lang, 'coverage.legend')} ${i}${i === COVERAGE_RAMP.length - 1 ? '+' : ''}`,
        }))
      : []),
    ...(showCoverage ? [{ kind: 'box' as const, color: FORMAL_COLOR, label: t(lang, 'coverage.formal') }] : []),
  ];
}

/** Fills `root` with the legend. */
export function renderLegend(root: HTMLElement, lang: Lang, showCoverage: boolean): void {
  const line = (color: string, style: string, width = 3) =>
    h('span', { class: 'sw', style: `border-top: ${width}px ${style} ${color}` });
  fill(
    root,
    h('b', {}, labelled(lang, t(lang, 'legend.title'))),
    ...LEGEND_TIERS.map((tier) =>
      h(
        'div',
        { class: 'row' },
        h('span', {
          class: 'box',
          style: `background:${TIER_COLORS[tier]!.article};border-color:${TIER_COLORS[tier]!.accent}`,
        }),
        t(lang, `lane.${tier}` as TextKey),
      ),
    ),
    ...Object.entries(RELATION_COLORS).map(([relation, color]) =>
      h(
        'div',
        { class: 'row' },
        line(color, relation === 'cites' ? 'dashed' : 'solid'),
        `${t(lang, 'kind.policy')} → ${t(lang, `relation.${relation}` as TextKey)}`,
      ),
    ),
    ...ALIGNMENT_CLASSES.map(({ cls, color, dash }) =>
      h(
        'div',
        { class: 'row' },
        line(color, dash.length === 0 ? 'solid' : dash[0]! > 4 ? 'dashed' : 'dotted'),
        `${t(lang, 'kind.article')} → ${t(lang, `class.${cls}` as TextKey)}`,
      ),
    ),
    h('div', { class: 'row' }, line('#1c7ed6', 'solid', 1), line('#1c7ed6', 'solid', 6), t(lang, 'legend.width')),
    h(
      'div',
      { class: 'row' },
      line(STATUS_COLORS.confirmed, 'solid'),
      `✓ ${t(lang, 'status.confirmed')}`,
      line(STATUS_COLORS.rejected, 'dashed'),
      `✗ ${t(lang, 'status.rejected')}`,
    ),
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'box', style: `border: 3px double ${BASIS_LOST_COLOR}` }),
      t(lang, 'legend.basisLost'),
    ),
    showCoverage
      ? h(
          'div',
          { class: 'row' },
          t(lang, 'coverage.legend'),
          ...COVERAGE_RAMP.map((c, i) =>
            h(
              'span',
              {},
              h('span', { class: 'box', style: `background:${c}` }),
              ` ${i}${i === COVERAGE_RAMP.length - 1 ? '+' : ''}`,
            ),
          ),
        )
      : null,
    showCoverage
      ? h(
          'div',
          { class: 'row' },
          h('span', { class: 'box', style: `background:${FORMAL_COLOR}` }),
          t(lang, 'coverage.formal'),
        )
      : null,
  );
}

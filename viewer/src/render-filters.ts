/**
 * The filters panel: tiers, node kinds, relations, minimum alignment score, rejected alignments.
 */
import { h } from './dom.ts';
import { t, type Lang, type TextKey } from './i18n.ts';
import type { Filters } from './scene.ts';

/** Fills `root` with controls bound to `filters`; `onChange` gets the new filters. */
export function renderFilters(root: HTMLElement, lang: Lang, filters: Filters, onChange: (f: Filters) => void): void {
  const group = (titleKey: TextKey, field: 'tiers' | 'nodeKinds' | 'relations', values: string[], labelKey: (v: string) => TextKey) =>
    h(
      'fieldset',
      {},
      h('legend', {}, t(lang, titleKey)),
      ...values.map((v) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox', 'data-filter': `${field}:${v}`, checked: filters[field].includes(v),
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              onChange({ ...filters, [field]: on ? [...filters[field], v] : filters[field].filter((x) => x !== v) });
            },
          }),
          ` ${t(lang, labelKey(v))}`,
        ),
      ),
    );
  const score = h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: filters.minScore, 'data-filter': 'minScore' });
  const scoreText = h('span', {}, filters.minScore.toFixed(2));
  score.addEventListener('input', () => (scoreText.textContent = Number(score.value).toFixed(2)));
  score.addEventListener('change', () => onChange({ ...filters, minScore: Number(score.value) }));
  root.replaceChildren(
    group('filters.tiers', 'tiers', ['national', 'provincial', 'municipal', 'county'], (v) => `lane.${v}` as TextKey),
    group('filters.kinds', 'nodeKinds', ['policy', 'article'], (v) => `kind.${v}` as TextKey),
    group('filters.relations', 'relations', ['implements', 'cites', 'interprets', 'basedOn', 'aligns'], (v) => `relation.${v}` as TextKey),
    h('label', {}, h('span', {}, t(lang, 'filters.minScore')), score, ' ', scoreText),
    h('label', {}, h('input', { type: 'checkbox', checked: filters.showRejected, onchange: (e: Event) => onChange({ ...filters, showRejected: (e.target as HTMLInputElement).checked }) }), ` ${t(lang, 'filters.showRejected')}`),
  );
}

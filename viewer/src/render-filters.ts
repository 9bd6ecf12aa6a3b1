/**
 * The filters panel. Drawn filters (applied in the browser to what is in view): tiers, node kinds, relations,
 * minimum alignment score, rejected alignments. Overview filters (asked of the server, the overview reloads):
 * jurisdiction (the place tree), authority level, kind, years, version status, and the time slider — the graph as
 * it stood on a date (documents in force then).
 */
import { h } from './dom.ts';
import { isTextKey, t, type Lang, type TextKey } from './i18n.ts';
import type { OverviewFacets } from './overview-types.ts';
import type { Filters } from './scene.ts';

/** Which kind of change: `drawn` re-filters what is in view, `overview` asks the server again. */
export type FilterChange = 'drawn' | 'overview';

/** Days from 1949-10-01 (the slider's origin) to a date, and back (pure). */
export function dayNumber(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse('1949-10-01T00:00:00Z')) / 86_400_000);
}

/** The date of a slider position (pure): dayDate(dayNumber('2021-06-01')) → '2021-06-01'. */
export function dayDate(day: number): string {
  return new Date(Date.parse('1949-10-01T00:00:00Z') + day * 86_400_000).toISOString().slice(0, 10);
}

/** Jurisdictions as a tree, parents first, children indented under them (pure). */
export function jurisdictionTree(list: { name: string; parent?: string | null }[]): { name: string; depth: number }[] {
  const names = new Set(list.map((j) => j.name));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const j of list) {
    if (j.parent && names.has(j.parent)) children.set(j.parent, [...(children.get(j.parent) ?? []), j.name]);
    else roots.push(j.name);
  }
  const out: { name: string; depth: number }[] = [];
  const walk = (name: string, depth: number) => {
    out.push({ name, depth });
    for (const c of (children.get(name) ?? []).sort((a, b) => a.localeCompare(b, 'zh'))) walk(c, depth + 1);
  };
  for (const r of roots.sort((a, b) => a.localeCompare(b, 'zh'))) walk(r, 0);
  return out;
}

/** Fills `root` with controls bound to `filters`; `onChange` gets the new filters and what kind of change it was. */
export function renderFilters(
  root: HTMLElement,
  lang: Lang,
  filters: Filters,
  facets: OverviewFacets | null,
  onChange: (f: Filters, change: FilterChange) => void,
  today: string,
): void {
  const word = (key: string, fallback: string) => (isTextKey(key) ? t(lang, key) : fallback);
  const group = (
    titleKey: TextKey,
    field: 'tiers' | 'nodeKinds' | 'relations',
    values: string[],
    labelKey: (v: string) => TextKey,
  ) =>
    h(
      'fieldset',
      {},
      h('legend', {}, t(lang, titleKey)),
      ...values.map((v) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            'data-filter': `${field}:${v}`,
            checked: filters[field].includes(v),
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              onChange(
                { ...filters, [field]: on ? [...filters[field], v] : filters[field].filter((x) => x !== v) },
                'drawn',
              );
            },
          }),
          ` ${t(lang, labelKey(v))}`,
        ),
      ),
    );
  // Overview filters: an empty selection means every value.
  const serverGroup = (
    titleKey: TextKey,
    field: 'jurisdictions' | 'authorityLevels' | 'kinds' | 'versionStatuses',
    values: { value: string; label: string; depth?: number }[],
  ) =>
    values.length === 0
      ? null
      : h(
          'fieldset',
          { class: 'server-filter' },
          h('legend', {}, t(lang, titleKey)),
          h(
            'div',
            { class: 'filter-list' },
            ...values.map((v) =>
              h(
                'label',
                { style: v.depth ? `padding-left:${v.depth * 1.2}em` : undefined },
                h('input', {
                  type: 'checkbox',
                  'data-filter': `${field}:${v.value}`,
                  checked: filters[field].includes(v.value),
                  onchange: (e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    onChange(
                      {
                        ...filters,
                        [field]: on ? [...filters[field], v.value] : filters[field].filter((x) => x !== v.value),
                      },
                      'overview',
                    );
                  },
                }),
                ` ${v.label}`,
              ),
            ),
          ),
        );
  const score = h('input', {
    type: 'range',
    min: 0,
    max: 1,
    step: 0.05,
    value: filters.minScore,
    'data-filter': 'minScore',
  });
  const scoreText = h('span', {}, filters.minScore.toFixed(2));
  score.addEventListener('input', () => (scoreText.textContent = Number(score.value).toFixed(2)));
  score.addEventListener('change', () => onChange({ ...filters, minScore: Number(score.value) }, 'drawn'));

  const year = (which: 'yearFrom' | 'yearTo') =>
    h('input', {
      type: 'number',
      min: facets?.firstYear ?? 1949,
      max: facets?.lastYear ?? 2100,
      value: filters[which] ?? '',
      'data-filter': which,
      style: 'width:6em',
      onchange: (e: Event) => {
        const v = (e.target as HTMLInputElement).value;
        onChange({ ...filters, [which]: v === '' ? undefined : Number(v) }, 'overview');
      },
    });

  // The time slider: from the oldest document to today; the checkbox turns it on (off = every date).
  const first = `${facets?.firstYear ?? 1990}-01-01`;
  const slider = h('input', {
    type: 'range',
    min: dayNumber(first),
    max: dayNumber(today),
    step: 1,
    value: dayNumber(filters.asOf ?? today),
    'data-filter': 'asOf',
    disabled: !filters.asOf,
  });
  const sliderText = h(
    'span',
    { 'data-testid': 'as-of-text' },
    filters.asOf ? t(lang, 'filters.inForceOn', { date: filters.asOf }) : t(lang, 'filters.allDates'),
  );
  const timeOn = h('input', { type: 'checkbox', 'data-filter': 'asOf:on', checked: !!filters.asOf });
  timeOn.addEventListener('change', () =>
    onChange({ ...filters, asOf: timeOn.checked ? dayDate(Number(slider.value)) : undefined }, 'overview'),
  );
  slider.addEventListener(
    'input',
    () => (sliderText.textContent = t(lang, 'filters.inForceOn', { date: dayDate(Number(slider.value)) })),
  );
  slider.addEventListener('change', () => onChange({ ...filters, asOf: dayDate(Number(slider.value)) }, 'overview'));

  const parts: (HTMLElement | null)[] = [
    h(
      'fieldset',
      { class: 'server-filter time-filter' },
      h('legend', {}, t(lang, 'filters.asOf')),
      h('label', {}, timeOn, ' ', sliderText),
      slider,
    ),
    serverGroup(
      'filters.jurisdictions',
      'jurisdictions',
      jurisdictionTree(facets?.jurisdictions ?? []).map((j) => ({ value: j.name, label: j.name, depth: j.depth })),
    ),
    serverGroup(
      'filters.authority',
      'authorityLevels',
      (facets?.authorityLevels ?? []).map((v) => ({ value: v, label: word(`authority.${v}`, v) })),
    ),
    serverGroup(
      'filters.kind',
      'kinds',
      (facets?.kinds ?? []).map((v) => ({ value: v, label: word(`dockind.${v}`, v) })),
    ),
    serverGroup(
      'filters.status',
      'versionStatuses',
      (facets?.versionStatuses ?? []).map((v) => ({ value: v, label: word(`version.${v}`, v) })),
    ),
    h(
      'fieldset',
      { class: 'server-filter' },
      h('legend', {}, t(lang, 'filters.years')),
      year('yearFrom'),
      ' – ',
      year('yearTo'),
    ),
    group('filters.tiers', 'tiers', ['national', 'provincial', 'municipal', 'county'], (v) => `lane.${v}` as TextKey),
    group('filters.kinds', 'nodeKinds', ['policy', 'article'], (v) => `kind.${v}` as TextKey),
    group(
      'filters.relations',
      'relations',
      ['implements', 'cites', 'interprets', 'basedOn', 'aligns'],
      (v) => `relation.${v}` as TextKey,
    ),
    h('label', {}, h('span', {}, t(lang, 'filters.minScore')), score, ' ', scoreText),
    h(
      'label',
      {},
      h('input', {
        type: 'checkbox',
        checked: filters.showRejected,
        onchange: (e: Event) => onChange({ ...filters, showRejected: (e.target as HTMLInputElement).checked }, 'drawn'),
      }),
      ` ${t(lang, 'filters.showRejected')}`,
    ),
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}

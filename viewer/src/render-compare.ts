/**
 * The comparison view (对照表): the lower document's articles on the left, the upper's on the right, a line per
 * aligned pair drawn between them (width by score), shared spans marked, articles without counterpart marked,
 * and the table below with a CSV export.
 */
import type { ArticleData, Comparison, PartData, ProvisionChangeData } from './api-types.ts';
import { fill, h, markedText } from './dom.ts';
import { ALIGNMENT_CLASSES, STATUS_COLORS, alignmentWidth } from './graph-style.ts';
import { markArticle, splitBySpans } from './highlight-spans.ts';
import { labelled, t, type Lang, type TextKey } from './i18n.ts';
import { weakToggleButton, type WeakToggle } from './weak-toggle.ts';
import { buildCompareRows, describeChange, partPairWords } from './write-csv.ts';
import { formatScore } from './format-score.ts';

const title = (a: ArticleData) => `${a.label ?? `(${a.number})`}${a.heading ?? ''}`;
const order = (a: ArticleData) => a.order ?? a.number;

/** A pair too weak to compare can be compared on request: the changes asked for so far, and how to ask. */
export interface CompareAnyway {
  /** Changes of the pairs compared on request, by pair id. */
  changes: Readonly<Record<string, ProvisionChangeData[]>>;
  /** Asks for pair `pairId`'s changes; its button is busy until the answer is drawn or has failed. */
  onAsk: (pairId: string) => Promise<void>;
}

/**
 * Fills `root` with the comparison; `onCsv` downloads the table, `onClose` hides the view; `weak` adds the button
 * that shows or hides the engine's weak candidates (none when there are none to show or hide); `anyway` adds to each
 * pair too weak to compare a button that compares it all the same, and shows what it found.
 */
export function renderCompare(
  root: HTMLElement,
  lang: Lang,
  c: Comparison,
  onCsv: () => void,
  onClose: () => void,
  weak?: WeakToggle,
  anyway?: CompareAnyway,
): void {
  const lowerSpans = new Map<string, [number, number][]>();
  const upperSpans = new Map<string, [number, number][]>();
  for (const p of c.pairs) {
    lowerSpans.set(p.lower.id, [
      ...(lowerSpans.get(p.lower.id) ?? []),
      ...p.evidence.map((e) => [e.lowerStart, e.lowerEnd] as [number, number]),
    ]);
    upperSpans.set(p.upper.id, [
      ...(upperSpans.get(p.upper.id) ?? []),
      ...p.evidence.map((e) => [e.upperStart, e.upperEnd] as [number, number]),
    ]);
  }
  const unmatched = new Set([...c.unmatchedLower, ...c.unmatchedUpper].map((a) => a.id));
  const collect = (side: 'lower' | 'upper') => {
    const map = new Map<string, ArticleData>();
    for (const p of c.pairs) map.set(p[side].id, p[side]);
    for (const a of side === 'lower' ? c.unmatchedLower : c.unmatchedUpper) map.set(a.id, a);
    return [...map.values()].sort((a, b) => order(a) - order(b));
  };
  const card = (a: ArticleData, spans: Map<string, [number, number][]>, side: string) =>
    h(
      'div',
      { class: `art${unmatched.has(a.id) ? ' unmatched' : ''}`, 'data-article': a.id, 'data-side': side },
      h(
        'b',
        {},
        a.label ?? `(${a.number})`,
        unmatched.has(a.id) ? h('span', { class: 'badge unmatched' }, ` ${t(lang, 'compare.unmatched')}`) : null,
      ),
      ...markedText(markArticle(a.heading, a.text, spans.get(a.id) ?? [])),
    );
  // A part's own text (its targets, 一、总体要求) stands before its articles, the numbers compared marked.
  const partSpans = new Map<string, [number, number][]>();
  for (const p of c.partPairs ?? [])
    for (const [part, start, end] of [
      [p.lower, 'lowerStart', 'lowerEnd'],
      [p.upper, 'upperStart', 'upperEnd'],
    ] as const)
      for (const change of p.changes) {
        const [s, e] = [change[start], change[end]];
        if (typeof s === 'number' && typeof e === 'number')
          partSpans.set(part.id, [...(partSpans.get(part.id) ?? []), [s, e]]);
      }
  const partCard = (p: PartData, side: string) =>
    h(
      'div',
      { class: 'art part', 'data-part': p.id, 'data-side': side },
      h('b', {}, `${p.label ?? ''}${p.heading ?? ''}`),
      ...markedText(splitBySpans(p.text ?? '', partSpans.get(p.id) ?? [])),
    );
  const column = (side: 'lower' | 'upper', spans: Map<string, [number, number][]>) => {
    const parts = (c[side].parts ?? []).filter((p) => p.text);
    const out: HTMLElement[] = [];
    let next = 0;
    for (const a of collect(side)) {
      while (next < parts.length && parts[next]!.number <= (a.partNumber ?? 0))
        out.push(partCard(parts[next++]!, side));
      out.push(card(a, spans, side));
    }
    for (const p of parts.slice(next)) out.push(partCard(p, side));
    return out;
  };
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'compare-lines');
  const cols = h(
    'div',
    { class: 'compare-cols' },
    h(
      'div',
      { class: 'compare-col' },
      h('h3', {}, labelled(lang, t(lang, 'compare.lower'), c.lower.title)),
      ...column('lower', lowerSpans),
    ),
    h('div', {}),
    h(
      'div',
      { class: 'compare-col' },
      h('h3', {}, labelled(lang, t(lang, 'compare.upper'), c.upper.title)),
      ...column('upper', upperSpans),
    ),
    svg,
  );
  const rows = buildCompareRows(c, anyway?.changes);
  const table = h(
    'table',
    { class: 'compare-table', 'data-testid': 'compare-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          t(lang, 'compare.upper'),
          t(lang, 'compare.lower'),
          t(lang, 'compare.score'),
          t(lang, 'panel.details'),
          t(lang, 'compare.changes'),
        ].map((x) => h('th', {}, x)),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { 'data-unmatched': r.pairId || r.partPair ? undefined : 'true', 'data-part-pair': r.partPair },
          h('td', {}, r.upper ? title(r.upper) : h('span', { class: 'badge unmatched' }, t(lang, 'compare.unmatched'))),
          h('td', {}, r.lower ? title(r.lower) : h('span', { class: 'badge unmatched' }, t(lang, 'compare.unmatched'))),
          h('td', {}, r.score === undefined ? '' : formatScore(r.score)),
          h(
            'td',
            {},
            r.partPair ? partPairWords(r.partPair, lang) : '',
            r.cls
              ? `${t(lang, `class.${r.cls}` as TextKey)} · ${t(lang, `status.${r.status ?? 'suggested'}` as TextKey)}`
              : '',
            r.cited ? h('span', { class: 'badge cited', 'data-testid': 'cited' }, t(lang, 'compare.cited')) : '',
          ),
          h(
            'td',
            { class: 'changes' },
            r.notCompared
              ? h('span', { class: 'not-compared', 'data-testid': 'not-compared' }, t(lang, 'compare.notCompared'))
              : '',
            r.notCompared && anyway && r.pairId
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'compare-anyway',
                    'data-testid': 'compare-anyway',
                    'data-pair': r.pairId,
                    onclick: (e: Event) => {
                      const button = e.currentTarget as HTMLButtonElement;
                      button.disabled = true;
                      button.classList.add('busy');
                      void anyway.onAsk(r.pairId!).finally(() => {
                        button.disabled = false;
                        button.classList.remove('busy');
                      });
                    },
                  },
                  t(lang, 'compare.anyway'),
                )
              : '',
            r.comparedAnyway
              ? h(
                  'div',
                  { class: 'compared-anyway', 'data-testid': 'compared-anyway' },
                  t(lang, 'compare.comparedAnyway'),
                  r.changes.length === 0 ? ` ${t(lang, 'compare.noChanges')}` : '',
                )
              : '',
            ...r.changes.map((c) => h('div', { 'data-verdict': c.verdict }, describeChange(c, lang))),
            // Compared, nothing changed: said, so the cell does not read as missing data.
            (r.pairId || r.partPair) && !r.notCompared && !r.comparedAnyway && r.changes.length === 0
              ? h('span', { class: 'no-changes' }, t(lang, 'compare.noChanges'))
              : '',
          ),
        ),
      ),
    ),
  );
  fill(
    root,
    h(
      'div',
      { class: 'compare-head' },
      h(
        'h2',
        {},
        `${t(lang, 'panel.compare')} · ${t(lang, 'compare.pairs', { n: c.pairs.length, u: c.unmatchedUpper.length, l: c.unmatchedLower.length })}`,
      ),
      weakToggleButton(lang, 'compare-weak', weak, 'compare.weak') ?? '',
      // The table stands below both texts, many screens down on a long statute.
      h(
        'button',
        { type: 'button', id: 'compare-to-table', onclick: () => table.scrollIntoView({ block: 'start' }) },
        t(lang, 'compare.toTable'),
      ),
      h('button', { type: 'button', class: 'primary', id: 'compare-csv', onclick: onCsv }, t(lang, 'compare.csv')),
      h('button', { type: 'button', onclick: onClose }, '×'),
    ),
    cols,
    table,
  );
  root.hidden = false;
  requestAnimationFrame(() => drawLines(cols, svg, c));
}

function drawLines(cols: HTMLElement, svg: SVGSVGElement, c: Comparison): void {
  const box = cols.getBoundingClientRect();
  svg.setAttribute('width', String(box.width));
  svg.setAttribute('height', String(box.height));
  const find = (side: string, id: string) =>
    cols.querySelector<HTMLElement>(`[data-side="${side}"][data-article="${CSS.escape(id)}"]`);
  for (const p of c.pairs) {
    const l = find('lower', p.lower.id)?.getBoundingClientRect();
    const u = find('upper', p.upper.id)?.getBoundingClientRect();
    if (!l || !u) continue;
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    const color =
      p.status === 'confirmed'
        ? STATUS_COLORS.confirmed
        : p.status === 'rejected'
          ? STATUS_COLORS.rejected
          : (ALIGNMENT_CLASSES.find((x) => x.cls === p.class)?.color ?? '#1c7ed6');
    line.setAttribute('x1', String(l.right - box.left));
    line.setAttribute('y1', String(l.top + Math.min(24, l.height / 2) - box.top));
    line.setAttribute('x2', String(u.left - box.left));
    line.setAttribute('y2', String(u.top + Math.min(24, u.height / 2) - box.top));
    line.setAttribute('stroke', color);
    line.setAttribute('stroke-width', String(alignmentWidth(p.score)));
    line.setAttribute('data-pair', p.id);
    svg.append(line);
  }
}

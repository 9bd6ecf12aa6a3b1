/**
 * A tiny element builder so panels read as structure: h('p', { class: 'note' }, 'text', child).
 * Text children are set with textContent, never as HTML, so document text cannot inject markup.
 */

type Child = Node | string | number | null | undefined | false;

/** Creates an element with attributes (on* attributes become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | ((e: Event) => void) | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : String(child));
  }
  return el;
}

/** Text with marked segments as <mark> elements. */
export function markedText(segments: { text: string; marked: boolean }[]): Node[] {
  return segments.map((s) => (s.marked ? h('mark', {}, s.text) : document.createTextNode(s.text)));
}

/** Looks an element up by id, failing loudly when the page lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`viewer: missing #${id}`);
  return el as T;
}

/** Replaces the children of `root`, skipping empty parts. */
export function fill(root: Element, ...children: (Node | string | null | undefined | false)[]): void {
  root.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** Opens or folds the side panel (folded only shows in workshop mode, where the graph then gets the whole width). */
export function showPanel(open: boolean): void {
  // Only on a change: a class set on <body> restyles the whole page.
  if (document.body.classList.contains('panel-open') === open) return;
  document.body.classList.toggle('panel-open', open);
  byId('btn-panel').setAttribute('aria-expanded', String(open));
}

/** Shows one tab of the side panel, opening the panel. */
export function showTab(name: string): void {
  showPanel(true);
  document
    .querySelectorAll<HTMLElement>('.tabs [data-tab]')
    .forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll<HTMLElement>('.tab').forEach((s) => s.classList.toggle('active', s.id === `tab-${name}`));
}

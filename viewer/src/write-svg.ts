/**
 * Writes a view snapshot as a standalone SVG document (pure). Example: one node { x: 0, y: 0, width: 100, height:
 * 40, label: '加快创建国家高新区' } gives a <rect> and a <text> with one <tspan> per wrapped line. The caller passes
 * @font-face CSS (with the web font embedded as data URLs) so the picture reads the same on any machine.
 */

/** A node as drawn. */
export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: 'rectangle' | 'round-rectangle' | 'ellipse';
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  label: string;
  fontSize: number;
  color: string;
  /** Label inside (articles) or above the top edge (policy boxes, lanes at the left). */
  labelPlace: 'center' | 'top' | 'left';
  maxLabelWidth: number;
  title?: string;
}

/** An edge as drawn: a straight segment with an optional arrow head at the target. */
export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dash: number[];
  opacity: number;
  arrow: boolean;
}

/** What to draw. */
export interface SvgSnapshot {
  nodes: SvgNode[];
  edges: SvgEdge[];
  background: string;
  fontFamily: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => (Math.round(n * 100) / 100).toString();

/** Width of one character in em: CJK and full-width forms take a full em, Latin about half. */
export function charWidthEm(ch: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56;
}

/** Wraps a label into lines no wider than `maxWidth` pixels at `fontSize`, breaking anywhere (Chinese has no spaces). */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const ch of paragraph) {
      const w = charWidthEm(ch) * fontSize;
      if (width + w > maxWidth && line !== '') {
        lines.push(line);
        line = '';
        width = 0;
      }
      line += ch;
      width += w;
    }
    lines.push(line);
  }
  return lines;
}

function shape(n: SvgNode): string {
  const common = `fill="${esc(n.fill)}" fill-opacity="${num(n.fillOpacity)}" stroke="${esc(n.stroke)}" stroke-width="${num(n.strokeWidth)}" opacity="${num(n.opacity)}"`;
  if (n.shape === 'ellipse')
    return `<ellipse cx="${num(n.x)}" cy="${num(n.y)}" rx="${num(n.width / 2)}" ry="${num(n.height / 2)}" ${common}/>`;
  const r = n.shape === 'round-rectangle' ? Math.min(10, n.height / 4) : 0;
  return `<rect x="${num(n.x - n.width / 2)}" y="${num(n.y - n.height / 2)}" width="${num(n.width)}" height="${num(n.height)}" rx="${num(r)}" ${common}/>`;
}

function label(n: SvgNode): string {
  if (!n.label) return '';
  const lines = wrapLabel(n.label, n.maxLabelWidth, n.fontSize);
  const lineHeight = n.fontSize * 1.25;
  let x = n.x;
  let y = n.y - ((lines.length - 1) * lineHeight) / 2;
  let anchor = 'middle';
  if (n.labelPlace === 'top') y = n.y - n.height / 2 - 6 - (lines.length - 1) * lineHeight;
  if (n.labelPlace === 'left') {
    x = n.x - n.width / 2 + 16;
    y = n.y - n.height / 2 + 16 + n.fontSize;
    anchor = 'start';
  }
  const spans = lines.map((l, i) => `<tspan x="${num(x)}" y="${num(y + i * lineHeight)}">${esc(l)}</tspan>`).join('');
  const baseline = n.labelPlace === 'center' ? ' dominant-baseline="central"' : '';
  return `<text font-size="${num(n.fontSize)}" fill="${esc(n.color)}" text-anchor="${anchor}"${baseline} opacity="${num(n.opacity)}">${spans}</text>`;
}

function edge(e: SvgEdge): string {
  const dash = e.dash.length ? ` stroke-dasharray="${e.dash.map(num).join(' ')}"` : '';
  const line = `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}" stroke="${esc(e.color)}" stroke-width="${num(e.width)}" opacity="${num(e.opacity)}"${dash}/>`;
  if (!e.arrow) return line;
  const angle = Math.atan2(e.y2 - e.y1, e.x2 - e.x1);
  const size = 6 + e.width * 1.5;
  const p = (a: number) => `${num(e.x2 - size * Math.cos(angle + a))},${num(e.y2 - size * Math.sin(angle + a))}`;
  return `${line}<polygon points="${num(e.x2)},${num(e.y2)} ${p(0.4)} ${p(-0.4)}" fill="${esc(e.color)}" opacity="${num(e.opacity)}"/>`;
}

/** Bounding box of everything drawn, with a margin. */
export function snapshotBounds(s: SvgSnapshot, margin = 40): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of s.nodes)
    xs.push(n.x - n.width / 2, n.x + n.width / 2),
      ys.push(n.y - n.height / 2 - (n.labelPlace === 'top' ? n.fontSize * 3 : 0), n.y + n.height / 2);
  for (const e of s.edges) xs.push(e.x1, e.x2), ys.push(e.y1, e.y2);
  if (xs.length === 0) return { x: 0, y: 0, width: 2 * margin, height: 2 * margin };
  const x = Math.min(...xs) - margin;
  const y = Math.min(...ys) - margin;
  return { x, y, width: Math.max(...xs) + margin - x, height: Math.max(...ys) + margin - y };
}

/** One legend entry of an export: a line (edge style) or a filled box (node colour). */
export interface LegendEntry {
  label: string;
  color: string;
  kind: 'line' | 'box';
  dash?: number[];
}

/** What an export says about itself: a title, the date, and the legend of what it shows. */
export interface ExportFrame {
  title: string;
  date: string;
  legend: LegendEntry[];
}

const FRAME_FONT = 22;
const LEGEND_ROW = 30;
const LEGEND_COLUMN = 420;

function frameParts(
  frame: ExportFrame,
  b: { x: number; y: number; width: number; height: number },
): { head: string; foot: string; top: number; bottom: number } {
  const columns = Math.max(1, Math.floor(b.width / LEGEND_COLUMN));
  const rows = Math.ceil(frame.legend.length / columns);
  const top = FRAME_FONT * 3;
  const bottom = rows * LEGEND_ROW + 20;
  const head =
    `<text x="${num(b.x + 10)}" y="${num(b.y - top + FRAME_FONT * 1.4)}" font-size="${FRAME_FONT * 1.3}" font-weight="bold" fill="#212529">${esc(frame.title)}</text>` +
    `<text x="${num(b.x + 10)}" y="${num(b.y - top + FRAME_FONT * 2.6)}" font-size="${FRAME_FONT * 0.8}" fill="#495057">${esc(frame.date)}</text>`;
  const foot = frame.legend
    .map((entry, i) => {
      const x = b.x + 10 + (i % columns) * LEGEND_COLUMN;
      const y = b.y + b.height + 10 + Math.floor(i / columns) * LEGEND_ROW + LEGEND_ROW / 2;
      const mark =
        entry.kind === 'box'
          ? `<rect x="${num(x)}" y="${num(y - 9)}" width="18" height="18" fill="${esc(entry.color)}" stroke="#495057"/>`
          : `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + 36)}" y2="${num(y)}" stroke="${esc(entry.color)}" stroke-width="4"${entry.dash?.length ? ` stroke-dasharray="${entry.dash.map(num).join(' ')}"` : ''}/>`;
      return `${mark}<text x="${num(x + 46)}" y="${num(y)}" font-size="${FRAME_FONT * 0.8}" dominant-baseline="central" fill="#212529">${esc(entry.label)}</text>`;
    })
    .join('');
  return { head, foot, top, bottom };
}

/**
 * The SVG document text. Nodes draw in the given order (lanes and policy boxes first), edges above boxes; with a
 * `frame`, the title and date stand above the picture and the legend below it.
 */
export function writeSvg(s: SvgSnapshot, fontFaceCss: string, frame?: ExportFrame): string {
  const inner = snapshotBounds(s);
  const parts = frame ? frameParts(frame, inner) : { head: '', foot: '', top: 0, bottom: 0 };
  const b = { x: inner.x, y: inner.y - parts.top, width: inner.width, height: inner.height + parts.top + parts.bottom };
  const boxes = s.nodes.filter((n) => n.labelPlace !== 'center');
  const leaves = s.nodes.filter((n) => n.labelPlace === 'center');
  const titled = (n: SvgNode, body: string) => (n.title ? `<g><title>${esc(n.title)}</title>${body}</g>` : body);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(b.x)} ${num(b.y)} ${num(b.width)} ${num(b.height)}" width="${num(b.width)}" height="${num(b.height)}">`,
    `<style>${fontFaceCss}\ntext{font-family:${s.fontFamily}}</style>`,
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" fill="${esc(s.background)}"/>`,
    ...boxes.map((n) => titled(n, shape(n) + label(n))),
    ...s.edges.map(edge),
    ...leaves.map((n) => titled(n, shape(n) + label(n))),
    parts.head,
    parts.foot,
    `</svg>`,
  ].join('\n');
}

/**
 * Downloads of the view: PNG (scale 2–4) and SVG with the view's title, date and legend (the SVG with the web font
 * embedded), the scene as JSON, and CSV text. File names say what they hold:
 * exportFileName(['政策图谱', '柳政规〔2021〕18号 （一）'], '2026-12-02', 'png') → '政策图谱_柳政规〔2021〕18号_（一）_2026-12-02.png'.
 */
import type { GraphView } from './graph-view.ts';
import { WEB_FONT, embeddedFontCss } from './load-fonts.ts';
import type { Scene } from './scene.ts';
import { writeSvg, type ExportFrame } from './write-svg.ts';

/** Today as YYYY-MM-DD in local time (the date printed on exports). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A file name from what the file holds: parts joined by '_', characters no file system takes replaced, ≤ 120 chars. */
export function exportFileName(parts: string[], date: string, ext: string): string {
  const core = parts
    .map((p) => p.replace(/[\\/:*?"<>|\s·]+/g, '_').replace(/^_+|_+$/g, ''))
    .filter(Boolean)
    .join('_');
  return `${[...core].slice(0, 120).join('')}_${date}.${ext}`;
}

/** Offers a blob as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The PNG of the whole graph at `scale` (clamped to 2–4), with the title and date above and the legend below. */
export async function exportPng(view: GraphView, scale: number, frame: ExportFrame): Promise<Blob> {
  const s = Math.max(2, Math.min(4, Math.round(scale)));
  const picture = await createImageBitmap(view.png(s));
  const font = 22 * s;
  const columns = Math.max(1, Math.floor(picture.width / (420 * s)));
  const legendHeight = Math.ceil(frame.legend.length / columns) * 30 * s + 20 * s;
  const head = font * 3;
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height + head + legendHeight;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#212529';
  g.font = `bold ${Math.round(font * 1.3)}px "${WEB_FONT}", sans-serif`;
  g.fillText(frame.title, 10 * s, font * 1.4);
  g.fillStyle = '#495057';
  g.font = `${Math.round(font * 0.8)}px "${WEB_FONT}", sans-serif`;
  g.fillText(frame.date, 10 * s, font * 2.6);
  g.drawImage(picture, 0, head);
  g.textBaseline = 'middle';
  frame.legend.forEach((entry, i) => {
    const x = 10 * s + (i % columns) * 420 * s;
    const y = head + picture.height + 10 * s + Math.floor(i / columns) * 30 * s + 15 * s;
    g.strokeStyle = entry.color;
    g.fillStyle = entry.color;
    if (entry.kind === 'box') g.fillRect(x, y - 9 * s, 18 * s, 18 * s);
    else {
      g.lineWidth = 4 * s;
      g.setLineDash((entry.dash ?? []).map((d) => d * s));
      g.beginPath();
      g.moveTo(x, y);
      g.lineTo(x + 36 * s, y);
      g.stroke();
      g.setLineDash([]);
    }
    g.fillStyle = '#212529';
    g.fillText(entry.label, x + 46 * s, y);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

/** The SVG document text of the visible graph with its frame, the font faces its labels need embedded. */
export async function exportSvg(view: GraphView, frame: ExportFrame): Promise<string> {
  const snap = view.svgSnapshot();
  const text =
    snap.nodes.map((n) => n.label).join('') + frame.title + frame.date + frame.legend.map((e) => e.label).join('');
  return writeSvg(snap, await embeddedFontCss(text), frame);
}

/** The scene as pretty JSON. */
export function exportSceneJson(scene: Scene): Blob {
  return new Blob([JSON.stringify(scene, null, 2)], { type: 'application/json' });
}

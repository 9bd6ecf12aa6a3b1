/**
 * Downloads of the view: PNG (scale 2–4), SVG with the web font embedded, the scene as JSON, and CSV text.
 */
import type { GraphView } from './graph-view.ts';
import { embeddedFontCss } from './load-fonts.ts';
import type { Scene } from './scene.ts';
import { writeSvg } from './write-svg.ts';

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

/** The PNG of the whole graph at `scale` (clamped to 2–4). */
export function exportPng(view: GraphView, scale: number): Blob {
  return view.png(Math.max(2, Math.min(4, Math.round(scale))));
}

/** The SVG document text of the visible graph, with the font faces its labels need embedded. */
export async function exportSvg(view: GraphView): Promise<string> {
  const snap = view.svgSnapshot();
  const text = snap.nodes.map((n) => n.label).join('');
  return writeSvg(snap, await embeddedFontCss(text));
}

/** The scene as pretty JSON. */
export function exportSceneJson(scene: Scene): Blob {
  return new Blob([JSON.stringify(scene, null, 2)], { type: 'application/json' });
}

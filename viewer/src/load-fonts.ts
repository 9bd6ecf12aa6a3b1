/**
 * The bundled CJK web font (Noto Sans SC, split by unicode-range): load the faces the labels need before the first
 * draw, and embed the same faces into SVG exports. parseUnicodeRange and pickFaces are pure; the rest touches the
 * document.
 */
import '@fontsource/noto-sans-sc/400.css';

/** The family name the stylesheet and the exports use. */
export const WEB_FONT = 'Noto Sans SC';

/** Parses a CSS unicode-range value: 'U+4e00-4e10,U+3002' → [[0x4e00, 0x4e10], [0x3002, 0x3002]]. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?'))
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)] as [number, number];
      const [lo, hi] = part.split('-');
      return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)] as [number, number];
    });
}

/** The faces (by index) whose ranges cover at least one character of `text`. */
export function pickFaces(faces: { ranges: [number, number][] }[], text: string): number[] {
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  const picked: number[] = [];
  faces.forEach((face, i) => {
    for (const code of codes) {
      if (face.ranges.some(([lo, hi]) => code >= lo && code <= hi)) {
        picked.push(i);
        return;
      }
    }
  });
  return picked;
}

/** Loads the font faces covering `sample` (plain and bold), giving up quietly after `timeoutMs`. */
export async function loadWebFont(sample: string, timeoutMs = 10_000): Promise<boolean> {
  const text = sample || '政策图谱';
  const load = Promise.all([
    document.fonts.load(`16px "${WEB_FONT}"`, text),
    document.fonts.load(`bold 16px "${WEB_FONT}"`, text),
  ]);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const result = await Promise.race([load, timeout]);
  return result !== null && document.fonts.check(`16px "${WEB_FONT}"`, text);
}

interface FaceRule {
  ranges: [number, number][];
  url: string;
}

function faceRules(): FaceRule[] {
  const out: FaceRule[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule) || !rule.style.getPropertyValue('font-family').includes(WEB_FONT))
        continue;
      const src = /url\(["']?([^"')]+\.woff2[^"')]*)["']?\)/.exec(rule.style.getPropertyValue('src'));
      if (!src) continue;
      out.push({
        ranges: parseUnicodeRange(rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF'),
        url: new URL(src[1]!, sheet.href ?? location.href).href,
      });
    }
  }
  return out;
}

async function toDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;]*;/, 'data:font/woff2;'));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** @font-face CSS with the faces covering `text` embedded as data URLs, for a standalone SVG. */
export async function embeddedFontCss(text: string): Promise<string> {
  const rules = faceRules();
  const picked = pickFaces(rules, text).map((i) => rules[i]!);
  const faces = await Promise.all(
    picked.map(
      async (r) =>
        `@font-face{font-family:'${WEB_FONT}';font-weight:400;src:url(${await toDataUrl(r.url)}) format('woff2');unicode-range:${r.ranges.map(([lo, hi]) => `U+${lo.toString(16)}-${hi.toString(16)}`).join(',')};}`,
    ),
  );
  return faces.join('\n');
}

/**
 * Stand-in for the parser's document-number normaliser until import/index.ts exports one: brackets to 〔〕,
 * 號 to 号, no spaces. Example: `normalizeDocNumber('国发 [2020] 7 號')` → `国发〔2020〕7号`.
 */
const OPEN = '[\\[(（【〔［﹝〈]';
const CLOSE = '[\\])）】〕］﹞〉]';

/** Normalises a document number for identity. */
export function normalizeDocNumber(raw: string): string {
  const compact = raw.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '').replace(/號/g, '号');
  return compact.replace(new RegExp(`${OPEN}(\\d{4})${CLOSE}`, 'u'), '〔$1〕');
}

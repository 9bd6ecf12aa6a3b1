/**
 * The lookup key of a document number typed by a user: the parser's normaliser (brackets to 〔〕, traditional to
 * simplified, 號 to 号, no spaces), else the input without spaces. Example: `toDocNumberKey('國發[2020]7號')` →
 * `国发〔2020〕7号`; `toDocNumberKey(' 桂政函 ')` → `桂政函`.
 */
import { normalizeDocNumber } from '../text/index.ts';

/** Normalises a document number for identity; never empty unless the input is blank. */
export function toDocNumberKey(raw: string): string {
  return normalizeDocNumber(raw) ?? raw.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
}

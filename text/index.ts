/**
 * Chinese text normalisation shared by the importer and the API: pure functions on strings, no project imports.
 * Example: normalizeDocNumber('國發[2020]7號') → '国发〔2020〕7号'; normalizeLine('關於') → { text: '关于', … }.
 */
export { normalizeDocNumber, findDocNumbers, isWrittenWhole, type DocNumberMatch } from './parse-doc-number.ts';
export { normalizeLine, cleanLine, matchKey, simplifyChars, foldWidth, type NormalizedLine } from './normalize-line.ts';
export { changedSpan } from './changed-span.ts';
export { readChineseNumber, CHINESE_NUMERAL_CHARS } from './read-chinese-number.ts';
export { bigramSimilarity } from './bigram-similarity.ts';
export { restoreNestedMarks, titleWording } from './title-wording.ts';
export { escapePattern } from './escape-pattern.ts';

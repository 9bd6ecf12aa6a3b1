/** The parser: raw policy text → PolicyDocument. What other folders may use. */
export { parsePolicyText, type ParseOptions } from './parse-policy-text.ts';
export { readPolicyFile, parsePolicyBytes, parsePolicyHtml, isHtmlFile, type ReadOptions } from './read-policy-file.ts';
export { htmlToText, type PageText } from './html/html-to-text.ts';
export { decodePolicyBytes, decodePolicyText, DEFAULT_MAX_BYTES, type DecodedText } from './decode-policy-bytes.ts';
export { normalizeDocNumber, findDocNumbers } from '../../text/index.ts';
export { parseDate, findDates } from './parse-date.ts';
export { normalizeLine, matchKey, simplifyChars, foldWidth } from '../../text/index.ts';
export { readKind } from './read-kind.ts';
export { PARSER_VERSION } from './parser-version.ts';

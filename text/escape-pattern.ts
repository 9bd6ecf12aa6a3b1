/**
 * Text taken from a document, made safe to stand inside a regular expression as itself.
 * Example: escapePattern('1+N(试行)') → '1\\+N\\(试行\\)'.
 */
export const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

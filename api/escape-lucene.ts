/**
 * Lucene query text from a user phrase: each whitespace-separated term becomes an escaped quoted phrase, all
 * required. Example: `toLuceneQuery('高新区 "发展')` → `"高新区" AND "\"发展"`; `toLuceneQuery('  ')` → `''`.
 */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene special character with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Lucene refuses a query of more clauses than this (its maxClauseCount). */
export const MAX_SEARCH_TERMS = 1024;

/** The whitespace-separated terms of a phrase (NFKC, ideographic spaces too). */
export function searchTerms(phrase: string): string[] {
  return phrase
    .normalize('NFKC')
    .split(/[\s\u3000]+/)
    .filter((t) => t !== '');
}

/** Builds the full-text query; empty when the phrase has no terms. */
export function toLuceneQuery(phrase: string): string {
  return searchTerms(phrase)
    .map((t) => `"${escapeLucene(t)}"`)
    .join(' AND ');
}

/**
 * Version of the parser, stored with each document (provenance.importerVersion). Bump when output changes.
 * 0.2.0: titles broken after 政策 and the like joined, heads copied from the addressees, adoption lines read as dates,
 * decree-numbered 条例 and 法 levelled.
 * 0.2.1: a line opening with 笫 (mistyped for 第) and the number of an article, chapter, section or book is one.
 */
export const PARSER_VERSION = 'parse-0.2.1';

/** Version of the parser, stored with each document (provenance.importerVersion). Bump when output changes. */
export const PARSER_VERSION = 'parse-0.1.0';

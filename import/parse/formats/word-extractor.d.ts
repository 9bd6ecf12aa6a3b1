// Minimal types for the parts of word-extractor the .doc reader uses (the package ships none).
declare module 'word-extractor' {
  namespace WordExtractor {
    interface TextOptions {
      /** false keeps “”, ‘’ and dashes as written instead of ASCII quotes and hyphens. */
      filterUnicode?: boolean;
    }
    interface Document {
      getBody(options?: TextOptions): string;
    }
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordExtractor.Document>;
  }
  export = WordExtractor;
}

/** What a parser of one text is told besides the text: the file, a forced tier, the gazetteer, provenance. */
import type { ParseIssue, Tier } from '../../model/index.ts';
import type { Gazetteer } from '../gazetteer/index.ts';

/** Options of parsePolicyText and of the readers it hands a text to (the statute reader). */
export interface ParseOptions {
  /** The file name, for issues and provenance. */
  file: string;
  /** Forces the tier (e.g. a county document whose issuer the gazetteer does not know). */
  tierOverride?: Tier;
  /** The agency gazetteer; the bundled one by default. */
  gazetteer?: Gazetteer;
  /** When the text was retrieved (YYYY-MM-DD), kept in provenance. */
  retrievedOn?: string;
  /** Issues found before parsing (decoding), merged into the document's. */
  priorIssues?: ParseIssue[];
  /** The page's address when the reader found one (a saved web page's canonical link). */
  sourceUrl?: string;
  /** The titles a web page's `<head>` names (ArticleTitle, `<title>` without the site's name), best first. */
  headTitles?: string[];
}

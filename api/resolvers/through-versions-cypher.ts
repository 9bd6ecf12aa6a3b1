/**
 * Pairs read through the versions of a statute, for compare (asOf, or a Work id) and coverage alike. The engine aligns
 * a lower text only against the version of each work in force when it was made, so a pair into a later (or earlier)
 * version exists only along the version links: a lower article aligned with an article of another version counts for
 * the same article (SAME_AS / CHANGED_TO, either way, through any versions between) in the version read. Whether such a
 * pair is a counterpart is asked of the article it was aligned with, in that article's version.
 * Example: pairThroughVersions({ lower: 'la', pair: 'r', aligned: 'aligned', target: 'ua', moved: 'moved' }).pattern →
 * '(la)-[r:ALIGNS_WITH]->(aligned:Article)-[moved:SAME_AS|CHANGED_TO*0..20]-(ua)'.
 */
import { carriesArticleCypher } from './carries-article-cypher.ts';

/** The version links between one article and the same article of any version of its work (itself at length 0). */
export const VERSION_LINKS = ':SAME_AS|CHANGED_TO*0..20';

/** The pattern of a pair through the versions, and the Cypher boolean that it is a counterpart. */
export function pairThroughVersions(v: {
  lower: string;
  pair: string;
  aligned: string;
  target: string;
  moved?: string;
}): {
  pattern: string;
  counterpart: string;
} {
  return {
    pattern: `(${v.lower})-[${v.pair}:ALIGNS_WITH]->(${v.aligned}:Article)-[${v.moved ?? ''}${VERSION_LINKS}]-(${v.target})`,
    counterpart: carriesArticleCypher({ lower: v.lower, pair: v.pair, target: v.aligned }),
  };
}

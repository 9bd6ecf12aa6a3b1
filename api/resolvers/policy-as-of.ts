/**
 * `policy(id | docNumber | title, asOf)` and `versions(workId)`. A title or id that names a versioned statute finds
 * all its versions; `asOf` picks the one in force that day, no asOf the one in force now (else the latest); a full
 * text wins over a cited-only node. A title that matches nothing as given may be a national law's short title
 * (科学技术进步法, as researchers and lawrefbook's file names write it): 中华人民共和国 + the title is looked for then,
 * and so is a short law title inside 《》 (河南省实施《城乡规划法》办法 → 河南省实施《中华人民共和国城乡规划法》办法).
 * Example: `policy(title: "上海市科学技术进步条例", asOf: "2015-01-01")` → the 2010 version `t:上海市|科学技术进步条例@2010-09-17`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { toDocNumberKey } from '../to-doc-number-key.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { inForceCypher, readAsOf } from './read-as-of.ts';

const NATION = '中华人民共和国';

/**
 * The titles a title may stand for when it matches nothing as given: a national law's short title with 中华人民共和国
 * in front, and the same title with each law named inside 《》 given it (implementing measures name the law short:
 * 河南省实施《城乡规划法》办法). Example: nationalTitles('河南省实施《城乡规划法》办法') →
 * ['中华人民共和国河南省实施《城乡规划法》办法', '河南省实施《中华人民共和国城乡规划法》办法'].
 */
export function nationalTitles(title: string | null): string[] {
  if (!title) return [];
  const inBrackets = title.replace(/《(?!中华人民共和国)([^《》]+)》/g, `《${NATION}$1》`);
  return [
    ...new Set([title.startsWith(NATION) ? null : NATION + title, inBrackets === title ? null : inBrackets]),
  ].filter((t): t is string => t !== null);
}

/** Builds the lookup: every Policy the arguments name, widened to all versions of their works, in force at asOf. */
export function buildPolicyAsOfQuery(
  args: { id?: string | null; docNumber?: string | null; title?: string | null },
  asOf: string | undefined,
): CypherQuery {
  const title = args.title?.trim() || null;
  return {
    cypher: `CALL () {
  MATCH (p:Policy) WHERE p.id = $id RETURN p, 0 AS loose
  UNION
  MATCH (:Work {id: $id})-[:HAS_VERSION]->(p:Policy) RETURN p, 0 AS loose
  UNION
  MATCH (p:Policy) WHERE p.docNumber = $docNumber OR p.docNumberOriginal = $rawNumber RETURN p, 0 AS loose
  UNION
  MATCH (p:Policy) WHERE p.title = $title OR $title IN coalesce(p.titleAliases, []) RETURN p, 0 AS loose
  UNION
  // A national law by its short title (科学技术进步法 for 中华人民共和国科学技术进步法, 《城乡规划法》 for
  // 《中华人民共和国城乡规划法》 in a title): only when no title matches as given.
  MATCH (p:Policy) WHERE p.title IN $nationalTitles OR any(t IN coalesce(p.titleAliases, []) WHERE t IN $nationalTitles)
  RETURN p, 1 AS loose
}
// An id without a day names exactly that node; anything else names the work, so every version of it.
// Two clauses, so that p is among its work's versions (one pattern may not use the same HAS_VERSION twice).
// (Without an id, p.id = $id is null: coalesce, or NOT null would drop every work and a number or title never widened.)
OPTIONAL MATCH (p)<-[:HAS_VERSION]-(w:Work) WHERE NOT ($asOf IS NULL AND coalesce(p.id = $id, false))
OPTIONAL MATCH (w)-[:HAS_VERSION]->(v:Policy)
WITH coalesce(v, p) AS c, min(loose) AS loose
WHERE ${inForceCypher('c')}
// Without a day, a number names the texts that bear it (国务院令第728号 is the 2020 text of 保障中小企业款项支付条例, 802 its
// 2025 one): another version of their work only when none of them is there.
WITH c, loose, CASE WHEN $asOf IS NULL AND $docNumber IS NOT NULL
  AND NOT coalesce(c.docNumber = $docNumber OR c.docNumberOriginal = $rawNumber, false) THEN 1 ELSE 0 END AS unnumbered
RETURN c.id AS id
ORDER BY loose, unnumbered, CASE c.status WHEN 'full' THEN 0 ELSE 1 END,
  CASE c.versionStatus WHEN 'in_force' THEN 0 ELSE 1 END, c.validFrom DESC, c.id
LIMIT 1`,
    params: {
      id: args.id?.trim() || null,
      docNumber: args.docNumber?.trim() ? toDocNumberKey(args.docNumber) : null,
      rawNumber: args.docNumber?.trim() || null,
      title,
      nationalTitles: nationalTitles(title),
      asOf: asOf ?? null,
    },
  };
}

/** Resolver of Query.policy. */
export async function resolvePolicyAsOf(
  _: unknown,
  args: { id?: string | null; docNumber?: string | null; title?: string | null; asOf?: string | null },
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<Record<string, unknown> | null> {
  if (![args.id, args.docNumber, args.title].some((v) => v?.trim()))
    throw badInput('policy needs one of id, docNumber or title');
  const rows = await context.runner.read(buildPolicyAsOfQuery(args, readAsOf(args.asOf)));
  const id = rows[0]?.id;
  return typeof id === 'string' ? context.loader.load('Policy', id, info) : null;
}

/** Builds the versions query: by Work id, or by the id of one of its versions. */
export function buildVersionsQuery(workId: string): CypherQuery {
  return {
    cypher: `CALL () {
  MATCH (w:Work {id: $id}) RETURN w
  UNION
  MATCH (w:Work)-[:HAS_VERSION]->(:Policy {id: $id}) RETURN w
}
MATCH (w)-[h:HAS_VERSION]->(p:Policy)
RETURN p.id AS id ORDER BY h.order`,
    params: { id: workId },
  };
}

/** Resolver of Query.versions; an id that is no Work nor a version is BAD_USER_INPUT. */
export async function resolveVersions(
  _: unknown,
  args: { workId: string },
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<unknown[]> {
  const rows = await context.runner.read(buildVersionsQuery(args.workId));
  if (rows.length === 0) throw badInput(`No work or version with id "${args.workId}"`);
  const nodes = await Promise.all(rows.map((r) => context.loader.load('Policy', String(r.id), info)));
  return nodes.filter((n) => n !== null);
}

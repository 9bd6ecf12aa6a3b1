/**
 * `versionDiff(from, to)`: the articles of two versions of one statute, followed along SAME_AS / CHANGED_TO from the
 * older to the newer (through any versions between): changed (with the span that changed), added, deleted, and how
 * many stayed the same. Given newer first, the answer is read the other way round. Example:
 * versionDiff(from: '…@2010-09-17', to: '…@2024-05-10') → { changed: [{ fromId: '…#p8/a49', toId: '…#p8/a47',
 * removed: '10年11', inserted: '24年6' }, …], addedIds: [...], deletedIds: [...], unchanged: 0 }
 */
import { changedSpan } from '../../text/index.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';

/** A diff before its policies and articles are loaded. */
export interface VersionDiffRow {
  fromPolicyId: string;
  toPolicyId: string;
  changed: { fromId: string; toId: string; removed: string; inserted: string }[];
  addedIds: string[];
  deletedIds: string[];
  unchanged: number;
}

/** Builds the diff query (older → newer); no row when either is not a version of the same Work. */
export function buildVersionDiffQuery(olderId: string, newerId: string): CypherQuery {
  return {
    cypher: `MATCH (w:Work)-[:HAS_VERSION]->(f:Policy {id: $olderId})
MATCH (w)-[:HAS_VERSION]->(t:Policy {id: $newerId})
CALL (f, t) {
  MATCH (f)-[:HAS_ARTICLE]->(a:Article)
  // The path holds the version links alone (HAS_ARTICLE is asked apart), so that all SAME_AS means unchanged.
  OPTIONAL MATCH path = (a)-[:SAME_AS|CHANGED_TO*1..50]->(b:Article) WHERE (t)-[:HAS_ARTICLE]->(b)
  WITH a, b, path ORDER BY a.order
  RETURN collect({ fromId: a.id, toId: b.id, fromText: coalesce(a.heading, '') + coalesce(a.text, ''),
    toText: coalesce(b.heading, '') + coalesce(b.text, ''),
    same: b IS NOT NULL AND all(r IN relationships(path) WHERE type(r) = 'SAME_AS') }) AS links
}
CALL (f, t) {
  MATCH (t)-[:HAS_ARTICLE]->(b:Article)
  WHERE NOT EXISTS { MATCH (f)-[:HAS_ARTICLE]->(:Article)-[:SAME_AS|CHANGED_TO*1..50]->(b) }
  WITH b ORDER BY b.order
  RETURN collect(b.id) AS addedIds
}
RETURN f.id AS fromPolicyId, t.id AS toPolicyId, f.versionOrder AS fromOrder, t.versionOrder AS toOrder, links, addedIds`,
    params: { olderId, newerId },
  };
}

interface LinkRow {
  fromId: string;
  toId: string | null;
  fromText: string;
  toText: string;
  same: boolean;
}

/** Reads the query's row into a diff (pure). */
export function toVersionDiff(row: Record<string, unknown>): VersionDiffRow {
  const links = row.links as LinkRow[];
  return {
    fromPolicyId: String(row.fromPolicyId),
    toPolicyId: String(row.toPolicyId),
    changed: links
      .filter((l) => l.toId !== null && !l.same)
      .map((l) => ({ fromId: l.fromId, toId: l.toId!, ...changedSpan(l.fromText, l.toText) })),
    addedIds: row.addedIds as string[],
    deletedIds: links.filter((l) => l.toId === null).map((l) => l.fromId),
    unchanged: links.filter((l) => l.same).length,
  };
}

/** The same diff read from the newer version to the older one. */
function reversed(diff: VersionDiffRow): VersionDiffRow {
  return {
    fromPolicyId: diff.toPolicyId,
    toPolicyId: diff.fromPolicyId,
    changed: diff.changed.map((c) => ({ fromId: c.toId, toId: c.fromId, removed: c.inserted, inserted: c.removed })),
    addedIds: diff.deletedIds,
    deletedIds: diff.addedIds,
    unchanged: diff.unchanged,
  };
}

/** Resolver of Query.versionDiff; one version twice, or two texts that are not versions of one Work, is BAD_USER_INPUT. */
export async function resolveVersionDiff(
  _: unknown,
  args: { from: string; to: string },
  context: ApiContext,
): Promise<VersionDiffRow> {
  if (args.from.trim() === args.to.trim())
    throw badInput(`versionDiff: from and to are the same version "${args.from}": give two versions of one work`);
  const order = await context.runner.read({
    cypher:
      'MATCH (w:Work)-[:HAS_VERSION]->(f:Policy {id: $from}) MATCH (w)-[:HAS_VERSION]->(t:Policy {id: $to}) RETURN f.versionOrder <= t.versionOrder AS forward',
    params: { from: args.from, to: args.to },
  });
  if (order.length === 0) throw badInput(`"${args.from}" and "${args.to}" are not versions of one work`);
  const forward = order[0]!.forward === true;
  const rows = await context.runner.read(
    forward ? buildVersionDiffQuery(args.from, args.to) : buildVersionDiffQuery(args.to, args.from),
  );
  if (!rows[0]) throw badInput(`"${args.from}" and "${args.to}" are not versions of one work`);
  const diff = toVersionDiff(rows[0]);
  return forward ? diff : reversed(diff);
}

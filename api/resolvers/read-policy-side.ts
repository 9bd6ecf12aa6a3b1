/**
 * A document argument of compare and coverage (`lowerPolicyId`, `upperPolicyId`) read as the Policy compared. With a
 * day (asOf), any id of a versioned statute stands for its work: the version in force that day. Without one, a Work
 * id (`w:…`) is read as on today's date, so `compare(… "w:…")` answers what `compare(…, asOf: today)` does; any other
 * id names exactly that node. A side given as a Work id, or read on a day, is compared through the version links
 * (SAME_AS / CHANGED_TO), since the engine aligned each text against the version in force when it was made.
 * Example: readPolicySide('upperPolicyId', 'w:中华人民共和国|科学技术进步法', undefined, context)
 * → { id: 't:中华人民共和国|科学技术进步法@2021-12-24', throughVersions: true }; an unknown id → { problem:
 * 'upperPolicyId: no policy or work with id "…"' }.
 */
import type { ApiContext } from '../context.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { buildPolicyAsOfQuery } from './policy-as-of.ts';
import { inForceCypher } from './read-as-of.ts';
import { type TimeInForce, whyNotInForce } from './why-not-in-force.ts';

/** The Policy an argument names, or why it names none (a message that names the argument). */
export type PolicySide = { id: string; throughVersions: boolean } | { problem: string };

/** Whether an id is a Work id (`w:` + work key, docs/versions.md). */
export const isWorkId = (id: string): boolean => id.startsWith('w:');

/** Today's date in China (the day the statutes' dates are counted in), as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

// The Policies an id stands for: a Work's versions, a version's work's versions, or the node itself.
const VERSIONS_OF_ID = `CALL () {
  MATCH (w:Work {id: $id})-[:HAS_VERSION]->(v:Policy) RETURN v
  UNION
  // Two clauses: one pattern may not use the same HAS_VERSION twice, so it would never return the version given.
  MATCH (:Policy {id: $id})<-[:HAS_VERSION]-(w:Work) MATCH (w)-[:HAS_VERSION]->(v:Policy) RETURN v
  UNION
  MATCH (v:Policy {id: $id}) RETURN v
}`;

/**
 * The version in force on a day of a Policy or Work id: a version of a statute (or a Work id) gives the version of its
 * work in force then; any other id stands for itself. No row when the id is unknown or no version was in force.
 */
export function buildVersionAsOfQuery(id: string, asOf: string): CypherQuery {
  return {
    cypher: `${VERSIONS_OF_ID}
WITH v WHERE v.validFrom IS NULL OR ${inForceCypher('v')}
RETURN v.id AS id`,
    params: { id, asOf },
  };
}

/** Every Policy an id stands for, with its time in force (oldest first); no row when the id is unknown. */
export function buildVersionTimesQuery(id: string): CypherQuery {
  return {
    cypher: `${VERSIONS_OF_ID}
RETURN DISTINCT v.id AS id, v.validFrom AS validFrom, v.validTo AS validTo ORDER BY validFrom, id`,
    params: { id },
  };
}

/** Why no version of `id` was in force on `day` (pure): before its first version took effect, or after its last. */
export function notInForceMessage(argument: string, id: string, day: string, versions: readonly TimeInForce[]): string {
  return `${argument}: no version of "${id}" was in force on ${day}${whyNotInForce(id, `"${id}"`, day, versions)}`;
}

/** Reads one document argument; `asOf` is the validated day or undefined. */
export async function readPolicySide(
  argument: string,
  id: string,
  asOf: string | undefined,
  context: ApiContext,
): Promise<PolicySide> {
  const day = asOf ?? (isWorkId(id) ? todayInChina() : undefined);
  const first = async (query: CypherQuery) => {
    const found = (await context.runner.read(query))[0]?.id;
    return typeof found === 'string' ? found : undefined;
  };
  if (day === undefined) {
    const found = await first(buildPolicyAsOfQuery({ id }, undefined));
    return found ? { id: found, throughVersions: false } : { problem: unknownMessage(argument, id) };
  }
  // A Work id without a day whose versions are none in force today (repealed, or not yet in effect) is read as
  // policy(id) reads it: its latest version.
  const found =
    (await first(buildVersionAsOfQuery(id, day))) ??
    (asOf === undefined ? await first(buildPolicyAsOfQuery({ id }, undefined)) : undefined);
  if (found) return { id: found, throughVersions: true };
  const versions = (await context.runner.read(buildVersionTimesQuery(id))) as unknown as TimeInForce[];
  return {
    problem: versions.length === 0 ? unknownMessage(argument, id) : notInForceMessage(argument, id, day, versions),
  };
}

function unknownMessage(argument: string, id: string): string {
  return `${argument}: no policy or work with id "${id}"`;
}

/**
 * Query builder: the rows of one or more documents → the Cypher statements that write them, to run in ONE
 * transaction (the graph handle's `write`). Every statement is a batched `UNWIND $rows AS row MERGE …` over the rows of all
 * the documents, in document order; the last ones remove, per document, what its text no longer has. Relationship
 * types are fixed literals here, never taken from input. Example:
 *   buildPolicyWrite(rows) → [{ cypher: 'UNWIND $docs AS d MERGE (p:Policy {id: d.id}) SET p += d.props …', params: { docs: [{ id, props, aliases }] } }, …]
 */
import type { CitationRelation } from '../../model/index.ts';
import { BOOK_LISTS, type PolicyRows } from './build-policy-rows.ts';
import { distinctList, mergeList, RELATION_TYPE, type CypherQuery } from './cypher-parts.ts';
import { buildStaleRemoval } from './build-stale-removal.ts';

export type { CypherQuery } from './cypher-parts.ts';

/** Options of the writer. */
export interface PolicyWriteOptions {
  /** The Policy node did not exist before this write: nothing can be stale, so the cleanup statements are left out. */
  firstWrite?: boolean;
}

/** One document of a batch write: its rows, and whether its Policy is written for the first time. */
export interface PolicyWrite {
  rows: PolicyRows;
  firstWrite: boolean;
}

/** Options of a batch write. */
export interface BatchWriteOptions {
  /**
   * When every document is a first write, CREATE (not MERGE) what belongs to them alone: the Policy, its parts,
   * articles, items, goals, events and the roles on its articles. The same graph for half the work; should a node
   * with one of those ids exist after all (ids repeated in one text), the unique constraints refuse the batch and the
   * caller writes it again with MERGE.
   */
  create?: boolean;
}

type Batch = readonly PolicyRows[];

/**
 * What a book of a code states of the code (its events, its roles and citations) is kept once, with the books that
 * state it (`books`): a re-write of one book removes only what no other book states. Null for a whole text: unchanged.
 */
const addBook = (v: string): string =>
  `SET ${v}.books = CASE WHEN row.book IS NULL OR row.book IN coalesce(${v}.books, []) THEN ${v}.books ELSE coalesce(${v}.books, []) + row.book END`;

/** The rows of every document of the batch, in document order, each with the id of the Policy it belongs to. */
const rowsOf = <T extends object>(
  batch: Batch,
  pick: (rows: PolicyRows) => readonly T[],
): (T & { policyId: string })[] =>
  batch.flatMap((rows) => pick(rows).map((row) => ({ ...row, policyId: rows.policyId })));

function upsertPolicies(batch: Batch, fresh: boolean): CypherQuery {
  return {
    cypher: `UNWIND $docs AS d
${fresh ? 'CREATE' : 'MERGE'} (p:Policy {id: d.id})
SET p += d.props
SET p.tier = CASE WHEN p.tierSetBy IS NULL THEN coalesce(d.tier, p.tier) ELSE p.tier END
SET p.titleAliases = ${mergeList('p.titleAliases', 'd.aliases', 'p.title')}`,
    params: {
      docs: batch.map((rows) => ({ id: rows.policyId, props: rows.policy, tier: rows.tier, aliases: rows.aliases })),
    },
  };
}

/** The book a row's statement is made by (a code's book), for `addBook`; nothing for a whole text. */
const bookOf = (rows: PolicyRows): { book?: string } => (rows.book ? { book: rows.book.id } : {});

/** The Book node of each book of a code the batch writes, under its code's Policy. */
function upsertBooks(batch: Batch, fresh: boolean): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (p:Policy {id: row.policyId})
${fresh ? 'CREATE (p)-[:HAS_BOOK]->(b:Book {id: row.id})' : 'MERGE (b:Book {id: row.id})'}
SET b += row.props${fresh ? '' : '\nMERGE (p)-[:HAS_BOOK]->(b)'}`,
    params: { rows: batch.flatMap((rows) => (rows.book ? [{ ...rows.book, policyId: rows.policyId }] : [])) },
  };
}

/** The code's counts and lists are those of its books together, in the code's order (recomputed on each write). */
function sumBooks(batch: Batch): CypherQuery {
  const union = (field: string) =>
    `p.${field} = ${distinctList(`reduce(all = [], b IN books | all + coalesce(b.${field}, []))`)}`;
  return {
    cypher: `UNWIND $rows AS id
MATCH (p:Policy {id: id})
CALL (p) {
  MATCH (p)-[:HAS_BOOK]->(b:Book)
  WITH b ORDER BY b.order
  RETURN sum(b.articleCount) AS articles, sum(b.partCount) AS parts, collect(b) AS books
}
SET p.articleCount = articles, p.partCount = parts,
    ${BOOK_LISTS.map(union).join(',\n    ')}`,
    params: { rows: batch.flatMap((rows) => (rows.book ? [rows.policyId] : [])) },
  };
}

function upsertJurisdictions(batch: Batch): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (j:Jurisdiction {id: row.name})
SET j.name = row.name, j.tier = coalesce(row.tier, j.tier), j.code = coalesce(row.code, j.code), j.notInMap = row.notInMap
WITH j, row WHERE row.parent IS NOT NULL
MERGE (parent:Jurisdiction {id: row.parent})
ON CREATE SET parent.name = row.parent
MERGE (j)-[:PART_OF]->(parent)
WITH j, parent
OPTIONAL MATCH (j)-[old:PART_OF]->(other:Jurisdiction) WHERE other <> parent
DELETE old`,
    params: { rows: batch.flatMap((rows) => rows.jurisdictions) },
  };
}

function linkPolicyJurisdictions(batch: Batch, fresh: boolean): CypherQuery {
  return {
    cypher: fresh
      ? `UNWIND $docs AS d
MATCH (p:Policy {id: d.id}), (j:Jurisdiction {id: d.jurisdiction})
CREATE (p)-[:IN_JURISDICTION]->(j)`
      : `UNWIND $docs AS d
MATCH (p:Policy {id: d.id})
OPTIONAL MATCH (p)-[old:IN_JURISDICTION]->(j:Jurisdiction) WHERE d.jurisdiction IS NULL OR j.id <> d.jurisdiction
DELETE old
WITH DISTINCT p, d
MATCH (j:Jurisdiction {id: d.jurisdiction})
MERGE (p)-[:IN_JURISDICTION]->(j)`,
    params: { docs: batch.map((rows) => ({ id: rows.policyId, jurisdiction: rows.jurisdiction })) },
  };
}

/** A node that belongs to one parent (a Part to its Policy, a Section to its chapter, an Item to its Article): CREATE on a first write, else MERGE. */
function upsertChildren(
  spec: {
    parent: 'Policy' | 'Part' | 'Article';
    parentId: 'policyId' | 'chapterId' | 'articleId';
    type: 'HAS_PART' | 'HAS_SECTION' | 'HAS_ITEM';
    child: 'Part' | 'Section' | 'Item';
  },
  rows: readonly object[],
  fresh: boolean,
): CypherQuery {
  const match = `UNWIND $rows AS row
MATCH (parent:${spec.parent} {id: row.${spec.parentId}})`;
  return {
    cypher: fresh
      ? `${match}
CREATE (parent)-[:${spec.type}]->(x:${spec.child} {id: row.id})
SET x += row.props`
      : `${match}
MERGE (x:${spec.child} {id: row.id})
SET x += row.props
MERGE (parent)-[:${spec.type}]->(x)`,
    params: { rows },
  };
}

const upsertParts = (batch: Batch, fresh: boolean): CypherQuery =>
  upsertChildren(
    { parent: 'Policy', parentId: 'policyId', type: 'HAS_PART', child: 'Part' },
    rowsOf(batch, (rows) => rows.parts),
    fresh,
  );

const upsertSections = (batch: Batch, fresh: boolean): CypherQuery =>
  upsertChildren(
    { parent: 'Part', parentId: 'chapterId', type: 'HAS_SECTION', child: 'Section' },
    batch.flatMap((rows) => rows.sections),
    fresh,
  );

const upsertItems = (batch: Batch, fresh: boolean): CypherQuery =>
  upsertChildren(
    { parent: 'Article', parentId: 'articleId', type: 'HAS_ITEM', child: 'Item' },
    batch.flatMap((rows) => rows.items),
    fresh,
  );

function upsertArticles(batch: Batch, fresh: boolean): CypherQuery {
  return {
    cypher: fresh
      ? `UNWIND $rows AS row
MATCH (p:Policy {id: row.policyId})
CREATE (p)-[:HAS_ARTICLE]->(a:Article {id: row.id})
SET a += row.props
WITH a, row WHERE row.partId IS NOT NULL
MATCH (part:Part {id: row.partId})
CREATE (part)-[:HAS_ARTICLE]->(a)`
      : `UNWIND $rows AS row
MATCH (p:Policy {id: row.policyId})
MERGE (a:Article {id: row.id})
SET a += row.props
REMOVE a.stale
MERGE (p)-[:HAS_ARTICLE]->(a)
WITH a, row
OPTIONAL MATCH (a)<-[old:HAS_ARTICLE]-(other:Part) WHERE row.partId IS NULL OR other.id <> row.partId
DELETE old
WITH DISTINCT a, row
MATCH (part:Part {id: row.partId})
MERGE (part)-[:HAS_ARTICLE]->(a)`,
    params: { rows: rowsOf(batch, (rows) => rows.articles) },
  };
}

/**
 * An article of a section (节) hangs under it too, beside its chapter; a re-write moves it when its section changed.
 * Only documents with sections take part: one without any loses its old sections (and their links) in the cleanup.
 */
function linkArticleSections(batch: Batch, fresh: boolean): CypherQuery {
  const rows = batch.filter((rows) => rows.sections.length > 0).flatMap((rows) => rows.articles);
  return {
    cypher: fresh
      ? `UNWIND $rows AS row
MATCH (s:Section {id: row.sectionId}), (a:Article {id: row.id})
CREATE (s)-[:HAS_ARTICLE]->(a)`
      : `UNWIND $rows AS row
MATCH (a:Article {id: row.id})
OPTIONAL MATCH (a)<-[old:HAS_ARTICLE]-(other:Section) WHERE row.sectionId IS NULL OR other.id <> row.sectionId
DELETE old
WITH DISTINCT a, row
MATCH (s:Section {id: row.sectionId})
MERGE (s)-[:HAS_ARTICLE]->(a)`,
    params: {
      rows: (fresh ? rows.filter((a) => a.sectionId !== null) : rows).map(({ id, sectionId }) => ({ id, sectionId })),
    },
  };
}

function upsertAgencies(batch: Batch): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (g:Agency {id: row.id})
SET g.name = row.name, g.collective = row.collective, g.jurisdiction = coalesce(row.jurisdiction, g.jurisdiction),
    g.aliases = ${mergeList('g.aliases', 'row.aliases', 'row.name')}
WITH g, row WHERE row.jurisdiction IS NOT NULL
MATCH (j:Jurisdiction {id: row.jurisdiction})
MERGE (g)-[:IN_JURISDICTION]->(j)`,
    params: { rows: batch.flatMap((rows) => rows.agencies) },
  };
}

function linkArticleRoles(batch: Batch, role: 'LEADS' | 'COOPERATES_ON', fresh: boolean): CypherQuery {
  const rows = batch.flatMap((rows) => rows.articleRoles.filter((r) => r.role === role));
  // New articles have no roles yet: CREATE, once per agency and article, with the last wording (as MERGE + SET would).
  const once = [...new Map(rows.map((r) => [`${r.agencyId}\u0000${r.articleId}`, r])).values()];
  return {
    cypher: `UNWIND $rows AS row
MATCH (g:Agency {id: row.agencyId}), (a:Article {id: row.articleId})
${fresh ? 'CREATE' : 'MERGE'} (g)-[r:${role}]->(a)
SET r.asWritten = row.asWritten`,
    params: { rows: fresh ? once : rows },
  };
}

function linkPolicyRoles(batch: Batch, role: 'ISSUED' | 'DRAFTED' | 'APPROVED'): CypherQuery {
  // Keyed by source: what the document says of itself and what an interpretation says of it are separate statements.
  return {
    cypher: `UNWIND $rows AS row
MATCH (g:Agency {id: row.agencyId}), (t:Policy {id: row.targetId})
MERGE (g)-[r:${role} {source: row.source}]->(t)
SET r.detail = row.detail
${addBook('r')}`,
    params: {
      rows: batch.flatMap((rows) =>
        rows.policyRoles.filter((r) => r.role === role).map((r) => ({ ...r, ...bookOf(rows) })),
      ),
    },
  };
}

function upsertGoals(batch: Batch): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (x:Goal {id: row.id})
SET x += row.props
WITH x, row
OPTIONAL MATCH (x)<-[old:HAS_GOAL]-(owner) WHERE owner.id <> row.ownerId
DELETE old
WITH DISTINCT x, row
OPTIONAL MATCH (policy:Policy {id: row.ownerId})
OPTIONAL MATCH (article:Article {id: row.ownerId})
WITH x, coalesce(article, policy) AS owner WHERE owner IS NOT NULL
MERGE (owner)-[:HAS_GOAL]->(x)`,
    params: { rows: batch.flatMap((rows) => rows.goals) },
  };
}

/** A first write knows its goals' owners: the Policy itself, or one of its new articles. Two statements, one label each. */
function createGoals(batch: Batch): CypherQuery[] {
  const rows = rowsOf(batch, (r) => r.goals);
  const on = (label: 'Article' | 'Policy', picked: typeof rows): CypherQuery => ({
    cypher: `UNWIND $rows AS row
MATCH (owner:${label} {id: row.ownerId})
CREATE (owner)-[:HAS_GOAL]->(x:Goal {id: row.id})
SET x += row.props`,
    params: { rows: picked.map(({ id, ownerId, props }) => ({ id, ownerId, props })) },
  });
  return [
    on(
      'Article',
      rows.filter((g) => g.ownerId !== g.policyId),
    ),
    on(
      'Policy',
      rows.filter((g) => g.ownerId === g.policyId),
    ),
  ];
}

function upsertEvents(batch: Batch, fresh: boolean): CypherQuery {
  return {
    cypher: fresh
      ? `UNWIND $rows AS row
CREATE (e:Event {id: row.id})
SET e += row.props
${addBook('e')}
WITH e, row
MATCH (owner:Policy {id: row.ownerId})
CREATE (owner)-[:HAS_EVENT]->(e)`
      : `UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props
${addBook('e')}
WITH e, row
OPTIONAL MATCH (e)<-[old:HAS_EVENT]-(owner) WHERE owner.id <> row.ownerId
DELETE old
WITH DISTINCT e, row
MATCH (owner:Policy {id: row.ownerId})
MERGE (owner)-[:HAS_EVENT]->(e)`,
    params: { rows: batch.flatMap((rows) => rows.events.map((e) => ({ ...e, ...bookOf(rows) }))) },
  };
}

function upsertCitedPolicies(batch: Batch): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (t:Policy {id: row.targetId})
ON CREATE SET t += row.create, t.status = 'cited', t.titleAliases = []
SET t.docNumber = coalesce(t.docNumber, row.fillNumber),
    t.titleAliases = ${mergeList('t.titleAliases', 'CASE WHEN row.alias IS NULL THEN [] ELSE [row.alias] END', 't.title')}
WITH t, row WHERE row.create IS NOT NULL AND row.create.jurisdiction IS NOT NULL
MATCH (j:Jurisdiction {id: row.create.jurisdiction})
MERGE (t)-[:IN_JURISDICTION]->(j)`,
    params: {
      rows: batch
        .flatMap((rows) => rows.citations)
        .map((c) => ({
          targetId: c.targetId,
          create: c.create ?? null,
          fillNumber: c.fillNumber ?? null,
          alias: c.alias ?? null,
        })),
    },
  };
}

function linkCitations(batch: Batch, relation: CitationRelation): CypherQuery {
  const type = RELATION_TYPE[relation];
  const pattern = relation === 'implements' ? `[r:${type} {inferred: false}]` : `[r:${type}]`;
  return {
    cypher: `UNWIND $rows AS row
MATCH (p:Policy {id: row.policyId}), (t:Policy {id: row.targetId})
MERGE (p)-${pattern}->(t)
SET r.line = row.line, r.citedTitle = row.citedTitle, r.citedNumber = row.citedNumber
${addBook('r')}`,
    params: {
      rows: rowsOf(batch, (rows) =>
        rows.citations
          .filter((c) => c.relation === relation)
          .map((c) => ({
            targetId: c.targetId,
            line: c.line,
            citedTitle: c.citedTitle,
            citedNumber: c.citedNumber,
            ...bookOf(rows),
          })),
      ),
    },
  };
}

/**
 * Builds the statements that write a batch of documents, in order; run them in one transaction. Each statement
 * carries the rows of all the documents in document order, so a batch writes what its documents written one after
 * the other would, as long as no two of them write the same Policy (the batch writer sees to that).
 */
export function buildPoliciesWrite(writes: readonly PolicyWrite[], options: BatchWriteOptions = {}): CypherQuery[] {
  const batch = writes.map((w) => w.rows);
  const fresh = options.create === true && writes.every((w) => w.firstWrite);
  const upserts: CypherQuery[] = [
    upsertPolicies(batch, fresh),
    upsertBooks(batch, fresh),
    sumBooks(batch),
    upsertJurisdictions(batch),
    linkPolicyJurisdictions(batch, fresh),
    upsertParts(batch, fresh),
    upsertSections(batch, fresh),
    upsertArticles(batch, fresh),
    linkArticleSections(batch, fresh),
    upsertItems(batch, fresh),
    upsertAgencies(batch),
    linkArticleRoles(batch, 'LEADS', fresh),
    linkArticleRoles(batch, 'COOPERATES_ON', fresh),
    ...(fresh ? createGoals(batch) : [upsertGoals(batch)]),
    // Cited Policies first: an interpretation's roles and events hang on the Policy it interprets, maybe cited-only.
    upsertCitedPolicies(batch),
    ...(['ISSUED', 'DRAFTED', 'APPROVED'] as const).map((role) => linkPolicyRoles(batch, role)),
    upsertEvents(batch, fresh),
    ...(['implements', 'based_on', 'cites', 'interprets'] as const).map((relation) => linkCitations(batch, relation)),
  ];
  // A batch with no rows would be a round trip that does nothing; the cleanup statements run for each document whose
  // Policy existed before (a first write has nothing stale: ~40% fewer statements on a fresh import).
  const cleanups = writes.flatMap((w) => (w.firstWrite ? [] : buildStaleRemoval(w.rows)));
  return [...upserts.filter((q) => !Array.isArray(q.params.rows) || q.params.rows.length > 0), ...cleanups];
}

/** Builds the statements that write one document, in order; run them in one transaction. */
export function buildPolicyWrite(rows: PolicyRows, options: PolicyWriteOptions = {}): CypherQuery[] {
  return buildPoliciesWrite([{ rows, firstWrite: options.firstWrite ?? false }]);
}

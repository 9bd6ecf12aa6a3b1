/**
 * The version step, run at the end of every import: the versioned statutes in the graph become Works with their
 * dated versions (`(:Work)-[:HAS_VERSION]->(:Policy)`, validFrom/validTo/versionStatus), the articles of successive
 * versions are linked (SAME_AS, CHANGED_TO, ADDED, DELETED; recomputed only when either text changed), repeal and
 * amendment statements of later texts end the last version, and each citation of a work points at the version the
 * citing text was written against. A pure function of the graph's Policies: any import order ends the same. Example:
 *   await linkVersions(graph) → { works: 2710, versioned: 103, versions: 2822, linkedPairs: 109, articleLinks: 4120,
 *     repealed: 12, amended: 3, citationsMoved: 57, stubsDeleted: 9 }
 */
import {
  buildClearVersionLinksQuery,
  buildDeleteOrphanStubsQuery,
  buildDeleteOrphanTitleStubsQuery,
  buildMoveCitationsQuery,
  buildReadStatementsQuery,
  buildReadTitleCitationsQuery,
  buildReadVersionArticlesQuery,
  buildReadVersionsQuery,
  buildReadWorkCitationsQuery,
  buildWriteVersionLinksQueries,
  buildWriteWorksQueries,
  CITATION_TYPES,
  type CitationMove,
  type CitationType,
  type VersionDiffRow,
  type WorkRow,
} from '../write/build-version-queries.ts';
import {
  citableVersions,
  citingMadeBy,
  diffArticleVersions,
  issueMadeOn,
  orderVersions,
  pickCitedVersion,
  pickIssueAtDate,
  type MakingEvent,
  type StoredDates,
  type VersionArticle,
  type WorkStatement,
} from '../versions/index.ts';
import type { ImportGraph } from './write-policy-batch.ts';

/** What the step did. */
export interface LinkVersionsResult {
  works: number;
  /** Works with more than one version. */
  versioned: number;
  versions: number;
  /** Pairs of successive versions whose articles were (re)linked in this run. */
  linkedPairs: number;
  articleLinks: number;
  repealed: number;
  amended: number;
  citationsMoved: number;
  /** Citations by title alone moved to the issue of a re-issued title in force when the citing text was made. */
  issueCitationsMoved: number;
  stubsDeleted: number;
}

interface StoredVersion {
  id: string;
  title?: string;
  jurisdiction?: string;
  versionDate: string;
  docNumber?: string | null;
  event?: MakingEvent | null;
  effectiveOn?: string | null;
  sha256?: string;
  diffedFrom?: string | null;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayOf = (...dates: unknown[]): string | undefined =>
  dates.find((d): d is string => typeof d === 'string' && FULL_DATE.test(d));

/** Statements per work id, each dated by the day the stating text takes effect, and by the day it was made. */
function readStatements(rows: readonly Record<string, unknown>[]): Map<string, WorkStatement[]> {
  const byWork = new Map<string, WorkStatement[]>();
  for (const row of rows) {
    const date = dayOf(row.effectiveOn, row.versionDate, row.issuedOn, row.publishedOn);
    if (!date) continue;
    const madeOn = dayOf(row.versionDate, row.issuedOn, row.publishedOn, row.effectiveOn);
    const add = (kind: WorkStatement['kind'], workId: string) =>
      byWork.set(workId, [
        ...(byWork.get(workId) ?? []),
        { kind, date, byId: String(row.id), ...(madeOn ? { madeOn } : {}) },
      ]);
    for (const workId of row.repeals as string[]) add('repeal', workId);
    for (const workId of row.amends as string[]) add('amend', workId);
  }
  return byWork;
}

/**
 * Where each citation by title alone into a re-issued title goes (buildReadTitleCitationsQuery's rows): the issue in
 * force when the citing text was made (pickIssueAtDate; never the citing text itself), marked like a version's
 * `versionMatch`. A citing text of unknown date, or one only undated issues may fit, is left where it was resolved.
 * Example: 盐池's rules (盐政发〔2017〕40号) citing 《国务院工作规则》, held by the 2013 text, 国发〔2018〕21号 and the 2023
 * text → { sourceId: '盐政发〔2017〕40号', targetId: <where resolved>, versionId: '…@2013-03-20', versionMatch: 'at-date' }.
 */
export function planIssueCitationMoves(
  rows: readonly Record<string, unknown>[],
): { type: CitationType; move: CitationMove }[] {
  // One move per citation: a row per place group may name the same one (a placeless cited-only node).
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const sourceId = String(row.sourceId);
    const citation = `${sourceId}\n${String(row.type)}\n${String(row.targetId)}`;
    if (seen.has(citation)) return [];
    seen.add(citation);
    const issues = (row.issues as Record<string, string | null>[])
      .filter((i) => String(i.id) !== sourceId)
      .map((i) => {
        const made = issueMadeOn(i);
        return { id: String(i.id), ...(made ? { madeOn: made } : {}) };
      });
    const picked = pickIssueAtDate(issues, citingMadeBy(row as StoredDates));
    if (!picked) return [];
    const move = { sourceId, targetId: String(row.targetId), versionId: picked.id, versionMatch: picked.match };
    return [{ type: String(row.type) as CitationType, move }];
  });
}

/** Runs the version step over the whole graph. */
export async function linkVersions(graph: Pick<ImportGraph, 'read' | 'write'>): Promise<LinkVersionsResult> {
  const [versionRows, statementRows] = await Promise.all([
    graph.read(buildReadVersionsQuery()),
    graph.read(buildReadStatementsQuery()),
  ]);
  const statements = readStatements(statementRows);
  const works: WorkRow[] = [];
  const ordered = new Map<string, StoredVersion[]>();
  let repealed = 0;
  let amended = 0;
  for (const row of versionRows) {
    const workId = String(row.workId);
    const stored = row.versions as StoredVersion[];
    const timeline = orderVersions(stored, statements.get(workId) ?? []);
    const byId = new Map(stored.map((v) => [v.id, v]));
    const last = byId.get(timeline[timeline.length - 1]!.id)!;
    const lastStatus = timeline[timeline.length - 1]!.status;
    if (lastStatus === 'repealed') repealed += 1;
    if (lastStatus === 'amended') amended += 1;
    works.push({
      id: workId,
      key: workId.slice(2),
      title: last.title ?? null,
      jurisdiction: last.jurisdiction ?? null,
      versions: timeline,
    });
    ordered.set(
      workId,
      timeline.map((t) => byId.get(t.id)!),
    );
  }
  await graph.write(buildWriteWorksQueries(works));

  // Article links: pairs of successive versions whose texts changed since they were last linked.
  const pairs: { older: StoredVersion; newer: StoredVersion; signature: string }[] = [];
  const unlinked: string[] = [];
  for (const versions of ordered.values()) {
    versions.forEach((newer, index) => {
      const older = versions[index - 1];
      if (!older) {
        if (newer.diffedFrom) unlinked.push(newer.id);
        return;
      }
      const signature = `${older.id}|${older.sha256 ?? ''}|${newer.sha256 ?? ''}`;
      if (newer.diffedFrom !== signature) pairs.push({ older, newer, signature });
    });
  }
  let articleLinks = 0;
  for (let start = 0; start < pairs.length; start += 50) {
    const slice = pairs.slice(start, start + 50);
    const ids = [...new Set(slice.flatMap((p) => [p.older.id, p.newer.id]))];
    const articleRows = await graph.read(buildReadVersionArticlesQuery(ids));
    const articlesOf = new Map(
      articleRows.map((r) => [String(r.id), r.articles as (VersionArticle & { id: string })[]]),
    );
    const diffs: VersionDiffRow[] = slice.map(({ older, newer, signature }) => {
      const olderArticles = articlesOf.get(older.id) ?? [];
      const newerArticles = articlesOf.get(newer.id) ?? [];
      const olderId = new Map(olderArticles.map((a) => [a.path, a.id]));
      const newerId = new Map(newerArticles.map((a) => [a.path, a.id]));
      const diff = diffArticleVersions(olderArticles.map(plainArticle), newerArticles.map(plainArticle));
      return {
        olderId: older.id,
        newerId: newer.id,
        signature,
        links: diff.links.map((l) => ({ ...l, fromId: olderId.get(l.from)!, toId: newerId.get(l.to)! })),
        addedIds: diff.added.map((p) => newerId.get(p)!),
        deletedIds: diff.deleted.map((p) => olderId.get(p)!),
      };
    });
    articleLinks += diffs.reduce((n, d) => n + d.links.length + d.addedIds.length + d.deletedIds.length, 0);
    await graph.write([
      buildClearVersionLinksQuery(slice.map((p) => p.newer.id)),
      ...buildWriteVersionLinksQueries(diffs),
    ]);
  }
  if (unlinked.length > 0) await graph.write([buildClearVersionLinksQuery(unlinked)]);

  // Citations: each points at the version its text was written against.
  const citationRows = await graph.read(buildReadWorkCitationsQuery());
  const moves = new Map<CitationType, CitationMove[]>();
  let citationsMoved = 0;
  for (const row of citationRows) {
    const versions = ordered.get(String(row.workId));
    if (!versions || versions.length === 0) continue;
    const citable = citableVersions(versions, row.citedNumber as string | null);
    const picked = pickCitedVersion(citable, citingMadeBy(row as StoredDates));
    const type = String(row.type) as CitationType;
    if (picked.id !== row.targetId) citationsMoved += 1;
    moves.set(type, [
      ...(moves.get(type) ?? []),
      {
        sourceId: String(row.sourceId),
        targetId: String(row.targetId),
        versionId: picked.id,
        versionMatch: picked.match,
      },
    ]);
  }
  const moveQueries = CITATION_TYPES.flatMap((type) =>
    moves.get(type)?.length ? [buildMoveCitationsQuery(type, moves.get(type)!)] : [],
  );
  const [deleted] = (await graph.write([...moveQueries, buildDeleteOrphanStubsQuery()])).slice(-1);

  // Citations by title alone of a re-issued title (statute or not): each points at the issue in force then. After the
  // version moves, so it reads where they left each citation.
  const issueRows = await graph.read(buildReadTitleCitationsQuery());
  const issueMoves = new Map<CitationType, CitationMove[]>();
  let issueCitationsMoved = 0;
  for (const { type, move } of planIssueCitationMoves(issueRows)) {
    if (move.versionId !== move.targetId) issueCitationsMoved += 1;
    issueMoves.set(type, [...(issueMoves.get(type) ?? []), move]);
  }
  const issueKeys = [...new Set(issueRows.map((r) => String(r.key)))];
  const issueQueries = CITATION_TYPES.flatMap((type) =>
    issueMoves.get(type)?.length ? [buildMoveCitationsQuery(type, issueMoves.get(type)!)] : [],
  );
  const [deletedStubs] =
    issueQueries.length > 0
      ? (await graph.write([...issueQueries, buildDeleteOrphanTitleStubsQuery(issueKeys)])).slice(-1)
      : [];
  return {
    works: works.length,
    versioned: works.filter((w) => w.versions.length > 1).length,
    versions: works.reduce((n, w) => n + w.versions.length, 0),
    linkedPairs: pairs.length,
    articleLinks,
    repealed,
    amended,
    citationsMoved,
    issueCitationsMoved,
    stubsDeleted: Number(deleted?.[0]?.deleted ?? 0) + Number(deletedStubs?.[0]?.deleted ?? 0),
  };
}

function plainArticle(a: VersionArticle): VersionArticle {
  return {
    path: a.path,
    text: a.text ?? '',
    ...(a.label ? { label: a.label } : {}),
    ...(a.heading ? { heading: a.heading } : {}),
  };
}

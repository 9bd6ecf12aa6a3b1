/**
 * What the version graph holds after an import of a real corpus: works, versions, article links between versions,
 * statuses, citations pointed at a version, and the basis-lost signals (lower documents resting on an upper version
 * changed after they were made, as Policy.basisChanged computes them). Read-only. Example:
 *   await measureVersions(neo) → { works: 2702, severalVersions: 98, versions: 2811, articleLinks: { SAME_AS: 3120, … },
 *     basisLost: { documents: 412, signals: 530, withChangedArticles: 61 }, … }
 */
import type { BenchNeo4j } from '../start-bench-neo4j.ts';
import { loadPiece } from '../load-piece.ts';

type BuildBasisQuery = (ids: readonly string[]) => { cypher: string; params: Record<string, unknown> };

/** Counts the version graph and the basis-lost signals. */
export async function measureVersions(neo: Pick<BenchNeo4j, 'graph'>) {
  const { graph } = neo;
  const started = performance.now();
  const [counts] = await graph.read({
    cypher: `RETURN COUNT { (:Work) } AS works,
  COUNT { (w:Work) WHERE w.versionCount > 1 } AS severalVersions,
  COUNT { ()-[:HAS_VERSION]->() } AS versions,
  COUNT { ()-[:SAME_AS]->() } AS sameAs, COUNT { ()-[:CHANGED_TO]->() } AS changedTo,
  COUNT { ()-[:ADDED]->() } AS added, COUNT { ()-[:DELETED]->() } AS deleted,
  COUNT { (p:Policy) WHERE p.versionStatus = 'in_force' } AS inForce,
  COUNT { (p:Policy) WHERE p.versionStatus = 'superseded' } AS superseded,
  COUNT { (p:Policy) WHERE p.versionStatus = 'amended' } AS amended,
  COUNT { (p:Policy) WHERE p.versionStatus = 'repealed' } AS repealed,
  COUNT { (p:Policy) WHERE p.versionDateSource = 'file-name' } AS versionDateFromFileName,
  COUNT { ()-[r:IMPLEMENTS|BASED_ON|CITES]->(:Policy)<-[:HAS_VERSION]-() } AS citationsOfVersions,
  COUNT { ()-[r:IMPLEMENTS|BASED_ON|CITES]->(:Policy) WHERE r.versionMatch = 'earliest-later' } AS restingOnOlderText`,
  });
  // The API's own query, over every document citing a version.
  const build = await loadPiece<BuildBasisQuery>('api/resolvers/basis-changed.ts', 'buildBasisChangedQuery');
  const lowers = await graph.read({
    cypher: 'MATCH (l:Policy)-[:IMPLEMENTS|BASED_ON|CITES]->(:Policy)<-[:HAS_VERSION]-() RETURN DISTINCT l.id AS id',
  });
  const signals = await graph.read(build(lowers.map((r) => String(r.id))));
  const local = await graph.read({
    cypher: `MATCH (l:Policy)-[:IMPLEMENTS|BASED_ON|CITES]->(u:Policy)<-[:HAS_VERSION]-(w:Work)
WHERE l.authorityLevel = 'local_regulation' AND u.tier = 'national' AND w.versionCount > 1
RETURN count(DISTINCT l) AS lowers`,
  });
  const examples = signals
    .filter((s) => (s.changed as string[]).length > 0)
    .slice(0, 5)
    .concat(signals.slice(0, 3));
  const c = counts ?? {};
  return {
    ...c,
    basisLost: {
      documentsChecked: lowers.length,
      documents: new Set(signals.map((s) => s.key)).size,
      signals: signals.length,
      withChangedArticles: signals.filter((s) => (s.changed as string[]).length > 0).length,
      byStatus: Object.fromEntries(
        ['superseded', 'amended', 'repealed'].map((k) => [k, signals.filter((s) => s.status === k).length]),
      ),
      localRegulationsOnNationalLawInSeveralVersions: Number(local[0]?.lowers ?? 0),
      examples: examples.map((s) => ({
        lower: s.key,
        upper: s.upperId,
        status: s.status,
        date: s.date,
        changedArticles: (s.changed as string[]).length,
      })),
    },
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

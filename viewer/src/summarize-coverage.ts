/**
 * The numbers of the coverage summary (pure): of the articles counted (formal provisions left out), how many are
 * taken up, and by how many lower documents in all. Example: summarizeCoverage([{ lowerDocumentCount: 2,
 * counterparts: [{ policy: { id: 'a' } }, { policy: { id: 'b' } }], … }, { lowerDocumentCount: 0, … }]) →
 * { carried: 1, counted: 2, lowerDocuments: 2 }.
 */
import type { CoverageRowLike } from './color-coverage.ts';

/** What the summary line says. */
export interface CoverageSummary {
  carried: number;
  counted: number;
  lowerDocuments: number;
}

/** Counts rows as scoped (scopeCoverage) or not: a formal provision is counted neither way. */
export function summarizeCoverage(rows: readonly CoverageRowLike[]): CoverageSummary {
  const counted = rows.filter((r) => !r.formal);
  return {
    carried: counted.filter((r) => r.lowerDocumentCount > 0).length,
    counted: counted.length,
    lowerDocuments: new Set(rows.flatMap((r) => r.counterparts.map((c) => c.policy.id))).size,
  };
}

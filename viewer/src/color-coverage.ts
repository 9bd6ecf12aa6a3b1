/**
 * Colours for coverage (pure): how many lower documents carry an upper article. Example: coverageColor(0) is the
 * "not carried" red, coverageColor(3) the darkest green. Colour-blind safe ramp, readable on a projector.
 */

/** Colour ramp from 0 lower documents (red) to 3 or more (dark green). */
export const COVERAGE_RAMP = ['#d7301f', '#c7e9c0', '#74c476', '#238b45'] as const;

/** A formal provision (when the text takes effect, who interprets it): neither carried nor left out, so neither hue. */
export const FORMAL_COLOR = '#bdbdbd';

/** Colour of an upper article carried by `count` lower documents. */
export function coverageColor(count: number): string {
  const i = Math.max(0, Math.min(COVERAGE_RAMP.length - 1, Math.floor(count)));
  return COVERAGE_RAMP[i]!;
}

/** A coverage row as the viewer reads it. */
export interface CoverageRowLike {
  article: { id: string };
  lowerDocumentCount: number;
  counterparts: { policy: { id: string } }[];
  formal?: string | null;
}

/** Colour of one coverage row: FORMAL_COLOR for a formal provision, else by its count (scoped: taken up or not). */
export function coverageRowColor(row: CoverageRowLike, scoped: boolean): string {
  if (row.formal) return FORMAL_COLOR;
  return scoped ? scopedCoverageColor(row.lowerDocumentCount) : coverageColor(row.lowerDocumentCount);
}

/**
 * Coverage counted for one lower document (pure): 1 when that document itself carries the upper article, else 0 —
 * so "which State Council articles does Liuzhou not take up" is not answered by Guangxi's alignments. Without a
 * lower document the rows stay as they are. Example: scopeCoverage(rows, '柳政规〔2021〕18号') → counts 0 or 1.
 */
export function scopeCoverage<R extends CoverageRowLike>(rows: R[], lowerPolicyId?: string): R[] {
  if (!lowerPolicyId) return rows;
  return rows.map((r) => ({
    ...r,
    lowerDocumentCount: r.counterparts.some((c) => c.policy.id === lowerPolicyId) ? 1 : 0,
  }));
}

/** Colours of scoped coverage: taken up (dark green) or not (red). */
export function scopedCoverageColor(count: number): string {
  return count > 0 ? COVERAGE_RAMP[COVERAGE_RAMP.length - 1]! : COVERAGE_RAMP[0];
}

/**
 * Colours for coverage (pure): how many lower documents carry an upper article. Example: coverageColor(0) is the
 * "not carried" red, coverageColor(3) the darkest green. Colour-blind safe ramp, readable on a projector.
 */

/** Colour ramp from 0 lower documents (red) to 3 or more (dark green). */
export const COVERAGE_RAMP = ['#d7301f', '#c7e9c0', '#74c476', '#238b45'] as const;

/** Colour of an upper article carried by `count` lower documents. */
export function coverageColor(count: number): string {
  const i = Math.max(0, Math.min(COVERAGE_RAMP.length - 1, Math.floor(count)));
  return COVERAGE_RAMP[i]!;
}

/** Node id → colour for one coverage answer. */
export function coverageColors(rows: { article: { id: string }; lowerDocumentCount: number }[], nodeIdOf: (articleId: string) => string): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [nodeIdOf(r.article.id), coverageColor(r.lowerDocumentCount)]));
}

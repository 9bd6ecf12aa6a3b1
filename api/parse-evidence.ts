/**
 * Reads the `evidence` JSON string of an ALIGNS_WITH relationship. Example:
 * `parseEvidence('[{"lowerStart":0,"lowerEnd":4,"upperStart":2,"upperEnd":6,"lowerText":"高新区","upperText":"高新区"}]')`
 * → one EvidenceSpan; malformed JSON or malformed spans → `[]` / skipped.
 */
import type { EvidenceSpan } from '../model/index.ts';

function isSpan(value: unknown): value is EvidenceSpan {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['lowerStart', 'lowerEnd', 'upperStart', 'upperEnd'].every((k) => Number.isInteger(v[k])) &&
    typeof v.lowerText === 'string' &&
    typeof v.upperText === 'string'
  );
}

/** Parses evidence spans, dropping anything that is not a well-formed span. */
export function parseEvidence(json: unknown): EvidenceSpan[] {
  if (typeof json !== 'string' || json === '') return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter(isSpan) : [];
  } catch {
    return [];
  }
}

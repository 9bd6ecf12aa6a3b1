/**
 * The shape shared by compare and the curation mutations: an ALIGNS_WITH row → a ComparedPair (lower/upper are
 * resolved to Article objects by field resolvers). Example: `{ id: 'a->b', lowerId: 'a', upperId: 'b', score: 0.8,
 * class: 'related', status: null, evidence: '[]' }` → `{ …, status: 'suggested', evidence: [] }`.
 */
import type { AlignmentClass, EvidenceSpan } from '../../model/index.ts';
import { classifyScore } from '../../align/classify-score.ts';
import { parseEvidence } from '../parse-evidence.ts';
import { articleScalarProjection } from '../pick-scalar-selection.ts';
import { carriesArticleCypher } from './carries-article-cypher.ts';

/** A pair before its articles are loaded. */
export interface ComparedPairRow {
  id: string;
  lowerId: string;
  upperId: string;
  score: number;
  alignmentClass: AlignmentClass;
  /** Deprecated alias of alignmentClass. */
  class: AlignmentClass;
  status: string;
  /** The lower article names the upper one (依照…第N条). */
  cited: boolean;
  /** The pair counts as a counterpart, as coverage counts it (carries-article-cypher.ts). */
  counterpart: boolean;
  evidence: EvidenceSpan[];
  reviewedBy: string | null;
  reviewedAt: string | null;
  comment: string | null;
  /** Article scalars of `lower` / `upper`, so a scalar-only sub-selection needs no hydration (absent: hydrate). */
  lowerNode?: Record<string, unknown>;
  upperNode?: Record<string, unknown>;
}

/** Whether `r` from `la` to `ua` counts as a counterpart (carries-article-cypher.ts); as-of compare swaps `ua`. */
export const COUNTERPART = carriesArticleCypher({ lower: 'la', pair: 'r', target: 'ua' });

/** The Cypher map projection producing the fields `toComparedPair` reads, for `r` between `la` and `ua`. */
export const PAIR_PROJECTION = `{id: r.id, lowerId: la.id, upperId: ua.id, score: r.score, class: r.class,
  cited: r.cited, status: r.status, evidence: r.evidence, reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt, comment: r.comment,
  counterpart: ${COUNTERPART},
  lowerNode: ${articleScalarProjection('la')}, upperNode: ${articleScalarProjection('ua')}}`;

const CLASSES: readonly AlignmentClass[] = ['identical', 'almost_identical', 'related', 'partially_related'];

/** A stored class as the enum; a missing or unknown one is classed from the score as the engine would. Pure. */
export function toAlignmentClass(value: unknown, score: unknown): AlignmentClass {
  if (CLASSES.includes(value as AlignmentClass)) return value as AlignmentClass;
  return classifyScore(typeof score === 'number' ? score : 0);
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Converts a projected row into a ComparedPairRow (pure). */
export function toComparedPair(row: Record<string, unknown>): ComparedPairRow {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: String(row.id ?? `${String(row.lowerId)}->${String(row.upperId)}`),
    lowerId: String(row.lowerId),
    upperId: String(row.upperId),
    score: Number(row.score ?? 0),
    alignmentClass: toAlignmentClass(row.class, row.score),
    class: toAlignmentClass(row.class, row.score),
    status: str(row.status) ?? 'suggested',
    cited: row.cited === true,
    counterpart: row.counterpart === true,
    evidence: parseEvidence(row.evidence),
    reviewedBy: str(row.reviewedBy),
    reviewedAt: str(row.reviewedAt),
    comment: str(row.comment),
    ...(isMap(row.lowerNode) ? { lowerNode: row.lowerNode } : {}),
    ...(isMap(row.upperNode) ? { upperNode: row.upperNode } : {}),
  };
}

/**
 * The shape shared by compare and the curation mutations: an ALIGNS_WITH row → a ComparedPair (lower/upper are
 * resolved to Article objects by field resolvers). Example: `{ id: 'a->b', lowerId: 'a', upperId: 'b', score: 0.8,
 * class: 'related', status: null, evidence: '[]' }` → `{ …, status: 'suggested', evidence: [] }`.
 */
import type { AlignmentClass, EvidenceSpan } from '../../model/index.ts';
import { classifyScore } from '../../align/classify-score.ts';
import { carriesArticle } from '../../align/trace-lineage.ts';
import { parseEvidence } from '../parse-evidence.ts';
import { articleScalarProjection } from '../pick-scalar-selection.ts';

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
  /** The pair counts as a counterpart, as coverage counts it (align/trace-lineage.ts carriesArticle). */
  counterpart: boolean;
  evidence: EvidenceSpan[];
  reviewedBy: string | null;
  reviewedAt: string | null;
  comment: string | null;
  /** Article scalars of `lower` / `upper`, so a scalar-only sub-selection needs no hydration (absent: hydrate). */
  lowerNode?: Record<string, unknown>;
  upperNode?: Record<string, unknown>;
}

/** The Cypher map projection producing the fields `toComparedPair` reads, for `r` between `la` and `ua`. */
export const PAIR_PROJECTION = `{id: r.id, lowerId: la.id, upperId: ua.id, score: r.score, class: r.class,
  cited: r.cited, status: r.status, evidence: r.evidence, reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt, comment: r.comment,
  headingOnly: coalesce(la.text, '') = '' OR coalesce(ua.text, '') = '',
  bestOfLowerArticle: NOT EXISTS { MATCH (la)-[b:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(:Policy)-[:HAS_ARTICLE]->(ua)
    WHERE b.score > r.score AND coalesce(b.status, 'suggested') <> 'rejected' },
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
    counterpart: carriesArticle({
      score: Number(row.score ?? 0),
      bestOfLowerArticle: row.bestOfLowerArticle === true,
      headingOnly: row.headingOnly === true,
      cited: row.cited === true,
      status: str(row.status),
    }),
    evidence: parseEvidence(row.evidence),
    reviewedBy: str(row.reviewedBy),
    reviewedAt: str(row.reviewedAt),
    comment: str(row.comment),
    ...(isMap(row.lowerNode) ? { lowerNode: row.lowerNode } : {}),
    ...(isMap(row.upperNode) ? { upperNode: row.upperNode } : {}),
  };
}

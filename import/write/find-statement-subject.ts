/**
 * Decides which Policy a document's agency roles and timeline events are about. A document's own text speaks of
 * itself — except an interpretation (政策解读), whose 文件印发过程 tells how the document it interprets was made:
 * its drafter, approvers and the drafting → consultation → approval → issuance steps belong to that document. The
 * interpretation keeps its own issuer (it publishes the 解读) and any revision note, which the parser reads from
 * parentheses about other texts (a cited law's 修订). Example:
 *   subjectOfRole('drafter', { own: 't:柳州市|《…》政策解读', interpreted: '柳政规〔2021〕18号' }) → '柳政规〔2021〕18号'
 *   subjectOfRole('issuer', same) → 't:柳州市|《…》政策解读'
 */
import type { PolicyDocument, TimelineEvent } from '../../model/index.ts';
import type { CitationLink } from './resolve-citations.ts';

/** The document's own Policy id and, for an interpretation, the id of the Policy it interprets. */
export interface StatementSubjects {
  own: string;
  interpreted?: string;
}

/** The Policy the document interprets, as its resolved INTERPRETS link names it (none for other documents). */
export function findInterpretedPolicy(
  links: readonly Pick<CitationLink, 'relation' | 'targetId'>[],
): string | undefined {
  return links.find((link) => link.relation === 'interprets')?.targetId;
}

/** The Policy an agency role is about: an interpretation's drafter and approvers are those of the interpreted text. */
export function subjectOfRole(
  role: PolicyDocument['agencyRoles'][number]['role'],
  subjects: StatementSubjects,
): string {
  return role === 'issuer' ? subjects.own : (subjects.interpreted ?? subjects.own);
}

/** The Policy a timeline event is about: an interpretation's making-of steps are those of the interpreted text. */
export function subjectOfEvent(kind: TimelineEvent['kind'], subjects: StatementSubjects): string {
  return kind === 'revision' ? subjects.own : (subjects.interpreted ?? subjects.own);
}

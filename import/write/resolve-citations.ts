/**
 * Decides, for each citation of a document, which Policy it points to: by number first, else by title key; an
 * unknown document becomes a new cited-only node. A citation of the document itself is dropped with an issue.
 * One link per cited document, with the strongest relation (interprets > implements > based_on > cites). Example:
 *   《广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施》 with the Guangxi node among the candidates
 *     → { targetId: 't:广西壮族自治区|关于促进…若干措施', resolved: true, alias: '广西壮族自治区关于…若干措施' }
 */
import type { Citation, CitationRelation, ParseIssue, PolicyDocument, PolicyKind, Tier } from '../../model/index.ts';
import { buildTitleKey, normalizeTitle, type TitleKey } from './build-title-key.ts';
import { inferCitedPolicy } from './infer-cited-policy.ts';
import type { KnownPolicy } from './known-policy.ts';
import { pickByTitleKey, titleKeysMatch } from './match-title-key.ts';
import { newPolicyId } from './resolve-policy-identity.ts';
import { isInRun, numberForTitle, runKeysWithRest, type RunRegistry } from './run-registry.ts';

/** Properties of a cited-only Policy created by a citation. */
export interface CitedPolicyProps {
  id: string;
  title: string | null;
  titleKey: string | null;
  docNumber: string | null;
  docNumberOriginal: string | null;
  issuer: string | null;
  tier: Tier | null;
  jurisdiction: string | null;
  kind: PolicyKind | null;
}

/** One relationship from the document to a cited Policy. */
export interface CitationLink {
  targetId: string;
  relation: CitationRelation;
  line: number;
  citedTitle: string | null;
  citedNumber: string | null;
  /** The target has its full text in the graph, or will once this run imports it. */
  resolved: boolean;
  /** Present when the target is a new cited-only node. */
  create?: CitedPolicyProps;
  /** A number to give an existing target that has none. */
  fillNumber?: string;
  /** The cited title, when it differs from the target's own: kept in `titleAliases`. */
  alias?: string;
}

/** What the document itself is, to recognise self-citations. */
export interface CitingDocument {
  file: string;
  id: string;
  docNumber?: string;
  titleKey: TitleKey;
  shortTitles: { short: string; full: string }[];
}

const STRENGTH: Record<CitationRelation, number> = { interprets: 4, implements: 3, based_on: 2, cites: 1 };

function issue(file: string, line: number, code: string, message: string): ParseIssue {
  return { file, line, severity: 'warning', code, message };
}

/** The title as displayed: without 《》 and outer spaces, otherwise as written. */
export function displayTitle(title: string): string {
  return title.replace(/^[\s《]+|[\s》]+$/g, '');
}

/** The document's citations, with the document it interprets added when the parser left it out of the list. */
export function citationsOf(doc: Pick<PolicyDocument, 'citations' | 'interprets' | 'kind'>): Citation[] {
  const interprets = doc.interprets;
  if (!interprets || (!interprets.title && !interprets.docNumber)) return doc.citations;
  if (doc.citations.some((c) => c.relation === 'interprets')) return doc.citations;
  return [{ ...interprets, relation: 'interprets', line: 1 }, ...doc.citations];
}

/**
 * The title key of a cited title. A title that names no place takes its jurisdiction from the issuer written outside
 * the brackets (国务院《关于…》), so it cannot match a same-named provincial or city document.
 */
export function citedTitleKey(title: string | undefined, issuer: string | undefined): TitleKey | undefined {
  if (!title) return undefined;
  const key = buildTitleKey(title);
  return key.jurisdiction === '' && issuer ? buildTitleKey(issuer + title) : key;
}

/** A short title defined in the text (以下简称《高新区措施》) → the full title; other titles unchanged. */
export function expandShortTitle(
  title: string | undefined,
  doc: Pick<CitingDocument, 'shortTitles'>,
): string | undefined {
  if (!title) return undefined;
  const bare = normalizeTitle(title);
  return doc.shortTitles.find((s) => normalizeTitle(s.short) === bare)?.full ?? title;
}

function citedProps(
  id: string,
  citation: Citation,
  title: string | undefined,
  key: TitleKey | undefined,
  number: string | undefined,
): CitedPolicyProps {
  const facts = inferCitedPolicy({ ...(number ? { docNumber: number } : {}), ...(title ? { title } : {}) });
  return {
    id,
    title: title ?? null,
    titleKey: key?.key ?? null,
    docNumber: number ?? null,
    docNumberOriginal: citation.docNumberOriginal ?? number ?? null,
    issuer: citation.issuer ?? null,
    tier: facts.tier ?? null,
    jurisdiction: facts.jurisdiction ?? null,
    kind: facts.kind ?? null,
  };
}

/** Resolves all citations of one document against the graph's candidates and the run registry. */
export function resolveCitations(
  doc: CitingDocument,
  citations: readonly Citation[],
  candidates: readonly KnownPolicy[],
  registry: RunRegistry,
): { links: CitationLink[]; issues: ParseIssue[] } {
  const pool: KnownPolicy[] = candidates.map((c) => ({ ...c }));
  const byTarget = new Map<string, CitationLink>();
  const issues: ParseIssue[] = [];
  for (const citation of citations) {
    const title = expandShortTitle(citation.title, doc);
    const key = citedTitleKey(title, citation.issuer);
    const number = citation.docNumber ?? (key ? numberForTitle(registry, key) : undefined);
    if (!title && !number) {
      issues.push(
        issue(doc.file, citation.line, 'EMPTY_CITATION', 'a citation with neither title nor number was ignored'),
      );
      continue;
    }
    const compatible = pool.filter((c) => !number || !c.docNumber || c.docNumber === number);
    const target =
      (number ? pool.find((c) => c.docNumber === number) : undefined) ??
      // Loose matches are judged over the run's keys too: which documents the graph holds yet must not matter.
      (key ? pickByTitleKey(key, compatible, (c) => c.titleKey, runKeysWithRest(registry, key)) : undefined);
    const isSelf =
      target?.id === doc.id ||
      (!target &&
        ((number !== undefined && number === doc.docNumber) ||
          (key !== undefined && titleKeysMatch(key, doc.titleKey.key) !== 'none')));
    if (isSelf) {
      issues.push(
        issue(
          doc.file,
          citation.line,
          'SELF_CITATION',
          `the document cites itself (《${title ? displayTitle(title) : number}》): ignored`,
        ),
      );
      continue;
    }
    let link: CitationLink;
    if (target) {
      link = {
        targetId: target.id,
        relation: citation.relation,
        line: citation.line,
        citedTitle: citation.title ?? null,
        citedNumber: citation.docNumber ?? null,
        resolved: target.status === 'full' || isInRun(registry, number ?? target.docNumber, key),
      };
      if (number && !target.docNumber) {
        link.fillNumber = number;
        target.docNumber = number;
      }
      if (title && target.title && normalizeTitle(title) !== normalizeTitle(target.title))
        link.alias = displayTitle(title);
    } else {
      const id = key ? newPolicyId(number, key) : number!;
      const create = citedProps(id, citation, title ? displayTitle(title) : undefined, key, number);
      pool.push({
        id,
        status: 'cited',
        ...(number ? { docNumber: number } : {}),
        ...(key ? { titleKey: key.key } : {}),
        ...(title ? { title } : {}),
      });
      link = {
        targetId: id,
        relation: citation.relation,
        line: citation.line,
        citedTitle: citation.title ?? null,
        citedNumber: citation.docNumber ?? null,
        resolved: isInRun(registry, number, key),
        create,
      };
    }
    const previous = byTarget.get(link.targetId);
    if (!previous) byTarget.set(link.targetId, link);
    else if (STRENGTH[link.relation] > STRENGTH[previous.relation]) {
      byTarget.set(link.targetId, {
        ...link,
        ...(previous.create ? { create: previous.create } : {}),
        ...(previous.fillNumber ? { fillNumber: previous.fillNumber } : {}),
      });
    } else if (!previous.fillNumber && link.fillNumber) previous.fillNumber = link.fillNumber;
  }
  return { links: [...byTarget.values()], issues };
}

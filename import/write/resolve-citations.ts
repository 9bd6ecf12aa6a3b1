/**
 * Decides, for each citation of a document, which Policy it points to: by number first, else by title key; an
 * unknown document becomes a new cited-only node. A citation of the document itself is dropped with an issue.
 * One link per cited document, with the strongest relation (interprets > implements > based_on > cites). Example:
 *   《广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施》 with the Guangxi node among the candidates
 *     → { targetId: 't:广西壮族自治区|关于促进…若干措施', resolved: true, alias: '广西壮族自治区关于…若干措施' }
 */
import type { Citation, CitationRelation, ParseIssue, PolicyDocument, PolicyKind, Tier } from '../../model/index.ts';
import { buildTitleKey, ISSUER_DROPPED_BEFORE, normalizeTitle, type TitleKey } from './build-title-key.ts';
import { inferCitedPolicy } from './infer-cited-policy.ts';
import { isGenreOnly } from '../parse/read-short-titles.ts';
import type { KnownPolicy } from './known-policy.ts';
import { pickByTitleKey, sameWording, splitStoredKey, titleKeysMatch } from './match-title-key.ts';
import { newPolicyId } from './resolve-policy-identity.ts';
import { isInRun, numberForCitedTitle, runKeysWithRest, type RunRegistry } from './run-registry.ts';
import { citableVersions, inVersionOrder, pickCitedVersion, type DatedVersion } from '../versions/index.ts';

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

/** What the document itself is, to recognise self-citations and date what it cites. */
export interface CitingDocument {
  file: string;
  id: string;
  docNumber?: string;
  titleKey: TitleKey;
  shortTitles: { short: string; full: string }[];
  /** When the text was made, as the version step dates it (citingMadeBy of the dates stored on its Policy). */
  madeBy?: string;
  /** The work the document is a version of, when it is one. */
  workId?: string;
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
 * The title key of a cited title. The issuer written outside the brackets is no part of the title: it gives the key
 * its jurisdiction only where the cited document's own title would carry that issuer and the key drops it
 * (国务院《关于…》 → 中华人民共和国|关于…, as the title 国务院关于… is keyed), so such a title cannot match a
 * same-named provincial or city document. Any other title keeps its own key (国务院《物业管理条例》 → |物业管理条例, the
 * key of the regulation's own title); the issuer's jurisdiction then only narrows what it may match (`withinJurisdiction`).
 */
export function citedTitleKey(
  title: string | undefined,
  issuer: string | undefined,
  jurisdiction?: string,
): TitleKey | undefined {
  if (!title) return undefined;
  const key = buildTitleKey(title);
  if (key.jurisdiction !== '' || (!issuer && !jurisdiction)) return key;
  const withIssuer = issuer ? buildTitleKey(issuer + title) : undefined;
  if (withIssuer && withIssuer.jurisdiction !== '' && withIssuer.rest === key.rest) return withIssuer;
  if (jurisdiction && ISSUER_DROPPED_BEFORE.test(key.rest))
    return { ...key, key: `${jurisdiction}|${key.rest}`, jurisdiction };
  return key;
}

/**
 * Whether a stored key may name what a citation of `jurisdiction` names: a key of the same or of no jurisdiction. A
 * citation whose issuer is known (国务院《物业管理条例》) never matches a document of another place with that title
 * (山东省物业管理条例, keyed 山东省|物业管理条例).
 */
export function withinJurisdiction(stored: string | undefined, jurisdiction: string | undefined): boolean {
  if (!stored || !jurisdiction) return true;
  const own = splitStoredKey(stored).jurisdiction;
  return own === '' || own === jurisdiction;
}

/**
 * The number the run holds for a cited title, when the document bearing it is of `place` or of none: 国务院《物业管理条例》
 * takes no number the run holds for 山东省物业管理条例 (it linked to the Shandong regulation through it).
 */
function numberForPlace(registry: RunRegistry, key: TitleKey, place: string | undefined): string | undefined {
  const number = numberForCitedTitle(registry, key);
  if (number === undefined || place === undefined) return number;
  const bearers = registry.keysByNumber.get(number) ?? new Set<string>();
  return [...bearers].some((k) => withinJurisdiction(k, place)) ? number : undefined;
}

/**
 * A short title defined in the text (以下简称《高新区措施》) → the full title; other titles unchanged. A genre word the
 * text does not define (《意见》, 《条例》) → undefined: it names no document, and keyed alone it joined unrelated texts.
 */
export function expandShortTitle(
  title: string | undefined,
  doc: Pick<CitingDocument, 'shortTitles'>,
): string | undefined {
  if (!title) return undefined;
  const bare = normalizeTitle(title);
  const full = doc.shortTitles.find((s) => normalizeTitle(s.short) === bare)?.full ?? title;
  return isGenreOnly(full) ? undefined : full;
}

function citedProps(
  id: string,
  citation: Citation,
  title: string | undefined,
  key: TitleKey | undefined,
  number: string | undefined,
): CitedPolicyProps {
  // Neither number nor title tells the place: the issuer outside the brackets does (国务院《物业管理条例》 → national).
  const facts = inferCitedPolicy({
    ...(number ? { docNumber: number } : {}),
    ...(title ? { title } : {}),
    ...(citation.jurisdiction ? { place: citation.jurisdiction } : {}),
  });
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

/**
 * The version a citation found in the pool points at once the version step has run: the step points every citation
 * into a work's versions, or into a cited-only node of the work's title, at the version the citing text was written
 * against (pickCitedVersion). Resolving to it at once leaves the link where the step put it, so a re-import neither
 * deletes nor re-creates it. A number the citation writes narrows them as the step does (citableVersions); a number
 * the run only gives the title (numberForCitedTitle: one revision's) does not. A target found
 * without the number is given it (`fillNumber`) and stays as found. A citation from a version of the same work, or of
 * a title several works bear, is the step's to leave as found.
 */
function versionAtCitingDate(
  found: KnownPolicy,
  pool: readonly KnownPolicy[],
  doc: CitingDocument,
  number: { value: string; written: boolean } | undefined,
): KnownPolicy {
  if (number && !found.docNumber) return found;
  const works =
    found.status === 'full'
      ? [found.workId]
      : [
          ...new Set(
            pool.flatMap((c) => (c.status === 'full' && c.workId && c.titleKey === found.titleKey ? [c.workId] : [])),
          ),
        ];
  const workId = works.length === 1 ? works[0] : undefined;
  if (!workId || !found.titleKey || workId === doc.workId) return found;
  const versions = inVersionOrder(
    citableVersions(
      pool.filter(
        (c): c is KnownPolicy & DatedVersion =>
          c.workId === workId && c.status === 'full' && c.versionDate !== undefined,
      ),
      number?.written ? number.value : undefined,
    ),
  );
  if (versions.length === 0) return found;
  const picked = pickCitedVersion(versions, doc.madeBy);
  return versions.find((v) => v.id === picked.id) ?? found;
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
    const key = citedTitleKey(title, citation.issuer, citation.jurisdiction);
    // A key naming no place, of a citation whose issuer names one: only that place's documents (or placeless) qualify.
    const place = key?.jurisdiction === '' ? citation.jurisdiction : undefined;
    const number = citation.docNumber ?? (key ? numberForPlace(registry, key, place) : undefined);
    if (!title && !number) {
      issues.push(
        issue(doc.file, citation.line, 'EMPTY_CITATION', 'a citation with neither title nor number was ignored'),
      );
      continue;
    }
    const compatible = pool.filter((c) => !number || !c.docNumber || c.docNumber === number);
    const found =
      (number ? pool.find((c) => c.docNumber === number && withinJurisdiction(c.titleKey, place)) : undefined) ??
      // Loose matches are judged over the run's keys too: which documents the graph holds yet must not matter.
      (key
        ? pickByTitleKey(
            key,
            compatible.filter((c) => withinJurisdiction(c.titleKey, place)),
            (c) => c.titleKey,
            [...runKeysWithRest(registry, key)].filter((k) => withinJurisdiction(k, place)),
          )
        : undefined);
    const target =
      found &&
      versionAtCitingDate(
        found,
        pool,
        doc,
        number ? { value: number, written: citation.docNumber !== undefined } : undefined,
      );
    const isSelf =
      target?.id === doc.id ||
      (!target &&
        ((number !== undefined && number === doc.docNumber) ||
          (key !== undefined &&
            (titleKeysMatch(key, doc.titleKey.key) !== 'none' || sameWording(key, doc.titleKey.key)) &&
            withinJurisdiction(doc.titleKey.key, place))));
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
      // Only the Policy the number found, or one found without it: a version picked by date may bear another's.
      if (number && !target.docNumber && target === found) {
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

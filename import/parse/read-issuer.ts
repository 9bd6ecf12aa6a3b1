/**
 * The document's jurisdiction, issuer and tier. Examples:
 *   title '国务院关于…' → issuer 国务院, jurisdiction 中华人民共和国, tier national;
 *   '科 技 部' on its own line → 科学技术部 (national); number 柳政规〔2021〕18号 → 柳州市 (municipal);
 *   '柳州市关于…' → 柳州市人民政府; notice body '…已经自治区人民政府同意,现印发给你们' in a Guangxi file →
 *   issuer 广西壮族自治区人民政府办公厅 (the General Office issues what the government approved), approver the government.
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import type { AgencyRef, Tier } from '../../model/index.ts';
import { resolveAgency } from './resolve-agency.ts';

/** What is known of the document's place and issuer. */
export interface IssuerResult {
  jurisdiction?: JurisdictionEntry;
  issuer?: AgencyRef;
  approver?: AgencyRef;
  tier?: Tier;
  /** How the tier was found, for the issue list. */
  basis: string;
}

/** Inputs: the title's head (科技部), the document number, issuer lines, the notice body, the title. */
export interface IssuerClues {
  titleIssuer?: string;
  docNumber?: string;
  issuerLines: string[];
  noticeBody: string[];
  title?: string;
  noticeTitle?: string;
}

function jurisdictionNamedIn(text: string, g: Gazetteer): JurisdictionEntry | undefined {
  let best: { at: number; j: JurisdictionEntry; len: number } | undefined;
  for (const [name, j] of g.jurisdictionByName) {
    const at = text.indexOf(name);
    if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.len))) best = { at, j, len: name.length };
  }
  return best?.j;
}

/** Reads jurisdiction, issuer and tier from the clues, most reliable first. */
export function readIssuer(clues: IssuerClues, gazetteer: Gazetteer): IssuerResult {
  const bare = { gazetteer };
  const byCode = clues.docNumber ? gazetteer.jurisdictionCodes.find((c) => clues.docNumber!.startsWith(c.code))?.jurisdiction : undefined;
  const titleHead = clues.titleIssuer?.replace(/\s+/g, '');
  const titleHeadPlace = titleHead ? gazetteer.jurisdictionByName.get(titleHead) : undefined;
  const titleHeadAgency = titleHead && !titleHeadPlace ? resolveAgency(titleHead, bare) : undefined;
  const lineAgency = clues.issuerLines.map((l) => resolveAgency(l, bare)).find((r) => r.known && r.ref.jurisdiction);
  let basis = '';
  let jurisdiction: JurisdictionEntry | undefined;
  const pick = (j: JurisdictionEntry | undefined, why: string): void => {
    if (!jurisdiction && j) {
      jurisdiction = j;
      basis = why;
    }
  };
  const place = (name: string | undefined): JurisdictionEntry | undefined => (name ? gazetteer.jurisdictionByName.get(name) : undefined);
  pick(titleHeadPlace, `the title's head "${titleHead}"`);
  if (titleHeadAgency?.known) pick(place(titleHeadAgency.ref.jurisdiction), `the issuer in the title "${titleHead}"`);
  pick(byCode, `the number's authority code (${clues.docNumber})`);
  if (lineAgency) pick(place(lineAgency.ref.jurisdiction), `the issuer line "${lineAgency.ref.asWritten}"`);
  pick(jurisdictionNamedIn(clues.title ?? '', gazetteer), 'a place named in the title');
  pick(jurisdictionNamedIn(clues.noticeTitle ?? '', gazetteer), "a place named in the notice's title");

  const ctx = jurisdiction ? { gazetteer, jurisdiction } : bare;
  let issuer: AgencyRef | undefined;
  let approver: AgencyRef | undefined;
  const signed = clues.issuerLines.map((l) => resolveAgency(l, ctx)).find((r) => r.known);
  if (signed) issuer = signed.ref;
  if (!issuer && titleHeadPlace) issuer = { name: `${titleHeadPlace.name}人民政府`, asWritten: titleHead!, jurisdiction: titleHeadPlace.name, collective: false };
  if (!issuer && titleHeadAgency) issuer = titleHeadAgency.ref;
  const approval = clues.noticeBody.map((l) => /已经(.{2,30}?)(?:同意|批准)/.exec(l)?.[1]).find((x) => x !== undefined);
  if (approval) {
    approver = resolveAgency(approval, ctx).ref;
    if (!issuer && /人民政府$/.test(approver.name)) {
      const office = jurisdiction && ['national', 'provincial'].includes(jurisdiction.tier) ? '办公厅' : '办公室';
      issuer = { name: `${approver.name}${office}`, asWritten: `${approval}${office}`, collective: false, ...(approver.jurisdiction ? { jurisdiction: approver.jurisdiction } : {}) };
    }
  }
  if (!issuer && clues.issuerLines[0]) issuer = resolveAgency(clues.issuerLines[0], ctx).ref;
  const issuerPlace = place(issuer?.jurisdiction);
  pick(issuerPlace, `the issuer ${issuer?.name}`);
  const result: IssuerResult = { basis };
  if (jurisdiction) {
    result.jurisdiction = jurisdiction;
    result.tier = jurisdiction.tier;
  }
  if (issuer) result.issuer = issuer;
  if (approver) result.approver = approver;
  return result;
}

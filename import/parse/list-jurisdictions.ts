/**
 * Every place a document and its agencies name, each with its parent chain up to 中华人民共和国. Example for a
 * 柳城县 document citing a 柳州市 bureau: [柳城县 → 柳州市, 柳州市 → 广西壮族自治区, 广西壮族自治区 → 中华人民共和国,
 * 中华人民共和国]. A place the map does not know keeps the tier its name says (notInMap).
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import type { JurisdictionRef, PolicyDocument } from '../../model/index.ts';
import { tierBySuffix } from './find-place.ts';

function toRef(entry: JurisdictionEntry): JurisdictionRef {
  const ref: JurisdictionRef = { name: entry.name, tier: entry.tier };
  if (entry.parent) ref.parent = entry.parent;
  if (entry.code) ref.code = entry.code;
  if (entry.notInMap) ref.notInMap = true;
  return ref;
}

/** The places of the document (its own, `own`, may be one the map does not know), parents before children. */
export function listJurisdictions(doc: PolicyDocument, g: Gazetteer, own?: JurisdictionEntry): JurisdictionRef[] {
  const names = new Set<string>();
  if (doc.jurisdiction) names.add(doc.jurisdiction);
  const agencies = [
    ...doc.agencyRoles.map((r) => r.agency),
    ...doc.articles.flatMap((a) => [...a.leadAgencies, ...a.cooperatingAgencies]),
  ];
  for (const a of agencies) if (a.jurisdiction) names.add(a.jurisdiction);
  const out = new Map<string, JurisdictionRef>();
  const nation = g.data.jurisdictions.find((j) => j.tier === 'national');
  const visit = (name: string): void => {
    if (out.has(name)) return;
    const entry = g.jurisdictionByName.get(name) ?? (own?.name === name ? own : undefined);
    const tier = entry?.tier ?? tierBySuffix(name);
    if (!tier) return;
    const ref = entry ? toRef(entry) : { name, tier, notInMap: true };
    // A place the map does not know is somewhere in China: it hangs on the nation until a gazetteer file says more.
    if (!ref.parent && ref.tier !== 'national' && nation) ref.parent = nation.name;
    if (ref.parent) visit(ref.parent);
    out.set(name, ref);
  };
  for (const name of names) visit(name);
  return [...out.values()];
}

/**
 * The Jurisdiction rows of one document: every place it or its agencies or citations use, with its parent, so the
 * writer can MERGE the nodes and their PART_OF links up to 中华人民共和国. Example:
 *   [{ name: '中华人民共和国', tier: 'national', parent: null }, { name: '广西壮族自治区', tier: 'provincial',
 *     parent: '中华人民共和国' }, { name: '柳州市', tier: 'municipal', parent: '广西壮族自治区' }]
 * The document's own list (parse) comes first; other names (a cited document's place) are looked up in the bundled
 * gazetteer, else take the tier their name says.
 */
import { getDefaultGazetteer } from '../gazetteer/index.ts';
import type { JurisdictionRef, PolicyDocument, Tier } from '../../model/index.ts';
import { tierOfJurisdiction } from './jurisdiction-names.ts';
import { chainAbove } from '../versions/index.ts';

/** One Jurisdiction node to write. */
export interface JurisdictionRow {
  name: string;
  tier: Tier | null;
  parent: string | null;
  code: string | null;
  notInMap: boolean;
}

/** Rows for `names` (and their parents), parents before children. */
export function buildJurisdictionRows(
  doc: Pick<PolicyDocument, 'jurisdictions' | 'jurisdiction' | 'tier'>,
  names: Iterable<string>,
): JurisdictionRow[] {
  const known = new Map<string, JurisdictionRef>((doc.jurisdictions ?? []).map((j) => [j.name, j]));
  const g = getDefaultGazetteer();
  const rows = new Map<string, JurisdictionRow>();
  const visit = (name: string, depth: number): void => {
    if (rows.has(name) || depth > 6) return;
    const ref = known.get(name);
    const entry = ref ? undefined : g.jurisdictionByName.get(name);
    const parent = ref?.parent ?? entry?.parent ?? null;
    if (parent) visit(parent, depth + 1);
    rows.set(name, {
      name,
      tier:
        ref?.tier ?? entry?.tier ?? tierOfJurisdiction(name) ?? (name === doc.jurisdiction ? (doc.tier ?? null) : null),
      parent,
      code: ref?.code ?? entry?.code ?? null,
      // The document's own list says it of each place (absent = in the map); other names, the gazetteer.
      notInMap: ref ? ref.notInMap === true : !entry && name !== '中华人民共和国',
    });
  };
  for (const ref of doc.jurisdictions ?? []) visit(ref.name, 0);
  for (const name of names) visit(name, 0);
  return [...rows.values()];
}

/** The places `place` lies in, nearest first (南宁市 → 广西壮族自治区, 中华人民共和国), as buildJurisdictionRows links them. */
export function placesAbove(
  doc: Pick<PolicyDocument, 'jurisdictions' | 'jurisdiction' | 'tier'>,
  place: string,
): string[] {
  return chainAbove(new Map(buildJurisdictionRows(doc, [place]).map((row) => [row.name, row.parent])), place);
}

/**
 * The county a text speaks for when it says 我县, 本县 or 全县 and names one county of the map. Example:
 *   '…全面运用文水县基层社会治理一体化平台…提升我县行政执法的能力' → [文水县 (county)]; without 我县 → [].
 * readOwnLevel('…结合我县政府工作实际,制定本规则。') → county, whatever county it is.
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import type { Tier } from '../../model/index.ts';
import { placeAt } from './find-place.ts';

const OWN_COUNTY = /我县|本县|全县/;

/** The one county named in a text that calls itself a county's; empty when it names none or several. */
export function readOwnCounty(text: string, g: Gazetteer): JurisdictionEntry[] {
  if (!OWN_COUNTY.test(text)) return [];
  const found = new Map<string, JurisdictionEntry[]>();
  for (const m of text.matchAll(/[\u4e00-\u9fa5](?=[\u4e00-\u9fa5]{0,6}[县旗])/g)) {
    const at = m.index ?? 0;
    const match = placeAt(text, at, g, 3);
    const counties = match?.candidates.filter((c) => c.tier === 'county' && !c.notInMap) ?? [];
    if (match && counties.length > 0 && /[县旗]$/.test(text.slice(match.at, match.end)))
      found.set(text.slice(match.at, match.end), counties);
  }
  return found.size === 1 ? [...found.values()][0]! : [];
}

/**
 * The level a text speaks for when it says 我县 (结合我县政府工作实际): a county's, whether it names the county or not.
 * Only 我县: 本县 and 全县 also stand in provincial rules (在本县行政区域内), 我市 in a municipality's text.
 */
export function readOwnLevel(text: string): Tier | undefined {
  return /我县/.test(text) ? 'county' : undefined;
}

/**
 * The agency gazetteer: jurisdictions, generic agency types (科学技术局 named with a jurisdiction prefix) and named
 * agencies with aliases. The bundled data is import/gazetteer/agencies.json; users extend it with their own file.
 */
import type { Tier } from '../../model/index.ts';

/** A place with its own government: 柳州市 (municipal), codes are document-number authority codes (柳). */
export interface JurisdictionEntry {
  name: string;
  tier: Tier;
  parent?: string;
  aliases: string[];
  codes: string[];
}

/** A kind of agency every jurisdiction has: 科学技术局 with its abbreviations (科技局). */
export interface AgencyTypeEntry {
  name: string;
  aliases: string[];
}

/** One named agency: 国家税务总局广西壮族自治区税务局 with its aliases (广西税务局). */
export interface AgencyEntry {
  name: string;
  jurisdiction: string;
  aliases: string[];
}

/** The gazetteer file's shape. */
export interface GazetteerData {
  jurisdictions: JurisdictionEntry[];
  agencyTypes: AgencyTypeEntry[];
  agencies: AgencyEntry[];
}

/** The gazetteer with its lookup tables, built once by buildGazetteer. */
export interface Gazetteer {
  data: GazetteerData;
  /** Name or alias → jurisdiction (generic words like 自治区 excluded). */
  jurisdictionByName: Map<string, JurisdictionEntry>;
  /** Document-number authority code prefix → jurisdiction, longest codes first. */
  jurisdictionCodes: { code: string; jurisdiction: JurisdictionEntry }[];
  /** Full name or abbreviation → type full name. */
  typeByName: Map<string, AgencyTypeEntry>;
  /** Full name → agency; aliases are looked up through `agencyAliases`. */
  agencyByName: Map<string, AgencyEntry>;
  agencyAliases: Map<string, AgencyEntry[]>;
}

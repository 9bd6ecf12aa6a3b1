/**
 * The agency gazetteer: jurisdictions, generic agency types (科学技术局 named with a jurisdiction prefix) and named
 * agencies with aliases. The bundled data is import/gazetteer/agencies.json; users extend it with their own file.
 */
import type { Tier } from '../../model/index.ts';

/** A place with its own government: 柳州市 (municipal), codes are document-number authority codes (柳). */
export interface JurisdictionEntry {
  /** Unique: a name several places share is qualified with its parent's (北京市朝阳区). */
  name: string;
  tier: Tier;
  /** The parent's `name`; absent only for the nation (and for places not in the map whose parent is unknown). */
  parent?: string;
  aliases: string[];
  codes: string[];
  /** GB/T 2260 code (110105), for places of the administrative map. */
  code?: string;
  /** The name as the map writes it, when `name` had to be qualified (朝阳区). */
  localName?: string;
  /** 简称 used in document numbers (桂, 穗). */
  abbr?: string;
  /** 计划单列市 (大连, 青岛, 宁波, 厦门, 深圳): municipal tier with provincial-level economic powers. */
  planSeparated?: boolean;
  /** An administration that is not a unit of the map (雄安新区, 两江新区). */
  administration?: boolean;
  /** Named by a document but not in the map (示例市): its tier comes from its suffix. */
  notInMap?: boolean;
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
  /** Name or alias → jurisdiction, for names that mean one place only (generic words like 自治区 excluded). */
  jurisdictionByName: Map<string, JurisdictionEntry>;
  /** Name, local name or alias → every place it may mean (朝阳区 → 北京市朝阳区, 长春市朝阳区). */
  placesByName: Map<string, JurisdictionEntry[]>;
  /** Document-number authority code prefix → jurisdiction, longest codes first. */
  jurisdictionCodes: { code: string; jurisdiction: JurisdictionEntry }[];
  /** Full name or abbreviation → type full name. */
  typeByName: Map<string, AgencyTypeEntry>;
  /** Full name → agency; aliases are looked up through `agencyAliases`. */
  agencyByName: Map<string, AgencyEntry>;
  agencyAliases: Map<string, AgencyEntry[]>;
}

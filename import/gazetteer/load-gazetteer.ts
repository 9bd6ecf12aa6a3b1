/**
 * The bundled gazetteer, and a user's gazetteer file merged over it. Example:
 *   await loadGazetteer('my-agencies.json') → the bundled entries plus (or replaced by) the file's.
 */
import { readFile } from 'node:fs/promises';
import bundled from './agencies.json' with { type: 'json' };
import { buildGazetteer, mergeGazetteerData } from './build-gazetteer.ts';
import { buildJurisdictionIndex } from './build-jurisdiction-index.ts';
import type { Gazetteer, GazetteerData } from './gazetteer-types.ts';

let defaultGazetteer: Gazetteer | undefined;

/** The bundled gazetteer: every place of the administrative map with places.json, and agencies.json (built once). */
export function getDefaultGazetteer(): Gazetteer {
  if (!defaultGazetteer) {
    const agencies = validateGazetteerData(bundled, 'import/gazetteer/agencies.json');
    defaultGazetteer = buildGazetteer(
      mergeGazetteerData(
        { ...agencies, jurisdictions: buildJurisdictionIndex() },
        { jurisdictions: agencies.jurisdictions },
      ),
    );
  }
  return defaultGazetteer;
}

/** Checks a parsed gazetteer file's shape; throws with the file name and the first problem. */
export function validateGazetteerData(value: unknown, file: string): GazetteerData {
  const fail = (why: string): never => {
    throw new Error(`${file}: invalid gazetteer: ${why}`);
  };
  if (typeof value !== 'object' || value === null) fail('not a JSON object');
  const v = value as Record<string, unknown>;
  const list = (key: string): Record<string, unknown>[] => {
    const x = v[key] ?? [];
    if (!Array.isArray(x)) fail(`"${key}" is not an array`);
    (x as unknown[]).forEach((e, i) => {
      const entry = e as Record<string, unknown>;
      if (typeof entry?.name !== 'string' || entry.name === '') fail(`${key}[${i}] has no name`);
      if (entry.aliases !== undefined && !Array.isArray(entry.aliases)) fail(`${key}[${i}].aliases is not an array`);
    });
    return x as Record<string, unknown>[];
  };
  const tiers = ['national', 'provincial', 'municipal', 'county'];
  return {
    jurisdictions: list('jurisdictions').map((e, i) => {
      if (!tiers.includes(e.tier as string)) fail(`jurisdictions[${i}].tier must be one of ${tiers.join(', ')}`);
      return {
        name: e.name as string,
        tier: e.tier as GazetteerData['jurisdictions'][number]['tier'],
        ...(typeof e.parent === 'string' ? { parent: e.parent } : {}),
        aliases: (e.aliases as string[]) ?? [],
        codes: (e.codes as string[]) ?? [],
      };
    }),
    agencyTypes: list('agencyTypes').map((e) => ({ name: e.name as string, aliases: (e.aliases as string[]) ?? [] })),
    agencies: list('agencies').map((e, i) => {
      if (typeof e.jurisdiction !== 'string') fail(`agencies[${i}].jurisdiction is missing`);
      return { name: e.name as string, jurisdiction: e.jurisdiction as string, aliases: (e.aliases as string[]) ?? [] };
    }),
  };
}

/** Reads a user's gazetteer file and merges it over the bundled one. */
export async function loadGazetteer(file: string): Promise<Gazetteer> {
  const text = await readFile(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: invalid gazetteer: ${(error as Error).message}`);
  }
  const extra = validateGazetteerData(parsed, file);
  return buildGazetteer(mergeGazetteerData(getDefaultGazetteer().data, extra));
}

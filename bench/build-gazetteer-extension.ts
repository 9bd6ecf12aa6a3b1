/**
 * The gazetteer file the generated corpus needs: its provinces, cities and counties with tiers, parents and
 * document-number codes, in the format of import/gazetteer/agencies.json, to be merged over the bundled one
 * (`--gazetteer bench/out/<size>/gazetteer.json`). Pure.
 * Example: buildGazetteerExtension(seed).jurisdictions[0] → { name: '广西壮族自治区', tier: 'provincial', aliases: ['广西'], codes: ['桂政发', …] }.
 */
import { places } from './plan-corpus.ts';
import { createRandom } from './seeded-random.ts';

/** One jurisdiction entry of a gazetteer file. */
export interface GazetteerJurisdiction {
  name: string;
  tier: 'provincial' | 'municipal' | 'county';
  parent?: string;
  aliases: string[];
  codes: string[];
}

/** The jurisdictions of the corpus generated with `seed` (the same places planCorpus draws). */
export function buildGazetteerExtension(seed: number): { $comment: string; jurisdictions: GazetteerJurisdiction[] } {
  const byTier = places(createRandom(seed).fork('plan').fork('places'));
  const strip = (name: string) => name.replace(/(壮族自治区|省|市|县|区)$/, '');
  const jurisdictions: GazetteerJurisdiction[] = [
    ...byTier.provincial.map((p) => ({
      name: p.jurisdiction,
      tier: 'provincial' as const,
      aliases: [strip(p.jurisdiction)],
      codes: p.codes,
    })),
    ...byTier.municipal.map((p) => ({
      name: p.jurisdiction,
      tier: 'municipal' as const,
      parent: p.province,
      aliases: [strip(p.jurisdiction)],
      codes: p.codes,
    })),
    ...byTier.county.map((p) => ({
      name: p.jurisdiction,
      tier: 'county' as const,
      parent: p.city,
      aliases: [],
      codes: p.codes,
    })),
  ];
  return {
    $comment: `Jurisdictions of the synthetic benchmark corpus (seed ${seed}); merge over the bundled gazetteer.`,
    jurisdictions,
  };
}

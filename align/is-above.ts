/**
 * Whether one document stands above another: a higher tier, and a place on the lower document's own chain of places.
 * A Guangxi city's measures stand under the State Council and under Guangxi, not under a regulation of 河南省: taken
 * by tier alone, every provincial regulation in the graph was an upper document of every city's text, and the bundled
 * Liuzhou measures were aligned to the science regulations of 上海, 北京, 山东 and 河南.
 * National documents stand above every place. What is unknown never excludes: an upper document whose place is not
 * known, or a lower one whose chain does not reach 中华人民共和国 (a place the map does not know, with no parent
 * named), is judged by tier alone.
 * Example: isAbove(guangxiMeasures, liuzhouMeasures) → true; isAbove(henanRegulation, liuzhouMeasures) → false.
 */
import { TIERS } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';

const COUNTRY = '中华人民共和国';

type Placed = Pick<AlignDocument, 'tier' | 'jurisdiction' | 'jurisdictions'>;

/**
 * The places a document's authority runs through, its own first, up to 中华人民共和国 (柳州市 → 广西壮族自治区 →
 * 中华人民共和国), from its jurisdiction and the parents its `jurisdictions` give. Undefined when the chain does not
 * reach the country, or skips the province: a city or county straight under the country is a place the map does not
 * know (莱芜市, merged into 济南市 in 2019), not a fact, and would cut 山东省 off from its regulations.
 */
export function placeChain(doc: Pick<AlignDocument, 'tier' | 'jurisdiction' | 'jurisdictions'>): string[] | undefined {
  if (!doc.jurisdiction) return undefined;
  const parentOf = new Map((doc.jurisdictions ?? []).map((j) => [j.name, j.parent]));
  const chain = [doc.jurisdiction];
  for (let parent = parentOf.get(doc.jurisdiction); parent && !chain.includes(parent); parent = parentOf.get(parent))
    chain.push(parent);
  const belowProvince = doc.tier === 'municipal' || doc.tier === 'county';
  return chain.at(-1) === COUNTRY && !(belowProvince && chain.length < 3) ? chain : undefined;
}

/** Each lower document's chain (null: unknown), computed once: isAbove runs for every pair of a large graph. */
const chains = new WeakMap<object, string[] | null>();

/** True when `upper` is of a higher tier than `lower` and its place is on `lower`'s chain (or one of them unknown). */
export function isAbove(upper: Placed, lower: Placed): boolean {
  if (!upper.tier || !lower.tier || TIERS.indexOf(upper.tier) >= TIERS.indexOf(lower.tier)) return false;
  if (upper.tier === 'national' || !upper.jurisdiction) return true;
  let chain = chains.get(lower);
  if (chain === undefined) chains.set(lower, (chain = placeChain(lower) ?? null));
  return chain === null || chain.includes(upper.jurisdiction);
}

// The paraphrased city (issue 13): a document of a city the map does not know is municipal, so its articles align
// upward to the State Council's; taken as national (the old default) it would instead draw lower articles to itself.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { alignDocuments, selectUpperDocuments } from '../../align/index.ts';
import { parsePolicyText, type PolicyDocument } from '../../import/index.ts';

const read = (name: string, tier?: PolicyDocument['tier']): PolicyDocument =>
  parsePolicyText(readFileSync(new URL(`../data/places/${name}`, import.meta.url), 'utf8'), {
    file: name,
    ...(tier ? { tierOverride: tier } : {}),
  });

describe('a paraphrased document of 示例市 aligns upward', () => {
  const upper = read('state-council-innovation-opinions.txt');
  const city = read('example-city-measures-paraphrased.txt');

  test('tiers come from the text: the State Council national, 示例市 municipal', () => {
    expect([upper.tier, upper.jurisdiction, city.tier, city.jurisdiction]).toEqual([
      'national',
      '中华人民共和国',
      'municipal',
      '示例市',
    ]);
  });

  test('each of its 10 articles finds its State Council source as the best match', () => {
    const pairs = alignDocuments([upper, city]);
    const best = new Map<number, number>();
    for (const p of pairs) if (p.lower.file === city.file && p.rank === 1) best.set(p.lower.article, p.upper.article);
    expect(city.articles).toHaveLength(10);
    expect([...best.entries()].sort((a, b) => a[0] - b[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 1, i + 1]),
    );
  });

  test('taken as national, nothing of it would align upward (the failure this issue fixes)', () => {
    const pairs = alignDocuments([upper, { ...city, tier: 'national' }]);
    expect(pairs.filter((p) => p.lower.file === city.file)).toEqual([]);
  });

  test('a document of unknown tier is neither upper nor lower until its tier is set', () => {
    const unknown: PolicyDocument = { ...city, file: 'unknown.txt' };
    delete unknown.tier;
    const county = { ...city, file: 'county.txt', tier: 'county' as const };
    const selection = selectUpperDocuments([upper, unknown, county]);
    expect(selection.get('county.txt')).toEqual([upper.file]);
    expect(selection.has('unknown.txt')).toBe(false);
  });
});

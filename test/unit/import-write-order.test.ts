// The write order of one import run: upper documents first, files of one rank in the order given.
import { describe, expect, test } from 'vitest';
import { scanRunRegistry, writeRank } from '../../import/run/scan-run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';

const doc = (title: string, extra: Partial<PolicyDocument>) =>
  ({ title, articles: [], parts: [], citations: [], ...extra }) as unknown as PolicyDocument;

describe('writeRank', () => {
  test('tiers from the top down, within a tier the higher authority level first; an unknown level first, an unknown tier last', () => {
    const ranks = [
      writeRank({ tier: 'national' }),
      writeRank({ tier: 'national', authorityLevel: 'law' }),
      writeRank({ tier: 'national', authorityLevel: 'administrative_regulation' }),
      writeRank({ tier: 'national', authorityLevel: 'judicial_interpretation' }),
      writeRank({ tier: 'provincial' }),
      writeRank({ tier: 'provincial', authorityLevel: 'local_regulation' }),
      writeRank({ tier: 'municipal', authorityLevel: 'local_regulation' }),
      writeRank({ tier: 'county', authorityLevel: 'work_document' }),
      writeRank({}),
    ];
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});

describe('scanRunRegistry: writeOrder', () => {
  test('upper documents first; files of one rank, and files that cannot be read, keep the order given', async () => {
    const docs: Record<string, PolicyDocument> = {
      'a-county.txt': doc('某县实施方案', { tier: 'county' }),
      'b-shanghai-2.md': doc('上海市某条例', { tier: 'provincial', authorityLevel: 'local_regulation' }),
      'c-shanghai-1.md': doc('上海市某条例', { tier: 'provincial', authorityLevel: 'local_regulation' }),
      'e-law.md': doc('中华人民共和国某法', { tier: 'national', authorityLevel: 'law' }),
      'f-regulation.md': doc('某条例', { tier: 'national', authorityLevel: 'administrative_regulation' }),
    };
    const read = async (file: string) => {
      const found = docs[file];
      if (!found) throw new Error(`${file}: unreadable`);
      return found;
    };
    const files = ['a-county.txt', 'b-shanghai-2.md', 'd-broken.md', 'c-shanghai-1.md', 'f-regulation.md', 'e-law.md'];
    const { writeOrder } = await scanRunRegistry(files, read);
    expect(writeOrder).toEqual([
      'e-law.md',
      'f-regulation.md',
      'b-shanghai-2.md',
      'c-shanghai-1.md',
      'a-county.txt',
      'd-broken.md',
    ]);
  });
});

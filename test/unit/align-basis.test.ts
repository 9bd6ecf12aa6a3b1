/**
 * A lower document against a document it rests on (根据《…》) beside other upper documents: the pairs into that
 * document score as the two documents aligned alone (`npm run eval:align` measures them so), and each lower article
 * keeps that document's best BASIS_CANDIDATES even when another upper document restates it and takes the top places.
 */
import { describe, expect, test } from 'vitest';
import { alignDocuments, type AlignDocument } from '../../align/index.ts';
import { BASIS_CANDIDATES } from '../../align/align-documents.ts';
import type { AlignmentPair } from '../../model/index.ts';
import { corpusFixture } from './align-fixtures.ts';

const docs = corpusFixture();
const law = docs.find((d) => d.file === 'state-council-hitech-opinions.txt')!;
const guangxi = docs.find((d) => d.file === 'guangxi-hitech-measures.txt')!;
// A national document restating the law article by article (an implementing regulation), listed before it.
const restating: AlignDocument = {
  ...law,
  file: 'restates-the-law.txt',
  title: '高新区实施细则',
  docNumber: '国办发〔2021〕1号',
  articles: law.articles.map((a, i) => ({ ...a, path: `r${i + 1}`, number: i + 1 })),
};
const key = (p: AlignmentPair) => `${p.lower.path}>${p.upper.path}:${p.score}`;
const intoLaw = (pairs: readonly AlignmentPair[]) => pairs.filter((p) => p.upper.file === law.file);

describe.each([
  ['the graph says so (BASED_ON)', { basedOnFiles: [law.file] }],
  ['its text says so (a based_on citation)', { citations: [{ title: law.title, relation: 'based_on' as const }] }],
])('a document resting on a law, %s, beside a document restating the law', (_, basis) => {
  const lower: AlignDocument = { ...guangxi, ...basis };
  const both = alignDocuments([restating, law, lower], {
    selection: new Map([[lower.file, [restating.file, law.file]]]),
  });
  const alone = alignDocuments([law, lower], { selection: new Map([[lower.file, [law.file]]]) });

  test('its pairs into the law score as the two documents aligned alone', () => {
    const scores = new Map(alone.map((p) => [`${p.lower.path}>${p.upper.path}`, p.score]));
    expect(intoLaw(both).length).toBeGreaterThan(5);
    for (const p of intoLaw(both))
      expect(`${key(p)}`).toBe(`${p.lower.path}>${p.upper.path}:${scores.get(`${p.lower.path}>${p.upper.path}`)}`);
  });

  test("every lower article keeps the law's best three, though the restatement takes the top places", () => {
    const best = alone.filter((p) => p.rank <= BASIS_CANDIDATES).map(key);
    expect(best.length).toBeGreaterThan(5);
    expect(intoLaw(both).map(key)).toEqual(expect.arrayContaining(best));
    // The restatement does lead: the law's pairs are kept beyond the five best, ranked after them by score.
    expect(both.some((p) => p.upper.file === law.file && p.rank > 5)).toBe(true);
    for (const article of new Set(both.map((p) => p.lower.path))) {
      const ranked = both.filter((p) => p.lower.path === article && !p.cited);
      expect(ranked.map((p) => p.rank)).toEqual(ranked.map((_, i) => i + 1));
      expect(ranked.map((p) => p.score)).toEqual([...ranked.map((p) => p.score)].sort((x, y) => y - x));
    }
  });
});

test('a document that rests on none of its upper documents keeps five candidates among them all', () => {
  const lower: AlignDocument = { ...guangxi, citations: [], basedOnFiles: [] };
  const pairs = alignDocuments([restating, law, lower], {
    selection: new Map([[lower.file, [restating.file, law.file]]]),
  });
  expect(pairs.length).toBeGreaterThan(10);
  expect(Math.max(...pairs.map((p) => p.rank))).toBe(5);
});

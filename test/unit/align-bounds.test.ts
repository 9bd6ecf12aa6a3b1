import { describe, expect, test } from 'vitest';
import { boundScores, boundWithHeads, buildBoundIndex, createBoundScratch } from '../../align/bound-pair-scores.ts';
import { boundSharedCharacters, sortCharPositions } from '../../align/bound-shared-characters.ts';
import { prepareArticles, rankAllPairs, rankCandidates, scorePair, type ArticleSource } from '../../align/index.ts';
import { headingDice, scorePairAbove } from '../../align/score-pair.ts';
import { DEFAULT_SCORING } from '../../align/smith-waterman.ts';
import { seededRandom, syntheticArticles } from './align-synthetic.ts';

const codes = (s: string) => Int32Array.from([...s].map((c) => c.charCodeAt(0)));

/**
 * Random articles over a small alphabet (so pairs share many characters, repeated, in and out of order), with stock
 * phrases, empty bodies (outlines) and empty headings: the cases where a loose or wrong bound would show.
 */
function randomArticles(count: number, seed: number): ArticleSource[] {
  const random = seededRandom(seed);
  const alphabet = '发展创新技术产业园区建设加强推进改革服务平台人才资金';
  const stock = ['为贯彻落实', '高质量发展', '牵头单位', '各县区人民政府'];
  const text = (max: number) => {
    let out = '';
    const length = Math.floor(random() * max);
    for (let i = 0; i < length; i++) {
      out +=
        random() < 0.05 ? stock[Math.floor(random() * stock.length)] : alphabet[Math.floor(random() * alphabet.length)];
      // Line breaks too: uppers of several paragraphs take the paragraph-cosine path of the bounds.
      if (random() < 0.1) out += random() < 0.3 ? '\n' : '。';
    }
    return out;
  };
  return Array.from({ length: count }, (_, i) => ({
    docKey: `d${i % 7}`,
    heading: random() < 0.1 ? '' : text(12),
    text: random() < 0.3 ? '' : text(80),
  }));
}

describe('boundSharedCharacters', () => {
  const side = (text: string, weights: number[]) => {
    const sideCodes = codes(text);
    const w = Float32Array.from(weights);
    return { codes: sideCodes, weights: w, charOrder: sortCharPositions(sideCodes, w) };
  };

  test('pairs each character at most min(nA, nB) times, heaviest first', () => {
    expect(boundSharedCharacters(side('发展发', [1, 1, 0.5]), side('发', [0.75]))).toEqual({ a: 1, b: 0.75 });
    expect(boundSharedCharacters(side('发展发', [0.5, 1, 0.25]), side('发发展', [0.75, 0.5, 1]))).toEqual({
      a: 1.75,
      b: 2.25,
    });
    expect(boundSharedCharacters(side('甲乙', [1, 1]), side('丙丁', [1, 1]))).toEqual({ a: 0, b: 0 });
  });

  test('leaves out masked positions (negative in the mask)', () => {
    const mask = Int32Array.from([-1, 0x5c55, 0x53d1]);
    expect(boundSharedCharacters(side('发展发', [1, 1, 0.5]), side('发展', [1, 1]), mask)).toEqual({ a: 1.5, b: 2 });
  });
});

describe('upper bounds of the pair score (property: bound ≥ score on every pair)', () => {
  test.each([1, 2, 3])(
    'index bounds, boundWithHeads and scorePairAbove on all pairs of random articles (seed %i)',
    (seed) => {
      const prepared = prepareArticles(randomArticles(70, seed));
      const lowers = prepared.slice(0, 30);
      const uppers = prepared.slice(30);
      const index = buildBoundIndex(uppers);
      const scratch = createBoundScratch(index);
      let pairs = 0;
      let pruned = 0;
      for (const lower of lowers) {
        const touched = new Set(boundScores(index, lower, scratch));
        uppers.forEach((upper, id) => {
          const exact = scorePair(lower, upper);
          const bound = touched.has(id) ? scratch.bounds[id]! : 0;
          expect(bound).toBeGreaterThanOrEqual(exact.score);
          if (touched.has(id))
            expect(
              boundWithHeads(index, scratch, lower, id, headingDice(lower, upper, DEFAULT_SCORING)),
            ).toBeGreaterThanOrEqual(exact.score);
          // Against a floor just above, at and below the exact score: the same result, or a proof it is below.
          for (const floor of [exact.score + 0.05, exact.score, exact.score - 0.05, 0.3]) {
            const above = scorePairAbove(
              lower,
              upper,
              floor,
              undefined,
              floor === 0.3 ? headingDice(lower, upper, DEFAULT_SCORING) : undefined,
            );
            if (above === undefined) {
              expect(exact.score).toBeLessThan(floor);
              pruned++;
            } else expect(above).toEqual(exact);
          }
          pairs++;
        });
      }
      expect(pairs).toBe(30 * 40);
      // The property would hold trivially if nothing were ever pruned.
      expect(pruned).toBeGreaterThan(0);
    },
    // 3.8 s alone on a quiet machine; past vitest's 5 s default on two cores shared with a browser suite.
    30_000,
  );
});

describe('branch and bound engine', () => {
  test('without a budget, the top 5 equal brute force exactly (pairs, scores, ranks, evidence), also with allowed()', () => {
    const { lowerArticles, upperArticles } = syntheticArticles({ lower: 40, upper: 150, seed: 7 });
    const prepared = prepareArticles([...lowerArticles, ...upperArticles]);
    const lowers = prepared.slice(0, 40);
    const uppers = prepared.slice(40);
    const allowed = (lower: number, upper: number) => (lower + upper) % 3 !== 0;
    // A low floor keeps weak candidates too, so that ranks 2–5 are exercised, not only rank 1.
    const low = { minScore: 0.02, minScoreWithBodies: 0.02 };
    for (const options of [low, { ...low, allowed }, {}]) {
      const engine = rankCandidates(lowers, uppers, { ...options, maxScored: Infinity });
      expect(engine.length).toBeGreaterThan('minScore' in options ? 100 : 20);
      expect(engine).toEqual(rankAllPairs(lowers, uppers, options));
    }
  }, 120_000);

  test('two bodies are kept from 0.05, a pair with a heading-only side from 0.02, the search exact on both', () => {
    const { lowerArticles, upperArticles } = syntheticArticles({ lower: 40, upper: 150, seed: 11, related: 0.3 });
    const prepared = prepareArticles([...lowerArticles, ...upperArticles]);
    const lowers = prepared.slice(0, 40);
    const uppers = prepared.slice(40);
    const weak = (m: { score: number }) => m.score >= 0.02 && m.score < 0.05;
    const bothBodies = (m: { lower: number; upper: number }) => lowers[m.lower]!.hasBody && uppers[m.upper]!.hasBody;
    // With one floor for all, both kinds of weak pair are listed, so the test below can fail.
    const oneFloor = rankAllPairs(lowers, uppers, { minScoreWithBodies: 0.02 });
    expect(oneFloor.filter((m) => weak(m) && bothBodies(m)).length).toBeGreaterThan(0);
    expect(oneFloor.filter((m) => weak(m) && !bothBodies(m)).length).toBeGreaterThan(0);

    const engine = rankCandidates(lowers, uppers, { maxScored: Infinity });
    expect(engine.filter((m) => weak(m) && bothBodies(m))).toEqual([]);
    expect(engine.filter((m) => weak(m) && !bothBodies(m)).length).toBeGreaterThan(0);
    expect(engine).toEqual(rankAllPairs(lowers, uppers));
  }, 120_000);

  test('atLeast: only the pairs from that score are searched for; keepOwn: the best few are kept below it too', () => {
    const { lowerArticles, upperArticles } = syntheticArticles({ lower: 40, upper: 150, seed: 13, related: 0.3 });
    const prepared = prepareArticles([...lowerArticles, ...upperArticles]);
    const lowers = prepared.slice(0, 40);
    const uppers = prepared.slice(40);
    const low = { minScore: 0.02, minScoreWithBodies: 0.02, maxScored: Infinity };
    const all = rankAllPairs(lowers, uppers, low);
    // Each lower article's floor: its second-best score, so the floor falls between its candidates.
    const atLeast = lowers.map((_, i) => all.find((m) => m.lower === i && m.rank === 2)?.score ?? 0);
    const key = (m: { lower: number; upper: number; score: number }) => `${m.lower}>${m.upper}:${m.score}`;
    const above = all.filter((m) => m.score >= atLeast[m.lower]!).map(key);
    expect(above.length).toBeLessThan(all.length / 2);
    // What scores from atLeast is found exactly; what the search met below it may come too (the caller drops it).
    const from = (list: typeof all) => list.filter((m) => m.score >= atLeast[m.lower]!).map(key);
    expect(from(rankCandidates(lowers, uppers, { ...low, atLeast }))).toEqual(above);
    const own = rankCandidates(lowers, uppers, { ...low, atLeast, keepOwn: 3 });
    const bestThree = all.filter((m) => m.rank <= 3).map(key);
    expect(bestThree.length).toBeGreaterThan(above.length);
    expect(own.map(key)).toEqual(expect.arrayContaining(bestThree));
    expect(from(own)).toEqual(above);
  }, 120_000);

  test('ties keep brute force order (lower upper id first)', () => {
    const article = { docKey: 'u', heading: '加强关键核心技术攻关', text: '支持企业牵头组建创新联合体。' };
    const prepared = prepareArticles([{ ...article, docKey: 'l' }, article, { ...article, docKey: 'v' }, article]);
    const engine = rankCandidates(prepared.slice(0, 1), prepared.slice(1), { maxCandidates: 2 });
    expect(engine.map((m) => m.upper)).toEqual([0, 1]);
    expect(engine).toEqual(rankAllPairs(prepared.slice(0, 1), prepared.slice(1), { maxCandidates: 2 }));
  });
});

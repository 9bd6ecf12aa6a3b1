// likelyParents' shortlist from kept whole-text bags (align/whole-text-index.ts) is the one bigramVectors gives over
// the same texts: the same order of every upper document, on the bundled corpus (laws/ included).
import { describe, expect, test } from 'vitest';
import {
  bigramVectors,
  createWholeTextIndex,
  createWholeTextIndexAsync,
  existedBefore,
  inferLikelyParents,
  isAbove,
  isAlignable,
  vectorCosine,
  type AlignDocument,
} from '../../align/index.ts';
import { wholeTextOf } from '../../align/nearest-documents.ts';
import { nearestByWholeText } from '../../align/whole-text-index.ts';
import { parsedCorpus } from './parsed-corpus.ts';

const docs: AlignDocument[] = parsedCorpus();
const index = createWholeTextIndex(docs);
const lowers = docs.filter((d) => isAlignable(d) && d.tier && d.tier !== 'national');
const uppersOf = (lower: AlignDocument) =>
  docs.filter((d) => isAlignable(d) && isAbove(d, lower) && existedBefore(d, lower));

describe('the whole-text shortlist of likely parents', () => {
  test('orders every upper document as the cosines of bigramVectors over the same texts do', () => {
    let compared = 0;
    for (const lower of lowers) {
      const uppers = uppersOf(lower);
      if (uppers.length < 2) continue;
      const whole = bigramVectors(
        [lower, ...uppers].map((d) => ({ docKey: d.file, heading: d.title, text: wholeTextOf(d) })),
      );
      const expected = uppers
        .map((d, i) => ({ file: d.file, s: vectorCosine(whole[0]!, whole[i + 1]!) }))
        .sort((x, y) => y.s - x.s)
        .map((x) => x.file);
      expect(nearestByWholeText(index, lower, uppers, uppers.length).map((d) => d.file)).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  test('inferLikelyParents gives the same answer with the kept bags as without', () => {
    for (const lower of lowers) {
      const options = { limit: 5, shortlist: 2 };
      expect(inferLikelyParents(docs, lower.file, { ...options, wholeTexts: index })).toEqual(
        inferLikelyParents(docs, lower.file, options),
      );
    }
  });

  test('built in steps, the bags are the same, and it pauses between steps', async () => {
    let pauses = 0;
    const stepped = await createWholeTextIndexAsync(
      docs,
      async () => {
        pauses++;
      },
      3,
    );
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(stepped).toEqual(index);
  });

  test('an upper document the bags do not hold is an error naming it', () => {
    const lower = lowers[0]!;
    const stranger = { ...uppersOf(lower)[0]!, file: 'elsewhere.txt' };
    expect(() => nearestByWholeText(index, lower, [stranger], 1)).toThrow('no whole-text bag of elsewhere.txt');
  });
});

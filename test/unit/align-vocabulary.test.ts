import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VOCABULARY,
  normalizeVocabulary,
  parseVocabulary,
  prepareArticles,
  cosine,
} from '../../align/index.ts';

describe('policy vocabulary (align/data/policy-synonyms.tsv)', () => {
  test.each([
    ['本市研发机构', '国家研究开发机构'],
    ['高校', '高等学校'],
    // engine 1.4: the local wording of the law's tax-preference and publication duties
    ['享受税费减免', '享受税收优惠'],
    ['采集、公开制度', '采集、公布制度'],
  ])('%s → %s', (text, canonical) => expect(normalizeVocabulary(text).text).toBe(canonical));

  test('every output character points back into the text as written', () => {
    const { text, from } = normalizeVocabulary('按照国家有关规定享受税费减免');
    expect(text).toBe('按照国家有关规定享受税收优惠');
    expect(from).toHaveLength(text.length);
    expect(from.slice(-4)).toEqual([10, 11, 12, 13]);
  });

  test('no canonical form is itself a variant (rewriting is one step)', () => {
    const variants = new Set(DEFAULT_VOCABULARY.map((e) => e.variant));
    expect(DEFAULT_VOCABULARY.filter((e) => variants.has(e.canonical))).toEqual([]);
  });

  test('a local tax-relief clause now shares terms with the law article on tax preferences', () => {
    const [lower, upper, other] = prepareArticles([
      { docKey: 'l', heading: '', text: '孵化器、大学科技园和众创空间，按照国家有关规定享受税费减免。' },
      { docKey: 'u', heading: '', text: '国家依照有关税收法律、行政法规规定对科技成果转化活动实行税收优惠。' },
      { docKey: 'u', heading: '', text: '国家鼓励银行业金融机构开展知识产权质押贷款业务。' },
    ]);
    expect(cosine(lower!, upper!)).toBeGreaterThan(cosine(lower!, other!));
    const plain = prepareArticles(
      [
        { docKey: 'l', heading: '', text: '享受税费减免' },
        { docKey: 'u', heading: '', text: '实行税收优惠' },
      ],
      { vocabulary: parseVocabulary('') },
    );
    expect(cosine(plain[0]!, plain[1]!)).toBe(0);
  });
});

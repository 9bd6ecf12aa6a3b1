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
    // 2026-12-04: the three guarantees (三包), on content characters (punctuation is dropped before the table runs)
    ['实行包修包换包退', '实行修理更换退货'],
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

  test('the seller’s three guarantees, 包修、包换、包退, share the law’s terms 修理、更换、退货 (山东 农业机械化 19 → law 14)', () => {
    const [lower, upper, other] = prepareArticles([
      {
        docKey: 'l',
        heading: '',
        text: '从事农业机械生产、销售的单位和个人，应当确保产品质量，对生产、销售的农业机械产品实行包修、包换、包退。',
      },
      {
        docKey: 'u',
        heading: '',
        text: '农业机械产品不符合质量要求的，农业机械生产者、销售者应当负责修理、更换、退货。',
      },
      {
        docKey: 'u',
        heading: '',
        text: '农业机械生产者、销售者应当建立健全农业机械销售服务体系，依法承担产品质量责任。',
      },
    ]);
    expect(cosine(lower!, upper!)).toBeGreaterThan(cosine(lower!, other!));
    const texts = [
      { docKey: 'l', heading: '', text: '对农业机械产品实行包修、包换、包退。' },
      { docKey: 'u', heading: '', text: '销售者应当负责修理、更换、退货。' },
    ];
    const [l, u] = prepareArticles(texts);
    const [pl, pu] = prepareArticles(texts, { vocabulary: parseVocabulary('') });
    expect(cosine(l!, u!)).toBeGreaterThan(cosine(pl!, pu!));
  });
});

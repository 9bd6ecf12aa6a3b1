import { describe, expect, test } from 'vitest';
import { bigramVectors, prepareArticles, rankCandidates } from '../../align/index.ts';
import { PARAGRAPH_SHARE, pairCosine } from '../../align/pair-cosine.ts';
import { cosine, vectorCosine } from '../../align/prepare-articles.ts';

const source = (text: string, heading = '') => ({ docKey: text, heading, text });

describe('TF-IDF vectors of articles', () => {
  // 甲乙 three times, 丙丁 once, both in one article only (same idf): the weights differ by the term frequency alone.
  const texts = [source('甲乙，甲乙，甲乙，丙丁'), source('戊己')];

  test('count a bigram as often as an article repeats it (raw tf: an article repeats its subject)', () => {
    const [article] = prepareArticles(texts);
    expect(article!.vector.get('甲乙')! / article!.vector.get('丙丁')!).toBeCloseTo(3, 10);
  });

  test('while whole documents (bigramVectors) keep 1 + ln tf, which damps bursts of one word', () => {
    const [document] = bigramVectors(texts);
    expect(document!.get('甲乙')! / document!.get('丙丁')!).toBeCloseTo(1 + Math.log(3), 10);
  });
});

describe('pairCosine: the whole upper article, and its best paragraph', () => {
  const [lower, twoParagraphs, oneParagraph] = prepareArticles([
    source('技术市场培育，中介服务机构发展'),
    source('成果转让许可作价投资方式\n技术市场培育，中介服务机构发展，信息检索评估'),
    source('成果转让许可作价投资方式，技术市场培育，中介服务机构发展，信息检索评估'),
  ]);

  test('an upper of one paragraph: the plain cosine', () => {
    expect(oneParagraph!.paragraphVectors).toEqual([]);
    expect(pairCosine(lower!, oneParagraph!)).toBe(cosine(lower!, oneParagraph!));
  });

  test('an upper of two paragraphs: the best paragraph lifts a lower article that carries one of them', () => {
    expect(twoParagraphs!.paragraphVectors).toHaveLength(2);
    const best = vectorCosine(lower!.vector, twoParagraphs!.paragraphVectors[1]!);
    expect(best).toBeGreaterThan(cosine(lower!, twoParagraphs!));
    expect(pairCosine(lower!, twoParagraphs!)).toBeCloseTo(
      (1 - PARAGRAPH_SHARE) * cosine(lower!, twoParagraphs!) + PARAGRAPH_SHARE * best,
      12,
    );
    expect(pairCosine(lower!, twoParagraphs!)).toBeGreaterThan(pairCosine(lower!, oneParagraph!));
  });

  test('ranks the long upper whose second paragraph the lower article carries above a short one sharing half of it', () => {
    // The pattern of 山东 art. 18 against the 2015 law: art. 30 says 培育和发展技术市场 … 科技中介服务机构 in one
    // paragraph and the intermediaries' duties in another, which dilutes its whole-article cosine.
    const other =
      '研究开发机构转让成果，协议定价挂牌交易拍卖，公示名称价格，收入留归本单位，奖励报酬重要贡献人员，资金用途科研工作';
    const [carrying, long, short] = prepareArticles([
      source('培育发展技术市场，建立中介服务机构'),
      source(`${other}\n培育发展技术市场，鼓励创办中介服务机构`),
      source('培育发展技术市场，转让成果'),
      source('无关条文甲乙丙丁'), // a fourth article, so that idf tells shared words from the rest
    ]);
    expect(cosine(carrying!, short!)).toBeGreaterThan(cosine(carrying!, long!));
    const ranked = rankCandidates([carrying!], [long!, short!], { maxScored: Infinity });
    expect(ranked.map((m) => m.upper)).toEqual([0, 1]);
  });
});

/**
 * The articles of 个人所得税法实施条例 (lawrefbook, 2018-12-18) that name an article of 个人所得税法 (2018-08-31), read in
 * the text: [regulation article, law article]. Each is the pair the engine puts first, marked cited (align/named-articles.ts).
 */
export const INCOME_TAX_NAMED_ARTICLES: readonly (readonly [number, number])[] = [
  [9, 4],
  [10, 4],
  [11, 4],
  [12, 4],
  [13, 6],
  [14, 6],
  [15, 6],
  [16, 6],
  [19, 6],
  [21, 7],
  [23, 8],
  [26, 10],
  [33, 17],
];

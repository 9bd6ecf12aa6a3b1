/**
 * Administrative boilerplate that recurs across documents of every tier and says nothing about which article a
 * lower article carries. Positions inside these phrases are down-weighted before alignment, on top of the
 * corpus-derived weights of weigh-grams.ts (which catch stock phrases this list does not know).
 * Example: findStockRanges('为贯彻落实国务院') → [[0, 5]].
 */

/** Default stock phrases, folded (simplified, no punctuation). */
export const DEFAULT_STOCK_PHRASES: readonly string[] = [
  '为贯彻落实',
  '贯彻落实',
  '认真贯彻执行',
  '结合实际',
  '高质量发展',
  '各县区人民政府',
  '各市人民政府',
  '各县人民政府',
  '县区人民政府',
  '人民政府',
  '新区管委会',
  '牵头单位',
  '配合单位',
  '责任单位',
  '财政资金补助',
  '给予',
  '支持',
  '鼓励',
  '推动',
  '加快',
  '进一步',
  '积极',
  // Boosters that take any object: 做大做强 产业规模 / 职业教育资源 / 正面宣传 in the gov.cn pages of ../shared/corpora,
  // 做大做强特色主导产业 in the State Council opinions; once in the statutes of lawrefbook (做优做强, 山东 2021).
  '做大做强',
  '做强做优',
  '做优做强',
  '有关部门',
  '按照规定',
  '从其规定',
  // Statute boilerplate: the purpose clause and the standard subject of a duty (为了…根据…制定本条例, 县级以上人民政府应当).
  '县级以上地方各级人民政府',
  '县级以上地方人民政府',
  '县级以上人民政府',
  '地方各级人民政府',
  '各级人民政府',
  '等法律行政法规',
  '和有关法律法规',
  '结合国家实际',
  '结合实际',
  '制定本条例',
  '制定本办法',
  '制定本规定',
  '制定本法',
  '依法给予处分',
  '依法追究刑事责任',
  '构成犯罪的',
];

/** Multiplier applied to the weight of a position inside a stock phrase. */
export const STOCK_PHRASE_FACTOR = 0.15;

/** Ranges [start, end) of `content` covered by any of `phrases` (phrases are matched as given, left to right). */
export function findStockRanges(
  content: string,
  phrases: readonly string[] = DEFAULT_STOCK_PHRASES,
): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    if (phrase.length < 2) continue;
    let from = content.indexOf(phrase);
    while (from >= 0) {
      ranges.push([from, from + phrase.length]);
      from = content.indexOf(phrase, from + 1);
    }
  }
  return ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * The organ that approved, as an approval writes it: a meeting is its organ's (县政府常务会议审定 → 县政府,
 * 县十九届人民代表大会第四次会议审议 → 县人民代表大会, 自治区第十三届人大第四次会议 → 自治区人民代表大会, 第39次区委常委会 →
 * 区委); a leader's consent
 * (市领导同意, 市政府主要领导同意) names no organ: undefined; what was done before the text went up is no organ either
 * (严格评选并报省政府 → 省政府).
 */
export function approvingOrgan(written: string): string | undefined {
  const organ = written
    .replace(/\s+/g, '')
    // What was done before it went up: 严格评选并报省政府 → 省政府.
    .replace(/^.*(?:并报|报请|报)(?=[\u4e00-\u9fff]{2})/, '')
    .replace(/(?:审议通过|审议|审定|研究|讨论通过|讨论)$/, '')
    // The meeting's date and number (2019年12月16日省政府第X次常务会议, 第24次区政府常务会, 市政府61次常务会议).
    .replace(/^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?/, '')
    .replace(/^第[一二三四五六七八九十百零〇\d]+次/, '')
    .replace(/(?:\d{4}年)?(?:第?[一二三四五六七八九十百零〇\d]+次)?(?:常务会议|常务会|全体会议|主任会议|会议)$/, '')
    // A Party committee's standing committee meets for it (区委常委会 → 区委); a congress's 常委会 is a body of its own.
    .replace(/(?<=委)常委会$/, '')
    .replace(/第?[一二三四五六七八九十百零〇\d]+届/, '')
    .replace(/人大常委会$/, '人民代表大会常务委员会')
    .replace(/人大$/, '人民代表大会');
  return organ === '' || /领导(?:同志)?$/.test(organ) ? undefined : organ;
}

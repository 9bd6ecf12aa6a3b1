/**
 * Who approved a text, as it says so: the approval clause (经国务院同意，现提出以下意见) and the organs behind it. Example:
 *   readApproval(['《某方案》已经第24次区政府常务会、第39次区委常委会审议通过,现印发给你们。'], { notice: true })
 *   → '第24次区政府常务会、第39次区委常委会'; approvingOrgans of it → ['区政府', '区委'].
 */

const NUMERAL = '[一二三四五六七八九十百零〇\\d]';
// The clause: who (no clause break inside), then the act; what follows tells whether it is this text's approval.
const CLAUSE =
  /(已经|^经|[,，。、]经|报经|并经)([^,，。；;]{2,40}?)(研究同意|同意|批准|审议通过|审定通过|讨论通过)(?=(.?))/g;
const CONSENT = /^(?:研究同意|同意|批准)$/;

/**
 * The approval clause of the text itself, or undefined. A meeting's passing (审议通过) or an approval sought (报经,
 * 并经) is this text's only when the text goes on to what it does (…审议通过,现印发给你们; 并报经国务院批准，现函复如下); a
 * consent (经国务院同意) also when its clause ends there (经市政府同意,2024年我市实施…) — not a requirement for later
 * (报经同级人民政府同意后实施, 须经…批准。) nor a cited law's passing (《某法》已经…审议通过，自…施行). In a notice's own words
 * (`notice`) a consent counts wherever it stands, as notices have always been read.
 */
export function readApproval(lines: readonly string[], { notice }: { notice: boolean }): string | undefined {
  for (const line of lines)
    for (const m of line.matchAll(CLAUSE)) {
      const [, lead = '', who = '', act = '', next = ''] = m;
      const after = line.slice((m.index ?? 0) + m[0].length);
      const goesOn = /^[,，]?\s*(?:现|特此)/.test(after);
      const consent = CONSENT.test(act) && !/^(?:报经|并经)$/.test(lead);
      if (goesOn || (consent && (notice || /^[,，]/.test(next)))) return who;
    }
  return undefined;
}

// A meeting of an organ, its date and number: 常务会议, 常务会, 委务会议, 常委会会议, 专题会议, 2022年度第3次….
const MEETING = new RegExp(
  `(?:\\d{4}年度?)?(?:第?${NUMERAL}+次)?(?:常务|全体|部务|委务|局务|署务|室务|厅务|主任|办公|专题|常委会|常委)?(?:会议|会)$`,
);
// The meeting's date, in figures or in Chinese numerals (2019年12月16日, 二〇二二年二月十日), its number and the term.
const MEETING_DATE = new RegExp(`^${NUMERAL}{2,4}年(?:${NUMERAL}{1,3}月)?(?:${NUMERAL}{1,3}日)?`);
const MEETING_NUMBER = new RegExp(`^第${NUMERAL}+次`);
const TERM = new RegExp(`第?${NUMERAL}+届`);
// What an organ's name ends with; anything else approving is a person or an act (上级, 审核, 分管副市长, 双方协商).
const ORGAN = /(?:政府|委|厅|局|办|部|院|会|署|中央|党组|公署|大会)$/;

/**
 * The organ that approved, as an approval writes it: a meeting is its organ's (县政府常务会议审定 → 县政府,
 * 县十九届人民代表大会第四次会议审议 → 县人民代表大会, 自治区第十三届人大第四次会议 → 自治区人民代表大会, 第39次区委常委会 →
 * 区委, 2017年1月18日召开的县第十七届人民政府第2次常务会议 → 县人民政府); what was done before the text went up is no
 * organ (严格评选并报省政府 → 省政府). A leader's consent (市领导同意, 市长办公会议, 经国务院领导同志同意) or an act
 * (经审核同意, 经上级批准) names none: undefined.
 */
export function approvingOrgan(written: string): string | undefined {
  const organ = written
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[）)]$/, '')
    .replace(/^.*(?:并报|报请|报|召开的)(?=[\u4e00-\u9fff]{2})/, '')
    .replace(/(?:审议通过|审议|审定|研究|讨论通过|讨论)$/, '')
    .replace(MEETING_DATE, '')
    .replace(MEETING_NUMBER, '')
    .replace(TERM, '')
    .replace(MEETING, '')
    // A Party committee's standing committee meets for it (区委常委会 → 区委); a congress's 常委会 is a body of its own.
    .replace(/(?<=委)常委会$/, '')
    .replace(/人大常委会$/, '人民代表大会常务委员会')
    .replace(/人大$/, '人民代表大会');
  return ORGAN.test(organ) && !/(?:领导|同志|[省市县区州]长|局长|厅长|主任|书记)$/.test(organ) ? organ : undefined;
}

/** The organs of an approval clause: 市委、市人民政府, 市政府常务会议和市委常委会议, 市委市政府 → each organ. */
export function approvingOrgans(clause: string): string[] {
  return clause
    .replace(/(?<=[省市县区州]委)(?=[省市县区州](?:人民)?政府)/g, '、')
    .split(/、|和/)
    .map(approvingOrgan)
    .filter((o) => o !== undefined);
}

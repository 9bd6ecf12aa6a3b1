/**
 * Formal provisions: the clauses every text closes with, which say when it takes effect or who interprets it, and
 * nothing of policy. Its effective date is all an effective-date clause carries, so across a statute book it is
 * "almost identical" to every text that took effect a day or a month apart, and such a match says nothing of
 * where the text comes from. Recognised: an effective-date clause of a text (本条例自2021年12月1日起施行; 本措施自印发之日起
 * 实施，有效期3年; …其中第二十条自2022年1月1日起施行), alone or with the repeal of the texts it replaces (…同时废止) and
 * its supremacy over earlier rules in conflict (…规定与本条例不一致的，以本条例为准), and an interpretation clause
 * (本办法具体应用中的问题，由市人民政府负责解释; 本法的解释权属于…). It must be the text's own: 本市… or 本级人民政府… is a
 * duty. A clause with anything more, such as a transitional rule (本法施行前签发的护照在有效期内继续有效; 逾期未换领的原证件
 * 失效), is not formal.
 * Example: formalProvision('本条例自2021年12月1日起施行。') → 'effective-date';
 * formalProvision('本办法由公安部负责解释。') → 'interpretation'; formalProvision('国家鼓励…') → undefined.
 */

/** What a formal provision says. */
export type FormalProvision = 'effective-date' | 'interpretation';

// 本 + the kind of text: 本法, 本条例, 本实施细则, 本若干措施, 本《办法》. Not 本市… or 本级人民政府…: a duty.
const KIND =
  '(?:法|条例|规定|办法|细则|意见|通知|措施|方案|解释|规则|决定|规程|准则|通则|守则|安排|章程|规范|纲要|批复)';
const THIS_TEXT = `本《?[\\u4e00-\\u9fa5]{0,6}?${KIND}》?`;
// A date or an event, with a 年, 月 or 日 in it: 2021年12月1日, 一九九四年一月一日, 公布之日, 印发之日起三十日后.
const WHEN = '(?=[^。；，,]*[年月日])[^。；，,]{1,30}?';
const STARTS = `(?:自|于|从)${WHEN}(?:起)?(?:施行|实施|生效|执行|试行)`;
const ADOPTED = '(?:(?:由|经)[^。；，,]{1,30}通过[，,]?)?';
const VALID_FOR = '有效期(?:至|为)?[^。；，,]{1,20}';
// Articles that take effect later: （但|其中）第二十条自2022年1月1日起施行.
const PARTLY = `(?:但|其中)?第[^。；，,]{1,20}条[^。；，,]{0,20}?${STARTS}`;
// Repeal of the texts replaced and supremacy over earlier rules in conflict, with no duty in them: not
// 逾期未换领的原证件失效, not 本条例施行前订立的合同，与本条例不一致的，按照本条例执行.
const NO_DUTY = '(?![^。；]*(?:应当|必须|可以|须|逾期|不得|继续(?:有效|适用|执行|审理|办理)|尚未|未经))';
const REPEAL = `${NO_DUTY}[^。；]*(?:废止|停止执行|不再执行|失效)`;
const EARLIER_RULES = '(?:规定|文件|解释|法规|规章|决定|批复|办法|条例|细则)';
// …有关规定（法释〔1998〕20号），凡与本条例不一致的 | 如与本规定有抵触 …
const IN_CONFLICT = `${EARLIER_RULES}》?(?:[（(][^）)。；]*[）)])?[，,]?凡?如?(?:与|同)${THIS_TEXT}(?:的?(?:规定|内容))?有?(?:不一致|相抵触|抵触|不符)的?`;
// …以本条例为准 | 按本规定执行 | 不再适用 | 适用本办法 | 同时废止
const THIS_PREVAILS = `(?:均?(?:(?:以|按|按照|依照)${THIS_TEXT}(?:的?规定)?(?:为准|执行)|不再适用|适用${THIS_TEXT})|同时废止)`;
const PREVAILS = `${NO_DUTY}[^。；]*?${IN_CONFLICT}[，,]?${THIS_PREVAILS}`;
const FOLLOW_UP = `(?:${REPEAL}|${PREVAILS}|${PARTLY})`;
const EFFECTIVE = new RegExp(
  `^${THIS_TEXT}(?:${ADOPTED}${STARTS}(?:[，,]${VALID_FOR})?|${VALID_FOR}[，,]${STARTS}|(?:施行|实施)日期为?${WHEN})(?:[，,]${FOLLOW_UP})?$`,
);
// Who interprets it (由…负责解释, 授权…负责解释, 解释权归…), perhaps with who carries it out or when it takes effect.
const INTERPRETED_BY = `${THIS_TEXT}(?:[^由授。；]{0,12}?问题[，,]?)?(?:由|授权)[^。；]{1,40}?负责解释(?:[，,]?并?组织实施)?`;
const INTERPRETATION = new RegExp(
  `^(?:${INTERPRETED_BY}(?:[，,]${STARTS}(?:[，,]${VALID_FOR})?)?|${THIS_TEXT}的?解释权(?:归|属于?)[^。；，,]{1,30})$`,
);
const OTHER_SENTENCE = new RegExp(`^(?:${FOLLOW_UP}|其中[^。；]*负责解释)$`);

/** Which formal provision `text` is (the text of one article), or undefined when it says anything more. Pure. */
export function formalProvision(text: string): FormalProvision | undefined {
  const sentences = text
    .replace(/\s+/g, '')
    .split(/[。；;]/)
    .filter((s) => s !== '');
  if (sentences.length === 0) return undefined;
  const [first, ...rest] = sentences;
  const kind = INTERPRETATION.test(first!) ? 'interpretation' : EFFECTIVE.test(first!) ? 'effective-date' : undefined;
  if (!kind) return undefined;
  const formal = (s: string) => OTHER_SENTENCE.test(s) || EFFECTIVE.test(s) || INTERPRETATION.test(s);
  return rest.every(formal) ? kind : undefined;
}

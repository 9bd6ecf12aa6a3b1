/**
 * Formal provisions: the clauses every text closes with, which say when it takes effect or who interprets it, and
 * nothing of policy. Its effective date is all an effective-date clause carries, so across a statute book it is
 * "almost identical" to every text that took effect a day or a month apart, and such a match says nothing of
 * where the text comes from. Recognised: an effective-date clause (本条例自2021年12月1日起施行; 自印发之日起实施，
 * 有效期3年), alone or with the repeal of the texts it replaces (…同时废止), and an interpretation clause
 * (本办法具体应用中的问题，由市人民政府负责解释). A clause with anything more, such as a transitional rule (本法施行前签发的
 * 护照在有效期内继续有效), is not formal.
 * Example: formalProvision('本条例自2021年12月1日起施行。') → 'effective-date';
 * formalProvision('本办法由公安部负责解释。') → 'interpretation'; formalProvision('国家鼓励…') → undefined.
 */

/** What a formal provision says. */
export type FormalProvision = 'effective-date' | 'interpretation';

// 本 + the kind of text (法, 条例, 若干措施, 《办法》 …), a short run of characters.
const THIS_TEXT = '本《?[\\u4e00-\\u9fa5]{1,8}?》?';
// A date or an event: 2021年12月1日, 一九九四年一月一日, 公布之日, 印发之日, 通过之日.
const WHEN = '[^。；，,]{1,30}?';
const EFFECTIVE = new RegExp(
  `^(?:${THIS_TEXT}(?:由[^。；，]{1,30}通过[，,])?(?:自|于|从)${WHEN}(?:起)?(?:施行|实施|生效|执行)|${THIS_TEXT}(?:施行|实施)日期为?${WHEN})(?:[，,]有效期(?:至|为)?[^。；，]{1,20})?`,
);
// What may follow the date: the repeal of the texts replaced, or that the new text prevails over those in conflict
// (本省过去有关规定与本条例不一致的，按本条例执行). Not a rule on which cases it applies to (…以后受理的案件，适用本规定).
const REPEAL = /(?:废止|停止执行|不再执行|失效)$/;
const PREVAILS = new RegExp(
  `(?:不一致|相抵触|抵触|不符)[^。；]*?(?:(?:以|按|按照|依照)${THIS_TEXT}(?:的?规定)?(?:为准|执行)|不再适用|适用${THIS_TEXT})$`,
);
// Who interprets it, and once in a while when it takes effect in the same sentence (…负责解释，自发布之日起施行).
const INTERPRETATION = new RegExp(
  `^${THIS_TEXT}(?:[^由。；]{0,12}?问题[，,]?)?由[^。；]{1,40}?负责解释(?:[，,](?:自|于)${WHEN}(?:起)?(?:施行|实施|生效))?$`,
);
const isFollowUp = (clause: string) => REPEAL.test(clause) || PREVAILS.test(clause);

/** Which formal provision `text` is (the text of one article), or undefined when it says anything more. Pure. */
export function formalProvision(text: string): FormalProvision | undefined {
  const sentences = text
    .replace(/\s+/g, '')
    .split(/[。；;]/)
    .filter((s) => s !== '');
  if (sentences.length === 0) return undefined;
  const [first, ...rest] = sentences;
  if (INTERPRETATION.test(first!) && rest.every((s) => /^其中[^。；]*负责解释$/.test(s))) return 'interpretation';
  const effective = EFFECTIVE.exec(first!);
  if (!effective) return undefined;
  const after = first!.slice(effective[0].length).replace(/^[，,]/, '');
  if ((after === '' || isFollowUp(after)) && rest.every(isFollowUp)) return 'effective-date';
  return undefined;
}

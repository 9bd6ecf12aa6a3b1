/**
 * The labels law sites and aggregators give a statute's record, by what each names. Example:
 *   '制定机关: 某州人民代表大会' → a maker's label; '效力级别: 地方性法规' → a level's; '题注: (…通过)' → the record's.
 * One list for the reader of the labels (statute/read-statute-labels.ts) and for the splitter of a record run into one
 * line (split-run-in-fields.ts): a label written in two lists was learnt by one reader and forgotten in the other
 * (…时间 dates, 制定部门, 效力层级), so a record labelled so was read on its own lines and left whole when run in.
 */

/** Labels of the text's level (效力级别: 地方性法规). */
export const LEVEL_LABELS = ['效力位阶', '效力级别', '效力层级', '效力等级', '法律效力', '法规效力', '效力'];
/** Labels of the organ that made it (制定机关: …人民代表大会). */
export const MAKER_LABELS = [
  '制定机关',
  '制定部门',
  '颁布单位',
  '颁布机关',
  '颁布部门',
  '发布部门',
  '发布机关',
  '发布单位',
  '发文机关',
];
/** Labels of the day it was published, …日期 or …时间 as sites write them (19870702(颁布时间)). */
export const PUBLISHED_LABELS = ['颁布日期', '公布日期', '发布日期', '颁布时间', '公布时间', '发布时间'];
/** Labels of the day it takes effect. */
export const EFFECTIVE_LABELS = ['实施日期', '施行日期', '生效日期', '实施时间', '施行时间'];
/**
 * The record's other labels, whose values the statute's readers take from its own lines: its number, its date of
 * writing, its expiry and validity, and 题注 before the head bracket.
 */
export const OTHER_RECORD_LABELS = ['发布文号', '颁布文号', '发文字号', '成文日期', '失效日期', '时效性', '题注'];

/** Every label of a statute's record. */
export const RECORD_LABELS = [
  ...MAKER_LABELS,
  ...PUBLISHED_LABELS,
  ...EFFECTIVE_LABELS,
  ...LEVEL_LABELS,
  ...OTHER_RECORD_LABELS,
];

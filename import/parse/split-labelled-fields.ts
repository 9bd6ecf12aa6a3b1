/**
 * The fields of one line of a page's labels, which pages set side by side, parted by bars or by spaces alone, and a
 * field's date closed up. Examples:
 *   splitLabelledFields('来源: 柳州市人民政府网站 | 发布日期: 2022-02-24 17:03') → ['来源: 柳州市人民政府网站', '发布日期: 2022-02-24 17:03']
 *   splitLabelledFields('来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【') → ['来源:岳阳市政府门户网', '日期:2017-01-12 17:08', '字号:【']
 *   closeDateSpaces('2016- 07- 04 17: 18') → '2016-07-04 17: 18'
 */

// Where a field begins inside a line: at a bar, or after spaces, at a short label and its colon (…门户网 日期:…); a
// value holds no colon after a word of its own (来源:岳阳市政府门户网 is one field, 日期: the next).
const FIELD_START = /\s*[|｜]\s*|[\s\u3000]+(?=[\u4e00-\u9fff]{2,6}[\s\u3000]*[:：])/;

/** The line's fields, in order, each `label: value` as written (a line of one field is itself). */
export function splitLabelledFields(line: string): string[] {
  return line.split(FIELD_START).filter((f) => f.trim() !== '');
}

/** A date typeset with spaces after its separators (2016- 07- 04, 2016 年 7 月 4 日) closed up; a time keeps its. */
export function closeDateSpaces(value: string): string {
  return value.replace(/(\d)[\s\u3000]*([-/.年月])[\s\u3000]*(?=\d)/g, '$1$2');
}

/** Lines the run-together page's splitter, the head's title and the kind reader once got wrong (a reviewer's finds). */
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readKind } from '../../import/index.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';
import { splitRunInPage } from '../../import/parse/split-run-in-page.ts';

const split = (text: string) => splitRunInPage(toSourceLines(text)).map((l) => l.text);

describe('a page is run together only when its head is', () => {
  test('a paragraph of a notice naming a number and addressees far into it keeps its spaces', () => {
    const paragraph = `按照 国办发〔2019〕3号 文件精神，结合实际，全面落实 “放管服” 改革要求，${'进一步优化营商环境，'.repeat(30)}切实提高服务水平。 各县区要做到以下几点：加强领导，明确责任。`;
    const text = ['某市人民政府办公室关于做好营商环境工作的通知', '各县区人民政府：', paragraph, '一、总体要求'].join(
      '\n',
    );
    expect(split(text)).toContain(paragraph.trim());
  });

  test('a space after a heading’s number parts no lines of a page run together', () => {
    const page = `某政办〔2020〕5号 各县（区）人民政府，市政府各部门： 现将有关事项通知如下。 一、 总体要求 ${'坚持统筹推进。'.repeat(10)} （一） 落实责任 各地要抓好落实。`;
    const lines = split(page);
    expect(lines).toContain('一、 总体要求');
    expect(lines).toContain('（一） 落实责任');
  });
});

describe('a numbered line is no title with a field run into it', () => {
  test('an item’s date stays in its line', () => {
    const text = [
      '某市人民政府关于做好申报工作的通知',
      '各县区人民政府：',
      '一、时间安排',
      '（一）报送实施方案时间：2023年6月30日前',
    ].join('\n');
    expect(split(text)).toContain('（一）报送实施方案时间：2023年6月30日前');
  });
});

describe('the head’s title kept with the lines it is broken over', () => {
  test('a notice’s title broken before the title it issues keeps its first line', () => {
    const plan = '某市安全生产专项整治三年行动方案';
    const text = [
      '某市人民政府办公室关于印发',
      `${plan}的通知`,
      '某政办发〔2020〕12号',
      plan,
      '一、总体要求',
      '坚持安全发展，落实企业主体责任。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'page.txt', headTitles: [plan] });
    expect(d.noticeTitle).toBe(`某市人民政府办公室关于印发${plan}的通知`);
    expect(d.title).toBe(plan);
    expect(d.issuer).toBe('某市人民政府办公室');
    expect(d.issues.filter((i) => i.code === 'ABOVE_HEAD_TITLE')).toEqual([]);
  });
});

describe('kinds read from titles ending in cited ones', () => {
  test('a title of many cited texts is read in one pass', () => {
    expect(readKind(`关于${'《a》'.repeat(16000)}x》`)).toBe('other');
    expect(readKind('关于征求《某市物业管理办法（征求意见稿）》意见的通知')).toBe('notice');
    expect(readKind('关于印发《某市物业管理办法》《某市停车管理办法》')).toBe('other');
  });
});

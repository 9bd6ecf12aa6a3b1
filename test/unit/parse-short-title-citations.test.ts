// A short title is a name the text gives a citation, never a document of its own: 《意见》, 《条例》 name nothing by title
// alone. Excerpts trimmed from real texts (URLs by each test).
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { expandShortTitle } from '../../import/write/resolve-citations.ts';

describe('short titles inside the number bracket', () => {
  // http://sthj.gnzrmzf.gov.cn/info/1219/15677.htm (甘肃省人民政府办公厅关于认真贯彻落实《国务院办公厅关于推进政务新媒体…》的通知)
  const gansu =
    '甘肃省人民政府办公厅关于认真贯彻落实《国务院办公厅关于推进政务新媒体健康有序发展的意见》的通知\n' +
    '各市、自治州人民政府，省政府各部门：\n' +
    '为认真贯彻落实《国务院办公厅关于推进政务新媒体健康有序发展的意见》(国办发〔2018〕123号,以下简称《意见》),有效解决政务新媒体存在的功能定位不清晰等问题,现将有关事项通知如下:\n' +
    '一、各地各部门要认真对照《意见》要求,全面开展自查。\n' +
    '甘肃省人民政府办公厅\n2019年1月8日';

  test('以下简称《意见》 after the number names the cited document; 《意见》 later is it', () => {
    const d = parsePolicyText(gansu, { file: 'gansu.txt' });
    expect(d.shortTitles).toContainEqual({ short: '意见', full: '国务院办公厅关于推进政务新媒体健康有序发展的意见' });
    expect(d.citations.map((c) => c.title)).not.toContain('意见');
  });

  test('以下简称 without 《》 after the number, too', () => {
    const d = parsePolicyText(
      '测试市人民政府关于加强测试工作的通知\n测政发〔2020〕1号\n各区人民政府：\n' +
        '为贯彻落实《国务院关于加强测试工作的意见》(国发〔2018〕12号，以下简称国发12号文)精神，现通知如下：\n一、测试。\n测试市人民政府\n2020年1月2日',
      { file: 't.txt' },
    );
    expect(d.shortTitles).toContainEqual({ short: '国发12号文', full: '国务院关于加强测试工作的意见' });
  });
});

describe('a title that is only a genre word names nothing', () => {
  // https://github.com/trim-leng/trim-leng.github.io _posts/2020-03-03-tsolhobodyig-solyig-gyagyur.md (海南藏族自治州藏语文工作条例 第七条)
  test('本《条例》 is the document itself', () => {
    const d = parsePolicyText(
      '# 海南藏族自治州藏语文工作条例\n<!-- INFO END -->\n第一条 为了测试，制定本条例。\n' +
        '第七条 自治州、县人民政府设立藏语言文字工作委员会，管理和监督藏语言文字工作。藏语言文字工作委员会为州、县政府的职能部门，负责本《条例》的行政执法工作。',
      { file: 't.md' },
    );
    expect(d.citations.map((c) => c.title)).toEqual([]);
  });

  test.each(['意见', '通知', '办法', '条例', '实施意见', '规定'])('an undefined 《%s》 gives no citation', (genre) => {
    const d = parsePolicyText(
      `测试市人民政府关于加强测试工作的通知\n各区人民政府：\n各地要认真对照《${genre}》要求。\n测试市人民政府\n2020年1月2日`,
      { file: 't.txt' },
    );
    expect(d.citations).toEqual([]);
  });

  test('the writer keys no bare genre word it cannot expand', () => {
    expect(expandShortTitle('意见', { shortTitles: [] })).toBeUndefined();
    expect(expandShortTitle('《条例》', { shortTitles: [] })).toBeUndefined();
    expect(expandShortTitle('意见', { shortTitles: [{ short: '意见', full: '国务院关于测试的意见' }] })).toBe(
      '国务院关于测试的意见',
    );
    expect(expandShortTitle('物业管理条例', { shortTitles: [] })).toBe('物业管理条例');
  });
});

// 常德市发展和改革委员会's 四项制度实施方案 (https://fgw.changde.gov.cn/xxgk/zfxxgk/fgwj/bmwj/702738), trimmed.
describe('citations with damaged numbers, listed with 、 and 和', () => {
  const changde =
    '测试市人民政府关于加强测试工作的通知\n各区人民政府：\n' +
    '为深入贯彻《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》(国办发〔2018118号)、' +
    '湖南省人民政府办公厅《关于印发〈湖南省全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案〉的通知》(湘政办发〔201923号)' +
    '和常德市人民政府办公室《关于印发〈常德市全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度执法决定说明理由制度的实施方案〉的通知》(常政办发〔201911号)文件精神,现通知如下:\n' +
    '一、测试。\n测试市人民政府\n2020年1月2日';

  test('each keeps its number, and 和 is no part of the issuer', () => {
    const d = parsePolicyText(changde, { file: 't.txt' });
    expect(d.citations.map((c) => [c.docNumber, c.issuer])).toEqual([
      ['国办发〔2018〕118号', '国务院办公厅'],
      ['湘政办发〔2019〕23号', '湖南省人民政府办公厅'],
      ['常政办发〔2019〕11号', '常德市人民政府办公室'],
    ]);
  });
});

test('a place whose name opens with 和 keeps it: 和平区人民政府《…》', () => {
  const d = parsePolicyText(
    '天津市河西区人民政府关于测试的通知\n各街道：\n根据和平区人民政府《关于测试工作的意见》执行。\n天津市河西区人民政府\n2020年1月2日',
    { file: 't.txt' },
  );
  expect(d.citations.map((c) => c.issuer)).toEqual(['天津市和平区人民政府']);
});

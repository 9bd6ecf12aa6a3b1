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

// 中华人民共和国渔业法 (2013-12-28), lawrefbook 经济法/渔业法(2013-12-28).md (https://github.com/LawRefBook/Laws), trimmed.
describe('a law rests on what its enacting clause names, not on what an article applies', () => {
  const fishery =
    '# 中华人民共和国渔业法\n<!-- INFO END -->\n' +
    '第一条 为了加强渔业资源的保护、增殖、开发和合理利用，特制定本法。\n' +
    '第二条 在中华人民共和国的内水、滩涂、领海从事养殖和捕捞水生动物、水生植物等渔业生产活动，都必须遵守本法。\n' +
    '第三十七条 国家对白鳍豚等珍贵、濒危水生野生动物实行重点保护。需要捕捞国家重点保护的水生野生动物的，依照《中华人民共和国野生动物保护法》的规定执行。\n' +
    '第四十七条 造成渔业水域生态环境破坏或者渔业污染事故的，依照《中华人民共和国海洋环境保护法》和《中华人民共和国水污染防治法》的规定追究法律责任。';

  test('依照《X》的规定 in a later article cites X', () => {
    const d = parsePolicyText(fishery, { file: 't.md' });
    expect(d.citations.map((c) => [c.title, c.relation])).toEqual([
      ['中华人民共和国野生动物保护法', 'cites'],
      ['中华人民共和国海洋环境保护法', 'cites'],
      ['中华人民共和国水污染防治法', 'cites'],
    ]);
  });

  test('the enacting clause rests on X; a later 根据《X》 that enacts nothing of this text cites it', () => {
    const d = parsePolicyText(
      '# 测试省渔业条例\n<!-- INFO END -->\n第一条 根据《中华人民共和国渔业法》，结合本省实际，制定本条例。\n' +
        '第二条 测试。\n第三条 省人民政府根据《中华人民共和国渔业法实施细则》制定具体办法。',
      { file: 't.md' },
    );
    expect(d.citations.map((c) => [c.title, c.relation])).toEqual([
      ['中华人民共和国渔业法', 'based_on'],
      ['中华人民共和国渔业法实施细则', 'cites'],
    ]);
  });
});

// lawrefbook DLC/北京地方法规/地方性法规/北京/北京市实施《集会游行示威法》办法.md (https://github.com/LawRefBook/Laws), trimmed.
test('为了实施《X》…制定本办法 rests on X, though later articles apply X', () => {
  const d = parsePolicyText(
    '# 北京市实施《中华人民共和国集会游行示威法》办法\n<!-- INFO END -->\n' +
      '第一条 为了实施《中华人民共和国集会游行示威法》，保障公民依法行使集会、游行、示威的权利，结合本市情况，制定本办法。\n' +
      '第七条 公安机关接到集会、游行、示威申请书后，应当依照《中华人民共和国集会游行示威法》的规定，在申请举行日期的二日前，将决定通知书送达负责人。',
    { file: 't.md' },
  );
  expect(d.citations.map((c) => [c.title, c.relation])).toEqual([['中华人民共和国集会游行示威法', 'based_on']]);
});

// 内蒙古自治区《野生药材资源保护管理条例》实施细则, http://www.fymate.net/html/text/lar/168050/16805072.html, trimmed: the copy
// wraps its lines inside the cited title.
test('a title broken across two lines is one citation', () => {
  const d = parsePolicyText(
    '内蒙古自治区《野生药材资源保护管理条例》实施细则\n(1989年4月5日自治区人民政府第十五次常务\n会议通过 内蒙古自治区人民政府令第4号)\n' +
      '第一条 根据国务院《\n野生药材资源保护管理条例》第\n二十四条规定,结合我区实际,特制定本实施细则。\n' +
      '第二条 凡在内蒙古自治区境内采猎、经营野生药材的单位和个人,都必须遵守本实施细则之各项规定。',
    { file: 't.txt' },
  );
  expect(d.citations.map((c) => [c.title, c.relation, c.issuer, c.line])).toEqual([
    ['野生药材资源保护管理条例', 'based_on', '国务院', 4],
  ]);
});

// Statutes as users bring them: Markdown (lawrefbook's layout) and plain text as laws are printed (issue 12 part B,
// reproduction 3; issue 14 authority level). Pure: no database.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { readAuthorityLevel } from '../../import/parse/read-authority-level.ts';
import { readMarkdown } from '../../import/parse/statute/read-markdown.ts';
import { readStatuteHead } from '../../import/parse/statute/read-statute-head.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';

const NINGBO_MD = `# 宁波市科技创新促进条例

2004年1月16日 宁波市第十二届人民代表大会常务委员会第七次会议通过

2004年3月26日 浙江省第十届人民代表大会常务委员会第九次会议批准

2017年3月30日 宁波市第十五届人民代表大会常务委员会第三次会议修订

2017年5月26日 浙江省第十二届人民代表大会常务委员会第四十一次会议批准

<!-- INFO END -->

## 第一章　总则

第一条 为了促进科技创新，根据《中华人民共和国科学技术进步法》等法律、法规，结合本市实际，制定本条例。

第二条 本条例所称科技创新，包括：

（一）知识创新；

（二）技术创新，包括：

1.产品创新；

2.工艺创新；

（三）管理创新。

前款所称创新的具体范围由市人民政府规定。

## 第二章　创新主体

### 第一节　企业

第三条 企业是技术创新的主体。

第三条之一 市人民政府设立科技创新券。

### 第二节　高等学校

第四条 高等学校应当开展科学研究。

## 第三章　附则

第五条 本条例自2017年7月1日起施行。
`;

// The same statute as printed on paper: the making in brackets after the title, a table of contents, no Markdown.
const NINGBO_TXT = `宁波市科技创新促进条例
（2004年1月16日宁波市第十二届人民代表大会常务委员会第七次会议通过　2004年3月26日浙江省第十届人民代表大会常务委员会第九次会议批准　2017年3月30日宁波市第十五届人民代表大会常务委员会第三次会议修订　2017年5月26日浙江省第十二届人民代表大会常务委员会第四十一次会议批准）

目　　录
第一章　总则
第二章　创新主体
第三章　附则

第一章　总则
第一条　为了促进科技创新，根据《中华人民共和国科学技术进步法》等法律、法规，结合本市实际，制定本条例。
第二条　本条例所称科技创新，包括：
（一）知识创新；
（二）技术创新，包括：
1.产品创新；
2.工艺创新；
（三）管理创新。
前款所称创新的具体范围由市人民政府规定。
第二章　创新主体
第一节　企业
第三条　企业是技术创新的主体。
第三条之一　市人民政府设立科技创新券。
第二节　高等学校
第四条　高等学校应当开展科学研究。
第三章　附则
第五条　本条例自2017年7月1日起施行。
`;

const shape = (text: string, file: string) => {
  const d = parsePolicyText(text, { file });
  return {
    title: d.title,
    issuer: d.issuer,
    jurisdiction: d.jurisdiction,
    tier: d.tier,
    authorityLevel: d.authorityLevel,
    kind: d.kind,
    issuedOn: d.issuedOn,
    effectiveOn: d.effectiveOn,
    events: d.events.map((e) => [e.kind, e.start, e.bodies?.[0]]),
    roles: d.agencyRoles.map((r) => [r.role, r.agency.name, r.agency.jurisdiction]),
    parts: d.parts.map((p) => [
      p.path,
      p.label,
      p.heading,
      p.level,
      p.articles.map((a) => a.path),
      (p.sections ?? []).map((s) => [s.path, s.heading, s.articles.map((a) => a.path)]),
    ]),
    articles: d.articles.map((a) => [a.path, a.label, a.paragraphs]),
    items: d.articles[1]?.items.map((i) => [i.path, i.label, i.text, i.items.map((s) => [s.path, s.text])]),
    citations: d.citations.map((c) => c.title),
  };
};

describe('a Markdown statute (reproduction 3)', () => {
  const md = shape(NINGBO_MD, 'ningbo.md');

  test('title without its #, the making as events with date and body, issuer and approver, dates', () => {
    expect(md.title).toBe('宁波市科技创新促进条例');
    expect(md.events).toEqual([
      ['adoption', '2004-01-16', '宁波市第十二届人民代表大会常务委员会第七次会议'],
      ['approval', '2004-03-26', '浙江省第十届人民代表大会常务委员会第九次会议'],
      ['revision', '2017-03-30', '宁波市第十五届人民代表大会常务委员会第三次会议'],
      ['approval', '2017-05-26', '浙江省第十二届人民代表大会常务委员会第四十一次会议'],
      ['effect', '2017-07-01', undefined],
    ]);
    expect(md.roles).toEqual([
      ['issuer', '宁波市人民代表大会常务委员会', '宁波市'],
      ['approver', '浙江省人民代表大会常务委员会', '浙江省'],
    ]);
    expect([md.issuer, md.jurisdiction, md.tier, md.authorityLevel, md.kind]).toEqual([
      '宁波市人民代表大会常务委员会',
      '宁波市',
      'municipal',
      'local_regulation',
      'regulation',
    ]);
    // The version is made when the province approves it; it takes effect on the date its last article says.
    expect([md.issuedOn, md.effectiveOn]).toEqual(['2017-05-26', '2017-07-01']);
  });

  test('chapters as parts, sections nested in their chapter, articles (also 之一) with paragraphs and items', () => {
    expect(md.parts).toEqual([
      ['p1', '第一章', '总则', 'chapter', ['p1/a1', 'p1/a2'], []],
      [
        'p2',
        '第二章',
        '创新主体',
        'chapter',
        ['p2/a3', 'p2/a3-1', 'p2/a4'],
        [
          ['p2/s1', '企业', ['p2/a3', 'p2/a3-1']],
          ['p2/s2', '高等学校', ['p2/a4']],
        ],
      ],
      ['p3', '第三章', '附则', 'chapter', ['p3/a5'], []],
    ]);
    expect(md.articles.map((a) => a[1])).toEqual(['第一条', '第二条', '第三条', '第三条之一', '第四条', '第五条']);
    expect(md.articles[1]![2]).toEqual([
      '本条例所称科技创新，包括：\n（一）知识创新；\n（二）技术创新，包括：\n1.产品创新；\n2.工艺创新；\n（三）管理创新。',
      '前款所称创新的具体范围由市人民政府规定。',
    ]);
    expect(md.items).toEqual([
      ['p1/a2/i1', '（一）', '知识创新；', []],
      [
        'p1/a2/i2',
        '（二）',
        '技术创新，包括：',
        [
          ['p1/a2/i2/i1', '产品创新；'],
          ['p1/a2/i2/i2', '工艺创新；'],
        ],
      ],
      ['p1/a2/i3', '（三）', '管理创新。', []],
    ]);
    expect(md.citations).toEqual(['中华人民共和国科学技术进步法']);
  });

  test('the same statute as plain text (head in brackets, table of contents) parses the same', () => {
    expect(shape(NINGBO_TXT, 'ningbo.txt')).toEqual(md);
  });

  test('line numbers stay those of the file', () => {
    const d = parsePolicyText(NINGBO_MD, { file: 'ningbo.md' });
    const lineOf = (start: string) => NINGBO_MD.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    expect(d.events.map((e) => e.line)).toEqual(
      ['2004年1月16日', '2004年3月26日', '2017年3月30日', '2017年5月26日', '第五条'].map(lineOf),
    );
    expect(d.articles.map((a) => a.line)).toEqual(
      ['第一条', '第二条', '第三条 ', '第三条之一', '第四条', '第五条'].map(lineOf),
    );
    expect(d.parts.map((p) => p.line)).toEqual(['## 第一章', '## 第二章', '## 第三章'].map(lineOf));
  });
});

describe('Markdown furniture of any kind stays out of the text', () => {
  test('an attribute block after a heading (## 第一章&emsp;总则{align="center"}) is no text', () => {
    const md = readMarkdown('# 某某办法\n\n## 第一章&emsp;总则{align="center"}\n\n第一条 正文{.lead #a1}');
    expect(md.text.split('\n')).toEqual(['某某办法', '', '第一章\u2003总则', '', '第一条 正文']);
  });

  test('front matter, comments, emphasis, links, images, quotes, lists, tables, rules and fences', () => {
    const md = readMarkdown(
      '---\ntitle: x\n---\n# **标题**\n<!-- 注释\n跨行 -->\n> 引用的 *强调* 与 [链接](http://a.b/c_(d))\n- 列表项\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n***\n```\n第一条 代码\n```\n第一条 正文\\*',
    );
    expect(md.text.split('\n')).toEqual([
      '',
      '',
      '',
      '标题',
      '',
      '',
      '引用的 强调 与 链接',
      '列表项',
      '甲\t乙',
      '',
      '1\t2',
      '',
      '',
      '第一条 代码',
      '',
      '第一条 正文*',
    ]);
    expect([...md.headings]).toEqual([[4, 1]]);
  });

  test('an emphasised Markdown statute reads like a plain one', () => {
    const d = parsePolicyText(
      '# 某市条例\n\n2020年1月2日 某市第一届人民代表大会常务委员会第一次会议通过\n\n## **第一章** 总则\n\n**第一条** 为了[保护](x.html)环境，制定本条例。\n\n> 第二条 本条例自2020年3月1日起施行。\n',
      { file: 'x.md' },
    );
    expect(d.articles.map((a) => [a.label, a.text])).toEqual([
      ['第一条', '为了保护环境，制定本条例。'],
      ['第二条', '本条例自2020年3月1日起施行。'],
    ]);
    expect(d.parts.map((p) => [p.label, p.heading])).toEqual([['第一章', '总则']]);
    expect(d.effectiveOn).toBe('2020-03-01');
  });
});

describe('head lines → events', () => {
  test.each([
    [
      '2004年1月16日 浙江省第十届人民代表大会常务委员会第七次会议通过',
      [['adoption', '2004-01-16', '浙江省第十届人民代表大会常务委员会第七次会议']],
    ],
    [
      '2017年11月4日 第十二届全国人民代表大会常务委员会第三十次会议《关于修改<中华人民共和国会计法>等十一部法律的决定》第五次修正',
      [['amendment', '2017-11-04', '第十二届全国人民代表大会常务委员会第三十次会议']],
    ],
    ['2001年6月15日 中华人民共和国国务院令第306号公布', [['promulgation', '2001-06-15', '中华人民共和国国务院']]],
    [
      '2002年12月28日 《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》第一次修订',
      [['revision', '2002-12-28', '国务院']],
    ],
    [
      '2020年12月23日 最高人民法院审判委员会第1823次会议通过',
      [['adoption', '2020-12-23', '最高人民法院审判委员会第1823次会议']],
    ],
    ['2021年1月1日 施行', [['effect', '2021-01-01', undefined]]],
    [
      '2017年11月30日 山东省第十二届人民代表大会常务委员会第三十三次会议批准2017年12月1日青岛市人民代表大会常务委员会公告公布',
      [
        ['approval', '2017-11-30', '山东省第十二届人民代表大会常务委员会第三十三次会议'],
        ['promulgation', '2017-12-01', '青岛市人民代表大会常务委员会'],
      ],
    ],
    [
      '（1993年7月2日第八届全国人民代表大会常务委员会第二次会议通过　根据2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议第二次修订　自2022年1月1日起施行）',
      [
        ['effect', '2022-01-01', undefined],
        ['adoption', '1993-07-02', '第八届全国人民代表大会常务委员会第二次会议'],
        ['revision', '2021-12-24', '第十三届全国人民代表大会常务委员会第三十二次会议'],
      ],
    ],
    ['2003年8月18日 食品药品监管局、海关总署第4号令公布', [['promulgation', '2003-08-18', '食品药品监管局、海关总署']]],
    [
      '2019年7月26日 河南省第十三届人民代表大会常务委员会第十一次会议批准的《洛阳市人民代表大会常务委员会关于修改〈洛阳市科学技术进步条例〉的决定》修正',
      [['amendment', '2019-07-26', '洛阳市人民代表大会常务委员会']],
    ],
    [
      '1988年4月12日 第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》',
      [['amendment', '1988-04-12', '第七届全国人民代表大会第一次会议']],
    ],
    [
      '２００２年６月２９日 第九届全国人民代表大会常务委员会第二十八次会议通过',
      [['adoption', '2002-06-29', '第九届全国人民代表大会常务委员会第二十八次会议']],
    ],
  ])('%s', (line, expected) => {
    expect(readStatuteHead(toSourceLines(line)).events.map((e) => [e.kind, e.start, e.bodies?.[0]])).toEqual(expected);
  });

  // lawrefbook breaks some head lines in two (招标投标法(2017-12-27): its amendment read with no date, so the 2017 text
  // was dated 1999; 济南市农村公路条例: 2014年9月26 / 日山东省…批准; 武器装备…工作条例: 1984年4月4日 国务院 / 中央军委发布).
  test.each([
    [
      '2017年12月27日 第十二届全国人民代表大会常务委员会第三十一次会议《关于修改〈中华人民共和国招标投标法〉\n\n〈中华人民共和国计量法〉的决定》修正',
      [['amendment', '2017-12-27', '第十二届全国人民代表大会常务委员会第三十一次会议']],
    ],
    [
      '2014年9月26\n\n日山东省第十二届人民代表大会常务委员会第十次会议批准',
      [['approval', '2014-09-26', '山东省第十二届人民代表大会常务委员会第十次会议']],
    ],
    ['1984年4月4日 国务院\n\n中央军委发布', [['promulgation', '1984-04-04', '国务院、中央军委']]],
    [
      '2013年2月26日 青岛市第十五届人民代表大会常务委员会\n\n第九次会议通过',
      [['adoption', '2013-02-26', '青岛市第十五届人民代表大会常务委员会第九次会议']],
    ],
  ])('a head line broken over lines: %s', (head, expected) => {
    const d = parsePolicyText(`# 某条例\n\n${head}\n\n<!-- INFO END -->\n\n第一条 为了…，制定本条例。\n`, {
      file: 'x.md',
    });
    expect(d.events.map((e) => [e.kind, e.start, e.bodies?.[0]])).toEqual(expected);
  });

  test('a decree number is the statute number', () => {
    expect(readStatuteHead(toSourceLines('2001年6月15日 中华人民共和国国务院令第306号公布')).decreeNumber).toBe(
      '国务院令第306号',
    );
  });
});

describe('number and publication of a text revised by decree', () => {
  // lawrefbook's 保障中小企业款项支付条例(2025-03-17) read as 国务院令第728号 published 2020-07-05: policyByNumber("国务院令第728号")
  // found the 2025 text and 802 nothing. The text bears the number of the latest act that names one.
  test.each([
    [
      'promulgated, then revised by decree',
      '2020年7月5日 中华人民共和国国务院令第728号公布\n\n2025年3月17日 中华人民共和国国务院令第802号修订）',
      ['国务院令第802号', '2025-03-17', '2025-03-17'],
    ],
    [
      'revised by a decision in between, the last revision by decree (个人所得税法实施条例)',
      '1994年1月28日 中华人民共和国国务院令第142号发布\n\n2005年12月19日 《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第一次修订\n\n2018年12月18日 中华人民共和国国务院令第707号第四次修订',
      ['国务院令第707号', '2018-12-18', '2018-12-18'],
    ],
    [
      'revised at a meeting, then promulgated by a new decree',
      '1991年3月4日 中华人民共和国国务院令第76号发布\n\n2018年9月6日 国务院第23次常务会议修订通过\n\n2018年11月6日 中华人民共和国国务院令第706号公布',
      ['国务院令第706号', '2018-09-06', '2018-11-06'],
    ],
    [
      'the last revision by a decision names no number: the latest one named stays',
      '2001年6月15日 中华人民共和国国务院令第306号公布\n\n2002年12月28日 《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》第一次修订',
      ['国务院令第306号', '2002-12-28', '2001-06-15'],
    ],
    [
      'two organs, the second line later',
      '2005年6月23日 中华人民共和国国务院、中华人民共和国中央军事委员会令第438号公布\n\n2017年9月27日 中华人民共和国国务院、中华人民共和国中央军事委员会令第689号修订',
      ['国务院、中央军事委员会令第689号', '2017-09-27', '2017-09-27'],
    ],
    [
      // One decree of 国务院关于修改部分行政法规的决定 amends dozens of regulations: its number is the decision's, and
      // taken as theirs every one of them would bear 国务院令第666号.
      'a decree that issues an amending decision is no number of the text it amends (道路运输条例)',
      '2004年4月30日 中华人民共和国国务院令第406号公布\n\n2016年2月6日 中华人民共和国国务院令第666号《国务院关于修改部分行政法规的决定》第二次修订',
      ['国务院令第406号', '2016-02-06', '2004-04-30'],
    ],
    [
      'a decree line without a verb still dates its publication',
      '2017年11月22日 中华人民共和国国务院令第692号',
      ['国务院令第692号', undefined, '2017-11-22'],
    ],
  ])('%s', (_, head, [docNumber, issuedOn, publishedOn]) => {
    const d = parsePolicyText(`# 某某条例\n\n${head}\n\n<!-- INFO END -->\n\n第一条 为了…，制定本条例。\n`, {
      file: 'x.md',
    });
    expect([d.docNumber, d.issuedOn, d.publishedOn]).toEqual([docNumber, issuedOn, publishedOn]);
  });

  test('one line of several acts (gov.cn prints no space after the date): each decree with its own act', () => {
    const head = readStatuteHead(
      toSourceLines(
        '（1994年1月28日中华人民共和国国务院令第142号发布　根据2005年12月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第一次修订　2018年12月18日中华人民共和国国务院令第707号第四次修订）',
      ),
    );
    expect(head.decrees.map((d) => [d.number, d.start])).toEqual([
      ['国务院令第142号', '1994-01-28'],
      ['国务院令第707号', '2018-12-18'],
    ]);
    expect(head.decreeNumber).toBe('国务院令第707号');
  });
});

describe('head lines of another text', () => {
  // lawrefbook's 山东省清洁生产促进条例 carries the head lines of 清洁生产促进法: it read as a national law of 2012.
  const body =
    '\n\n<!-- INFO END -->\n\n第一条 为了促进清洁生产，根据《中华人民共和国清洁生产促进法》，结合本省实际，制定本条例。\n\n第二条 本条例自2010年11月1日起施行。\n';
  const national =
    '２００２年６月２９日 第九届全国人民代表大会常务委员会第二十八次会议通过\n\n２０１２年２月２９日 第十一届全国人民代表大会常务委员会第二十五次会议《关于修改〈中华人民共和国清洁生产促进法〉的决定》修正';

  test('a place in the title and only the national congress in the head: the head tells another text', () => {
    const d = parsePolicyText(`# 山东省清洁生产促进条例\n\n${national}${body}`, { file: 'shandong.md' });
    expect([d.tier, d.jurisdiction, d.authorityLevel, d.issuedOn, d.issuer]).toEqual([
      'provincial',
      '山东省',
      'local_regulation',
      undefined,
      undefined,
    ]);
    expect(d.events.map((e) => e.kind)).toEqual(['effect']);
    expect(d.issues.filter((i) => i.code === 'HEAD_LINE_OTHER_TEXT').map((i) => i.line)).toEqual([3, 5]);
  });

  test('printed as plain text, its own head in brackets after the national one: only its own is read', () => {
    const d = parsePolicyText(
      `山东省清洁生产促进条例\n${national}\n（2010年7月30日山东省第十一届人民代表大会常务委员会第十八次会议通过）\n${body.replace('<!-- INFO END -->', '')}`,
      { file: 'shandong.txt' },
    );
    expect([d.jurisdiction, d.authorityLevel, d.issuer, d.issuedOn]).toEqual([
      '山东省',
      'local_regulation',
      '山东省人民代表大会常务委员会',
      '2010-07-30',
    ]);
  });

  test('the same head under the law title, and a city head with the province approving, are kept', () => {
    const law = parsePolicyText(`# 中华人民共和国清洁生产促进法\n\n${national}${body}`, { file: 'law.md' });
    expect([law.tier, law.authorityLevel, law.issuedOn]).toEqual(['national', 'law', '2012-02-29']);
    const city = parsePolicyText(
      `# 洛阳市科学技术进步条例\n\n2008年10月30日 洛阳市第十三届人民代表大会常务委员会第五次会议通过\n\n2008年11月27日 河南省第十一届人民代表大会常务委员会第六次会议批准${body}`,
      { file: 'luoyang.md' },
    );
    expect([city.tier, city.jurisdiction, city.issuer, city.issuedOn]).toEqual([
      'municipal',
      '洛阳市',
      '洛阳市人民代表大会常务委员会',
      '2008-11-27',
    ]);
    expect(city.issues.some((i) => i.code === 'HEAD_LINE_OTHER_TEXT')).toBe(false);
  });
});

describe('dates of effect', () => {
  const law = (head: string, last: string) =>
    parsePolicyText(`# 某条例\n\n${head}\n\n<!-- INFO END -->\n\n第一条 为了…，制定本条例。\n\n第二条 ${last}\n`, {
      file: 'x.md',
    });

  test('自公布之日起施行 takes the promulgation date', () => {
    const d = law(
      '2010年1月2日 某省第一届人民代表大会常务委员会第一次会议通过\n\n2010年1月5日 某省人民代表大会常务委员会公告公布',
      '本条例自公布之日起施行。',
    );
    expect([d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual(['2010-01-02', '2010-01-05', '2010-01-05']);
  });

  test('自公布之日起施行 without a promulgation date is an issue, not a guess', () => {
    const d = law('2010年1月2日 某省第一届人民代表大会常务委员会第一次会议通过', '本条例自公布之日起施行。');
    expect(d.effectiveOn).toBeUndefined();
    expect(d.issues.map((i) => i.code)).toContain('EFFECTIVE_DATE_UNKNOWN');
  });
});

describe('structure pitfalls', () => {
  test('a paragraph opening with a reference to an article (第十条规定的…) is no article', () => {
    const d = parsePolicyText(
      '# 某条例\n\n2010年1月2日 某市第一届人民代表大会常务委员会第一次会议通过\n\n第九条 甲。\n\n第十条 乙。\n\n第九条规定的事项，依照其规定。\n\n第十一条 丙。\n',
      { file: 'x.md' },
    );
    expect(d.articles.map((a) => [a.label, a.paragraphs])).toEqual([
      ['第九条', ['甲。']],
      ['第十条', ['乙。', '第九条规定的事项，依照其规定。']],
      ['第十一条', ['丙。']],
    ]);
  });

  test('an article or chapter mistyped 笫 for 第 (农民专业合作社法 2017, 笫五十四条) is still one; 床笫 in a text is kept', () => {
    const d = parsePolicyText(
      '# 某法\n\n2010年1月2日 第一届全国人民代表大会常务委员会第一次会议通过\n\n## 笫一章 总则\n\n第五十三条 甲。\n\n笫五十四条 乙，不涉床笫之事。\n\n第五十五条 丙。\n',
      { file: 'x.md' },
    );
    // The label stays as written; the number is read.
    expect(d.articles.map((a) => [a.number, a.label, a.paragraphs])).toEqual([
      [53, '第五十三条', ['甲。']],
      [54, '笫五十四条', ['乙，不涉床笫之事。']],
      [55, '第五十五条', ['丙。']],
    ]);
    expect(d.parts.map((p) => p.heading)).toEqual(['总则']);
  });

  test('chapter numbers restarting in each 编 keep unique paths; the 编 stays on the chapter', () => {
    const d = parsePolicyText(
      '# 某法\n\n2010年1月2日 第一届全国人民代表大会第一次会议通过\n\n## 第一编 总则\n\n### 第一章 任务\n\n第一条 甲。\n\n## 第二编 分则\n\n### 第一章 罪\n\n第二条 乙。\n',
      { file: 'x.md' },
    );
    expect(d.parts.map((p) => [p.path, p.label, p.book])).toEqual([
      ['p1', '第一章', '第一编 总则'],
      ['p2', '第一章', '第二编 分则'],
    ]);
    expect(d.articles.map((a) => a.path)).toEqual(['p1/a1', 'p2/a2']);
    expect(d.authorityLevel).toBe('law');
  });

  test('items of a later paragraph get paths of their own', () => {
    const d = parsePolicyText(
      '# 某条例\n\n2010年1月2日 某市第一届人民代表大会常务委员会第一次会议通过\n\n第一条 有下列情形之一的：\n\n（一）甲；\n\n（二）乙。\n\n有下列情形之一的，从重：\n\n（一）丙；\n\n（二）丁。\n',
      { file: 'x.md' },
    );
    expect(d.articles[0]!.items.map((i) => [i.path, i.text])).toEqual([
      ['a1/i1', '甲；'],
      ['a1/i2', '乙。'],
      ['a1/k2/i1', '丙；'],
      ['a1/k2/i2', '丁。'],
    ]);
  });

  test('a policy document with 第一条 and a notice around it is left to the general reader', () => {
    const d = parsePolicyText(
      '某市人民政府关于印发《某市科技项目管理办法》的通知\n某政发〔2020〕1号\n各区人民政府：\n现印发给你们，请认真贯彻执行。\n某市人民政府\n2020年1月2日\n第一条 为了…，制定本办法。\n第二条 本办法自2020年3月1日起施行。\n',
      { file: 'x.txt' },
    );
    expect(d.title).toBe('某市科技项目管理办法');
    expect(d.events.filter((e) => e.kind === 'adoption')).toEqual([]);
  });
});

describe('authority level', () => {
  test.each([
    [{ title: '中华人民共和国宪法修正案（2018年）', issuers: ['全国人民代表大会'], bodies: [] }, 'constitution'],
    [{ title: '全国人民代表大会常务委员会关于加强经济工作监督的决定', issuers: [], bodies: [] }, 'law'],
    [
      {
        title: '中华人民共和国专利法实施细则',
        issuers: ['国务院'],
        bodies: ['中华人民共和国国务院'],
        decreeNumber: '国务院令第306号',
      },
      'administrative_regulation',
    ],
    [
      {
        title: '化妆品卫生监督条例',
        issuers: ['卫生部'],
        bodies: ['国务院', '卫生部'],
        approvers: ['国务院'],
        decreeNumber: '卫生部令第3号',
      },
      'administrative_regulation',
    ],
    [
      { title: '机动车登记规定', issuers: ['公安部'], bodies: ['公安部'], decreeNumber: '公安部令第164号' },
      'departmental_rule',
    ],
    [
      { title: '最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定', issuers: [], bodies: [] },
      'judicial_interpretation',
    ],
    [{ title: '宁波市科技创新促进条例', issuers: ['宁波市人民代表大会常务委员会'], bodies: [] }, 'local_regulation'],
    [{ title: '上海市专利保护条例', issuers: [], bodies: [] }, 'local_regulation'],
    [{ title: '古树名木保护条例', issuers: [], bodies: [] }, 'administrative_regulation'],
    [
      { title: '上海市公共数据开放暂行办法', issuers: [], bodies: [], docNumber: '上海市人民政府令第21号' },
      'local_government_rule',
    ],
    [
      { title: '北京市环境噪声污染防治办法', issuers: ['北京市人民政府'], bodies: ['北京市人民政府第56次常务会议'] },
      'local_government_rule',
    ],
    [
      {
        title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
        issuers: ['国务院'],
        bodies: [],
        docNumber: '国发〔2020〕7号',
      },
      'normative_document',
    ],
    [
      {
        title: '国务院关于同意建设某国家自主创新示范区的批复',
        issuers: ['国务院'],
        bodies: [],
        docNumber: '国函〔2020〕1号',
      },
      'work_document',
    ],
    [{ title: '关于做好某项工作的几点想法', issuers: [], bodies: [] }, undefined],
    // A 办法 ends in 法 but is no law: only the NPC makes a 法, and it names none 办法 (lawrefbook's 行政法规 folder).
    [{ title: '中华人民共和国强制检定的工作计量器具检定管理办法', issuers: [], bodies: [] }, undefined],
    [{ title: '中华人民共和国计算机信息网络国际联网管理暂行规定实施办法', issuers: [], bodies: [] }, undefined],
    [{ title: '中华人民共和国行政诉讼法', issuers: [], bodies: [] }, 'law'],
    // A government's decree in its short form (粤府令, 沪府令, 津政令): a local government rule, as 人民政府令 is.
    [
      { title: '广东省碳排放管理试行办法', issuers: [], bodies: [], decreeNumber: '粤府令第275号' },
      'local_government_rule',
    ],
    [{ title: '天津市某某管理办法', issuers: [], bodies: [], docNumber: '津政令第12号' }, 'local_government_rule'],
    [{ title: '某某管理办法', issuers: [], bodies: [], decreeNumber: '民政部令第5号' }, 'departmental_rule'],
  ])('%o → %s', (clues, level) => {
    expect(readAuthorityLevel(clues)).toBe(level);
  });

  test('parse shows it on the document', () => {
    expect(parsePolicyText(NINGBO_MD, { file: 'ningbo.md' }).authorityLevel).toBe('local_regulation');
  });

  // law126.infoeach.com's 内蒙古自治区草原野生植物采集收购管理办法 (trimmed): a 办法 whose page carries the decree
  // that promulgates it; it had its number but no level.
  test('a 办法 promulgated by a government’s decree is a local government rule, whatever page it was copied from', () => {
    const d = parsePolicyText(
      [
        '内蒙古自治区草原野生植物采集收购管理办法',
        '内蒙古自治区人民政府',
        '内蒙古自治区人民政府令',
        '第 163 号',
        '  《内蒙古自治区草原野生植物采集收购管理办法》已经2008年12月19日自治区人民政府第14次常务会议审议通过，现予公布，自2009年3月1日起施行。',
        '自治区代主席 巴特尔 ',
        '2008年12月31日 ',
        '  第一条 为规范草原野生植物采集、收购活动，保护草原生态环境，根据《中华人民共和国草原法》的规定，结合自治区实际，制定本办法。',
        '  第二条 在自治区行政区域内从事草原野生植物采集、收购活动，应当遵守本办法。',
      ].join('\n'),
      { file: 'caoyuan.txt' },
    );
    expect([d.docNumber, d.authorityLevel]).toEqual(['内蒙古自治区人民政府令第163号', 'local_government_rule']);
  });
});

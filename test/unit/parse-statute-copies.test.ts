// Statutes as users copy them from the web (real excerpts in test/data/statute-copies, sources in its README):
// Markdown posts with front matter and inline HTML, tables of contents (目录) before the text proper, and a page
// flattened so that all its articles sit on one line. All three came out without structure or with a wrong one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePolicyBytes, parsePolicyText } from '../../import/index.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';
import { splitRunInArticles } from '../../import/parse/split-run-in-articles.ts';
import { looksLikeMarkdown, readMarkdown } from '../../import/parse/statute/read-markdown.ts';

const DIR = fileURLToPath(new URL('../data/statute-copies/', import.meta.url));
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
// The plain-text copies were cut mid-character: read their bytes as the importer does.
const parseFile = (name: string) => parsePolicyBytes(readFileSync(join(DIR, name)), { file: name });
const errors = (d: { issues: { severity: string; code: string }[] }) =>
  d.issues.filter((i) => i.severity === 'error').map((i) => i.code);
const uniquePaths = (d: { parts: { path: string }[] }) => new Set(d.parts.map((p) => p.path)).size === d.parts.length;

describe('Markdown posts: front matter and inline HTML', () => {
  test('front matter, ::: boxes, tags and entities are furniture; the title of the front matter is the title', () => {
    const md = readMarkdown(
      [
        '---',
        'title: "某市条例"',
        'date: 2019-03-01',
        'tag:',
        '  - 粤',
        '---',
        '::: tip 修订信息',
        '（2018年11月29日某市第一届人民代表大会常务委员会第七次会议通过）',
        ':::',
        '::: details 目录',
        '- 第1~2条：',
        '  [1](#t1)&emsp;[2](#t2)',
        ':::',
        '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为了&lt;保护&gt;环境&amp;资源，制定本条例。<br>',
        '&emsp;&emsp;前款所称<strong>环境</strong>&nbsp;包括：</p>',
        '::: warning 原文链接',
        '<https://flk.npc.gov.cn/detail2.html?MmM5%3D>',
        ':::',
      ].join('\n'),
    );
    expect(md.text.split('\n')).toEqual([
      '',
      '某市条例',
      '',
      '',
      '',
      '',
      '',
      '（2018年11月29日某市第一届人民代表大会常务委员会第七次会议通过）',
      '',
      '目录',
      '第1~2条：',
      '  1\u20032',
      '',
      '\u2003\u2003第一条\u2003为了<保护>环境&资源，制定本条例。',
      '\u2003\u2003前款所称环境\u00a0包括：',
      '',
      '',
      '',
    ]);
    expect([...md.headings]).toEqual([[2, 1]]);
    expect(md.frontMatter).toEqual({ title: '某市条例', titleLine: 2, date: '2019-03-01', dateLine: 3 });
    expect(md.sourceUrl).toBe('https://flk.npc.gov.cn/detail2.html?MmM5%3D');
  });

  test('a # heading stays the title when the front matter also has one', () => {
    const md = readMarkdown('---\ntitle: 网页标题\n---\n# 某市条例\n第一条 为了保护环境，制定本条例。');
    expect(md.text.split('\n').slice(0, 4)).toEqual(['', '', '', '某市条例']);
    expect([...md.headings]).toEqual([[4, 1]]);
  });

  test('front matter makes a text Markdown, tags or not; a web page without it stays the HTML reader’s', () => {
    expect(looksLikeMarkdown(read('gd-turang-banfa-vuepress.md'))).toBe(true);
    expect(looksLikeMarkdown(read('hainan-zangyuwen-tiaoli-wordpress.md'))).toBe(true);
    expect(looksLikeMarkdown('<div class="x"><p>第一条 为了…</p></div>\n# 标题')).toBe(false);
    // A rule (---) opening a text is no front matter: no key: value line before the next rule.
    expect(readMarkdown('---\n# 某市条例\n---\n第一条 为了…').text.split('\n')[1]).toBe('某市条例');
  });

  test('广东省实施《土壤污染防治法》办法 (VuePress post): 51 articles are read, the head, the source link', () => {
    const d = parsePolicyText(read('gd-turang-banfa-vuepress.md'), { file: 'gd-turang-banfa-vuepress.md' });
    expect(errors(d)).toEqual([]);
    expect(d.title).toBe('广东省实施《中华人民共和国土壤污染防治法》办法');
    expect(d.articles.map((a) => a.label)).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第四条',
      '第五条',
      '第二十条',
      '第五十一条',
    ]);
    expect(d.articles[3]!.paragraphs).toEqual([
      '各级人民政府应当对本行政区域的土壤污染防治和安全利用负责。',
      '全省实行土壤污染防治目标责任制和考核评价制度，将土壤污染防治目标完成情况作为考核评价全省各级人民政府及其负责人、县级以上人民政府负有土壤污染防治监督管理职责的部门及其负责人的内容。',
    ]);
    expect(d.articles[5]!.items.map((i) => i.label)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(d.articles.at(-1)!.text).toBe('本办法自2019年3月1日起施行。');
    expect(d.events.map((e) => [e.kind, e.start])).toEqual([
      ['adoption', '2018-11-29'],
      ['effect', '2019-03-01'],
    ]);
    expect([d.issuer, d.authorityLevel, d.effectiveOn]).toEqual([
      '广东省人民代表大会常务委员会',
      'local_regulation',
      '2019-03-01',
    ]);
    // The 目录 box (links to the articles) is no preamble; the 原文链接 box is the source, not a paragraph.
    expect(d.preamble).toBeUndefined();
    expect(d.sourceUrl).toBe('https://flk.npc.gov.cn/detail2.html?MmM5MGU1YmE2NWM2OGNmNzAxNjdmOGQ3ZmJmYzY4M2U%3D');
    expect(d.issues.map((i) => i.code)).toContain('TABLE_OF_CONTENTS');
  });

  test('海南藏族自治州藏语言文字工作条例 (Jekyll post of WordPress blocks): chapters and articles', () => {
    const d = parsePolicyText(read('hainan-zangyuwen-tiaoli-wordpress.md'), {
      file: 'hainan-zangyuwen-tiaoli-wordpress.md',
    });
    expect(errors(d)).toEqual([]);
    expect(d.title).toBe('海南藏族自治州藏语言文字工作条例');
    expect(d.parts.map((p) => [p.path, p.label, p.heading, p.articles.map((a) => a.number)])).toEqual([
      ['p1', '第一章', '总 则', [1, 2, 3, 4, 5, 6]],
      ['p2', '第二章', '藏语言文字工作管理机构', [7, 8, 9]],
      ['p3', '第七章', '法律责任', [35, 36, 37]],
      ['p4', '第八章', '附则', [38, 39, 40]],
    ]);
    expect(d.articles[0]!.text).toMatch(/^为了保障和促进藏语言文字的学习/);
    expect(d.articles.at(-1)!.text).toBe('本条例自批准之日起施行。');
    // The post's date (2020-03-03 21:41) is when the blog posted it, not a date of the statute: only told.
    expect(d.issuedOn).toBeUndefined();
    expect(d.issues.find((i) => i.code === 'FRONT_MATTER_DATE')).toMatchObject({ line: 4, severity: 'info' });
  });
});

describe('tables of contents (目录)', () => {
  test('关岭自治条例: lines before 目录 do not make the first chapter part of the table of contents', () => {
    const d = parseFile('guanling-zizhi-tiaoli-toc.txt');
    expect(d.parts.map((p) => [p.path, p.label, p.articles.map((a) => a.path)])).toEqual([
      ['p1', '第一章', ['p1/a1', 'p1/a2', 'p1/a3', 'p1/a4', 'p1/a5']],
    ]);
    expect(d.issues.find((i) => i.code === 'TABLE_OF_CONTENTS')?.line).toBe(5);
  });

  test.each([
    ['shenzhen-yingshang-tiaoli-toc.txt', ['p1/a1', 'p1/a2', 'p1/a3', 'p1/a4', 'p1/a5']],
    ['jiangsu-changjiang-tiaoli-toc.txt', ['p1/a1', 'p1/a2', 'p1/a3', 'p1/a4', 'p1/a5']],
  ])('%s: the chapters listed in the table of contents are no parts', (file, articles) => {
    const d = parseFile(file);
    expect(uniquePaths(d)).toBe(true);
    expect(d.parts.map((p) => [p.path, p.label, p.articles.map((a) => a.path)])).toEqual([['p1', '第一章', articles]]);
    expect(d.articles.map((a) => a.path)).toEqual(articles);
  });

  const STATUTE = (before: string[], toc: string[]) =>
    [
      '某市条例',
      '（2020年1月2日某市第一届人民代表大会常务委员会第一次会议通过）',
      ...before,
      ...toc,
      '第一章　总则',
      '第一条　为了保护环境，制定本条例。',
      '第二章　监督管理',
      '第一节　一般规定',
      '第二条　市人民政府负责监督管理。',
      '第三章　附则',
      '第三条　本条例自2020年3月1日起施行。',
    ].join('\n');
  const shapeOf = (text: string) =>
    parsePolicyText(text, { file: 'x.txt' }).parts.map((p) => [
      p.path,
      p.label,
      p.articles.map((a) => a.number),
      (p.sections ?? []).map((s) => s.label),
    ]);
  const WANTED = [
    ['p1', '第一章', [1], []],
    ['p2', '第二章', [2], ['第一节']],
    ['p3', '第三章', [3], []],
  ];

  test.each([
    [
      'a 目录 right after the head',
      [],
      ['目　录', '第一章　总则', '第二章　监督管理', '第一节　一般规定', '第三章　附则'],
    ],
    [
      'page lines before the 目录',
      ['类 别:其他经济法规', '时效性:有效'],
      ['目 录', '第一章 总 则', '第二章 监督管理', '第一节 一般规定', '第三章 附 则'],
    ],
    ['no 目录 line: a run of headings the text repeats', [], ['第一章 总则', '第二章 监督管理', '第三章 附则']],
  ])('a statute: %s', (_, before, toc) => {
    expect(shapeOf(STATUTE(before, toc))).toEqual(WANTED);
  });

  test('a chapter without articles of its own is no table of contents', () => {
    const text = STATUTE([], []).replace('第一条　为了保护环境，制定本条例。', '');
    expect(shapeOf(text).map((p) => p[1])).toEqual(['第一章', '第二章', '第三章']);
  });
});

describe('articles run together on one line', () => {
  test('松桃自治条例: six articles on one line are six articles, their paragraphs apart', () => {
    const d = parseFile('songtao-zizhi-tiaoli-run-in.txt');
    expect(d.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
    expect(d.articles[1]!.text).toBe(
      '自治县的自治机关是自治县人民代表大会和自治县人民政府。\n自治县的自治机关实行民主集中制的原则。\n自治县的自治机关设在蓼皋镇。',
    );
    expect(d.articles.every((a) => a.line === 2)).toBe(true);
  });

  test('in a statute too, with its chapters', () => {
    const d = parsePolicyText(
      [
        '某县自治条例',
        '（2006年1月2日某省第十届人民代表大会常务委员会第一次会议批准）',
        '第一章 总则',
        '第一条 为了…，制定本条例。 第二条 自治县的自治机关是…。 自治县的自治机关设在某镇。 第二章 自治机关 第三条 依照本条例第二条规定，…。',
      ].join('\n'),
      { file: 'x.txt' },
    );
    expect(d.parts.map((p) => [p.label, p.heading, p.articles.map((a) => a.number)])).toEqual([
      ['第一章', '总则', [1, 2]],
      ['第二章', '自治机关', [3]],
    ]);
    expect(d.articles[1]!.paragraphs).toEqual(['自治县的自治机关是…。', '自治县的自治机关设在某镇。']);
    expect(d.articles[2]!.text).toBe('依照本条例第二条规定，…。');
  });

  test('each piece keeps the line’s number; a heading opening the line is a line of its own', () => {
    const lines = splitRunInArticles(
      toSourceLines('某县自治条例\n第一章 总 则 第一条 为了…。 第二条 自治机关…； 其他…。'),
    );
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, '某县自治条例'],
      [2, '第一章 总 则'],
      [2, '第一条 为了…。'],
      [2, '第二条 自治机关…；'],
      [2, '其他…。'],
    ]);
  });

  test('after a space the article may open with any word; glued to the label, not with one a reference goes on with', () => {
    const d = parsePolicyText('某市办法\n第一条 为了…。 第二条 中华人民共和国公民…。第三条规定的事项…。第三条对…', {
      file: 'x.txt',
    });
    expect(d.articles.map((a) => [a.label, a.text])).toEqual([
      ['第一条', '为了…。'],
      ['第二条', '中华人民共和国公民…。第三条规定的事项…。'],
      ['第三条', '对…'],
    ]);
  });

  test.each([
    ['a reference in the text', '第一条 依照本条例第二条规定，制定本办法。'],
    ['a reference opening a sentence', '第一条 为了…。 第二条规定的事项，由市人民政府决定。'],
    ['a spaced reference', '第一条 为了…，适用 第二条 的规定。'],
    ['numbers out of sequence', '第一条 为了…。 第三条 本办法自公布之日起施行。'],
    ['a marker glued to a word', '第一条 为了…，适用本办法第二条 本办法自公布之日起施行。'],
  ])('%s is not split', (_, line) => {
    const d = parsePolicyText(`某市办法\n${line}`, { file: 'x.txt' });
    expect(d.articles.map((a) => a.label)).toEqual(['第一条']);
  });
});

describe('rules numbered 一、 under chapters, with an adoption line', () => {
  // m.510hua.cn/fagui/xingzheng/re2013092315455948450408.shtml (国务院工作规则 2013, a traditional-character repost),
  // trimmed: its adoption line sends it to the statute reader, which knew only 第X条 articles.
  const STATE_COUNCIL_RULES_2013 = [
    '建設工程教育網 > 政策法規 > 行政法規 > 正文',
    '2013-09-23 13:46 【大 中 小】【打印】【我要糾錯】',
    '各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:',
    '《國務院工作規則》已經2013年3月20日召開的國務院第1次全體會議通過,現予印發。',
    '國務院',
    '2013年3月23日',
    '國務院工作規則',
    '(2013年3月20日國務院第1次全體會議通過)',
    '第一章 總 則',
    '一、第十二屆全國人民代表大會第一次會議產生的新一屆中央人民政府,根據《中華人民共和國憲法》和《中華人民共和國國務院組織法》,制定本規則。',
    '二、國務院工作的指導思想是,高舉中國特色社會主義偉大旗幟,認真執行黨的路線方針政策,嚴格遵守憲法和法律。',
    '三、國務院工作的準則是,執政為民,依法行政,實事求是,民主公開,務實清廉。',
    '第二章 組成人員職責',
    '四、國務院組成人員要模範遵守憲法和法律,認真履行職責,為民務實,嚴守紀律,勤勉廉潔。',
    '五、國務院實行總理負責制,總理領導國務院的工作。副總理、國務委員協助總理工作。',
  ].join('\n');

  test('国务院工作规则 2013: the 一、 paragraphs are its articles, in its two chapters', () => {
    const d = parsePolicyText(STATE_COUNCIL_RULES_2013, { file: 'rules.txt' });
    expect([d.title, d.issuer, d.tier, d.issuedOn]).toEqual(['国务院工作规则', '国务院', 'national', '2013-03-20']);
    expect(d.parts.map((p) => [p.label, p.heading, p.articles.map((a) => a.label)])).toEqual([
      ['第一章', '总 则', ['一、', '二、', '三、']],
      ['第二章', '组成人员职责', ['四、', '五、']],
    ]);
    expect(d.articles.map((a) => a.path)).toEqual(['p1/a1', 'p1/a2', 'p1/a3', 'p2/a4', 'p2/a5']);
    expect(d.articles[2]!.text).toBe('国务院工作的准则是,执政为民,依法行政,实事求是,民主公开,务实清廉。');
    expect(errors(d)).toEqual([]);
  });

  test('a statute with chapters and 第X条 articles keeps its statute reading', () => {
    const d = parsePolicyText(
      [
        '某市条例',
        '(2013年3月20日某市人民代表大会常务委员会第1次会议通过)',
        '第一章 总则',
        '第一条 为了…,制定本条例。',
        '一、…',
        '第二章 附则',
        '第二条 本条例自公布之日起施行。',
      ].join('\n'),
      { file: 'x.txt' },
    );
    expect(d.articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
  });
});

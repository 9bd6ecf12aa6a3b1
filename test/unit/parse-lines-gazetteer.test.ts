// Line verdicts of dirty copies (§6) and the agency gazetteer users extend.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { getDefaultGazetteer, loadGazetteer, parsePolicyText } from '../../import/index.ts';
import { flagSuspiciousLines } from '../../import/parse/flag-suspicious-lines.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';

const verdict = (line: string): [string | undefined, string[]] => {
  const lines = toSourceLines(line);
  const issues = flagSuspiciousLines(lines, 'f.txt');
  return [lines[0]!.drop ?? lines[0]!.suspicion, issues.map((i) => i.code)];
};

describe('suspicious lines', () => {
  test.each([
    ['—1—', 'page-number', 'PAGE_NUMBER'],
    ['- 12 -', 'page-number', 'PAGE_NUMBER'],
    ['第3页', 'page-number', 'PAGE_NUMBER'],
    ['第3页 共10页', 'page-number', 'PAGE_NUMBER'],
    ['分享到：微信 微博', 'debris', 'WEB_DEBRIS'],
    ['【打印本页】【关闭窗口】', 'debris', 'WEB_DEBRIS'],
    ['上一篇：关于印发…的通知', 'debris', 'WEB_DEBRIS'],
    ['责任编辑：张三', 'debris', 'WEB_DEBRIS'],
    ['Tags: 高新区', 'debris', 'WEB_DEBRIS'],
    ['首页 > 政务公开 > 政策解读 > 部门解读', 'debris', 'WEB_DEBRIS'],
    ['网站地图 | 联系我们 | 使用帮助', 'debris', 'WEB_DEBRIS'],
    ['加微信 abc123 送资料', 'spam', 'SPAM_LINE'],
    ['各县区人民*府', 'censored', 'CENSORED_TEXT'],
    ['鍔犲揩楂樻柊鍖哄彂灞曪紝', 'mojibake', 'MOJIBAKE'],
    ['锟斤拷锟斤拷', 'mojibake', 'MOJIBAKE'],
    ['abc\ufffd\ufffd', 'undecodable', 'UNDECODABLE_TEXT'],
  ])('%s → %s', (line, kind, code) => {
    expect(verdict(line)).toEqual([kind, [code]]);
  });

  test("no line of the corpus is flagged except the plan copy's debris", () => {
    const dir = fileURLToPath(new URL('../../corpus/', import.meta.url));
    const flagged: string[] = [];
    for (const f of [
      'state-council-hitech-opinions.txt',
      'guangxi-hitech-measures.txt',
      'liuzhou-hitech-measures.txt',
      'liuzhou-hitech-measures-interpretation.txt',
      'most-hitech-zone-plan-14th.txt',
    ]) {
      for (const issue of flagSuspiciousLines(toSourceLines(readFileSync(join(dir, f), 'utf8')), f))
        flagged.push(`${f}:${issue.line}`);
    }
    expect(flagged).toEqual([
      'most-hitech-zone-plan-14th.txt:28',
      'most-hitech-zone-plan-14th.txt:29',
      'most-hitech-zone-plan-14th.txt:30',
      'most-hitech-zone-plan-14th.txt:31',
    ]);
  });

  test.each([
    '二〇二一年八月四日',
    '(一)指导思想。',
    '2021年8月4日',
    '一、总体要求',
    '来源: 柳州市人民政府网站 | 发布日期: 2022-02-24 17:03',
  ])('%s is not flagged', (line) => {
    expect(verdict(line)).toEqual([undefined, []]);
  });

  test('CRLF line ends and a BOM-less copy parse like the LF copy', () => {
    const text = readFileSync(
      fileURLToPath(new URL('../../corpus/guangxi-hitech-measures.txt', import.meta.url)),
      'utf8',
    );
    const lf = parsePolicyText(text, { file: 'g.txt' });
    const crlf = parsePolicyText(text.replace(/\n/g, '\r\n'), { file: 'g.txt' });
    expect({ ...crlf, provenance: undefined }).toEqual({ ...lf, provenance: undefined });
  });
});

describe('gazetteer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policygraph-gazetteer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the bundled gazetteer knows the corpus jurisdictions and the aliases of the Liuzhou zone administration', () => {
    const g = getDefaultGazetteer();
    expect(['中华人民共和国', '广西壮族自治区', '柳州市'].map((n) => g.jurisdictionByName.get(n)?.tier)).toEqual([
      'national',
      'provincial',
      'municipal',
    ]);
    expect(g.jurisdictionByName.get('北京市')?.tier).toBe('provincial');
    expect(g.jurisdictionByName.has('自治区')).toBe(false);
    expect(g.agencyAliases.get('新区管委会')?.map((a) => a.name)).toEqual(['柳州市柳东新区管理委员会']);
    expect(g.agencyAliases.get('柳州高新区管委会')?.map((a) => a.name)).toEqual(['柳州市柳东新区管理委员会']);
    expect(g.typeByName.get('科技局')?.name).toBe('科学技术局');
  });

  test('a user file adds entries and replaces same-named ones', async () => {
    const file = join(dir, 'extra.json');
    writeFileSync(
      file,
      JSON.stringify({
        jurisdictions: [
          { name: '桂林市', tier: 'municipal', parent: '广西壮族自治区', aliases: ['桂林'], codes: ['市政', '桂林'] },
        ],
        agencyTypes: [{ name: '大数据发展局', aliases: ['大数据局'] }],
      }),
    );
    const g = await loadGazetteer(file);
    expect(g.typeByName.get('大数据局')?.name).toBe('大数据发展局');
    expect(g.jurisdictionByName.get('桂林')?.codes).toEqual(['市政', '桂林']);
    expect(g.data.jurisdictions.filter((j) => j.name === '桂林市')).toHaveLength(1);
    expect(g.typeByName.get('科技局')?.name).toBe('科学技术局');
    const d = parsePolicyText('桂林市关于测试的若干措施\n（一）测试条目。支持企业。（牵头单位：市大数据局）', {
      file: 't.txt',
      gazetteer: g,
    });
    expect(d.articles[0]!.leadAgencies.map((a) => a.name)).toEqual(['桂林市大数据发展局']);
  });

  test.each([
    ['not json', '{', /^.*bad\.json: invalid gazetteer: /],
    [
      'a tier that does not exist',
      JSON.stringify({ jurisdictions: [{ name: 'X市', tier: 'city' }] }),
      /bad\.json: invalid gazetteer: jurisdictions\[0\]\.tier must be one of national, provincial, municipal, county$/,
    ],
    [
      'an agency without jurisdiction',
      JSON.stringify({ agencies: [{ name: 'X局' }] }),
      /bad\.json: invalid gazetteer: agencies\[0\]\.jurisdiction is missing$/,
    ],
    [
      'an entry without name',
      JSON.stringify({ agencyTypes: [{ aliases: [] }] }),
      /bad\.json: invalid gazetteer: agencyTypes\[0\] has no name$/,
    ],
  ])('a file with %s is refused with its name', async (_what, content, message) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, content);
    await expect(loadGazetteer(file)).rejects.toThrow(message);
  });
});

// Titles, kinds, headings and levels the held-out testers found misread (test/data/policy-heldout/,
// test/data/statute-heldout3/): each case names its file, and a short text shows the general form.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readKind, readPolicyFile } from '../../import/index.ts';
import { ownGenre } from '../../import/parse/read-kind.ts';
import { withoutEditionNote } from '../../import/parse/read-title.ts';
import { splitHeading } from '../../import/parse/split-heading.ts';
import { splitRunInFields } from '../../import/parse/split-run-in-fields.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { normalizeLine, restoreNestedMarks } from '../../text/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DATA = join(import.meta.dirname, '..', 'data');
const readFile = (path: string): Promise<PolicyDocument> => readPolicyFile(join(DATA, path), { file: path });
const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });

describe('a title line ending inside a cited title goes on', () => {
  test('…征求《A办法》《B办法》 / 执行情况意见建议的公告 is one title, a 公告 (gs-pingliang-rsj-announcement-2022.txt)', async () => {
    const d = await readFile('policy-heldout/gs-pingliang-rsj-announcement-2022.txt');
    expect([d.title, d.kind]).toEqual([
      '平凉市人力资源和社会保障局关于公开征求《甘肃省工伤保险实施办法》《甘肃省实施<失业保险条例>办法》执行情况意见建议的公告',
      'notice',
    ]);
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE')).toEqual([]);
  });

  test('a line whose last 《 is still open goes on, though its marks count even (…办法》《…办法 / (试行)》的通知)', () => {
    const d = parse([
      '某省人民政府办公厅关于印发《某省甲管理办法》《某省乙管理办法',
      '(试行)》的通知',
      '各市人民政府:',
      '现将《某省甲管理办法》《某省乙管理办法(试行)》印发给你们,请认真贯彻执行。',
    ]);
    expect(d.title).toBe('某省人民政府办公厅关于印发《某省甲管理办法》《某省乙管理办法(试行)》的通知');
  });

  test('a 制度 ends a title: …重大政策文件 / 解读制度 (gz-anshun-jiedu-zhidu-2020.txt)', async () => {
    const d = await readFile('policy-heldout/gz-anshun-jiedu-zhidu-2020.txt');
    expect(d.title).toBe('市政府及市政府部门重大政策文件解读制度');
  });

  test.each([
    ['平凉市人力资源和社会保障局关于公开征求《甘肃省工伤保险实施办法》《甘肃省实施<失业保险条例>办法》', 'other'],
    ['《甘肃省工伤保险实施办法》', 'measures'],
    ['《关于促进就业的若干意见》政策解读', 'interpretation'],
  ])('the kind is the genre ending the whole title, outside any 《》: %s → %s', (title, kind) => {
    expect(readKind(title)).toBe(kind);
  });
});

describe('nested title marks written < > or ‹ › read as 〈〉 do', () => {
  test.each([
    ['甘肃省实施‹失业保险条例>办法', '甘肃省实施《失业保险条例》办法'],
    [
      '关于印发<乐山市政府信息主动公开办法(试行)>等6个办法的通知',
      '关于印发《乐山市政府信息主动公开办法(试行)》等6个办法的通知',
    ],
    ['关于修改〈海南省生态保护红线管理规定〉的决定', '关于修改《海南省生态保护红线管理规定》的决定'],
    // No pair, no nested title: a comparison stays as written.
    ['PM2.5浓度<35微克的城市名单', 'PM2.5浓度<35微克的城市名单'],
  ])('%s → %s', (written, restored) => {
    expect(restoreNestedMarks(written)).toBe(restored);
  });

  test('one cited document has one title key however its nested title is marked', () => {
    const keys = [
      '甘肃省实施‹失业保险条例>办法',
      '甘肃省实施〈失业保险条例〉办法',
      '甘肃省实施《失业保险条例》办法',
    ].map((t) => buildTitleKey(t).key);
    expect(new Set(keys).size).toBe(1);
  });

  test('a citation with <> inside its 《》 is cited with 《》 (sc-leshan-xinxi-gongkai-2020.txt)', async () => {
    const d = await readFile('policy-heldout/sc-leshan-xinxi-gongkai-2020.txt');
    const titles = d.citations.map((c) => c.title);
    expect(titles).toContain('关于印发《乐山市政府信息主动公开办法(试行)》等6个办法的通知');
    expect(titles.filter((t) => /[<>‹›]/.test(t ?? ''))).toEqual([]);
  });
});

describe('a heading of short clauses whose last clause names its aim at more length', () => {
  test.each([
    [
      '统一思想,提高认识,切实保证基础教育优先发展的战略地位',
      true,
      '统一思想,提高认识,切实保证基础教育优先发展的战略地位',
    ],
    // A sentence of the body keeps out: a long first clause, a line ended by a comma, a line run into its body.
    ['各地区、各部门要按照本方案要求,结合实际抓好落实', true, ''],
    ['统一思想,提高认识,切实保证基础教育优先发展的战略地位', false, ''],
  ])('%s (alone: %s) → heading %s', (input, alone, heading) => {
    expect(splitHeading(input, { alone }).heading).toBe(heading);
  });

  test('ah-jichu-jiaoyu-2001-trad.txt: 一、统一思想,提高认识,切实保证… is the article’s heading', async () => {
    const d = await readFile('policy-heldout/ah-jichu-jiaoyu-2001-trad.txt');
    expect(d.articles[0]?.heading).toBe('统一思想,提高认识,切实保证基础教育优先发展的战略地位');
  });
});

describe('levels and genres of statutes read through the general reader', () => {
  test('a decision promulgated by a government’s decree is a government rule (zj-order374-amend-14-rules-2018-trad.txt)', async () => {
    const d = await readFile('statute-heldout3/zj-order374-amend-14-rules-2018-trad.txt');
    expect([d.kind, d.docNumber, d.authorityLevel]).toEqual([
      'decision',
      '浙江省人民政府令第374号',
      'local_government_rule',
    ]);
  });

  test.each([
    ['第一条根据《中华人民共和国婚姻法》的规定,制定本补充规定。第二条本补充规定自1982年7月1日起施行。', '补充规定'],
    ['第一条结合本州实际,制定本变通规定。第二条本变通规定自公布之日起施行。', '变通规定'],
    ['第一条本补充规定适用于我州。第二条本补充规定自1982年7月1日起施行。', '补充规定'],
  ])('a text naming itself 本补充规定 or 本变通规定 is of that genre: %s', (text, genre) => {
    expect(ownGenre(text)).toBe(genre);
  });

  test('an autonomous prefecture’s 补充规定 under a Latin noise line is a local regulation (prefecture-marriage-supplement-1982.txt)', async () => {
    const d = await readFile('statute-heldout3/prefecture-marriage-supplement-1982.txt');
    expect([d.title, d.kind, d.authorityLevel]).toEqual(['', 'regulation', 'local_regulation']);
  });
});

describe('a site’s edition note and a record label’s qualifier', () => {
  test.each([
    ['海南省生态保护红线管理规定(最新版本全文)', '海南省生态保护红线管理规定'],
    ['海南省生态保护红线管理规定(全文最新版)', '海南省生态保护红线管理规定'],
    ['《某省物业管理条例》(最新版全文)', '某省物业管理条例'],
  ])('%s → %s', (written, title) => {
    expect(withoutEditionNote(written)).toBe(title);
  });

  test('法律效力位阶: is one label, never 法律 and 效力位阶: (hi-ecological-redline-2022.txt)', () => {
    const line = '法律效力位阶:地方性法规 制定机关:海南省人民代表大会常务委员会 时效性:有效 施行日期:2022-05-31';
    const pieces = splitRunInFields([{ no: 1, raw: line, ...normalizeLine(line) }]).map((l) => l.text.trim());
    expect(pieces[0]).toBe('法律效力位阶:地方性法规');
  });
});

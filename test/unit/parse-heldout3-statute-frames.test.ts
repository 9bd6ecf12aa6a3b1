// Local statutes of the third held-out set (test/data/statute-heldout3, sources in its README): page forms the
// statute framing had not met when that set was measured, read here as general cases.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'statute-heldout3');
const readHeldOut = (name: string): Promise<PolicyDocument> => readPolicyFile(join(DIR, name), { file: name });

describe('a head note whose steps the page printed without their dates', () => {
  const text = [
    '某某法律网:学法律知识了解最新法律法规!',
    '',
    '免责声明| 联系我们| 网站地图',
    '',
    '某某市城市绿化条例(2020)',
    '',
    '(某某市第十三届人民代表大会常务委员会第二十八次会议通过 某某省第十一届人民代表大会常务委员会第二十四次会议批准 根据2020年6月30日某某市第十五届人民代表大会常务委员会第三十一次会议通过2020年10月22日某某省第十三届人民代表大会常务委员会第二十一次会议批准的《关于修改〈某某市绿化条例〉等二十一部地方性法规的决定》第一次修正)',
    '',
    '第一章 总则',
    '',
    '第一条 为加强城市绿化管理,制定本条例。',
  ].join('\n');

  test('the statute title over its head note wins over the site’s slogan and links above it', () => {
    const d = parsePolicyText(text, { file: 'undated-steps.txt' });
    expect([d.title, d.kind]).toEqual(['某某市城市绿化条例', 'regulation']);
  });

  test('an undated step is a step: the city’s adoption names the maker, the province’s approval the approver', () => {
    const d = parsePolicyText(text, { file: 'undated-steps.txt' });
    expect(d.events.slice(0, 2).map((e) => [e.kind, e.start ?? null])).toEqual([
      ['adoption', null],
      ['approval', null],
    ]);
    expect([d.issuer, d.issuedOn]).toEqual(['某某市人民代表大会常务委员会', '2020-10-22']);
  });

  test('哈尔滨 roads, a law blog’s copy: the title, the city as maker, the last approval’s day', async () => {
    const d = await readHeldOut('hl-harbin-roads-2020-blog.txt');
    expect([d.title, d.issuer, d.tier, d.jurisdiction, d.authorityLevel, d.issuedOn]).toEqual([
      '哈尔滨市城市道路管理条例',
      '哈尔滨市人民代表大会常务委员会',
      'municipal',
      '哈尔滨市',
      'local_regulation',
      '2020-10-22',
    ]);
  });
});

describe('an announcement a copy spaced double broke over lines, under the title', () => {
  const text = [
    '某某市地方性法规制定条例-某某法律网',
    '',
    '2022年8月7日发',
    '',
    '某某市地方性法规制定条例',
    '',
    '《某某市地方性法规制定条例》已由某某市第十三届人民代表大会第七次会议于2016年2月20日通',
    '',
    '过,经某某自治区第十二届人民代表大会常务委员会第二十二次会议于2016年3月31日批准,现予',
    '',
    '公布,自公布之日起施行。',
    '',
    '某某市人民代表大会常务委员会',
    '',
    '2016年4月18日',
    '',
    '第一章总则',
    '',
    '第一条为了规范立法活动,制定本条例。',
  ].join('\n');

  test('the title is the statute the sentence names, never a piece of the sentence (…批准,现予)', () => {
    expect(parsePolicyText(text, { file: 'double-spaced.txt' }).title).toBe('某某市地方性法规制定条例');
  });

  test('each clause of the sentence is a step: adopted by the congress, approved, then published that day', () => {
    const d = parsePolicyText(text, { file: 'double-spaced.txt' });
    expect([d.issuer, d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual([
      '某某市人民代表大会',
      '2016-03-31',
      '2016-04-18',
      '2016-04-18',
    ]);
  });

  test('南宁 lawmaking, a PDF’s copy on a law portal: maker, approval, announcement', async () => {
    const d = await readHeldOut('gx-nanning-lawmaking-2016-wrapped.txt');
    expect([d.title, d.issuer, d.tier, d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual([
      '南宁市地方性法规制定条例',
      '南宁市人民代表大会',
      'municipal',
      '2016-03-31',
      '2016-04-18',
      '2016-04-18',
    ]);
  });
});

describe('a province’s resolution approving the text printed under it', () => {
  const page = (head: string[]) =>
    [
      '某某省人民代表大会常务委员会关于批准',
      '某某市人民代表大会常务委员会关于修改部分地方性法规的决定》的决议',
      '',
      '(2018年6月1日某某省第十三届人民代表大会',
      '常务委员会第三次会议通过)',
      '',
      '某某省第十三届人民代表大会常务委员会第三次会议审查了《某某市人民代表大会常务委员会关于修改部分地方性法规的决定》,决定予以批准,由某某市人民代表大会常务委员会公布施行。',
      '',
      '某某市人民代表大会常务委员会关于修改',
      '部分地方性法规的决定',
      '',
      ...head,
      '',
      '某某市第十六届人民代表大会常务委员会第三次会议决定对《某某市水环境保护条例》作如下修改:',
      '一、对《某某市水环境保护条例》作出修改',
      '(一)将第七条修改为:“市、县人民政府应当实施重点水污染物总量控制制度。”',
    ].join('\n');

  test('the page is the approved text: its title and maker, never the resolution’s', () => {
    const d = parsePolicyText(
      page([
        '(2018年4月27日某某市第十六届人民代表大会常务委员会第三次会议通过  2018年6月1日某某省第十三届人民代表大会常务委员会第三次会议批准)',
      ]),
      { file: 'approving-resolution.txt' },
    );
    expect([d.title, d.issuer, d.kind, d.issuedOn]).toEqual([
      '某某市人民代表大会常务委员会关于修改部分地方性法规的决定',
      '某某市人民代表大会常务委员会',
      'decision',
      '2018-06-01',
    ]);
  });

  test('the resolution gives the approval when the approved text’s head tells only its adoption', () => {
    const d = parsePolicyText(page(['(2018年4月27日某某市第十六届人民代表大会常务委员会第三次会议通过)']), {
      file: 'approving-resolution.txt',
    });
    expect(d.events.map((e) => [e.kind, e.start])).toEqual([
      ['approval', '2018-06-01'],
      ['adoption', '2018-04-27'],
    ]);
    expect(d.agencyRoles.map((r) => [r.role, r.agency.name])).toEqual([
      ['issuer', '某某市人民代表大会常务委员会'],
      ['approver', '某某省人民代表大会常务委员会'],
    ]);
  });

  test('合肥 repeal and amendment decision on the 安徽人大 site: the city’s decision', async () => {
    const d = await readHeldOut('ah-hefei-amend-2018.txt');
    expect([d.title, d.issuer, d.tier, d.jurisdiction, d.kind]).toEqual([
      '合肥市人民代表大会常务委员会关于废止和修改部分地方性法规的决定',
      '合肥市人民代表大会常务委员会',
      'municipal',
      '合肥市',
      'decision',
    ]);
  });
});

describe('a page title carrying the site’s name after a dash', () => {
  test('the statute is titled without the site’s suffix, also where no head note stands under it', () => {
    const d = parsePolicyText(
      ['某某市物业管理条例-某某法律网', '', '第一章 总则', '', '第一条 为规范物业管理活动,制定本条例。'].join('\n'),
      { file: 'site-suffix.txt' },
    );
    expect([d.title, d.kind]).toEqual(['某某市物业管理条例', 'regulation']);
  });
});

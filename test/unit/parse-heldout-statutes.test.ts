// Local statutes of a second, held-out set (test/data/statute-heldout, sources in its README): forms the statute
// reader had not met when that set was measured, read here as general cases.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'statute-heldout');
const readHeldOut = (name: string): Promise<PolicyDocument> => readPolicyFile(join(DIR, name), { file: name });

describe('a title typeset over lines with blank lines between, each piece ending whole', () => {
  const text = [
    '某某市人民代表大会常务委员会',
    '',
    '关于修改《某某市立法条例》',
    '',
    '等三件地方性法规的决定',
    '',
    '(2025年8月28日某某市第五届人民代表大会常务委员会第二十九次会议通过 2025年11月27日某某自治区第十四届人民代表大会常务委员会第二十一次会议批准)',
    '',
    '某某市第五届人民代表大会常务委员会第二十九次会议决定:',
    '',
    '一、对《某某市立法条例》作出修改',
    '',
    '(一)将第一条修改为:“为了规范本市立法活动,制定本条例。”',
  ].join('\n');

  test('a piece opening with words no title opens with (等…) goes on the one above; an organ alone opens 关于…', () => {
    expect(parsePolicyText(text, { file: 'typeset-title.txt' }).title).toBe(
      '某某市人民代表大会常务委员会关于修改《某某市立法条例》等三件地方性法规的决定',
    );
  });

  test('百色 revision decision: its title and the announcement’s day, the day it takes effect', async () => {
    const d = await readHeldOut('gx-baise-amend-five-2025.txt');
    expect([d.title, d.publishedOn, d.effectiveOn]).toEqual([
      '百色市人民代表大会常务委员会关于修改《百色市立法条例》等五件地方性法规的决定',
      '2025-12-09',
      '2025-12-09',
    ]);
  });
});

describe('a government’s decree numbered with the year in brackets', () => {
  test('政府令〔2010〕第15号 under a province’s 规定: a local government rule', () => {
    const text = [
      '某某省气象管理规定',
      '',
      '政府令〔2010〕第15号',
      '',
      '《某某省气象管理规定》已经2010年12月14日省政府第76次常务会议通过,现予公布,自2011年2月1日起施行。',
      '',
      '省长',
      '',
      '二○一○年十二月二十五日',
      '',
      '第一章 总则',
      '',
      '第一条 为加强气象工作的管理,结合本省实际,制定本规定。',
      '',
      '第二条 本规定适用于本省行政区域。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'decree-with-year.txt' });
    expect([d.docNumber, d.authorityLevel]).toEqual(['政府令〔2010〕15号', 'local_government_rule']);
  });

  test('河北省人工影响天气管理规定: its issuer’s rule, the number normalised beside the number as written', async () => {
    const d = await readHeldOut('he-weather-modification-order15-2010.txt');
    expect([d.issuer, d.authorityLevel, d.docNumber, d.docNumberOriginal]).toEqual([
      '河北省人民政府',
      'local_government_rule',
      '政府令〔2010〕15号',
      '政府令〔2010〕第15号',
    ]);
  });
});

describe('an announcement publishing the statute as 现将…《X》公布', () => {
  test('现将修订后的《X》公布,自…起施行 tells the day it takes effect', () => {
    const text = [
      '某某市风景名胜区条例(2011年修订)',
      '《某某市风景名胜区条例》业经2011年6月24日某某市第十四届人民代表大会常务委员会第二十三次会议修订通过,2011年7月29日某某省第十一届人民代表大会常务委员会第二十四次会议批准,现将修订后的《某某市风景名胜区条例》公布,自2011年9月1日起施行。',
      '某某市人民代表大会常务委员会',
      '二○一一年八月十一日',
      '某某市风景名胜区条例',
      '(1995年12月26日某某市第十一届人民代表大会常务委员会第二十三次会议通过 1996年5月21日某某省第八届人民代表大会常务委员会第二十一次会议批准 2011年6月24日某某市第十四届人民代表大会常务委员会第二十三次会议修订 2011年7月29日某某省第十一届人民代表大会常务委员会第二十四次会议批准)',
      '第一条 为加强风景名胜区管理,结合本市实际,制定本条例。',
      '第二条 本条例适用于本市辖区内风景名胜区的管理。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'announced-as-revised.txt' });
    expect([d.title, d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual([
      '某某市风景名胜区条例',
      '2011-07-29',
      '2011-08-11',
      '2011-09-01',
    ]);
  });

  test('大连市风景名胜区条例 (held out): effective 2011-09-01', async () => {
    const d = await readHeldOut('ln-dalian-scenic-areas-2011.txt');
    expect([d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual(['2011-07-29', '2011-08-11', '2011-09-01']);
  });
});

describe('a head note broken over lines, the first chapter’s heading run into its closing bracket', () => {
  test('(…第十三届 / 人民代表大会第四次会议通过)第一章 总则: the making read, the chapter a part', () => {
    const text = [
      '某某市地方性法规制定条例',
      '(2001年1月16日某某市第十三届',
      '人民代表大会第四次会议通过)第一章 总则',
      '第一条 为了规范地方性法规的制定活动,制定本条例。',
      '第二条 本市地方性法规的制定,适用本条例。',
      '第二章 市人民代表大会制定地方性法规程序',
      '第三条 市人民代表大会主席团可以向市人民代表大会提出地方性法规案。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'head-run-into-chapter.txt' });
    expect([d.issuer, d.issuedOn]).toEqual(['某某市人民代表大会', '2001-01-16']);
    expect(d.parts.map((p) => p.heading)).toEqual(['总则', '市人民代表大会制定地方性法规程序']);
  });

  test('天津市地方性法规制定条例 (held out, traditional characters): issuer, day of adoption, two chapters', async () => {
    const d = await readHeldOut('tj-lawmaking-2001-trad.txt');
    expect([d.issuer, d.issuedOn, d.parts.length]).toEqual(['天津市人民代表大会', '2001-01-16', 2]);
  });
});

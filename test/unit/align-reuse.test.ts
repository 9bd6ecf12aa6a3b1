// Peer reuse on trimmed real pages (test/data/reuse/README.md), parsed as the importer parses them. Tester F asked
// `reuse` of county work rules and county documents on other subjects: unrelated county rules "shared" 15–35 % of their
// text through the political guidance formula and the title of the law every work rule names.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { citedWording, findReuse, type AlignDocument } from '../../align/index.ts';
import { readPolicyFile } from '../../import/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): Promise<AlignDocument> => readPolicyFile(join(root, path));
const reuse = (path: string) => `test/data/reuse/${path}`;

const xishui = await read(reuse('xishui-county-rules-2017.txt'));
const yanchi = await read(reuse('yanchi-county-rules-2017.txt'));
const taihu = await read('test/data/stock-phrases/taihu-county-rules-2019.txt');
const zhenba = await read('test/data/stock-phrases/zhenba-county-rules-2024.txt');
const changde = await read(reuse('changde-county-sixiang-2019.txt'));
const pingyang = await read(reuse('pingyang-county-new-media-2021.txt'));

const FORMULA = '以习近平新时代中国特色社会主义思想为指导';

describe('the fixtures are what the tests say', () => {
  test('county work rules and two county documents on other subjects, the guidance formula in three', () => {
    expect([xishui, yanchi, taihu, zhenba, changde, pingyang].map((d) => d.tier)).toEqual(Array(6).fill('county'));
    for (const doc of [changde, pingyang, zhenba])
      expect(doc.articles.some((a) => a.text.includes(FORMULA))).toBe(true);
  });
});

describe('stock wording and cited titles are nobody’s copy', () => {
  test('documents of other subjects sharing only the guidance formula share nothing (were 17.5 % each)', () => {
    expect(findReuse([changde, pingyang, zhenba], changde.file)).toEqual([]);
    expect(findReuse([pingyang, changde, zhenba, taihu], pingyang.file)).toEqual([]);
  });

  test('work rules sharing only the name of the law they rest on share nothing (太湖: 10–16 % with three counties)', () => {
    // 根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》: every work rule's basis.
    expect(findReuse([taihu, yanchi, zhenba, xishui], taihu.file)).toEqual([]);
  });

  test('浠水 and 盐池 no longer share the law’s title or the guidance of 2016–17 (were 106 characters, 35 %)', () => {
    const passages = findReuse([xishui, yanchi], xishui.file).flatMap((m) => m.spans.map((s) => s.text));
    expect(passages.filter((t) => t.includes('组织法') || t.includes('全会精神') || t.includes('伟大旗帜'))).toEqual(
      [],
    );
  });

  test('cited wording: each 《title》 to the 》 that closes it, nested 〈〉 inside, and document numbers', () => {
    const text = '根据《关于印发〈某办法〉的通知》(国办发〔2018〕123号)和《某条例》，《未闭合';
    expect(citedWording(text).map(([from, to]) => text.slice(from, to))).toEqual([
      '《关于印发〈某办法〉的通知》',
      '《某条例》',
      '国办发〔2018〕123号',
    ]);
  });
});

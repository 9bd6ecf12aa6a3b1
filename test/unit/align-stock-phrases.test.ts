// Political guidance (以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届…全会精神…) opens policy documents
// of every subject. Shared by a county government's work rules and the State Council's opinion on government new media,
// it made them counterparts, a 20-character reused sentence and an inferred IMPLEMENTS; it ranked two unrelated State
// Council documents above the one a Sichuan opinion implements. Trimmed real pages (test/data/stock-phrases/README.md),
// parsed as the importer parses them; the stock phrases are align/data/stock-phrases.tsv.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  alignDocuments,
  alignedContent,
  computeCoverage,
  contentOutsideStock,
  DEFAULT_STOCK_PHRASES,
  inferImplements,
  inferLikelyParents,
  isStrongPair,
  traceLineage,
  type AlignDocument,
} from '../../align/index.ts';
import type { AlignmentPair } from '../../model/index.ts';
import { readPolicyFile } from '../../import/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): Promise<AlignDocument> => readPolicyFile(join(root, path));

const zhenba = await read('test/data/stock-phrases/zhenba-county-rules-2024.txt');
const taihu = await read('test/data/stock-phrases/taihu-county-rules-2019.txt');
const sichuan = await read('test/data/stock-phrases/sichuan-chuanfufa-2021-28.txt');
const newMedia = await read('test/data/govcn-text/17.txt');
const noWaste = await read('test/data/govcn-text/07.txt');
const hiTechZones = await read('corpus/state-council-hitech-opinions.txt');
const scienceLaw = await read('corpus/laws/科学技术进步法(2021-12-24).md');

const FORMULA = '以习近平新时代中国特色社会主义思想为指导';

describe('political guidance is stock text', () => {
  test('the fixtures are what the test says: a county, two State Council documents, a law', () => {
    expect([zhenba.docNumber, zhenba.tier, newMedia.docNumber, sichuan.docNumber, hiTechZones.docNumber]).toEqual([
      '镇政发〔2024〕7号',
      'county',
      '国办发〔2018〕123号',
      '川府发〔2021〕28号',
      '国发〔2020〕7号',
    ]);
    // The county rules' guiding thought and the opinion's share the formula word for word.
    expect(zhenba.articles.find((a) => a.number === 2)!.text).toContain(FORMULA);
    expect(newMedia.articles.find((a) => a.number === 1)!.text).toContain(FORMULA);
  });

  test('a county’s work rules sharing only the formula with the new-media opinion: no counterpart, no inferred IMPLEMENTS', () => {
    const docs = [zhenba, newMedia];
    const pairs = alignDocuments(docs);
    expect(pairs.some((p) => p.lower.file === zhenba.file)).toBe(true);
    expect(computeCoverage(pairs, newMedia, zhenba).covered).toEqual([]);
    for (const article of [1, 2, 3]) expect(traceLineage(pairs, { file: zhenba.file, article })).toEqual([]);
    expect(inferImplements(docs, pairs)).toEqual([]);
  });

  test('a copied formula is no reused sentence; a copied measure is', () => {
    const pair = (text: string): AlignmentPair => ({
      lower: { file: 'l', title: 'l', article: 2, path: 'a2', heading: '' },
      upper: { file: 'u', title: 'u', article: 1, path: 'p1/a1', heading: '指导思想' },
      score: 0.2,
      class: 'partially_related',
      rank: 1,
      evidence: [
        {
          lowerStart: 0,
          lowerEnd: text.length,
          upperStart: 0,
          upperEnd: text.length,
          lowerText: text,
          upperText: text,
        },
      ],
      method: 'm',
      version: 'v',
    });
    expect(contentOutsideStock(FORMULA)).toBe(0);
    expect(isStrongPair(pair(FORMULA))).toBe(false);
    expect(
      isStrongPair(pair('以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神')),
    ).toBe(false);
    // Liuzhou (二) → Guangxi (三): the sentence the city took from the province.
    expect(isStrongPair(pair('支持高新区骨干企业联合区内外高校、科研院所等建设自治区新型研发机构'))).toBe(true);
  });

  test('a basis clause naming 《中华人民共和国宪法》 is no counterpart of a law article naming 中华人民共和国政府', () => {
    const pairs = alignDocuments([taihu, scienceLaw]);
    expect(traceLineage(pairs, { file: taihu.file, article: 1 })).toEqual([]);
    expect(traceLineage(pairs, { file: taihu.file, article: 2 })).toEqual([]);
  });

  test('likelyParents: the opinions a hi-tech-zone opinion implements come before documents sharing only the formula', () => {
    const parents = inferLikelyParents([sichuan, hiTechZones, noWaste, newMedia], sichuan.file);
    expect(parents[0]!.file).toBe(hiTechZones.file);
  });
});

describe('the table of stock phrases', () => {
  test('holds the political formula, each phrase as alignment reads text', () => {
    expect(DEFAULT_STOCK_PHRASES).toContain(FORMULA);
    // Phrases are matched on folded content characters after the policy vocabulary: each must be in that form.
    for (const phrase of DEFAULT_STOCK_PHRASES) expect(alignedContent(phrase).text).toBe(phrase);
  });
});

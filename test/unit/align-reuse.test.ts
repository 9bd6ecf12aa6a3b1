// Peer reuse on trimmed real pages (test/data/reuse/README.md), parsed as the importer parses them. Tester F asked
// `reuse` of county and city work rules and of new-media documents: unrelated county rules "shared" 15–35 % of their
// text through the political guidance formula and the title of the law every work rule names, and two cities shared
// as their own the sentences both copy from the State Council.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { citedWording, findReuse, judgeSharedPassages, type AlignDocument } from '../../align/index.ts';
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
const hangzhou = await read(reuse('hangzhou-new-media-2019.txt'));
const lianyungang = await read(reuse('lianyungang-new-media-2019.txt'));
const newMedia = await read('test/data/govcn-text/17.txt');
const hanzhong = await read(reuse('hanzhong-city-rules-2014.txt'));
const anqing = await read(reuse('anqing-city-rules-2014.txt'));
const rules2023 = await read(reuse('state-council-rules-2023.txt'));
// This repost gives its issuer and number in 【颁布单位】 fields (国发〔2018〕21号: a national text of 2018).
const rules2018 = await read(reuse('state-council-rules-2018-lawfaq.txt'));

/** The State Council's work rules of 2013, as the statute reader reads this copy's 一、 under 第一章 (six items). */
const rules2013 = (): Promise<AlignDocument> => read(reuse('state-council-rules-2013-trad.txt'));

const FORMULA = '以习近平新时代中国特色社会主义思想为指导';

describe('the fixtures are what the tests say', () => {
  test('county and city work rules, two county documents on other subjects, two cities implementing 123号', () => {
    expect([xishui, yanchi, taihu, zhenba, changde, pingyang].map((d) => d.tier)).toEqual(Array(6).fill('county'));
    expect([hangzhou, lianyungang, hanzhong, anqing].map((d) => d.tier)).toEqual(Array(4).fill('municipal'));
    expect([newMedia.docNumber, newMedia.tier, rules2023.tier]).toEqual([
      '国办发〔2018〕123号',
      'national',
      'national',
    ]);
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

describe('wording both peers take from a document above them is inherited, not copied', () => {
  test('杭州 and 连云港 share the target sentence of 国办发〔2018〕123号, which both implement: no copy', () => {
    const target = '建设更加权威的信息发布和解读回应平台、更加便捷的政民互动和办事服务平台';
    expect(newMedia.articles.some((a) => a.text.includes(target))).toBe(true);
    // Without the opinion in the graph the sentence reads as theirs; with it, as the opinion's.
    const alone = findReuse([hangzhou, lianyungang], hangzhou.file);
    expect(alone.map((m) => [m.file, m.spans.map((s) => s.text)])).toEqual([[lianyungang.file, [`${target},形成`]]]);
    expect(findReuse([hangzhou, lianyungang, newMedia], hangzhou.file)).toEqual([]);
    // A document made after both is where neither took it from (existed-before.ts), whatever its tier.
    const later: AlignDocument = { ...newMedia, issuedOn: '2025-01-01', events: [] };
    expect(findReuse([hangzhou, lianyungang, later], hangzhou.file)).toEqual(alone);
  });

  test('汉中 and 安庆 both copy the State Council’s rules (2013, kept in 2018): no copy of each other (was 50 %)', async () => {
    // The 2013 excerpt stops before 六、's second sentence (重大事项，必须经国务院全体会议…), which the 2018 text keeps;
    // a text of 2018 is not where two texts of 2014 took it from, so with the excerpt that one sentence stays shared.
    const uppers = [await rules2013(), rules2018];
    expect([rules2018.docNumber, rules2018.tier]).toEqual(['国发〔2018〕21号', 'national']);
    expect(findReuse([hanzhong, anqing], hanzhong.file)[0]!.share).toBeGreaterThan(0.3);
    const left = findReuse([hanzhong, anqing, ...uppers], hanzhong.file);
    expect(left.map((m) => [m.file, m.spans.map((s) => s.text)])).toEqual([
      [anqing.file, ['市政府工作中的重大事项,必须经市政府全体会议或市政府常务会议']],
    ]);
    // The whole 2013 text holds that sentence too: with it (here the 2018 wording, undated), nothing is left.
    const undated: AlignDocument = { ...rules2018, docNumber: undefined };
    expect(findReuse([hanzhong, anqing, await rules2013(), undated], hanzhong.file)).toEqual([]);
    expect(findReuse([anqing, hanzhong, await rules2013(), undated], anqing.file)).toEqual([]);
    // 浠水 and 盐池 too: 认真执行党的路线方针政策 is the 2013 rules' wording.
    expect(findReuse([xishui, yanchi, uppers[0]!], xishui.file)).toEqual([]);
  });

  test('a copy of 镇巴’s rules is still a copy (97 %), the article both have from the 2023 rules with the rest', async () => {
    const copy: AlignDocument = {
      ...zhenba,
      file: 'zhenba-copy',
      title: `${zhenba.title}（隐去引用的测试副本）`,
      docNumber: undefined,
      citations: [],
      articles: zhenba.articles.map((a) =>
        a.number === 1 ? { ...a, text: a.text.replace(/^根据.*?的有关规定/, '') } : a,
      ),
    };
    const docs = [copy, zhenba, rules2023, await rules2013(), xishui, yanchi];
    const [match, ...rest] = findReuse(docs, copy.file);
    expect(match!.file).toBe(zhenba.file);
    expect(match!.share).toBeGreaterThan(0.95);
    // 三、 is the 2023 rules' 三、 with 在县委领导下开展工作 added: copied with 二、 and 四、 around it.
    expect(match!.spans.map((s) => s.path)).toEqual(['p1/a2', 'p1/a3', 'p2/a4']);
    expect(rest).toEqual([]);
  });

  test('two provinces’ regulations: what both take from the national law is reported apart, with its article', async () => {
    const laws = ['上海市促进科技成果转化条例(2017-04-20).md', '北京市促进科技成果转化条例(2019-11-27).md'];
    const [shanghai, beijing, law] = await Promise.all(
      [...laws, '促进科技成果转化法(2015-08-29).md'].map((f) => read(`corpus/laws/${f}`)),
    );
    const [match] = findReuse([shanghai!, beijing!, law!], shanghai!.file);
    expect(match!.file).toBe(beijing!.file);
    expect(match!.inherited.length).toBeGreaterThan(0);
    for (const span of match!.inherited) {
      expect(span.from).toBe(law!.file);
      expect(span.own).toBeLessThan(12);
    }
    // Not counted in the share: without the law, the same passages count.
    const alone = findReuse([shanghai!, beijing!], shanghai!.file)[0]!;
    expect(alone.sharedCharacters).toBeGreaterThan(match!.sharedCharacters);
  });
});

describe('judgeSharedPassages', () => {
  const at = (article: number, own: number, free = own, otherArticle = article, otherStart = 0) => ({
    article,
    otherArticle,
    otherStart,
    own,
    free,
  });

  test('copied with 12 own characters, inherited with 12 free ones the upper holds, stock otherwise', () => {
    expect(judgeSharedPassages([at(0, 12), at(1, 11, 40), at(5, 3, 6)], 12)).toEqual(['copied', 'inherited', 'stock']);
  });

  test('passages between copied ones join the copy when the stretch goes on article by article in both texts', () => {
    expect(judgeSharedPassages([at(1, 52), at(2, 10, 130), at(2, 2, 4, 2, 50), at(3, 31)], 12)).toEqual([
      'copied',
      'copied',
      'copied',
      'copied',
    ]);
    // An article skipped, or the peer's articles out of order: no stretch.
    expect(judgeSharedPassages([at(1, 52), at(3, 10, 130), at(4, 31)], 12)).toEqual(['copied', 'inherited', 'copied']);
    expect(judgeSharedPassages([at(1, 52), at(2, 10, 130, 4), at(3, 31)], 12)).toEqual([
      'copied',
      'inherited',
      'copied',
    ]);
    // At the edge of the copy, with no copied passage after it: inherited.
    expect(judgeSharedPassages([at(1, 52), at(2, 10, 130)], 12)).toEqual(['copied', 'inherited']);
  });
});

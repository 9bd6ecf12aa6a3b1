// Scope PEER of `sources`: issue 15 has peers as texts of the same tier in other places, and over lawrefbook's local
// regulations the first peer source was a counterpart for only 62.7 % of articles: a text of the same city won on a
// shared clause (上海's 中小企业 and 科技成果转化 regulations: 用地, 政府采购), and a topic word in an unrelated
// regulation beat the regulation of the same law, whose words are that law's (bench/measure-peer-sources.ts).
import { describe, expect, test } from 'vitest';
import { createSourceIndex, peerSiblings, rankSources, type AlignDocument } from '../../align/index.ts';

const articles = (...texts: string[]) =>
  texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text }));
const regulation = (file: string, place: string, title: string, cites: string, texts: string[]): AlignDocument => ({
  file,
  title: `${place}${title}`,
  tier: 'provincial',
  jurisdiction: place,
  kind: 'regulation',
  authorityLevel: 'local_regulation',
  citations: [{ title: cites, relation: 'based_on' }],
  articles: articles(...texts),
});

const law: AlignDocument = {
  file: 'transfer-law',
  title: '中华人民共和国促进科技成果转化法',
  tier: 'national',
  jurisdiction: '中华人民共和国',
  kind: 'law',
  authorityLevel: 'law',
  articles: articles('国家鼓励研究开发机构、高等院校采取转让、许可或者作价投资等方式，向企业转移科技成果。'),
};
const smeLaw: AlignDocument = {
  ...law,
  file: 'sme-law',
  title: '中华人民共和国中小企业促进法',
  articles: articles('国家对中小企业的创业用地给予保障，县级以上人民政府应当安排中小企业用地。'),
};
// Its article turns on the transfer of results; the land clause it adds is the words an unrelated regulation shares.
const beijing = regulation('beijing-transfer', '北京市', '促进科技成果转化条例', '中华人民共和国促进科技成果转化法', [
  '研究开发机构、高等院校可以采取转让、许可方式转化科技成果，对转化项目用地予以保障，优先安排用地计划。',
]);
const shanghai = regulation('shanghai-transfer', '上海市', '促进科技成果转化条例', '中华人民共和国促进科技成果转化法', [
  '本市研究开发机构、高等院校可以采取转让、许可或者作价投资方式，向企业转移科技成果。',
  '市科技主管部门负责本市科技成果转化工作的统筹协调，推动科技成果转化。',
]);
const shanghaiSme = regulation('shanghai-sme', '上海市', '促进中小企业发展条例', '中华人民共和国中小企业促进法', [
  '市和区人民政府对中小企业项目用地予以保障，优先安排用地计划。',
]);
// 北京's own other regulation, with the same clause: no peer of 北京's text.
const beijingOther = regulation('beijing-science', '北京市', '科学技术进步条例', '中华人民共和国科学技术进步法', [
  '研究开发机构、高等院校可以采取转让、许可、作价投资等方式转化科技成果，市和区人民政府对转化项目用地予以保障。',
]);
const docs = [law, smeLaw, beijing, shanghai, shanghaiSme, beijingOther];
const index = createSourceIndex(docs);
const asked = { file: beijing.file, path: 'a1' };

describe('sources of scope PEER', () => {
  test('a text of the same place is no peer, however alike', () => {
    const files = rankSources(index, asked, { scope: 'PEER', limit: 10 }).map((s) => s.file);
    expect(files).not.toContain(beijingOther.file);
    expect(files).toContain(shanghai.file);
  });

  test('the siblings are the peers resting on what the text rests on', () => {
    expect(peerSiblings(docs, beijing.file, [law.file])).toEqual([shanghai.file]);
    expect(peerSiblings(docs, beijing.file, [])).toEqual([]);
  });

  test('with its siblings lifted, the regulation of the same law comes first', () => {
    const alone = rankSources(index, asked, { scope: 'PEER', limit: 3 });
    expect(alone.map((s) => `${s.file} ${s.path}`)[0]).toBe('shanghai-sme a1');
    const siblings = peerSiblings(docs, beijing.file, [law.file]);
    const ranked = rankSources(index, asked, { scope: 'PEER', limit: 3, siblings });
    expect(ranked.map((s) => `${s.file} ${s.path}`)[0]).toBe('shanghai-transfer a1');
    expect(ranked[0]!.sharesParent).toBe(true);
  });

  test('scope ALL gives each source as UPPER or PEER gives it, merged by score with the lift of each', () => {
    const siblings = peerSiblings(docs, beijing.file, [law.file]);
    const options = { limit: 10, parents: [law.file], siblings };
    const upper = rankSources(index, asked, { ...options, scope: 'UPPER' });
    const peer = rankSources(index, asked, { ...options, scope: 'PEER' });
    const all = rankSources(index, asked, { ...options, scope: 'ALL' });
    const unranked = ({ rank: _, ...m }: (typeof all)[number]) => m;
    const byPlace = (ms: typeof all) =>
      ms.map(unranked).sort((x, y) => `${x.file}${x.path}`.localeCompare(`${y.file}${y.path}`));
    expect(all).toHaveLength(upper.length + peer.length);
    expect(byPlace(all)).toEqual(byPlace([...upper, ...peer]));
    const lifted = (m: (typeof all)[number]) => m.score + (m.inParent || m.sharesParent ? 0.3 : 0);
    expect(all.map(lifted)).toEqual([...all.map(lifted)].sort((x, y) => y - x));
    expect(all.find((m) => m.file === shanghai.file && m.path === 'a1')).toMatchObject({ sharesParent: true });
    expect(all.find((m) => m.file === law.file)).toMatchObject({ inParent: true });
  });
});

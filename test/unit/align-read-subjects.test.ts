import { describe, expect, test } from 'vitest';
import { readSubjects } from '../../align/read-subjects.ts';

const names = (text: string) => [...readSubjects(text).entries()].map(([name, span]) => `${name}:${span.text}`);

describe('readSubjects: who a provision is about, outside government', () => {
  test('heads take the words before them; names come out canonical; a known compound is taken whole', () => {
    expect(names('政府设立的医疗卫生机构、高等院校和研发机构')).toEqual([
      '医疗卫生机构:医疗卫生机构',
      '高等学校:高等院校',
      '研究开发机构:研发机构',
    ]);
    expect(names('社会团体、民办非企业单位和村民委员会')).toEqual([
      '社会团体:社会团体',
      '民办非企业单位:民办非企业单位',
      '村民委员会:村民委员会',
    ]);
    expect(names('侵犯科学技术研究开发机构自主权')).toEqual(['研究开发机构:科学技术研究开发机构']);
    expect(names('用人单位应当与劳动者订立劳动合同')).toEqual(['用人单位:用人单位', '劳动者:劳动者']);
  });

  test('government, its people, verbs and references back are no subjects', () => {
    expect(names('县级以上人民政府有关部门和人民法院、流域管理机构')).toEqual([]);
    expect(names('常务委员会组成人员和有关部门及其工作人员')).toEqual([]);
    // 组织 as a verb; 本单位 points back.
    expect(names('依法组织实施农业技术推广，收入留归本单位')).toEqual([]);
    // A subject word that names a facility is no subject.
    expect(names('支持建设国家企业技术中心')).toEqual([]);
    expect(names('鼓励企业承担项目')).toEqual(['企业:企业']);
    // jieba's cuts: 及其 + 他 + 组织 is 其他组织; 经 + 所在单位 is 所在单位 (the 北京 compare table, after the review).
    expect(names('高等院校及其他组织共同实施，经所在单位同意')).toEqual([
      '高等学校:高等院校',
      '组织:组织',
      '所在单位:所在单位',
    ]);
    // 组织 as a verb after a subject (found in review).
    expect(names('由用人单位组织实施培训，行业协会组织制定团体标准')).toEqual([
      '用人单位:用人单位',
      '行业协会:行业协会',
    ]);
    // 有关, 其他, 任何 say which, not who.
    expect(names('任何单位和个人或者其他组织')).toEqual(['单位:单位', '个人:个人', '组织:组织']);
  });
});

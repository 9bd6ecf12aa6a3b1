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
    // 有关, 其他, 任何 say which, not who; 各方主体 names no one (the compare table of 北京 科技成果转化, 2026-12-05).
    expect(names('任何单位和个人或者其他组织')).toEqual(['单位:单位', '个人:个人', '组织:组织']);
    expect(names('调动各方主体的积极性')).toEqual([]);
  });

  test('who answers for a subject in a penalty clause, and staff as such, are no subjects of their own', () => {
    expect(names('对直接负责的主管人员和其他直接责任人员依法给予处分')).toEqual([]);
    expect(names('对单位负责人处一万元罚款；法定代表人不得兼任')).toEqual(['单位:单位']);
    // …but a kind of staff named by its body still is one.
    expect(names('医疗机构工作人员不得泄露患者隐私')).toEqual([
      '医疗机构:医疗机构',
      '医疗机构工作人员:医疗机构工作人员',
      '患者:患者',
    ]);
  });

  test('subjects jieba cuts into words that are no subjects alone, and firms and co-operatives', () => {
    expect(names('国家鼓励社会力量开展培训，吸引社会资本投入')).toEqual(['社会力量:社会力量', '社会资本:社会资本']);
    expect(names('具体职数由村民会议确定')).toEqual(['村民会议:村民会议']);
    expect(names('银行、供销合作社和律师事务所')).toEqual([
      '银行:银行',
      '供销合作社:供销合作社',
      '律师事务所:律师事务所',
    ]);
    expect(names('保障公众健康和人民群众生命财产安全')).toEqual(['公众:公众', '群众:群众']);
    // A protected site named like a body (the first scope reading, item 39).
    expect(names('在全国重点文物保护单位周围，文物收藏单位应当')).toEqual(['文物收藏单位:文物收藏单位']);
  });

  test('a head takes up to two more words that say what kind, but no verb, place or subject', () => {
    expect(names('房地产开发企业和本市文物收藏单位')).toEqual([
      '房地产开发企业:房地产开发企业',
      '文物收藏单位:文物收藏单位',
    ]);
    expect(names('鼓励科技型中小企业，支持农业科研单位')).toEqual([
      '科技型中小企业:科技型中小企业',
      '农业科研单位:农业科研单位',
    ]);
    // 吸纳 is a verb; terms of art jieba cuts apart are found whole.
    expect(names('吸纳就业困难人员的农民专业合作社')).toEqual([
      '就业困难人员:就业困难人员',
      '农民专业合作社:农民专业合作社',
    ]);
    // Found in review: a place in front (上海市 is tagged a place), a bank's account, a form of project, the central bank.
    expect(names('上海市企业开立银行账户，政府和社会资本合作项目，商业银行和中国人民银行')).toEqual([
      '企业:企业',
      '商业银行:商业银行',
    ]);
  });
});

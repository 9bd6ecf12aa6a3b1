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

  test('places and relations named by lists of subjects are no subjects (the first and third scope readings)', () => {
    // A list ending in 等… and a kind of place: who stands in it is not who the rule binds.
    expect(
      names('禁止在居民住宅区等人口密集区域和医院、学校、幼儿园、养老机构等其他需要特殊保护的区域从事露天喷漆'),
    ).toEqual([]);
    expect(names('企业等市场主体在本区域内')).toEqual(['企业:企业', '市场主体:市场主体']);
    // Kin in a list ending in 关系; but not a subject and a clause that ends in 关系.
    expect(names('当选成员是夫妻、父母、子女或者兄弟姐妹关系的')).toEqual([]);
    expect(names('用人单位与劳动者建立劳动关系')).toEqual(['用人单位:用人单位', '劳动者:劳动者']);
    expect(names('企业应当在医院、学校周边设置；不列入选民名单')).toEqual(['企业:企业']);
  });

  test('a whole subject inside a longer word, kin, and bodies that are no verbs', () => {
    expect(names('保证城乡居民饮用水安全，送达同住成年家属，其近亲属有权')).toEqual([
      '城乡居民:城乡居民',
      '家属:家属',
      '近亲属:近亲属',
    ]);
    // 服务 + 组织 is a body even before 建设; 企业事业单位 names two kinds (after the review); a 妇女联合会 is one.
    expect(names('为农业机械服务组织建设农业机械库房提供便利')).toEqual(['农业机械服务组织:农业机械服务组织']);
    expect(names('企业事业单位和其他生产经营者应当承担扬尘污染防治主体责任')).toEqual([
      '企业:企业',
      '事业单位:事业单位',
      '生产经营者:生产经营者',
    ]);
    // A bare head after 等 sums up the list; whoever broke the rule is no kind of person.
    expect(names('通知居民委员会、村民委员会和妇女联合会等有关组织，由违法者承担费用')).toEqual([
      '居民委员会:居民委员会',
      '村民委员会:村民委员会',
      '妇女联合会:妇女联合会',
    ]);
  });

  test('组织 after the body that organises, or after 按照规定, is a verb; 行业组织 stays a body (third scope reading)', () => {
    expect(names('村民委员会组织村民讨论，要求被督导单位组织自评')).toEqual([
      '村民委员会:村民委员会',
      '村民:村民',
      '督导单位:督导单位',
    ]);
    expect(names('土地使用权人应当按照规定组织土壤污染状况调查')).toEqual(['土地使用权人:土地使用权人']);
    expect(names('行业组织开展行业自律')).toEqual(['行业组织:行业组织']);
  });

  test("a head joined to government is government's, and a short name the text gives is no new subject", () => {
    expect(names('可以向外商投资部门或者机构（以下简称投诉工作机构）投诉。投诉工作机构应当及时处理')).toEqual([]);
    // The short name's words inside the full name before it still count.
    expect(names('中小企业公共服务机构（以下简称“服务机构”）应当。服务机构应当')).toEqual([
      '中小企业:中小企业',
      '公共服务机构:公共服务机构',
    ]);
  });

  test('who acts for government, a school its graduates come from, and what a person word only qualifies (fourth reading)', () => {
    expect(names('由城市绿化行政主管部门或者其授权的单位责令停止侵害')).toEqual([]);
    // 国家机构 are the state's organs (a 家庭教育指导机构 is no government, so 指导机构 is not either: 机构 stays).
    expect(names('全国人民代表大会制定国家机构的基本法律')).toEqual([]);
    expect(names('各级师范学校毕业生，应当从事教育教学工作')).toEqual(['毕业生:毕业生']);
    expect(names('将其身份信息等个人基本信息注册，经营港口旅客运输服务')).toEqual([]);
  });

  test('found in review: what the new rules took too far', () => {
    // A relation list is not 利害关系人; 等 before a verb, or inside 高等, or across a comma, ends no list of places.
    expect(names('当事人、利害关系人可以申请复议')).toEqual(['当事人:当事人', '关系人:关系人']);
    expect(names('鼓励企业、社会组织等参与民族地区发展')).toEqual(['企业:企业', '社会组织:社会组织']);
    expect(names('国家鼓励企业和个人等，通过多种方式支持民族地区发展')).toEqual(['企业:企业', '个人:个人']);
    expect(names('鼓励高等学校毕业生到农村地区')).toEqual(['毕业生:毕业生']);
    expect(names('企业和学校等单位在本区域内开展')).toEqual(['企业:企业', '学校:学校']);
    // 组织 after a person word is a body; a school joined to a department is no government; a list of trades keeps its
    // 单位; one entrusted by a firm is no government's.
    expect(names('消费者组织不得从事商品经营')).toEqual(['消费者组织:消费者组织']);
    expect(names('教育行政部门和学校应当')).toEqual(['学校:学校']);
    expect(names('新闻、出版、广播、电视等单位应当')).toEqual(['单位:单位']);
    expect(names('由建设单位或者其委托的单位实施')).toEqual(['建设单位:建设单位', '单位:单位']);
    // 运输 alone is a verb; the civil law's 行为人 is a person; 落实企业主体责任 names 企业; 以下统称 is a short name too, and
    // an empty one ends.
    expect(names('承运单位运输烟花爆竹')).toEqual(['承运单位:承运单位']);
    expect(names('行为人可以明示或者默示作出意思表示')).toEqual(['行为人:行为人']);
    expect(names('落实企业主体责任')).toEqual(['企业:企业']);
    expect(names('国有企业（以下统称国有企业）应当；机构（以下简称“”）')).toEqual(['国有企业:国有企业', '机构:机构']);
  });

  test('a subject does not take the verb that governs it (the compare table of 北京 科技成果转化 and 中小企业)', () => {
    expect(names('发挥企业、研发机构等创新主体作用，明确专门机构或者专门人员负责')).toEqual([
      '企业:企业',
      '研究开发机构:研发机构',
      '专门机构:专门机构',
      '专门人员:专门人员',
    ]);
    expect(names('促进中小企业发展，建设研发机构，以企业为主体，未经单位同意')).toEqual([
      '中小企业:中小企业',
      '研究开发机构:研发机构',
      '企业:企业',
      '单位:单位',
    ]);
    expect(names('自行组织或者指导科技成果完成人；执行研究开发机构的工作任务，利用上述单位的物质技术条件')).toEqual([
      '研究开发机构:研究开发机构',
      '单位:单位',
    ]);
    // …but a bare head keeps the verb that says what kind, and a subject the noun that does.
    expect(names('承办单位和排污单位，科技型中小企业')).toEqual([
      '承办单位:承办单位',
      '排污单位:排污单位',
      '科技型中小企业:科技型中小企业',
    ]);
  });
});

// Tester E (/tmp/explore-e/REPORT.md, defect 7): 江门市扬尘污染防治条例 第三十条 / 大气污染防治法 第二十九条 (被检查者),
// 广东省大气污染防治条例 第七十一条 (组织拆除), 广东 土壤 办法 第三十五条 (评估报告组织评审), 镇坪/杭州 政务新媒体 方案
// (市级单位, 内设机构, 直属机构).
describe('readSubjects: verbs, the inspected and government units (tester E)', () => {
  test.each([
    ['被检查者应当如实反映情况，提供必要的资料', []],
    ['市级单位、县级单位应当开设账号；各单位内设机构、直属机构原则上不开设', ['单位']],
    ['县级以上人民政府应当组织拆除燃煤供热锅炉', []],
    ['评估报告组织评审', []],
    ['被调查单位和个人应当配合质量调查工作', ['调查单位', '个人']],
  ])('%s', (text, subjects) => {
    expect([...readSubjects(text).keys()]).toEqual(subjects);
  });
});

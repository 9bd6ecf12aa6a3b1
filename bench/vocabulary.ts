/**
 * Word lists the corpus generator composes documents from: jurisdictions with their document-number codes, agency
 * abbreviations with their full names, sentence fragments, stock phrases and the debris of dirty copies.
 */

/** A provincial-level jurisdiction, how its departments are prefixed, and its cities. */
export interface ProvinceSpec {
  name: string;
  /** 自治区 / 省: the prefix its department abbreviations take. */
  prefix: string;
  /** The short name used in "结合广西实际". */
  short: string;
  codes: string[];
  cities: { name: string; codes: string[] }[];
}

/** Provinces and cities used by the generator (real names, synthetic documents). */
export const PROVINCES: ProvinceSpec[] = [
  {
    name: '广西壮族自治区',
    prefix: '自治区',
    short: '广西',
    codes: ['桂政发', '桂政办发', '桂科规'],
    cities: [
      { name: '柳州市', codes: ['柳政规', '柳政发', '柳政办发'] },
      { name: '南宁市', codes: ['南府发', '南府规'] },
      { name: '桂林市', codes: ['市政发', '桂市政办发'] },
      { name: '梧州市', codes: ['梧政发'] },
      { name: '北海市', codes: ['北政发'] },
    ],
  },
  {
    name: '广东省',
    prefix: '省',
    short: '广东',
    codes: ['粤府', '粤府办', '粤科规'],
    cities: [
      { name: '广州市', codes: ['穗府', '穗府办规'] },
      { name: '深圳市', codes: ['深府', '深府办规'] },
      { name: '佛山市', codes: ['佛府', '佛府办'] },
      { name: '东莞市', codes: ['东府'] },
    ],
  },
  {
    name: '浙江省',
    prefix: '省',
    short: '浙江',
    codes: ['浙政发', '浙政办发'],
    cities: [
      { name: '杭州市', codes: ['杭政', '杭政办'] },
      { name: '宁波市', codes: ['甬政发'] },
      { name: '温州市', codes: ['温政发'] },
      { name: '嘉兴市', codes: ['嘉政发'] },
    ],
  },
  {
    name: '江苏省',
    prefix: '省',
    short: '江苏',
    codes: ['苏政发', '苏政办发'],
    cities: [
      { name: '南京市', codes: ['宁政发'] },
      { name: '苏州市', codes: ['苏府'] },
      { name: '无锡市', codes: ['锡政发'] },
      { name: '常州市', codes: ['常政发'] },
    ],
  },
  {
    name: '四川省',
    prefix: '省',
    short: '四川',
    codes: ['川府发', '川办发'],
    cities: [
      { name: '成都市', codes: ['成府发'] },
      { name: '绵阳市', codes: ['绵府发'] },
      { name: '德阳市', codes: ['德府发'] },
    ],
  },
  {
    name: '湖北省',
    prefix: '省',
    short: '湖北',
    codes: ['鄂政发', '鄂政办发'],
    cities: [
      { name: '武汉市', codes: ['武政'] },
      { name: '襄阳市', codes: ['襄政发'] },
      { name: '宜昌市', codes: ['宜府发'] },
    ],
  },
  {
    name: '山东省',
    prefix: '省',
    short: '山东',
    codes: ['鲁政发', '鲁政办发'],
    cities: [
      { name: '济南市', codes: ['济政发'] },
      { name: '青岛市', codes: ['青政发'] },
      { name: '烟台市', codes: ['烟政发'] },
    ],
  },
  {
    name: '河南省',
    prefix: '省',
    short: '河南',
    codes: ['豫政', '豫政办'],
    cities: [
      { name: '郑州市', codes: ['郑政'] },
      { name: '洛阳市', codes: ['洛政'] },
    ],
  },
];

/** National issuers and their number codes. */
export const NATIONAL_ISSUERS = [
  { issuer: '国务院', codes: ['国发'] },
  { issuer: '国务院办公厅', codes: ['国办发'] },
  { issuer: '科技部', codes: ['国科发'] },
];

/** First and second characters of county and district names (each name is unique in a corpus: 永川县, 安溪区). */
export const COUNTY_FIRST = [
  '永',
  '安',
  '宁',
  '平',
  '兴',
  '富',
  '长',
  '临',
  '清',
  '龙',
  '云',
  '青',
  '江',
  '新',
  '东',
  '西',
  '南',
  '北',
  '融',
  '德',
];
export const COUNTY_SECOND = [
  '城',
  '江',
  '山',
  '川',
  '源',
  '阳',
  '安',
  '宁',
  '丰',
  '兴',
  '林',
  '溪',
  '水',
  '湖',
  '泉',
  '台',
  '乐',
  '远',
  '华',
  '昌',
];

/** A department abbreviation (after its 市/省/自治区 prefix) and its full official name (after the jurisdiction). */
export interface AgencySpec {
  short: string;
  full: string;
}

/** Departments by tier; the national ones are written in full. */
export const AGENCIES: Record<'national' | 'provincial' | 'municipal' | 'county', AgencySpec[]> = {
  national: [
    { short: '科技部', full: '科学技术部' },
    { short: '国家发展改革委', full: '国家发展和改革委员会' },
    { short: '工业和信息化部', full: '工业和信息化部' },
    { short: '财政部', full: '财政部' },
    { short: '自然资源部', full: '自然资源部' },
    { short: '生态环境部', full: '生态环境部' },
    { short: '商务部', full: '商务部' },
    { short: '教育部', full: '教育部' },
    { short: '人力资源社会保障部', full: '人力资源和社会保障部' },
    { short: '市场监管总局', full: '国家市场监督管理总局' },
  ],
  provincial: [
    { short: '科技厅', full: '科学技术厅' },
    { short: '发展改革委', full: '发展和改革委员会' },
    { short: '工业和信息化厅', full: '工业和信息化厅' },
    { short: '财政厅', full: '财政厅' },
    { short: '自然资源厅', full: '自然资源厅' },
    { short: '生态环境厅', full: '生态环境厅' },
    { short: '商务厅', full: '商务厅' },
    { short: '教育厅', full: '教育厅' },
    { short: '人力资源社会保障厅', full: '人力资源和社会保障厅' },
    { short: '市场监管局', full: '市场监督管理局' },
  ],
  municipal: [
    { short: '科技局', full: '科学技术局' },
    { short: '发展改革委', full: '发展和改革委员会' },
    { short: '工业和信息化局', full: '工业和信息化局' },
    { short: '财政局', full: '财政局' },
    { short: '自然资源和规划局', full: '自然资源和规划局' },
    { short: '生态环境局', full: '生态环境局' },
    { short: '商务局', full: '商务局' },
    { short: '教育局', full: '教育局' },
    { short: '人力资源社会保障局', full: '人力资源和社会保障局' },
    { short: '市场监管局', full: '市场监督管理局' },
  ],
  county: [
    { short: '科技局', full: '科学技术局' },
    { short: '发展改革局', full: '发展和改革局' },
    { short: '工业和信息化局', full: '工业和信息化局' },
    { short: '财政局', full: '财政局' },
    { short: '自然资源局', full: '自然资源局' },
    { short: '商务局', full: '商务局' },
    { short: '市场监管局', full: '市场监督管理局' },
  ],
};

/** Collectives that may close a cooperating list, by tier. */
export const COLLECTIVES: Record<'national' | 'provincial' | 'municipal' | 'county', string[]> = {
  national: ['各省级人民政府'],
  provincial: ['各市人民政府', '各设区市人民政府'],
  municipal: ['各县区人民政府'],
  county: ['各乡镇人民政府'],
};

/** Topics a document can be about: title fragment and the domain word its articles lean on. */
export const TOPICS = [
  '高新技术产业开发区高质量发展',
  '科技创新',
  '科技成果转化',
  '高新技术企业培育',
  '科技型中小企业发展',
  '新型研发机构建设',
  '产业技术创新',
  '知识产权强市建设',
  '创新人才引进培养',
  '科技金融融合发展',
  '数字经济发展',
  '先进制造业集群发展',
  '绿色低碳发展',
  '开放创新合作',
  '营商环境优化',
  '创新创业生态建设',
  '战略性新兴产业发展',
  '传统产业转型升级',
  '园区体制机制改革',
  '产学研深度融合',
];

/** Endings of titles and the kind they make. */
export const TITLE_FORMS = [
  { prefix: '关于促进', suffix: '的若干措施', kind: 'measures' },
  { prefix: '关于加快', suffix: '的实施意见', kind: 'opinions' },
  { prefix: '关于推进', suffix: '的若干意见', kind: 'opinions' },
  { prefix: '', suffix: '三年行动方案', kind: 'plan' },
  { prefix: '关于支持', suffix: '的若干政策', kind: 'measures' },
];

/** Lead-in verbs of a heading or a sentence. */
export const LEAD_INS = ['支持', '鼓励', '推动', '引导', '加快', '大力', '积极', '着力', '全面', '持续'];
/** Verbs that take an actor: 支持企业建设…. */
export const SENTENCE_LEADS = ['支持', '鼓励', '推动', '引导', '组织', '动员'];
/** Actions. */
export const ACTIONS = [
  '建设',
  '培育',
  '打造',
  '引进',
  '布局',
  '完善',
  '提升',
  '壮大',
  '优化',
  '推进',
  '深化',
  '实施',
  '加强',
  '设立',
  '探索',
  '发展',
  '健全',
  '落实',
];
/** Actors. */
export const SUBJECTS = [
  '企业',
  '高新区',
  '高校',
  '科研院所',
  '龙头企业',
  '科技型中小企业',
  '高新技术企业',
  '新型研发机构',
  '科技企业孵化器',
  '众创空间',
  '产业园区',
  '金融机构',
  '创业投资机构',
  '行业协会',
  '骨干企业',
  '专精特新企业',
];
/** Objects of actions; the heading vocabulary. */
export const OBJECTS = [
  '国家重点实验室',
  '技术创新中心',
  '工程研究中心',
  '中试基地',
  '产业技术研究院',
  '科技企业孵化器',
  '知识产权运营平台',
  '科技成果转化中心',
  '创新联合体',
  '特色产业集群',
  '人才引进机制',
  '首台套重大技术装备',
  '绿色低碳园区',
  '数字化转型服务平台',
  '概念验证中心',
  '技术转移机构',
  '产业投资基金',
  '创新创业大赛',
  '科技金融服务体系',
  '知识产权质押融资',
  '产业链协同创新',
  '高层次人才团队',
  '国际科技合作基地',
  '大型科研仪器共享平台',
  '专利导航服务',
  '标准化试点',
  '企业研发准备金制度',
  '科技特派员制度',
  '园区综合评价体系',
  '智慧园区',
];
/** Framing clauses placed before a sentence. */
export const MODIFIERS = [
  '面向战略性新兴产业',
  '围绕主导产业链',
  '聚焦关键核心技术',
  '依托现有园区',
  '按照市场化原则',
  '坚持需求导向',
  '立足区域优势',
  '以企业为主体',
  '对标国内先进地区',
  '结合产业发展需要',
  '统筹存量和增量',
  '着眼长远发展',
];
/** Purpose clauses placed after a sentence. */
export const PURPOSES = [
  '提升自主创新能力',
  '增强产业竞争力',
  '促进创新资源集聚',
  '加速科技成果产业化',
  '推动产业迈向中高端',
  '营造良好创新生态',
  '激发市场主体活力',
  '推动高质量发展',
  '形成示范带动效应',
  '提高资源配置效率',
];
/** Paraphrase pairs: a lower tier often swaps these. */
export const SYNONYMS: [string, string][] = [
  ['支持', '鼓励'],
  ['加快', '加速'],
  ['推动', '促进'],
  ['建设', '打造'],
  ['提升', '提高'],
  ['加强', '强化'],
  ['完善', '健全'],
  ['积极', '大力'],
  ['高新区', '高新技术产业开发区'],
  ['培育', '扶持'],
];
/** Stock phrases that recur in every tier and say little. */
export const STOCK_PHRASES = [
  '各县区人民政府要高度重视，建立健全工作机制，切实抓好落实。',
  '各有关部门要按照职责分工，密切配合，形成工作合力。',
  '确保各项政策措施落地见效。',
  '推动高质量发展取得新成效。',
  '加强督促检查，及时总结推广经验做法。',
];
/** Part headings. */
export const PART_HEADINGS = [
  '提升自主创新能力',
  '发展壮大高新技术产业',
  '优化创新创业生态',
  '加大开放创新力度',
  '强化要素保障',
  '深化体制机制改革',
  '推进园区科学规划建设',
  '培育壮大创新主体',
  '集聚高端创新资源',
  '加强组织实施',
  '推动绿色低碳发展',
  '促进科技金融融合',
];
/** Quantified target metrics and their units. */
export const METRICS = [
  { metric: '高新技术企业数量', unit: '家' },
  { metric: '国家级创新平台数量', unit: '个' },
  { metric: '全社会研发经费投入强度', unit: '%' },
  { metric: '技术合同成交额', unit: '亿元' },
  { metric: '科技型中小企业数量', unit: '家' },
  { metric: '高新技术产业增加值占比', unit: '%' },
];
/** Obligation words. */
export const OBLIGATIONS = ['必须', '应当', '可以', '鼓励'];
/** Lines of web and social-media debris found inside copied texts. */
export const SPAM_LINES = [
  '微信扫码关注该文公众号作者',
  '戳这里提交新闻线索和高质量文章给我们。',
  '来源: qq',
  '点击查看作者最近其他文章',
  '【打印本页】 【关闭窗口】',
  '扫一扫在手机打开当前页',
];
/** Simplified → traditional swaps seen in dirty copies. */
export const TRADITIONAL: [string, string][] = [
  ['关于', '關於'],
  ['号', '號'],
  ['发展', '發展'],
  ['国', '國'],
  ['区', '區'],
  ['业', '業'],
];
/** Pinyin injected after characters: 关(guān)于. */
export const PINYIN: [string, string][] = [
  ['关', 'guān'],
  ['创', 'chuàng'],
  ['新', 'xīn'],
  ['业', 'yè'],
];

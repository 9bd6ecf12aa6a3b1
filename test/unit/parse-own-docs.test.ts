// Exact expectations for the parser's own test texts in test/data/docs/ (formats the corpus lacks).
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { readPolicyFile, type PolicyDocument } from '../../import/index.ts';

const doc = (name: string): Promise<PolicyDocument> =>
  readPolicyFile(fileURLToPath(new URL(`../data/docs/${name}`, import.meta.url)), { file: name });
const codes = (d: PolicyDocument): [number, string][] => d.issues.map((i) => [i.line, i.code]);

describe('hunan-hitech-zone-measures-chapters.txt: a 办法 with 第一章/第一条 inside an issuing notice', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await doc('hunan-hitech-zone-measures-chapters.txt');
  });

  test('metadata', () => {
    expect(d).toMatchObject({
      title: '湖南省高新技术产业开发区管理办法',
      noticeTitle: '湖南省人民政府办公厅关于印发《湖南省高新技术产业开发区管理办法》的通知',
      docNumber: '湘政办发〔2021〕35号',
      issuer: '湖南省人民政府办公厅',
      jurisdiction: '湖南省',
      tier: 'provincial',
      kind: 'measures',
      issuedOn: '2021-06-18',
      effectiveOn: '2021-07-01',
      publicRelease: true,
      addressees: ['各市州人民政府', '省政府各厅委、各直属机构'],
    });
    expect(codes(d)).toEqual([]);
  });

  test('chapters are parts, 第N条 are articles, （一） inside an article are items', () => {
    expect(d.parts.map((p) => [p.label, p.heading, p.articles.length])).toEqual([
      ['第一章', '总则', 2],
      ['第二章', '规划与建设', 2],
      ['第三章', '附则', 1],
    ]);
    expect(d.articles.map((a) => [a.number, a.label, a.path, a.heading])).toEqual([
      [1, '第一条', 'p1/a1', ''],
      [2, '第二条', 'p1/a2', ''],
      [3, '第三条', 'p2/a3', ''],
      [4, '第四条', 'p2/a4', ''],
      [5, '第五条', 'p3/a5', ''],
    ]);
    expect(d.articles[1]!.text).toBe('本办法适用于本省行政区域内经国务院或者省人民政府批准设立的高新区。');
    expect(d.articles[3]!.items).toEqual([
      { number: 1, label: '（一）', text: '孵化面积不少于1万平方米；', path: 'p2/a4/i1', items: [] },
      { number: 2, label: '（二）', text: '在孵企业不少于50家。', path: 'p2/a4/i2', items: [] },
    ]);
  });

  test('citations typed based_on (根据 … 和 …), short title, targets, money, obligations, events', () => {
    expect(d.citations.map((c) => [c.title, c.docNumber, c.relation])).toEqual([
      ['中华人民共和国科学技术进步法', undefined, 'based_on'],
      ['国务院关于促进国家高新技术产业开发区高质量发展的若干意见', '国发〔2020〕7号', 'based_on'],
    ]);
    expect(d.shortTitles).toEqual([{ short: '高新区', full: '高新技术产业开发区' }]);
    expect(
      d.goals.map(({ kind, year, metric, value, unit, qualifier, articlePath }) => ({
        kind,
        year,
        metric,
        value,
        unit,
        qualifier,
        articlePath,
      })),
    ).toEqual([
      {
        kind: 'target',
        year: 2025,
        metric: '全省高新区营业收入',
        value: 3,
        unit: '万亿元',
        qualifier: '以上',
        articlePath: 'p2/a3',
      },
      {
        kind: 'target',
        year: 2025,
        metric: '国家高新区',
        value: 12,
        unit: '个',
        qualifier: undefined,
        articlePath: 'p2/a3',
      },
    ]);
    expect(d.articles[3]!.money).toEqual([
      {
        text: '奖励100万元',
        amountYuan: 1_000_000,
        maxYuan: 1_000_000,
        capped: false,
        caseByCase: false,
        condition: '对新认定的国家级科技企业孵化器',
      },
      {
        text: '给予最高不超过50万元奖励',
        amountYuan: 500_000,
        maxYuan: 500_000,
        capped: true,
        caseByCase: false,
        condition: '对新认定的省级科技企业孵化器',
      },
    ]);
    expect(d.articles.map((a) => a.obligations)).toEqual([[], [], ['应当'], ['鼓励'], []]);
    expect(d.events.map((e) => [e.kind, e.start, e.bodies])).toEqual([
      ['approval', undefined, ['省人民政府']],
      ['effect', '2021-07-01', undefined],
    ]);
  });
});

describe('liucheng-county-measures-no-parts.txt: a county document with only 一、 items', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await doc('liucheng-county-measures-no-parts.txt');
  });

  test('metadata: county tier from the issuer, number code 柳城', () => {
    expect(d).toMatchObject({
      title: '柳城县人民政府关于加快科技创新发展的若干措施',
      docNumber: '柳城政规〔2022〕3号',
      issuer: '柳城县人民政府',
      jurisdiction: '柳城县',
      tier: 'county',
      kind: 'measures',
      issuedOn: '2022-03-15',
      addressees: ['各乡镇人民政府', '县直各单位'],
      publicRelease: false,
    });
    // 县税务局 is 国家税务总局's office in the county, known since 2026-12-07.
    expect(codes(d)).toEqual([]);
  });

  test('no parts: the 一、 items are the articles', () => {
    expect(d.parts).toEqual([]);
    expect(d.articles.map((a) => [a.number, a.label, a.path, a.partNumber, a.heading])).toEqual([
      [1, '一、', 'a1', undefined, '支持企业研发投入'],
      [2, '二、', 'a2', undefined, '培育高新技术企业'],
      [3, '三、', 'a3', undefined, '强化组织保障'],
    ]);
    expect(d.articles[2]!.text).toBe('各乡镇人民政府、县直各有关单位应当加强协调配合。');
  });

  test('agencies from 〔责任单位〕 and a comma-separated 牵头/配合 bracket', () => {
    expect(d.articles[0]!.leadAgencies.map((a) => [a.name, a.collective])).toEqual([
      ['柳城县科学技术局', false],
      ['柳城县财政局', false],
      ['各乡镇人民政府', true],
    ]);
    expect(d.articles[0]!.cooperatingAgencies).toEqual([]);
    expect(d.articles[1]!.leadAgencies.map((a) => a.name)).toEqual(['柳城县科学技术局']);
    expect(d.articles[1]!.cooperatingAgencies.map((a) => a.name)).toEqual([
      '柳城县工业和信息化局',
      '国家税务总局柳城县税务局',
    ]);
  });

  test('implements the city measures; a target; money with a cap, the threshold left out', () => {
    expect(d.citations).toMatchObject([
      {
        title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
        docNumber: '柳政规〔2021〕18号',
        relation: 'implements',
        line: 5,
      },
    ]);
    expect(d.goals).toMatchObject([
      {
        kind: 'target',
        year: 2025,
        metric: '全县高新技术企业',
        value: 30,
        unit: '家',
        qualifier: '以上',
        articlePath: 'a2',
      },
    ]);
    expect(d.articles[0]!.money).toEqual([
      {
        text: '给予奖励,每家最高不超过50万元',
        amountYuan: 500_000,
        maxYuan: 500_000,
        capped: true,
        caseByCase: false,
        condition: '对年度研发投入超过500万元的企业,按其增量部分的10%',
      },
    ]);
  });
});

describe('guangxi-notice-traditional-pinyin.txt: traditional characters, injected pinyin, 【2021】, a Latin O in the date', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await doc('guangxi-notice-traditional-pinyin.txt');
  });

  test('metadata read after simplification and pinyin removal', () => {
    expect(d).toMatchObject({
      title: '科技强桂三年行动方案',
      noticeTitle: '广西壮族自治区人民政府办公厅关于印发科技强桂三年行动方案的通知',
      docNumber: '桂政办发〔2021〕81号',
      docNumberOriginal: '桂政辦發【2021】 81 號',
      issuer: '广西壮族自治区人民政府办公厅',
      tier: 'provincial',
      kind: 'plan',
      issuedOn: '2021-08-04',
    });
    expect(codes(d)).toEqual([
      [1, 'PINYIN_REMOVED'],
      [1, 'TRADITIONAL_CONVERTED'],
      [4, 'PINYIN_REMOVED'],
      [7, 'PINYIN_REMOVED'],
    ]);
  });

  test('structure, agencies and target in simplified text', () => {
    expect(d.articles.map((a) => [a.path, a.heading, a.text])).toEqual([
      ['p1/a1', '指导思想', '坚持创新驱动发展。'],
      ['p1/a2', '主要目标', '到2023年，全区高新技术企业达到5000家以上。'],
      ['p2/a3', '加强研发平台建设', '对新建的自治区重点实验室给予100万元补助。'],
    ]);
    expect(d.articles[2]!.leadAgencies.map((a) => [a.name, a.asWritten])).toEqual([
      ['广西壮族自治区科学技术厅', '自治区科技厅'],
    ]);
    expect(d.articles[2]!.cooperatingAgencies.map((a) => a.name)).toEqual(['广西壮族自治区财政厅']);
    expect(d.goals).toMatchObject([
      { kind: 'target', year: 2023, metric: '全区高新技术企业', value: 5000, unit: '家', qualifier: '以上' },
    ]);
  });
});

describe('nanning-measures-gb18030.txt: a GB18030-encoded file', () => {
  test('decoded and parsed like UTF-8', async () => {
    const d = await doc('nanning-measures-gb18030.txt');
    expect(d).toMatchObject({
      title: '南宁市关于支持科技企业发展的若干措施',
      docNumber: '南府规〔2022〕5号',
      issuer: '南宁市人民政府',
      tier: 'municipal',
      kind: 'measures',
      issuedOn: '2022-05-20',
    });
    expect(d.parts.map((p) => p.heading)).toEqual(['支持企业创新', '优化服务']);
    expect(d.articles.map((a) => a.heading)).toEqual(['加大研发奖励', '支持平台建设', '提升服务效能']);
    expect(d.articles[0]!.leadAgencies.map((a) => a.name)).toEqual(['南宁市科学技术局']);
    expect(d.articles[0]!.cooperatingAgencies.map((a) => a.name)).toEqual(['南宁市财政局']);
    expect(d.articles[0]!.money).toMatchObject([{ amountYuan: 300_000, capped: false }]);
    expect(codes(d)).toEqual([]);
  });
});

describe('liuzhou-notice-mixed-encoding.txt: a UTF-8 file with a GBK line', () => {
  test('the GBK line is recovered and reported with its line number', async () => {
    const d = await doc('liuzhou-notice-mixed-encoding.txt');
    expect(codes(d)).toEqual([[5, 'MIXED_ENCODING']]);
    expect(d.articles.map((a) => [a.heading, a.text])).toEqual([
      ['提升服务水平', ''],
      ['完善服务体系', '市科技局牵头负责。'],
      ['加强监督检查', ''],
    ]);
  });
});

describe('luzhai-web-copy-debris.txt: a web copy with menus, tags, footer, spam, page number, mojibake, censoring', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await doc('luzhai-web-copy-debris.txt');
  });

  test('every dropped or suspicious line is reported with its line', () => {
    expect(codes(d)).toEqual([
      [1, 'WEB_DEBRIS'],
      [2, 'WEB_DEBRIS'],
      [5, 'PAGE_METADATA'],
      [8, 'CENSORED_TEXT'],
      [9, 'PAGE_NUMBER'],
      [11, 'SPAM_LINE'],
      [12, 'MOJIBAKE'],
      [15, 'WEB_DEBRIS'],
      [16, 'WEB_DEBRIS'],
    ]);
  });

  test('metadata from the page: publication stamp with NBSP and U+3000, source address', () => {
    expect(d).toMatchObject({
      title: '鹿寨县关于促进科技成果转化的实施意见',
      docNumber: '鹿政发〔2021〕9号',
      tier: 'county',
      jurisdiction: '鹿寨县',
      kind: 'opinions',
      publishedOn: '2021-11-02',
      sourceUrl: 'http://www.luzhai.gov.cn/zwgk/zcwj/t5001.shtml',
    });
  });

  test('debris is kept out of the body; suspicious real text stays in it', () => {
    const all = d.articles.map((a) => `${a.heading}\n${a.text}`).join('\n');
    for (const debris of ['首页', '当前位置', '—1—', '加微信', 'tags', '版权所有']) expect(all).not.toContain(debris);
    expect(d.articles.map((a) => a.heading)).toEqual(['建设转化平台', '培育技术经纪人', '加强组织领导']);
    expect(d.articles[1]!.text).toBe('鍔犲揩楂樻柊鍖哄彂灞曪紝');
    expect(d.articles[0]!.cooperatingAgencies.map((a) => [a.name, a.collective])).toEqual([['各县区人民*府', true]]);
    expect(d.articles[0]!.money).toMatchObject([{ amountYuan: 30_000, maxYuan: 50_000, capped: false }]);
  });
});

import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareProvisions, parseChangeReading, scoreChangeReading } from '../../align/index.ts';
import { evaluateQuantityReading, evaluateScopeReading } from '../../cli/commands/eval-align.ts';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';

// A labelled sample of real pairs (lawrefbook: local regulations against 促进科技成果转化法 2015), each read by hand:
// the changes a reader sees, as [kind, verdict] in the order compareProvisions lists them.
const SAMPLE: [string, string, string, [string, string][]][] = [
  [
    '上海 34 vs 法 45: reward share 70% against 50%',
    '将职务科技成果转让、许可给他人实施的，可以从该项科技成果转让净收入或者许可净收入中提取不低于百分之七十的比例',
    '将该项职务科技成果转让、许可给他人实施的，从该项科技成果转让净收入或者许可净收入中提取不低于百分之五十的比例',
    [
      ['share', 'stricter'],
      ['obligation', 'added'],
    ],
  ],
  [
    '山东 39 vs 法 47: a fine the law does not set',
    '在科技成果转化活动中弄虚作假，采取欺骗手段，骗取奖励或者荣誉称号、诈骗钱财、牟取非法利益的，由县级以上人民政府科学技术行政部门或者其他有关部门依照管理职责责令改正，取消其奖励或者荣誉称号，处一万元以上五万元以下的罚款',
    '违反本法规定，在科技成果转化活动中弄虚作假，采取欺骗手段，骗取奖励和荣誉称号、诈骗钱财、非法牟利的，由政府有关部门依照管理职责责令改正，取消该奖励和荣誉称号，没收违法所得，并处以罚款',
    [
      ['amount', 'added'],
      ['amount', 'added'],
    ],
  ],
  [
    '山东 14 vs 法 18: a minimum publication period added, price-setting duty the same',
    '政府设立的科学技术研究开发机构、高等学校应当通过协议定价、在技术交易市场挂牌交易、拍卖等方式确定科技成果价格。通过协议定价的，应当在本单位公示科技成果名称和拟交易价格等相关信息，公示时间不得少于十五日',
    '国家设立的研究开发机构、高等院校对其持有的科技成果，可以自主决定转让、许可或者作价投资，但应当通过协议定价、在技术交易市场挂牌交易、拍卖等方式确定价格。通过协议定价的，应当在本单位公示科技成果名称和拟交易价格',
    [
      ['deadline', 'added'],
      ['obligation', 'same'],
    ],
  ],
  [
    '北京 44: the rules extended to medical institutions',
    '本条例有关研发机构、高等院校的规定，适用于政府设立的医疗卫生机构',
    '国家设立的研究开发机构、高等院校转化科技成果所获得的收入全部留归本单位',
    [['scope', 'added']],
  ],
  [
    '上海 13 vs 法 38: encouragement against a duty of the guidance fund',
    '本市通过设立创业投资引导基金、风险补偿等方式，引导和支持天使投资机构、创业投资机构投资初创期科技企业',
    '国家鼓励创业投资机构投资科技成果转化项目。国家设立的创业投资引导基金，应当引导和支持创业投资机构投资初创期科技型中小企业',
    // 天使投资机构 added (read as 投资机构, the same kind as 创业投资机构, while a head took one word), 初创期科技企业
    // for 初创期科技型中小企业.
    [
      ['obligation', 'looser'],
      ['scope', 'added'],
      ['scope', 'added'],
      ['scope', 'dropped'],
    ],
  ],
  [
    '河南 41 vs 法 86: an R&D share target by a year',
    '到2000年，全社会研究开发经费占全省国内生产总值的比例达到百分之一点五',
    '全社会科学技术研究开发经费应当占国内生产总值适当的比例，并逐步提高',
    [
      ['share', 'added'],
      ['year', 'added'],
      ['obligation', 'dropped'],
    ],
  ],
  [
    'deadline shortened (fixture)',
    '应当在十五个工作日内作出决定',
    '应当在三十个工作日内作出决定',
    [
      ['deadline', 'stricter'],
      ['obligation', 'same'],
    ],
  ],
  ['subsidy cap lowered (fixture)', '给予最高不超过300万元补助', '给予最高不超过500万元补助', [['amount', 'stricter']]],
];

describe('compareProvisions on a labelled sample', () => {
  test.each(SAMPLE)('%s', (_name, lower, upper, expected) => {
    const changes = compareProvisions(lower, upper);
    expect(changes.map((c) => [c.kind, c.verdict])).toEqual(expected);
    for (const c of changes) {
      if (c.lower) expect(lower.slice(c.lower.start, c.lower.end)).toBe(c.lower.text);
      if (c.upper) expect(upper.slice(c.upper.start, c.upper.end)).toBe(c.upper.text);
    }
  });

  test('a fine is paired with the fine of the same act and whom, and a higher cap of a fine is stricter', () => {
    const numbers = (lower: string, upper: string) =>
      compareProvisions(lower, upper)
        .filter((c) => c.kind === 'amount')
        .map((c) => `${c.verdict} ${c.lower?.text ?? '-'} ${c.upper?.text ?? '-'}`);
    // The same two subjects in the other order: each fine against its own, not the first against the first.
    expect(
      numbers(
        '对个人处一千元以上五千元以下罚款；对单位处二万元以上十万元以下罚款。',
        '对单位处一万元以上十万元以下罚款，对个人处五百元以上五千元以下罚款。',
      ),
    ).toEqual(['stricter 一千元 五百元', 'same 五千元 五千元', 'stricter 二万元 一万元', 'same 十万元 十万元']);
    // Before, a higher maximum fine read as looser (a cap): 十万元 against 五万元.
    expect(numbers('处一万元以上十万元以下罚款', '处五千元以上五万元以下罚款')).toEqual([
      'stricter 一万元 五千元',
      'stricter 十万元 五万元',
    ]);
    // A fine for another act, in a sentence that shares too little, is no counterpart: added and dropped.
    expect(
      numbers(
        '违反本条例规定，在景区内擅自设置广告的，责令限期拆除，处五百元以上二千元以下罚款。',
        '未经批准在水源保护区内新建排污口的，由环境保护主管部门责令拆除，处十万元以上五十万元以下的罚款。',
      ),
    ).toEqual(['added 五百元 -', 'added 二千元 -', 'dropped - 十万元', 'dropped - 五十万元']);
  });

  test('a term of office is no time limit, and working days are shown as working days', () => {
    const times = (lower: string, upper: string) =>
      compareProvisions(lower, upper)
        .filter((c) => c.kind === 'deadline')
        .map((c) => `${c.verdict} ${c.detail}`);
    // 青岛市物业管理条例 第三十六条 against 山东省物业管理条例 第三十条: the second 三日内 was paired with 不超过五年.
    expect(
      times(
        '业主委员会应当自选举产生之日起三日内召开会议，推选主任和副主任，并自推选完成之日起三日内，在物业管理区域内公示业主委员会的办公地点。',
        '业主委员会成员应当由物业服务区域内的业主担任，每届任期不超过五年，可连选连任。\n业主委员会应当自选举产生之日起七日内召开首次会议，在业主委员会成员中推选主任、副主任。',
      ),
    ).toEqual([
      'stricter 3 days vs 7 days (time limit)',
      'added added: 3 days (time limit)',
      'dropped dropped: 1825 days (term)',
    ]);
    // Five working days are no "7 days"; they still count as about a week against a limit in days.
    expect(times('应当在五个工作日内作出决定', '应当在十个工作日内作出决定')).toEqual([
      'stricter 5 working days vs 10 working days (time limit)',
    ]);
    expect(times('应当在五个工作日内作出决定', '应当在十日内作出决定')).toEqual([
      'stricter 5 working days vs 10 days (time limit)',
    ]);
  });

  test('the same range of a fine on both sides pairs even when the act sits in a list item above', () => {
    const numbers = (lower: string, upper: string) =>
      compareProvisions(lower, upper)
        .filter((c) => c.kind === 'amount')
        .map((c) => `${c.verdict} ${c.lower?.text ?? '-'} ${c.upper?.text ?? '-'}`);
    // 临沂市大气污染防治条例 第四十九条 against 山东省大气污染防治条例 第七十一条: added and dropped, both 20000 and 200000.
    expect(
      numbers(
        '违反本条例规定，在大气污染物排放重点控制区、各类工业园区内，除规划的集中供热设施外，新建燃煤机组、燃煤供热锅炉的，由生态环境主管部门责令改正，处二万元以上二十万元以下的罚款。',
        '违反本条例规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令限期拆除锅炉，并处二万元以上二十万元以下的罚款：\n（一）在集中供热管网覆盖区域内，已建成的分散燃煤供热锅炉未在规定的期限内停止使用的；\n（二）除国家和省另有规定外，在城市建成区、开发区、工业园区内，新建额定蒸发量二十吨以下的直接燃煤、重油、渣油锅炉以及直接燃用生物质的锅炉的。',
      ),
    ).toEqual(['same 二万元 二万元', 'same 二十万元 二十万元']);
    // One bound alike is no range alike: a fine for another act stays added and dropped.
    expect(
      numbers(
        '违反本条例规定，在景区内擅自设置广告的，责令限期拆除，处二万元以上五万元以下罚款。',
        '未经批准在水源保护区内新建排污口的，由环境保护主管部门责令拆除，处二万元以上十万元以下的罚款。',
      ),
    ).toEqual(['added 二万元 -', 'added 五万元 -', 'dropped - 二万元', 'dropped - 十万元']);
  });

  test('a target: an earlier year and a higher count are stricter, and the detail says no "cap" of a year', () => {
    expect(
      compareProvisions('到2025年，全市高新技术企业达到1000家以上', '到2030年，高新技术企业达到800家').map(
        (c) => `${c.kind} ${c.verdict} ${c.detail}`,
      ),
    ).toEqual(['year stricter 2025 vs 2030', 'count stricter 1000 vs 800']);
  });

  test('each kind of subject once, the most general an article names', () => {
    const scope = compareProvisions('支持高新区骨干企业、骨干企业和企业，以及新型研发机构', '国家加强科技创新').filter(
      (c) => c.kind === 'scope',
    );
    expect(scope.map((c) => c.detail)).toEqual(['added: 企业', 'added: 新型研究开发机构']);
  });

  test('a hospital is a 医疗机构 and a 医疗机构 a 医疗卫生机构 (the third scope reading, items 15 and 16)', () => {
    const scope = (lower: string, upper: string) =>
      compareProvisions(lower, upper)
        .filter((c) => c.kind === 'scope')
        .map((c) => c.detail);
    expect(scope('急救网络医院将急救车挪作他用的', '医疗卫生机构等的医疗信息安全制度不健全的')).toEqual([]);
    expect(scope('接诊医疗机构拒绝救治患者的', '医疗卫生机构的安全措施不健全的')).toEqual(['added: 患者']);
    expect(scope('医疗卫生机构应当', '医院应当')).toEqual([]);
    expect(scope('学校应当', '医院应当')).toEqual(['added: 学校', 'dropped: 医院']);
    // Found in review: an animal hospital is no 医疗机构, and 企业事业单位 holds 事业单位 as well as 企业.
    expect(scope('动物医院应当', '医疗机构应当')).toEqual(['added: 动物医院', 'dropped: 医疗机构']);
    expect(scope('企业应当', '企业事业单位应当')).toEqual(['dropped: 事业单位']);
  });

  test('a school is an 教育机构, a worker in need a 劳动者, and 单位 alone is 组织 alone (third scope reading)', () => {
    const scope = (lower: string, upper: string) =>
      compareProvisions(lower, upper)
        .filter((c) => c.kind === 'scope')
        .map((c) => c.detail);
    expect(
      scope('老年教育机构的设立，按照国家有关规定办理', '学校及其他教育机构的设立，应当按照国家有关规定办理'),
    ).toEqual([]);
    expect(scope('鼓励就业困难人员提高就业能力', '国家倡导劳动者提高就业能力')).toEqual([]);
    expect(scope('任何单位和个人都有保护的义务', '一切机关、组织和个人都有保护的义务')).toEqual([]);
    // A resident is a 公民 and a 个体工商户 an individual (the fourth reading, items 11 and 28).
    expect(scope('单位全面负责、居民积极参与', '单位全面负责、公民积极参与')).toEqual([]);
    expect(scope('任何单位和个人不得从事零售业务', '单位和个体工商户从事零售业务的')).toEqual([]);
    // …but a 社会组织 is not any 单位.
    expect(scope('鼓励社会组织给予奖励', '对做出显著成绩的单位给予奖励')).toEqual(['added: 社会组织', 'dropped: 单位']);
  });

  test('found in review: a floor is no counterpart of a cap, and a longer detention is stricter at both ends', () => {
    const verdicts = (lower: string, upper: string) =>
      compareProvisions(lower, upper)
        .filter((c) => c.kind !== 'obligation')
        .map((c) => `${c.kind} ${c.verdict}`);
    expect(verdicts('处一万元以上罚款', '处十万元以下罚款')).toEqual(['amount added', 'amount dropped']);
    expect(verdicts('处十日以上十五日以下拘留', '处五日以上十日以下拘留')).toEqual([
      'deadline stricter',
      'deadline stricter',
    ]);
    expect(verdicts('不得超过十二小时', '应当在二十四小时内')).toEqual(['deadline stricter']);
  });

  test('the spans name what changed', () => {
    const [share] = compareProvisions(SAMPLE[0]![1], SAMPLE[0]![2]);
    expect([share!.lower!.text, share!.upper!.text, share!.detail]).toEqual([
      '不低于百分之七十',
      '不低于百分之五十',
      '70% vs 50%',
    ]);
  });

  test('a subject written as a longer synonym is spanned whole (河南 科学技术进步条例 53 vs 法 110)', () => {
    const lower = '侵犯科学技术研究开发机构自主权，干扰依法进行的科学技术研究开发活动的';
    const scope = compareProvisions(lower, '违反本法规定，滥用职权的').filter((c) => c.kind === 'scope');
    expect(scope.map((c) => [c.detail, c.lower!.text, lower.slice(c.lower!.start, c.lower!.end)])).toEqual([
      ['added: 研究开发机构', '科学技术研究开发机构', '科学技术研究开发机构'],
    ]);
  });

  test('a lower article that names its upper article drops nothing of it (个人所得税法实施条例 第十九条 → 法 第六条)', () => {
    const lower =
      '个人所得税法第六条第三款所称个人将其所得对教育、扶贫、济困等公益慈善事业进行捐赠，是指个人将其所得通过中国境内的公益性社会组织、国家机关向教育、扶贫、济困等公益慈善事业的捐赠；所称应纳税所得额，是指计算扣除捐赠额之前的应纳税所得额。';
    const upper =
      '应纳税所得额的计算：（一）居民个人的综合所得，以每一纳税年度的收入额减除费用六万元以及专项扣除、专项附加扣除和依法确定的其他扣除后的余额，为应纳税所得额。（二）非居民个人的工资、薪金所得，以每月收入额减除费用五千元后的余额为应纳税所得额。个人将其所得对教育、扶贫、济困等公益慈善事业进行捐赠，捐赠额未超过纳税人申报的应纳税所得额百分之三十的部分，可以从其应纳税所得额中扣除。';
    const verdicts = (options?: { namesUpper?: boolean }) =>
      compareProvisions(lower, upper, options).map((c) => `${c.kind} ${c.verdict}`);
    expect(verdicts()).toContain('amount dropped');
    expect(verdicts({ namesUpper: true })).toEqual(verdicts().filter((v) => !v.endsWith('dropped')));
    expect(verdicts({ namesUpper: true })).toContain('scope added');
  });
});

describe('the blind readings of quantities and scope (test/data/changes-quantities/, changes-scope/)', () => {
  const lines = [
    'a.md\t1\tb.md\t2\tamount\tstricter\t二万元\t一万元\tfloor of the fine\treader-A',
    'a.md\t1\tb.md\t2\tamount\tsame\t十万元\t十万元\tcap\treader-A',
    'a.md\t1\tb.md\t2\tamount\tstricter\t二万元\t一万元\tfloor\treader-B',
    'c.md\t3\tb.md\t4\tnone\t-\t-\t-\tno number\treader-A',
  ].join('\n');

  test('each reader keeps their comparisons; a bad kind names file and line', () => {
    const judgements = parseChangeReading(lines);
    expect(judgements.map((j) => [j.lowerArticle, j.readers.map((r) => [r.reader, r.comparisons.length])])).toEqual([
      [
        1,
        [
          ['reader-A', 2],
          ['reader-B', 1],
        ],
      ],
      [3, [['reader-A', 0]]],
    ]);
    expect(() => parseChangeReading('# c\na.md\t1\tb.md\t2\tweight\tsame\t-\t-\tx\treader-A', 'q.tsv')).toThrow(
      /q.tsv:2: kind must be/,
    );
    expect(() => parseChangeReading('a.md\t1\tb.md\t2\tamount\tsame\t-\t-\tx', 'q.tsv')).toThrow(
      /q.tsv:1: the tenth column must name the reader/,
    );
  });

  test('a comparison is right when a reader made it: same kind, verdict and numbers within the spans', () => {
    const judgements = parseChangeReading(lines);
    const made = compareProvisions('处二万元以上十万元以下罚款', '处一万元以上十万元以下罚款');
    expect(scoreChangeReading(judgements, (j) => (j.lowerArticle === 1 ? made : []))).toMatchObject({
      pairs: 2,
      all: { claimed: 2, right: 2, read: 2, found: 2 },
      changes: { claimed: 1, right: 1, read: 1, found: 1 },
      readTwice: 3,
      readersAgree: 2,
    });
    // A reader line is used once, and 十万元 is not the 十万元 inside 五十万元.
    const once = parseChangeReading('a.md\t1\tb.md\t2\tamount\tadded\t十万元\t-\tx\treader-A');
    const twice = compareProvisions('处十万元罚款；另处五十万元罚款', '责令改正');
    expect(scoreChangeReading(once, () => twice).all).toMatchObject({ claimed: 2, right: 1, found: 1 });
    // The old reading of a fine's cap (a higher cap looser) is not what the reader wrote.
    const wrong = made.map((c) => (c.verdict === 'same' ? { ...c, verdict: 'looser' as const } : c));
    expect(scoreChangeReading(judgements, () => wrong).all).toMatchObject({ claimed: 4, right: 1, found: 1 });
  });

  // Numbers: 148 of 161 and 148 of 169 now; pairing in order of appearance, every cap "less is stricter" (before
  // read-quantities.ts), gave 87 of 113 (77.0 %) and 87 of 169 (51.5 %). Subjects: 34 of 43 and 33 of 40 now (33 of 47
  // and 32 of 40 before the fourteenth session's rules); the 16 listed subjects (before read-subjects.ts) gave 9 of 14
  // and 9 of 40 (22.5 %). The later samples, from regulations no earlier reading holds: numbers 101 of 110 and 101 of
  // 111; subjects, second 23 of 32 and 23 of 30 (18 of 29 and 18 of 30 before the thirteenth session's rules); third
  // 18 of 20 and 18 of 23 (15 of 31 and 15 of 23 before the fourteenth's, which were written on it); fourth 18 of 26 and
  // 18 of 26 (19 of 38 and 19 of 26 before; held out until 18 of 35 and 18 of 26, then read too).
  test.skipIf(!existsSync(join(findSharedCorpora(), 'lawrefbook'))).each([
    { name: 'numbers', sample: 'first', evaluate: evaluateQuantityReading, pairs: 60, precision: 0.85, recall: 0.8 },
    { name: 'numbers', sample: 'second', evaluate: evaluateQuantityReading, pairs: 41, precision: 0.85, recall: 0.85 },
    {
      name: 'subjects added or dropped',
      sample: 'first',
      evaluate: evaluateScopeReading,
      pairs: 50,
      precision: 0.75,
      recall: 0.75,
    },
    {
      name: 'subjects added or dropped',
      sample: 'second',
      evaluate: evaluateScopeReading,
      pairs: 30,
      precision: 0.65,
      recall: 0.7,
    },
    {
      name: 'subjects added or dropped',
      sample: 'third',
      evaluate: evaluateScopeReading,
      pairs: 40,
      precision: 0.85,
      recall: 0.7,
    },
    {
      name: 'subjects added or dropped',
      sample: 'fourth',
      evaluate: evaluateScopeReading,
      pairs: 41,
      precision: 0.65,
      recall: 0.6,
    },
  ] as const)(
    "$name, $sample sample, on $pairs real pairs: ≥ $precision of those made are a reader's, ≥ $recall of theirs found",
    async (floor) => {
      const score = await floor.evaluate(undefined, floor.sample);
      expect(score.pairs).toBe(floor.pairs);
      expect(score.all.right / score.all.claimed).toBeGreaterThanOrEqual(floor.precision);
      expect(score.all.found / score.all.read).toBeGreaterThanOrEqual(floor.recall);
    },
  );
});

/**
 * The targets stated in parts' own text (a plan's 一、总体要求 with no numbered item) compared between a lower and an
 * upper document (align/compare-parts.ts). Excerpts of real texts, as the parser reads them (simplified), trimmed:
 * - 阜阳市打赢蓝天保卫战三年行动计划实施方案 (2019): https://www.gcs66.com/document_detail/73135.html
 * - 打赢蓝天保卫战三年行动计划 (国发〔2018〕22号; the copy stops before the target figures):
 *   http://m.protectedparcel.com/page111?article_id=562
 * - 安徽省大气污染防治行动计划实施方案 (皖政〔2013〕89号): https://newton.com.tw/wiki/安徽省大氣污染防治行動計畫實施方案
 * - 铜陵市大气污染防治行动计划实施方案 (implements 皖政〔2013〕89号): http://www.lbtc.cn/m/view.php?aid=11522
 */
import { describe, expect, test } from 'vitest';
import { compareParts, partStatement, type PartStatement } from '../../align/index.ts';

const FUYANG: PartStatement[] = [
  {
    id: 'fuyang#p1',
    heading: '总体要求',
    text:
      '以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大精神,持续开展大气污染防治行动,大幅减少主要大气污染物排放总量。' +
      '到2020年,二氧化硫、氮氧化物排放总量分别比2015年下降11.2%、14.4%;PM2.5浓度比2015年下降18%以上,' +
      '空气质量优良天数和重度及以上污染天数比率达到省考核要求;全面实现“十三五”约束性目标。',
    articles: [],
  },
  {
    id: 'fuyang#p2',
    heading: '主要任务',
    articles: [
      {
        heading: '',
        text: '调整优化产业结构,推进产业绿色发展\n1.优化产业布局。完成生态保护红线、环境质量底线编制工作。',
      },
    ],
  },
];

// The copy is traditional; the heading is compared folded (總體要求 = 总体要求).
const GUOFA: PartStatement[] = [
  {
    id: 'guofa#p1',
    heading: '總體要求',
    articles: [
      { heading: '指导思想', text: '以总书记新时代中国特色社会主义思想为指导,坚决打赢蓝天保卫战。' },
      {
        heading: '目标指标',
        text: '经过3年努力,大幅减少主要大气污染物排放总量,协同减少温室气体排放,进一步明显降低细颗',
      },
    ],
  },
];

const ANHUI: PartStatement[] = [
  {
    id: 'anhui#p1',
    heading: '总体目标',
    text:
      '到2017年,全省空气品质总体改善,重污染天气较大幅度减少,优良天数逐年提高,可吸入颗粒物PM10)平均浓度比2012年下降10%以上' +
      '(各市大气污染防治目标任务详见附属档案)。力争到2022年或更长时间,基本消除重污染天气,全省空气品质明显改善。',
    articles: [],
  },
  {
    id: 'anhui#p2',
    heading: '主要任务',
    articles: [
      { heading: '加强工业大气污染治理', text: '1.提升脱硫脱硝效率。2014年6月底前,燃煤机组均应安装脱硝设施。' },
    ],
  },
];

// Whole as the copy gives it (cut short in 二、主要任务): the task list, naming 2017 and 2014, is the shorter part.
const TONGLING: PartStatement[] = [
  {
    id: 'tongling#p1',
    heading: '指导思想和行动目标',
    articles: [
      {
        heading: '指导思想',
        text:
          '以科学发展观为指导,以生态文明建设为统领,以保障市民健康为出发点,以防治可吸入颗粒物污染为重点。坚持政府调控与市场调节相结合,' +
          '污染物总量减排与空气质量改善相匹配,着力推动能源结构和产业结构调整;加快转变经济发展方式,着力完善政府主导、企业施治、公众行动的' +
          '大气污染防治工作机制;综合运用法律、经济、科技和行政手段,积极推进多种污染物协同减排,促进经济、社会和环境全面协调可持续发展。',
      },
      {
        heading: '行动目标',
        text:
          '经过5年努力,全市空气质量总体改善,重污染天数较大幅度减少。到2017年可吸入颗粒物(PM10)年均浓度降至70微克/立方米。' +
          '力争到2022年或更长时间,基本消除重污染天气,城市空气质量明显改善。',
      },
    ],
  },
  {
    id: 'tongling#p2',
    heading: '主要任务',
    text: '坚持综合施策,以压煤、降尘、控车、迁企、减排、增绿6个方面为重点,实施大气污染防治7大工程。',
    articles: [
      {
        heading: '调整优化能源结构工程',
        text:
          '1.控制煤炭消费总量。2014年底前,制定《重点行业工业企业燃煤压减方案》。通过增加天然气供应、加大非化石能源利用、' +
          '实施电力燃煤机组热电联产等措施实现煤炭消费总量负增长。到2017年,现役燃煤设施煤炭消费总量比2013年净削减50万吨,' +
          '煤炭占能源消费总量比重下降5%左右。\n2.加快清洁能源替代利用。加大天然气、液化石油气供应,开发利用太阳能、生物质能,' +
          '逐步提高城市清洁能源使用比重。新增天然气优先保障居民生产生活锅炉、工业窑炉和燃煤自备电站的清洁能源替代,鼓励发',
      },
    ],
  },
];

/** The changes in a line each: kind verdict detail. */
const lines = (found: ReturnType<typeof compareParts>) =>
  found.map((p) => ({
    pair: `${p.lowerId} ↔ ${p.upperId} (${p.pairedBy})`,
    changes: p.changes.map((c) => `${c.kind} ${c.verdict} ${c.detail}`),
  }));

describe('compareParts', () => {
  test("阜阳's 一、总体要求 states its 2020 targets; the State Council's part of that heading states none in this copy", () => {
    const [pair] = compareParts(FUYANG, GUOFA);
    expect(lines([pair!])).toEqual([
      {
        pair: 'fuyang#p1 ↔ guofa#p1 (heading)',
        changes: [
          'share added added: 11.2%',
          'share added added: 14.4%',
          'share added added: 18%',
          'year added added: 2020',
        ],
      },
    ]);
    // The spans count in the texts compared: the part's own text, and the upper part's articles a line each.
    expect(pair!.lowerText.slice(pair!.changes[3]!.lower!.start, pair!.changes[3]!.lower!.end)).toBe('到2020年');
    expect(pair!.upperText.split('\n')[1]).toBe(
      '目标指标。经过3年努力,大幅减少主要大气污染物排放总量,协同减少温室气体排放,进一步明显降低细颗',
    );
  });

  test("铜陵's targets (in its articles) meet 安徽's 一、总体目标 by the years both name, not its shorter task list naming 2017 and 2014", () => {
    expect(TONGLING.map((p) => partStatement(p).length)).toEqual([299, 290]);
    expect(lines(compareParts(TONGLING, ANHUI))).toEqual([
      {
        pair: 'tongling#p1 ↔ anhui#p1 (year)',
        changes: [
          'share dropped dropped: 10%',
          'year same 2017 vs 2017',
          'year same 2022 vs 2022',
          'measure added added: 70',
        ],
      },
    ]);
  });

  test('both documents may number their parts alike: each is read on its own side', () => {
    const byPath = (parts: PartStatement[]) => parts.map((p, i) => ({ ...p, id: `p${i + 1}` }));
    expect(lines(compareParts(byPath(FUYANG), byPath(GUOFA)))).toEqual([
      {
        pair: 'p1 ↔ p1 (heading)',
        changes: [
          'share added added: 11.2%',
          'share added added: 14.4%',
          'share added added: 18%',
          'year added added: 2020',
        ],
      },
    ]);
  });

  test('parts that hold only articles are left to the article alignment', () => {
    expect(compareParts([FUYANG[1]!], GUOFA)).toEqual([]);
    expect(compareParts(TONGLING.slice(0, 1), GUOFA)).toEqual([]);
  });

  test('a part naming a year no part of the other document names, under a heading it lacks, has no counterpart', () => {
    expect(compareParts([{ ...FUYANG[0]!, heading: '工作目标' }], ANHUI)).toEqual([]);
  });
});

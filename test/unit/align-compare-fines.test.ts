import { describe, expect, test } from 'vitest';
import { compareProvisions } from '../../align/index.ts';
import { readPenaltyClauses } from '../../align/read-penalties.ts';

// Trimmed real articles from tester E's reading (/tmp/explore-e/REPORT.md, defects 1–3): 大气污染防治法 (2018,
// lawrefbook 经济法/大气污染防治法(2018-10-26).md), 江门市扬尘污染防治条例 and 广东省大气污染防治条例 (GitHub
// Fungwingwaa/cee docs/posts/P3/jmsycwrfztl.md and gdsdqwrfztl.md @4298737c), 广东省实施《土壤污染防治法》办法
// (same repository, gdssszhrmghgtrwrfzfbf.md) and 土壤污染防治法 (lawrefbook 经济法).
const LAW_115 =
  '违反本法规定，施工单位有下列行为之一的，由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治：\n（一）施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施的；\n（二）建筑土方、工程渣土、建筑垃圾未及时清运，或者未采用密闭式防尘网遮盖的。\n违反本法规定，建设单位未对暂时不能开工的建设用地的裸露地面进行覆盖，或者未对超过三个月不能开工的建设用地的裸露地面进行绿化、铺装或者遮盖的，由县级以上人民政府住房城乡建设等主管部门依照前款规定予以处罚。';
const LAW_114 =
  '违反本法规定，使用排放不合格的非道路移动机械，或者在用重型柴油车、非道路移动机械未按照规定加装、更换污染控制装置的，由县级以上人民政府生态环境等主管部门按照职责责令改正，处五千元的罚款。\n违反本法规定，在禁止使用高排放非道路移动机械的区域使用高排放非道路移动机械的，由城市人民政府生态环境等主管部门依法予以处罚。';
const LAW_116 =
  '违反本法规定，运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，未采取密闭或者其他措施防止物料遗撒的，由县级以上地方人民政府确定的监督管理部门责令改正，处二千元以上二万元以下的罚款；拒不改正的，车辆不得上道路行驶。';
const SOIL_88 =
  '违反本法规定，农业投入品生产者、销售者、使用者未按照规定及时回收肥料等农业投入品的包装废弃物或者农用薄膜，或者未按照规定及时回收农药包装废弃物交由专门的机构或者组织进行无害化处理的，由地方人民政府农业农村主管部门责令改正，处一万元以上十万元以下的罚款；农业投入品使用者为个人的，可以处二百元以上二千元以下的罚款。';

const amounts = (lower: string, upper: string) =>
  compareProvisions(lower, upper)
    .filter((c) => c.kind === 'amount')
    .map((c) => `${c.verdict} ${c.detail}`);

describe('fines are compared act by act', () => {
  test('a fine for an act the upper article does not punish is added, not looser (江门 33 ← 法 115)', () => {
    // Before: looser 5000 vs 10000, looser 20000 vs 100000 (the law fines 围挡 and 清运, not a missing 台账).
    const lower =
      '违反本条例第十一条第一款规定，施工单位未建立扬尘污染防治工作台账的，由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处五千元以上二万元以下的罚款；拒不改正的，责令停工整治。';
    const found = amounts(lower, LAW_115);
    expect(found.filter((c) => /stricter|looser/.test(c))).toEqual([]);
    expect(found).toContain('added added: 5000');
    expect(found).toContain('added added: 20000');
  });

  test('a fine given by reference to the paragraph before is that paragraph’s fine (江门 36 ← 法 115)', () => {
    // Before: added 50000, added 100000, dropped 10000, dropped 100000.
    const lower =
      '违反本条例第二十四条第一款规定，建设单位对暂时不能开工的建设用地的裸露地面未进行覆盖、绿化、铺装或者遮盖的，由住房城乡建设等主管部门按照职责责令限期改正，处五万元以上十万元以下罚款。';
    expect(amounts(lower, LAW_115)).toEqual(['stricter 50000 vs 10000', 'same 100000 vs 100000']);
  });

  test('a sum for an act the law fines only 依法 is added, not stricter than a fine for another act (广东 81 ← 法 114)', () => {
    const lower =
      '违反本条例第四十五条第三款规定，在禁止使用高排放非道路移动机械区域使用高排放非道路移动机械的，由县级以上人民政府生态环境等主管部门按照职责责令改正，处两万元的罚款；情节严重的，责令停工整治。';
    // Before: stricter 20000 vs 5000. The law's 5000 fines another act, which this article does not name: dropped, as
    // the blind readings of the numbers list a fine for an act the lower article leaves out.
    expect(amounts(lower, LAW_114)).toEqual(['added added: 20000', 'dropped dropped: 5000']);
  });

  test('a lower penalty that fines by reference (依法予以处罚) drops none of the law’s sums (广东土壤 49 ← 土壤法 88)', () => {
    const lower =
      '农业生产者或者农业投入品生产者、销售者、使用者违反本办法规定，有下列情形之一的，由县级以上人民政府农业农村、生态环境等主管部门依法予以处罚：\n（一）使用国家和地方禁止、淘汰或者未经许可的农业投入品的；\n（二）将城镇生活垃圾、污泥、工业废物直接用作肥料的；\n（三）随意丢弃、遗撒农药、肥料等农业投入品的包装废弃物，或者农用薄膜、过期报废农药的。';
    expect(amounts(lower, SOIL_88)).toEqual([]);
  });

  // Read after landing (a reviewer): one lower clause fining 依法 hid every dropped upper fine, those of acts it has
  // nothing to do with included.
  test('a lower clause fining by reference keeps in force only the sums of its own act', () => {
    const lower =
      '违反本办法规定，施工单位未采取覆盖、分段作业、洒水抑尘等防尘降尘措施的，由住房城乡建设主管部门依法予以处罚。';
    const upper =
      '违反本法规定，施工单位未采取覆盖、分段作业、洒水抑尘等有效防尘降尘措施的，由住房城乡建设等主管部门责令改正，处一万元以上十万元以下的罚款。\n违反本法规定，运输渣土的车辆未采取密闭措施防止物料遗撒的，由监督管理部门责令改正，处二千元以上二万元以下的罚款。';
    expect(amounts(lower, upper)).toEqual(['dropped dropped: 2000', 'dropped dropped: 20000']);
  });

  test('a duty article against a penalty article lists no fines (江门 18 ← 法 116)', () => {
    // Before: dropped 2000, dropped 20000 — 江门 fines the same act in its own 第三十五条.
    const lower =
      '运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，应当采取密闭或者其他措施防止物料遗撒，并按照规定的时间和路线行驶。';
    expect(amounts(lower, LAW_116)).toEqual([]);
    // Nor an obligation added: a penalty clause states no duty word (before: added 应当 vs —).
    expect(compareProvisions(lower, LAW_116).filter((c) => c.kind === 'obligation')).toEqual([]);
  });

  test('an article stating a duty and a fine for its breach, against the duty alone, adds the fine', () => {
    // 聊城 24 ← 城市市容和环境卫生管理条例 14 (test/data/changes-quantities/second, item 31): the readers' added.
    const lower =
      '占用城镇道路两侧或者公共场地临时堆放物料的，应当向行政审批服务主管部门提出申请。\n违反前款规定，擅自堆放物料的，由市城市管理主管部门责令停止违法行为，限期清理；逾期未清理的，处五百元以上五千元以下罚款。';
    const upper = '任何单位和个人都不得在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施。';
    expect(amounts(lower, upper)).toEqual(['added added: 500', 'added added: 5000']);
  });

  test('penalty clauses: acts, list items, and fines by reference', () => {
    expect(readPenaltyClauses(LAW_115).map((c) => [c.act.slice(0, 8), c.reference ?? 'stated'])).toEqual([
      ['施工单位施工工地', 'stated'],
      ['建设单位未对暂时', 'previous'],
    ]);
    expect(readPenaltyClauses(LAW_114).map((c) => c.reference ?? 'stated')).toEqual(['stated', 'law']);
  });
});

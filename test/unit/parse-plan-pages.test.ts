// Plans copied from portals, document sites and news sites (test/data/plan-pages/, addresses in its README): the
// page's furniture, its field tables and a news lead stand over the plan; each is read for what it is, never for the
// plan's title or issuer. Short excerpts show each case; the real page follows it.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const PLAN_PAGES = join(import.meta.dirname, '..', 'data', 'plan-pages');
const readPlanPage = (name: string): Promise<PolicyDocument> => readPolicyFile(join(PLAN_PAGES, name), { file: name });
const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });

describe("a portal's field table copied with bars", () => {
  test('a row with a label the portal alone uses (公开类型:) is still a row of fields', () => {
    const d = parse([
      '索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |',
      '名 称: | 某区人民政府办公室关于印发《某区节水行动方案》的通知 | ||',
      '文 号: | 某府办发〔2024〕23号 | 公开类型: | 主动公开 |',
      '各镇人民政府:',
      '《某区节水行动方案》已经区政府同意,现印发给你们,请认真按照执行。',
      '一、工作目标',
      '到2025年底,节水10%。',
    ]);
    expect([d.title, d.noticeTitle, d.docNumber]).toEqual([
      '某区节水行动方案',
      '某区人民政府办公室关于印发《某区节水行动方案》的通知',
      '某府办发〔2024〕23号',
    ]);
  });

  test('sh-jiading: the notice transmitting the plan is the 名称 field; the plan’s own title line below it', async () => {
    const d = await readPlanPage('sh-jiading-sponge-city-2024.txt');
    expect(d).toMatchObject({
      title: '嘉定区系统化全域推进海绵城市建设的实施方案',
      noticeTitle: '上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知',
      docNumber: '嘉府办发〔2024〕23号',
      kind: 'plan',
    });
  });
});

/**
 * Files users bring that are not plain text, imported end to end: each becomes the document its page or text holds,
 * with the page's address, and a page imported both as HTML and as a saved single file is one document, not two; a
 * Word file or PDF that holds no document (empty, a scan, locked, numbered by Word alone) is refused by name.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ImportSummary } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importInto, query, snapshotGraph } from './import-support.ts';

const { graph } = openTestGraph();
const SAVED = 'test/data/saved-one-file';
let summary: ImportSummary;

beforeAll(async () => {
  await resetGraph(graph);
  summary = await importInto(graph, [SAVED]);
});
afterAll(() => graph.close());

test('each page saved as one file becomes its document, with the address it was saved from', async () => {
  expect(summary.failed).toEqual([]);
  const rows = await query(
    graph,
    'MATCH (p:Policy {status: "full"}) RETURN p.file AS file, p.title AS title, p.docNumber AS number, p.sourceUrl AS url ORDER BY file',
  );
  expect(rows).toEqual([
    {
      file: 'gs-fgw-equipment-renewal-2025.mhtml',
      title: '甘肃省关于加力支持工业企业设备更新的若干措施',
      number: null,
      url: null,
    },
    {
      file: 'jx-wanzai-stats-bulletin-2022.mht',
      title: '万载县2022年国民经济和社会发展统计公报',
      number: null,
      url: 'http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml',
    },
    {
      file: 'zj-lishui-veterans-placement-2023.mhtml',
      title: '丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知',
      number: '丽政发〔2023〕30号',
      url: null,
    },
  ]);
});

test('the page imported again as its HTML is the same document, updated in place: nothing is added', async () => {
  const before = await snapshotGraph(graph);
  const again = await importInto(graph, ['test/data/html-heldout/zj-lishui-veterans-placement-2023.html']);
  expect(again.failed).toEqual([]);
  expect(await snapshotGraph(graph)).toEqual(before);
  const [kept] = await query(graph, 'MATCH (p:Policy {docNumber: "丽政发〔2023〕30号"}) RETURN p.file AS file');
  // The same number and title from another file is the same document, which now names the file it was last read from.
  expect(kept).toEqual({ file: 'zj-lishui-veterans-placement-2023.html' });
});

test('Word files and PDFs import as the documents they hold; those that hold none are refused by name, and nothing of them lands', async () => {
  await resetGraph(graph);
  const office = await importInto(graph, ['test/data/word', 'test/data/pdf']);
  expect(office.failed.map((failure) => [failure.file, failure.code])).toEqual([
    ['empty.doc', 'EMPTY_FILE'],
    ['empty.docx', 'EMPTY_FILE'],
    ['scanned-page.docx', 'NO_TEXT'],
    // Its 第N条 are Word's own numbering, not text: stored, it would be a statute without articles that refuses the
    // good copies of the same statute after it.
    ['sn-organ-support-2025-numbered.docx', 'NO_STRUCTURE'],
    ['password-sn-organ-support-2025.pdf', 'PASSWORD_PROTECTED'],
    ['scan-sn-organ-support-2025.pdf', 'NO_TEXT'],
  ]);
  for (const failure of office.failed) expect(failure.message).toContain(failure.file);
  const rows = await query(
    graph,
    'MATCH (p:Policy {status: "full"}) RETURN p.file AS file, p.title AS title, p.articleCount AS articles ORDER BY file',
  );
  const policy = (file: string, title: string, articles: number) => ({ file, title, articles });
  expect(rows).toEqual([
    policy(
      'gd-dongguan-jiuye-2021-trad.pdf',
      '东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见',
      1,
    ),
    policy('gs-fgw-equipment-renewal-2025.pdf', '甘肃省关于加力支持工业企业设备更新的若干措施', 0),
    policy('jx-jiangxi-stats-bulletin-2022-on-yichun.pdf', '江西省2022年国民经济和社会发展统计公报', 12),
    policy('jx-yichun-stats-bulletin-2022.docx', '宜春市2022年国民经济和社会发展统计公报', 12),
    policy('sd-yanzhou-xinxi-gongkai-2011.docx', '兖州市政府信息发布协调工作规定(试行)', 5),
    // The statute's .docx and .pdf are one document, with the same text: the second is the first, updated in place.
    policy('sn-organ-support-2025.pdf', '陕西省机关运行保障条例', 5),
    policy('xz-ali-work-rules-2021.doc', '阿里地区行政公署工作规则', 2),
    // The same notice as .docx, then as .pdf.
    policy(
      'zj-lishui-veterans-placement-2023.pdf',
      '丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知',
      0,
    ),
  ]);
});

/**
 * Files users bring that are not plain text, imported end to end: each becomes the document its page or text holds,
 * with the page's address, and a page imported both as HTML and as a saved single file is one document, not two.
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

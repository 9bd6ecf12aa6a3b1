/**
 * versionDiff on a small fixture of the bundled chain: 上海市科学技术进步条例 2024 (47 articles) and a made-up 2025
 * amendment of it (a head line 关于修改…的决定 added, 第六条 given one more sentence, nothing else touched): 46
 * articles are byte-identical (SAME_AS), one is CHANGED_TO. The 2010 text is imported too, so the work has three
 * versions and the diff of its first and last runs through the middle one.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LAWS_DIR } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';
import { importInto } from './import-support.ts';

const { graph } = openTestGraph();
const V2010 = 't:上海市|科学技术进步条例@2010-09-17';
const V2024 = 't:上海市|科学技术进步条例@2024-05-10';
const V2025 = 't:上海市|科学技术进步条例@2025-03-01';
const ADDED_SENTENCE = '奖励办法由市人民政府制定。';
let dir: string;
let api: TestApi;

beforeAll(async () => {
  await resetGraph(graph);
  dir = await mkdtemp(join(tmpdir(), 'policygraph-version-diff-'));
  const text2024 = await readFile(join(LAWS_DIR, '上海市科学技术进步条例(2024-05-10).md'), 'utf8');
  const text2025 = text2024
    .replace(
      '<!-- INFO END -->',
      '2025年3月1日 上海市第十六届人民代表大会常务委员会第二十次会议《关于修改〈上海市科学技术进步条例〉的决定》修正\n\n<!-- INFO END -->',
    )
    .replace('给予奖励。\n\n鼓励社会力量', `给予奖励。${ADDED_SENTENCE}\n\n鼓励社会力量`);
  expect(text2025).toContain(ADDED_SENTENCE);
  const amended = join(dir, '上海市科学技术进步条例(2025-03-01).md');
  await writeFile(amended, text2025);
  const summary = await importInto(graph, [
    join(LAWS_DIR, '上海市科学技术进步条例(2010-09-17).md'),
    join(LAWS_DIR, '上海市科学技术进步条例(2024-05-10).md'),
    amended,
  ]);
  expect(summary.failed).toEqual([]);
  api = await startTestApi(graph);
}, 300_000);
afterAll(async () => {
  await api?.close();
  await graph.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const DIFF = `query ($from: ID!, $to: ID!) { versionDiff(from: $from, to: $to) {
  changed { from { label } to { label } removed inserted } added { label } deleted { label } unchanged } }`;

describe('versionDiff', () => {
  test('byte-identical articles are unchanged, not changed with nothing removed or inserted', async () => {
    // Before, the path followed included the HAS_ARTICLE into the newer version, so "every step SAME_AS" never held:
    // all 46 identical articles were listed under changed with removed "" and inserted "", and unchanged was 0.
    const answer = await api.gql(DIFF, { from: V2024, to: V2025 });
    expect(answer.body).toEqual({
      data: {
        versionDiff: {
          changed: [{ from: { label: '第六条' }, to: { label: '第六条' }, removed: '', inserted: ADDED_SENTENCE }],
          added: [],
          deleted: [],
          unchanged: 46,
        },
      },
    });
  });

  test('read newer first, the same articles are unchanged and the change runs the other way', async () => {
    const answer = await api.gql(DIFF, { from: V2025, to: V2024 });
    expect(answer.body.data?.versionDiff.unchanged).toBe(46);
    expect(answer.body.data?.versionDiff.changed).toEqual([
      { from: { label: '第六条' }, to: { label: '第六条' }, removed: ADDED_SENTENCE, inserted: '' },
    ]);
  });

  test('through a version between, an article is unchanged only when no step changed it', async () => {
    // 2010 → 2024 keeps no article word for word (four CHANGED_TO, the rest deleted or added), so 2010 → 2025 has none.
    const answer = await api.gql(DIFF, { from: V2010, to: V2025 });
    const diff = answer.body.data?.versionDiff;
    expect(diff.unchanged).toBe(0);
    expect(diff.changed.map((c: { from: { label: string } }) => c.from.label)).toEqual([
      '第一条',
      '第十一条',
      '第二十七条',
      '第四十九条',
    ]);
    expect(diff.changed.length + diff.deleted.length).toBe(49);
    expect(diff.changed.length + diff.added.length).toBe(47);
  });
});

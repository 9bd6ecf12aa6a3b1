/**
 * A statute's sections (节) in the graph and in GraphQL. 上海市外商投资企业审批条例 (a real lawrefbook text, copied
 * unchanged into test/data/statute-sections/) has five chapters; 第二章 and 第三章 each have three sections. The parser
 * always read them; until the importer wrote them, a researcher saw 第三章's nine articles under one heading. Each
 * section is a Section node under its chapter's Part, and an article of a section hangs under both. A re-import of
 * the same text changes nothing; one whose sections changed moves the articles and removes the section it lost.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';

const { graph } = openTestGraph();
const FILE = fileURLToPath(new URL('../data/statute-sections/shanghai-waishang-shenpi-tiaoli.md', import.meta.url));
const TITLE = '上海市外商投资企业审批条例';
const scratch = mkdtempSync(join(tmpdir(), 'statute-sections-'));
let api: TestApi;

const OUTLINE = `query ($title: String!) {
  policy(title: $title) { parts { label heading level sections { label heading order articles { number } } } }
}`;

const ARTICLES = `query ($title: String!) {
  policy(title: $title) { articles { number label part { label } section { label heading chapter { label } } } }
}`;

interface Outline {
  label: string;
  heading: string;
  level: string;
  sections: { label: string; heading: string; order: number; articles: { number: number }[] }[];
}

async function outline(): Promise<Outline[]> {
  const answer = await api.gql(OUTLINE, { title: TITLE });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data!.policy.parts as Outline[];
}

const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ number: from + i }));

async function counts(): Promise<{ sections: number; chapterLinks: number; articleLinks: number }> {
  const [row] = await graph.read({
    cypher: `MATCH (p:Policy {title: $title})
RETURN COUNT { (s:Section {policyId: p.id}) } AS sections,
       COUNT { (:Part {policyId: p.id})-[:HAS_SECTION]->(:Section) } AS chapterLinks,
       COUNT { (:Section {policyId: p.id})-[:HAS_ARTICLE]->(:Article) } AS articleLinks`,
    params: { title: TITLE },
  });
  return row as { sections: number; chapterLinks: number; articleLinks: number };
}

beforeAll(async () => {
  await resetGraph(graph);
  expect((await importPaths(graph, [FILE])).failed).toEqual([]);
  api = await startTestApi(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a statute’s sections (节)', () => {
  test('each chapter lists its sections in order, each section its articles', async () => {
    const parts = await outline();
    expect(parts.map((p) => [p.label, p.heading, p.level, p.sections.length])).toEqual([
      ['第一章', '总则', 'chapter', 0],
      ['第二章', '外商投资企业的设立', 'chapter', 3],
      ['第三章', '外商投资企业合同、章程的修改', 'chapter', 3],
      ['第四章', '法律责任', 'chapter', 0],
      ['第五章', '附则', 'chapter', 0],
    ]);
    expect(parts[1]!.sections).toEqual([
      { label: '第一节', heading: '中外合资经营企业', order: 1, articles: numbers(6, 12) },
      { label: '第二节', heading: '中外合作经营企业', order: 2, articles: [{ number: 13 }] },
      { label: '第三节', heading: '外资企业', order: 3, articles: [{ number: 14 }] },
    ]);
    expect(parts[2]!.sections.map((s) => s.articles)).toEqual([numbers(15, 21), [{ number: 22 }], [{ number: 23 }]]);
  });

  test('an article names its section and, through it, its chapter; one outside any section names none', async () => {
    const answer = await api.gql(ARTICLES, { title: TITLE });
    expect(answer.body.errors).toBeUndefined();
    const articles = answer.body.data!.policy.articles as { number: number }[];
    expect(articles.filter((a) => [5, 14, 24].includes(a.number))).toEqual([
      { number: 5, label: '第五条', part: { label: '第一章' }, section: null },
      {
        number: 14,
        label: '第十四条',
        part: { label: '第二章' },
        section: { label: '第三节', heading: '外资企业', chapter: { label: '第二章' } },
      },
      { number: 24, label: '第二十四条', part: { label: '第四章' }, section: null },
    ]);
  });

  test('a re-import of the same text writes no second section and no second link', async () => {
    const before = await counts();
    expect(before).toEqual({ sections: 6, chapterLinks: 6, articleLinks: 18 });
    expect((await importPaths(graph, [FILE])).failed).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  test('a re-import whose text lost a section heading moves its article and removes the section', async () => {
    // The same file name, the same statute, with 第二章's 第三节 heading gone: 第十四条 now ends 第二节.
    const edited = join(scratch, 'shanghai-waishang-shenpi-tiaoli.md');
    const text = readFileSync(FILE, 'utf8');
    const heading = '### 第三节　外资企业\n';
    expect(text.indexOf(heading)).toBeGreaterThan(0);
    writeFileSync(edited, text.replace(heading, ''));
    expect((await importPaths(graph, [edited])).failed).toEqual([]);

    const parts = await outline();
    expect(parts[1]!.sections.map((s) => [s.label, s.articles])).toEqual([
      ['第一节', numbers(6, 12)],
      ['第二节', [{ number: 13 }, { number: 14 }]],
    ]);
    expect(parts[2]!.sections).toHaveLength(3);
    const [row] = await graph.read({
      cypher: `MATCH (a:Article {number: 14})<-[:HAS_ARTICLE]-(p:Policy {title: $title})
RETURN COUNT { (a)<-[:HAS_ARTICLE]-(:Section) } AS sections, COUNT { (:Section {path: 'p2/s3'}) } AS lost`,
      params: { title: TITLE },
    });
    expect(row).toEqual({ sections: 1, lost: 0 });
  });
});

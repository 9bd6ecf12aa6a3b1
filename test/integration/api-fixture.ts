/**
 * A small graph that follows graph/MODEL.md exactly, for the API tests: three tiers of policies with parts,
 * articles, agencies and ALIGNS_WITH chains (municipal → provincial → national). Written in one transaction.
 */
import type { GraphHandle } from '../../graph/index.ts';

export const NATIONAL = '国发〔2020〕7号';
export const PROVINCIAL = 't:广西壮族自治区|关于促进广西高新技术产业开发区高质量发展的若干措施';
export const MUNICIPAL = '柳政规〔2021〕18号';

const article = (
  policyId: string,
  path: string,
  number: number,
  order: number,
  heading: string,
  text: string,
  partNumber?: number,
) => ({
  id: `${policyId}#${path}`,
  policyId,
  number,
  label: `（${'一二三四五'[number - 1]}）`,
  heading,
  text,
  path,
  order,
  partNumber: partNumber ?? null,
});

/** Articles of the fixture, by policy. */
export const ARTICLES = {
  national: [
    article(NATIONAL, 'p1/a1', 1, 1, '着力提升自主创新能力', '围绕重点领域开展关键核心技术攻关。', 1),
    article(NATIONAL, 'p1/a2', 2, 2, '加快培育科技型企业', '支持高新区内企业建设研发机构。', 1),
    article(NATIONAL, 'p2/a3', 3, 3, '深化对外开放合作', '鼓励高新区参与国际合作。', 2),
  ],
  provincial: [
    article(PROVINCIAL, 'a1', 1, 1, '加快创建国家高新区', '支持柳州等地高新区提升自主创新能力，开展关键核心技术攻关。'),
    article(PROVINCIAL, 'a2', 2, 2, '优化高新区布局', '推动自治区级高新区扩区。'),
  ],
  municipal: [
    article(MUNICIPAL, 'p1/a1', 1, 1, '支持柳州高新区争先进位', '对柳州高新区开展关键核心技术攻关给予支持。', 1),
    article(MUNICIPAL, 'p1/a2', 2, 2, '培育科技型企业', '对新建研发机构的企业给予1000万元财政资金补助。', 1),
  ],
};

const evidence = JSON.stringify([
  {
    lowerStart: 11,
    lowerEnd: 21,
    upperStart: 19,
    upperEnd: 29,
    lowerText: '开展关键核心技术攻关',
    upperText: '开展关键核心技术攻关',
  },
]);

/** The ALIGNS_WITH relationships of the fixture (lower → upper). */
export const ALIGNMENTS = [
  {
    lower: `${MUNICIPAL}#p1/a1`,
    upper: `${PROVINCIAL}#a1`,
    score: 0.82,
    class: 'related',
    rank: 1,
    evidence,
    status: 'suggested',
  },
  {
    lower: `${PROVINCIAL}#a1`,
    upper: `${NATIONAL}#p1/a1`,
    score: 0.74,
    class: 'related',
    rank: 1,
    evidence: '[]',
    status: 'suggested',
  },
  {
    lower: `${MUNICIPAL}#p1/a2`,
    upper: `${NATIONAL}#p1/a2`,
    score: 0.55,
    class: 'partially_related',
    rank: 1,
    evidence: '[]',
    status: 'suggested',
  },
  {
    lower: `${MUNICIPAL}#p1/a2`,
    upper: `${PROVINCIAL}#a2`,
    score: 0.31,
    class: 'partially_related',
    rank: 2,
    evidence: '[]',
    status: 'rejected',
  },
].map((a) => ({ ...a, id: `${a.lower}->${a.upper}`, method: 'bigram-sw', version: '1' }));

/** Writes the fixture (the caller empties the database first). */
export async function seedApiFixture(graph: GraphHandle): Promise<void> {
  const policies = [
    {
      id: NATIONAL,
      title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
      docNumber: NATIONAL,
      docNumberOriginal: NATIONAL,
      tier: 'national',
      jurisdiction: '中华人民共和国',
      status: 'full',
      kind: 'opinions',
    },
    {
      id: PROVINCIAL,
      title: '关于促进广西高新技术产业开发区高质量发展的若干措施',
      docNumber: null,
      docNumberOriginal: null,
      tier: 'provincial',
      jurisdiction: '广西壮族自治区',
      status: 'full',
      kind: 'measures',
    },
    {
      id: MUNICIPAL,
      title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
      docNumber: MUNICIPAL,
      docNumberOriginal: '柳政规[2021]18号',
      tier: 'municipal',
      jurisdiction: '柳州市',
      status: 'full',
      kind: 'measures',
    },
  ];
  const parts = [
    { id: `${NATIONAL}#p1`, policyId: NATIONAL, number: 1, label: '一、', heading: '总体要求与创新能力', order: 1 },
    { id: `${NATIONAL}#p2`, policyId: NATIONAL, number: 2, label: '二、', heading: '开放合作', order: 2 },
    { id: `${MUNICIPAL}#p1`, policyId: MUNICIPAL, number: 1, label: '一、', heading: '提升高新区创新能级', order: 1 },
  ];
  const articles = [...ARTICLES.national, ...ARTICLES.provincial, ...ARTICLES.municipal];
  await graph.write([
    { cypher: 'UNWIND $rows AS row CREATE (p:Policy) SET p = row', params: { rows: policies } },
    {
      cypher: `UNWIND $rows AS row MATCH (p:Policy {id: row.policyId}) CREATE (p)-[:HAS_PART]->(x:Part) SET x = row`,
      params: { rows: parts },
    },
    {
      cypher: `UNWIND $rows AS row MATCH (p:Policy {id: row.policyId}) CREATE (p)-[:HAS_ARTICLE]->(a:Article) SET a = row
WITH a, row WHERE row.partNumber IS NOT NULL
MATCH (part:Part {id: row.policyId + '#p' + toString(row.partNumber)}) CREATE (part)-[:HAS_ARTICLE]->(a)`,
      params: { rows: articles },
    },
    {
      cypher: `CREATE (ag:Agency {id: '柳州市科学技术局', name: '柳州市科学技术局', aliases: ['市科技局'], jurisdiction: '柳州市', collective: false})
WITH ag MATCH (a:Article {id: $lead}) CREATE (ag)-[:LEADS {asWritten: '市科技局'}]->(a)
WITH ag MATCH (p:Policy {id: $municipal}) CREATE (ag)-[:DRAFTED {detail: null}]->(p)`,
      params: { lead: `${MUNICIPAL}#p1/a1`, municipal: MUNICIPAL },
    },
    {
      cypher: `UNWIND $rows AS row MATCH (l:Article {id: row.lower}) MATCH (u:Article {id: row.upper})
CREATE (l)-[r:ALIGNS_WITH]->(u) SET r = row {.id, .score, .class, .rank, .evidence, .method, .version, .status}`,
      params: { rows: ALIGNMENTS },
    },
    {
      cypher: `MATCH (m:Policy {id: $municipal}), (p:Policy {id: $provincial}) CREATE (m)-[:IMPLEMENTS {inferred: false, line: 3}]->(p)`,
      params: { municipal: MUNICIPAL, provincial: PROVINCIAL },
    },
  ]);
}

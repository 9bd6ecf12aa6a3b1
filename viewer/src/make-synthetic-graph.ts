/**
 * A synthetic graph of about `n` Cytoscape elements for benchmarks (pure, deterministic). Policies of 20 articles
 * spread over the three tiers; each lower article aligns with one article of the tier above, and each lower policy
 * implements one upper policy. Example: makeSyntheticPolicies(500) → 14 policies, ~500 elements once built.
 */
import type { PolicyData, Tier } from './api-types.ts';

const ARTICLES_PER_POLICY = 20;
const HEADINGS = [
  '优化高新区布局',
  '加快创建国家高新区',
  '促进创新资源集聚',
  '培育科技型企业',
  '强化人才支撑',
  '完善金融服务',
  '深化体制改革',
  '推动开放合作',
];

/** Policies (with articles and alignments) whose element count is close to `n`. */
export function makeSyntheticPolicies(n: number): PolicyData[] {
  // Per policy: 1 node + 20 articles, and for the two lower tiers of three also 20 alignments + 1 relation edge.
  const perPolicy = 1 + ARTICLES_PER_POLICY + (2 / 3) * (ARTICLES_PER_POLICY + 1);
  const count = Math.max(3, Math.round(n / perPolicy));
  const tiers: Tier[] = ['national', 'provincial', 'municipal'];
  const policies: PolicyData[] = [];
  for (let i = 0; i < count; i++) {
    const tier = tiers[i % 3]!;
    const id = `syn-${i}`;
    const upper = tier === 'national' ? undefined : `syn-${i - 1}`;
    policies.push({
      id,
      title: `关于促进第${i + 1}号高新技术产业开发区高质量发展的若干措施`,
      docNumber: `测〔2024〕${i + 1}号`,
      tier,
      issuedOn: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      status: 'full',
      implements: upper ? [{ id: upper }] : [],
      articles: Array.from({ length: ARTICLES_PER_POLICY }, (_, j) => ({
        id: `${id}#a${j + 1}`,
        number: j + 1,
        label: `（${j + 1}）`,
        heading: HEADINGS[(i + j) % HEADINGS.length]!,
        order: j + 1,
        alignsWithConnection: {
          edges: upper
            ? [
                {
                  node: { id: `${upper}#a${((j * 7) % ARTICLES_PER_POLICY) + 1}` },
                  properties: {
                    id: `${id}#a${j + 1}->${upper}`,
                    score: ((i * 31 + j * 17) % 100) / 100,
                    class: 'related',
                    status: 'suggested',
                  },
                },
              ]
            : [],
        },
      })),
    });
  }
  return policies;
}

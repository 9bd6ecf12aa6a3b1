/**
 * Reads policies and their articles page by page, within the API's page-size and query-cost limits, and joins
 * them into PolicyData (articles grouped under their policy by `policyId`). `maxArticles` bounds the overview.
 */
import type { ArticleData, PolicyData } from './api-types.ts';
import type { GraphQLClient } from './api-client.ts';
import * as Q from './queries.ts';

async function pages<T>(fetchPage: (offset: number) => Promise<T[]>, pageSize: number, max: number): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < max; offset += pageSize) {
    const page = await fetchPage(offset);
    out.push(...page);
    if (page.length < pageSize) break;
  }
  return out;
}

/** Groups articles under their policies, keeping policies without loaded articles as they are. */
export function joinArticles(policies: PolicyData[], articles: ArticleData[]): PolicyData[] {
  const byPolicy = new Map<string, ArticleData[]>();
  for (const a of articles) if (a.policyId) byPolicy.set(a.policyId, [...(byPolicy.get(a.policyId) ?? []), a]);
  return policies.map((p) => (byPolicy.has(p.id) ? { ...p, articles: byPolicy.get(p.id) } : p));
}

/** Every policy, and up to `maxArticles` articles with their alignments: the overview. */
export async function fetchOverview(api: GraphQLClient, maxArticles = 3000): Promise<PolicyData[]> {
  const policies = await pages(
    (offset) => api<{ policies: PolicyData[] }>(Q.POLICY_PAGE_QUERY, { offset }).then((d) => d.policies),
    Q.POLICY_PAGE_SIZE,
    100_000,
  );
  const articles = await pages(
    (offset) => api<{ articles: ArticleData[] }>(Q.ARTICLE_PAGE_QUERY, { offset }).then((d) => d.articles),
    Q.ARTICLE_PAGE_SIZE,
    maxArticles,
  );
  return joinArticles(policies, articles);
}

/** Some policies with all their articles. */
export async function fetchPolicies(api: GraphQLClient, ids: string[], signal?: AbortSignal): Promise<PolicyData[]> {
  const policies: PolicyData[] = [];
  for (let i = 0; i < ids.length; i += Q.POLICY_PAGE_SIZE) {
    const chunk = ids.slice(i, i + Q.POLICY_PAGE_SIZE);
    policies.push(...(await api<{ policies: PolicyData[] }>(Q.POLICIES_QUERY, { ids: chunk }, { signal })).policies);
  }
  const articles = await pages(
    (offset) =>
      api<{ articles: ArticleData[] }>(Q.POLICY_ARTICLE_PAGE_QUERY, { ids, offset }, { signal }).then(
        (d) => d.articles,
      ),
    Q.ARTICLE_PAGE_SIZE,
    100_000,
  );
  return joinArticles(policies, articles);
}

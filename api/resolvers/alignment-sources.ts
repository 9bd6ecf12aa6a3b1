/**
 * `sources`, `likelyParents`, `reuse` and `ComparedPair.changes`: the alignment engine run on demand over what is in
 * the graph (align/rank-sources.ts, infer-likely-parents.ts, find-reuse.ts, compare-provisions.ts), without
 * citations. Example: `sources(articleId: "柳政规〔2021〕18号#p1/a1", scope: UPPER, limit: 2)` → [{ article: { id:
 * "国发〔2020〕7号#a6" }, scope: UPPER, score: 0.3113, class: "partially_related", evidence: […] }, …].
 */
import {
  compareProvisions,
  findReuse,
  inferLikelyParents,
  placeFields,
  rankSources,
  type AlignDocument,
  type SourceScope,
} from '../../align/index.ts';
import type { PolicyKind, Tier } from '../../model/index.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';

/**
 * Every policy with its current articles, the policies it cites (not inferred; those it rests on, BASED_ON, also
 * apart), its places up to 中华人民共和国, and the dates its work first existed
 * by (its earliest adoption, promulgation or issue event; the earliest version of its Work). With its own issue
 * date, the earliest of them is the first date known of the work (a text that tells no history is taken as its first).
 */
export function buildReadDocumentsQuery(): CypherQuery {
  return {
    cypher: `MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article)
WHERE coalesce(a.stale, false) = false
WITH p, a ORDER BY a.order, a.path
WITH p, collect(a {.id, .number, .path, .heading, .text}) AS articles
OPTIONAL MATCH (p)-[c:IMPLEMENTS|BASED_ON|CITES]->(q:Policy)
WHERE coalesce(c.inferred, false) = false
WITH p, articles, collect(DISTINCT q.id) AS cited, collect(DISTINCT CASE type(c) WHEN 'BASED_ON' THEN q.id END) AS basedOn
RETURN p {.id, .title, .docNumber, .tier, .kind, .issuedOn, .jurisdiction} AS policy, articles, cited, basedOn,
       [(p)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(k:Jurisdiction) |
         k {.name, parent: head([(k)-[:PART_OF]->(up:Jurisdiction) | up.name])}] AS places,
       [d IN [p.issuedOn]
         + COLLECT { MATCH (p)-[:HAS_EVENT]->(e:Event) WHERE e.kind IN ['adoption', 'promulgation', 'issuance']
                     RETURN e.start ORDER BY e.start LIMIT 1 }
         + COLLECT { MATCH (p)<-[:HAS_VERSION]-(:Work)-[:HAS_VERSION]->(v:Policy) RETURN v.issuedOn ORDER BY v.issuedOn LIMIT 1 }
        WHERE d IS NOT NULL] AS firstDates
ORDER BY policy.id`,
    params: {},
  };
}

interface Graph {
  docs: AlignDocument[];
  /** `${policyId}\n${path}` → article id, and back. */
  articleId: Map<string, string>;
  articleAt: Map<string, { policyId: string; path: string }>;
}

/** `firstIssuedOn`: the earliest of the dates read, when there are any. */
function firstOf(dates: readonly string[]): { firstIssuedOn?: string } {
  const first = [...dates].sort()[0];
  return first ? { firstIssuedOn: first } : {};
}

async function readGraph(context: ApiContext): Promise<Graph> {
  const rows = await context.runner.read(buildReadDocumentsQuery());
  const articleId = new Map<string, string>();
  const articleAt = new Map<string, { policyId: string; path: string }>();
  const docs = rows.map((row): AlignDocument => {
    const p = row.policy as Record<string, string | undefined>;
    const articles = row.articles as { id: string; number: number; path: string; heading?: string; text?: string }[];
    for (const a of articles) {
      articleId.set(`${p.id}\n${a.path}`, a.id);
      articleAt.set(a.id, { policyId: p.id!, path: a.path });
    }
    return {
      file: p.id!,
      title: p.title ?? '',
      // A document of unknown tier stays so: neither above nor beside anything (rank-sources.ts), as in alignGraph.
      ...(p.tier ? { tier: p.tier as Tier } : {}),
      kind: (p.kind ?? 'other') as PolicyKind,
      ...placeFields(p.jurisdiction, row.places as { name: string; parent: string | null }[]),
      ...(p.docNumber ? { docNumber: p.docNumber } : {}),
      ...(p.issuedOn ? { issuedOn: p.issuedOn } : {}),
      ...firstOf(row.firstDates as string[]),
      articles: articles.map((a) => ({
        number: Number(a.number),
        path: a.path,
        heading: a.heading ?? '',
        text: a.text ?? '',
      })),
      citedFiles: row.cited as string[],
      basedOnFiles: row.basedOn as string[],
    };
  });
  return { docs, articleId, articleAt };
}

const clampLimit = (limit: number | undefined, fallback: number, max: number) => {
  const n = limit ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`limit must be an integer from 1 to ${max}`);
  return n;
};

/** Query.sources: likely source articles of one article, anywhere in the graph. */
export async function resolveSources(
  _: unknown,
  args: { articleId: string; scope?: SourceScope; limit?: number },
  context: ApiContext,
) {
  const limit = clampLimit(args.limit, 10, 50);
  const graph = await readGraph(context);
  const at = graph.articleAt.get(args.articleId);
  if (!at) throw badInput(`No article with id "${args.articleId}"`);
  return rankSources(graph.docs, { file: at.policyId, path: at.path }, { scope: args.scope ?? 'ALL', limit }).map(
    (s) => ({
      articleId: graph.articleId.get(`${s.file}\n${s.path}`)!,
      scope: s.scope,
      score: s.score,
      class: s.class,
      rank: s.rank,
      evidence: s.evidence,
    }),
  );
}

/** Query.likelyParents: upper documents ranked as what a policy implements, its citations ignored. */
export async function resolveLikelyParents(
  _: unknown,
  args: { policyId: string; limit?: number },
  context: ApiContext,
) {
  const limit = clampLimit(args.limit, 5, 20);
  const graph = await readGraph(context);
  const doc = graph.docs.find((d) => d.file === args.policyId);
  if (!doc) throw badInput(`No policy with articles and id "${args.policyId}"`);
  return inferLikelyParents(graph.docs, doc.file, { limit }).map((p) => ({
    policyId: p.file,
    score: p.score,
    viaId: p.via ?? null,
    alignedArticles: p.alignedArticles,
    cited: (doc.citedFiles ?? []).includes(p.file),
  }));
}

/** Query.reuse: same-tier documents sharing long passages with a policy. */
export async function resolveReuse(_: unknown, args: { policyId: string; minLength?: number }, context: ApiContext) {
  const minLength = args.minLength ?? 20;
  if (!Number.isInteger(minLength) || minLength < 8 || minLength > 500)
    throw badInput('minLength must be an integer from 8 to 500');
  const graph = await readGraph(context);
  if (!graph.docs.some((d) => d.file === args.policyId))
    throw badInput(`No policy with articles and id "${args.policyId}"`);
  return findReuse(graph.docs, args.policyId, { minLength }).map((m) => ({
    policyId: m.file,
    sharedCharacters: m.sharedCharacters,
    share: m.share,
    spans: m.spans.map((s) => ({
      articleId: graph.articleId.get(`${args.policyId}\n${s.path}`)!,
      otherArticleId: graph.articleId.get(`${m.file}\n${s.otherPath}`)!,
      text: s.text,
      start: s.start,
      end: s.end,
      length: s.length,
    })),
  }));
}

/** ComparedPair.changes: the typed comparison of the pair's two article texts. */
export async function resolvePairChanges(source: Record<string, unknown>, _args: unknown, context: ApiContext) {
  const rows = await context.runner.read({
    cypher: 'MATCH (l:Article {id: $lowerId}) MATCH (u:Article {id: $upperId}) RETURN l.text AS lower, u.text AS upper',
    params: { lowerId: String(source.lowerId), upperId: String(source.upperId) },
  });
  const row = rows[0];
  if (!row) return [];
  return compareProvisions(String(row.lower ?? ''), String(row.upper ?? '')).map((c) => ({
    kind: c.kind,
    verdict: c.verdict,
    detail: c.detail,
    lowerText: c.lower?.text ?? null,
    lowerStart: c.lower?.start ?? null,
    lowerEnd: c.lower?.end ?? null,
    upperText: c.upper?.text ?? null,
    upperStart: c.upper?.start ?? null,
    upperEnd: c.upper?.end ?? null,
  }));
}

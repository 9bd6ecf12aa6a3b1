/**
 * `sources`, `likelyParents`, `reuse` and `ComparedPair.changes`: the alignment engine run on demand over what is in
 * the graph (align/rank-sources.ts, infer-likely-parents.ts, find-reuse.ts, compare-provisions.ts), without
 * citations; the documents and the indexes are kept between requests while the graph is unchanged
 * (../alignment-graph.ts). Example: `sources(articleId: "柳政规〔2021〕18号#p1/a1", scope: UPPER, limit: 2)` →
 * [{ article: { id: "国发〔2020〕7号#a6" }, scope: UPPER, score: 0.3113, class: "partially_related", evidence: […] }, …].
 */
import {
  citesDocument,
  COMPARED_FROM,
  compareProvisions,
  findReuse,
  isCompared,
  rankSources,
  type AlignDocument,
  type ProvisionChange,
  type ReuseSpan,
  type SourceScope,
} from '../../align/index.ts';
import type { AlignmentGraph } from '../alignment-graph.ts';
import type { ApiContext } from '../context.ts';
import { inTurn } from '../engine-turns.ts';
import { readRangedArgument } from '../argument-ranges.ts';
import { badInput } from '../errors.ts';
import { buildPolicyAsOfQuery } from './policy-as-of.ts';

/**
 * The document a policy id names, as `policy(id)` reads it: a version's id is that version; a Work id (`w:…`, what
 * `compare` and `versions` take) is the version in force now, else the latest. BAD_USER_INPUT when neither names a
 * document with articles.
 */
async function documentOf(graph: AlignmentGraph, policyId: string, context: ApiContext): Promise<AlignDocument> {
  const named = (id: unknown) => (typeof id === 'string' ? graph.docs.find((d) => d.file === id) : undefined);
  const doc =
    named(policyId) ?? named((await context.runner.read(buildPolicyAsOfQuery({ id: policyId }, undefined)))[0]?.id);
  if (!doc) throw badInput(`No policy with articles and id "${policyId}"`);
  return doc;
}

/** Query.sources: likely source articles of one article, anywhere in the graph. */
export async function resolveSources(
  _: unknown,
  args: { articleId: string; scope?: SourceScope; limit?: number },
  context: ApiContext,
) {
  const limit = readRangedArgument('sources', 'limit', args.limit);
  const graph = await context.alignmentGraph();
  const at = graph.articleAt.get(args.articleId);
  if (!at) throw badInput(`No article with id "${args.articleId}"`);
  const index = await graph.sourceIndex();
  const scope = args.scope ?? 'ALL';
  // UPPER ranks the text's likely parents first, PEER the peers resting on them (peer-siblings.ts); ALL does both.
  const [parents, siblings] = await Promise.all([
    scope === 'PEER' ? undefined : graph.parentsOf(at.policyId),
    scope === 'UPPER' ? undefined : graph.siblingsOf(at.policyId),
  ]);
  // Built with the graph, in steps: an undated text's versions are weighed with them, not with bags made in turn.
  const wholeTexts = await graph.wholeTexts();
  const options = { scope, limit, parents, siblings, wholeTexts };
  return inTurn(() =>
    rankSources(index, { file: at.policyId, path: at.path }, options).map((s) => ({
      articleId: graph.articleId.get(`${s.file}\n${s.path}`)!,
      scope: s.scope,
      score: s.score,
      class: s.class,
      rank: s.rank,
      evidence: s.evidence,
      inLikelyParent: s.inParent === true,
      sharesLikelyParent: s.sharesParent === true,
    })),
  );
}

/** Query.likelyParents: upper documents ranked as what a policy implements, its citations ignored. */
export async function resolveLikelyParents(
  _: unknown,
  args: { policyId: string; limit?: number },
  context: ApiContext,
) {
  const limit = readRangedArgument('likelyParents', 'limit', args.limit);
  const graph = await context.alignmentGraph();
  const doc = await documentOf(graph, args.policyId, context);
  const byFile = new Map(graph.docs.map((d) => [d.file, d]));
  return (await graph.likelyParentsOf(doc.file)).slice(0, limit).map((p) => ({
    policyId: p.file,
    score: p.score,
    viaId: p.via ?? null,
    alignedArticles: p.alignedArticles,
    cited: citesDocument(doc, byFile.get(p.file)!),
    laterVersion: p.laterVersion === true,
  }));
}

/** Query.reuse: same-tier documents sharing long passages of their own with a policy, and what both take from above. */
export async function resolveReuse(_: unknown, args: { policyId: string; minLength?: number }, context: ApiContext) {
  const minLength = readRangedArgument('reuse', 'minLength', args.minLength);
  const graph = await context.alignmentGraph();
  const policyId = (await documentOf(graph, args.policyId, context)).file;
  const span = (other: string, s: ReuseSpan) => ({
    articleId: graph.articleId.get(`${policyId}\n${s.path}`)!,
    otherArticleId: graph.articleId.get(`${other}\n${s.otherPath}`)!,
    text: s.text,
    start: s.start,
    end: s.end,
    length: s.length,
  });
  return inTurn(() => findReuse(graph.docs, policyId, { minLength })).then((found) =>
    found.map((m) => ({
      policyId: m.file,
      sharedCharacters: m.sharedCharacters,
      share: m.share,
      spans: m.spans.map((s) => span(m.file, s)),
      inheritedCharacters: m.inheritedCharacters,
      inherited: m.inherited.map((s) => ({
        ...span(m.file, s),
        fromArticleId: graph.articleId.get(`${s.from}\n${s.fromPath}`)!,
      })),
    })),
  );
}

/**
 * ComparedPair.changes: the typed comparison of the pair's two article texts; a cited pair's upper applies by
 * reference. Null for a pair not compared: under `minScore` (0.3 by default), not cited and not confirmed.
 */
export async function resolvePairChanges(
  source: Record<string, unknown>,
  args: { minScore?: number | null },
  context: ApiContext,
) {
  // A minScore outside 0–1 never reaches here: the request is refused with the argument bounds (check-arguments.ts).
  const minScore = args.minScore ?? COMPARED_FROM;
  const pair = { score: Number(source.score ?? 0), cited: source.cited === true, status: String(source.status ?? '') };
  if (!isCompared(pair, minScore)) return null;
  const [lower, upper] = await Promise.all([
    context.articleTexts(String(source.lowerId)),
    context.articleTexts(String(source.upperId)),
  ]);
  if (lower === undefined || upper === undefined) return [];
  return compareProvisions(lower, upper, { namesUpper: pair.cited }).map(toProvisionChangeRow);
}

/** A typed change as the GraphQL ProvisionChange reads it (spans flattened, absent sides null). */
export function toProvisionChangeRow(c: ProvisionChange) {
  return {
    kind: c.kind,
    verdict: c.verdict,
    detail: c.detail,
    lowerText: c.lower?.text ?? null,
    lowerStart: c.lower?.start ?? null,
    lowerEnd: c.lower?.end ?? null,
    upperText: c.upper?.text ?? null,
    upperStart: c.upper?.start ?? null,
    upperEnd: c.upper?.end ?? null,
  };
}

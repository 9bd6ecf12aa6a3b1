/**
 * `sources` (scope PEER) over the statute book: does a provincial regulation's article find its counterpart in another
 * province's regulation of the same law? The truth comes from the labels, with no new reading: two labelled lower
 * articles of different documents are peer counterparts when one article of the law above is labelled for both
 * (peerCounterparts: `strong` for both, and, looser, strong or medium for both). Of the real sets only those resting
 * on one law give such pairs: 促进科技成果转化法 (北京, 上海, 山东) and 中小企业促进法 (北京, 上海).
 * Every lower article with a counterpart is ranked as the API and `trace` rank scope PEER (rankSources with the peers
 * resting on the text's likely parents as `parents`: peer-siblings.ts, api/resolvers/alignment-sources.ts) over an
 * index of the national documents and the local ones chosen by `--locals`: `labelled` (default) the 21 labelled lower
 * regulations, so the peers are the other labelled ones; `book` every regulation of DLC/ (北京, 上海, 山东, 河南:
 * 1,314), so unrelated peers with the same boilerplate compete.
 * A pair counts only when the API could give it: scopeOf(lower, peer) is PEER (a 2017 text does not come from a peer
 * first made in 2019; two texts of one place are no peers); the pairs it excludes are counted. Figures as
 * bench/measure-sources.ts counts them (sourceFigures): precision@1, recall@3 over pairs, right document first, per
 * set, per law and pooled; then every lower article whose first source is no counterpart, the winner beside the best
 * counterpart's rank. `--no-siblings` ranks as the API did before peer-siblings.ts: no parents.
 * Usage: npx tsx bench/measure-peer-sources.ts [--root ../shared/corpora/lawrefbook] [--locals labelled|book]
 *   [--no-siblings] [--limit N] [--json]
 */
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createSourceIndex,
  createWholeTextIndex,
  inferLikelyParents,
  parentContext,
  peerSiblings,
  scopeOf,
  type AlignDocument,
  type AlignmentLabel,
} from '../align/index.ts';
import { listLawrefbookMarkdown } from '../cli/read-lawrefbook.ts';
import { findSharedCorpora } from '../cli/shared-corpora.ts';
import {
  cut,
  findMisses,
  formatMiss,
  loadBook,
  pct,
  rankLabelledArticles,
  readLabelledSets,
  sourceFigures,
  type SourceFigures,
  type SourceMiss,
  winnerRelation,
} from './measure-sources.ts';

/** Which labels make two lower articles counterparts: strong for both, or strong or medium for both. */
export type PeerTruth = 'strong' | 'medium';

/**
 * The peer counterparts the labels imply: lower article a (of one document) → lower article b (of another) when one
 * upper article is labelled for both with a strength `truth` admits. Each is an AlignmentLabel from a to b (b's file
 * and article as the "upper" side, as sourceFigures reads it), once however many upper articles they share, the
 * shared ones in its note. Both directions are given; whether a may rest on b in time is the ranking's business.
 * Example: 北京 第5条 and 上海 第4条 both labelled strong to 促进科技成果转化法 第8条 → 北京#5 → 上海#4 and 上海#4 → 北京#5.
 */
export function peerCounterparts(labels: readonly AlignmentLabel[], truth: PeerTruth): AlignmentLabel[] {
  const admitted = (l: AlignmentLabel) => l.strength === 'strong' || (truth === 'medium' && l.strength === 'medium');
  const byUpper = new Map<string, AlignmentLabel[]>();
  for (const l of labels.filter(admitted)) {
    const k = `${l.upperFile}#${l.upperArticle}`;
    byUpper.set(k, [...(byUpper.get(k) ?? []), l]);
  }
  const pairs = new Map<string, AlignmentLabel & { via: string[] }>();
  for (const [upper, lowers] of byUpper)
    for (const a of lowers)
      for (const b of lowers) {
        if (a.lowerFile === b.lowerFile) continue;
        const k = `${a.lowerFile}#${a.lowerArticle}\n${b.lowerFile}#${b.lowerArticle}`;
        const pair = pairs.get(k);
        if (pair) {
          if (!pair.via.includes(upper)) pair.via.push(upper);
          continue;
        }
        pairs.set(k, {
          lowerFile: a.lowerFile,
          lowerArticle: a.lowerArticle,
          upperFile: b.lowerFile,
          upperArticle: b.lowerArticle,
          note: '',
          via: [upper],
        });
      }
  return [...pairs.values()].map(({ via, ...pair }) => ({ ...pair, note: `via ${via.join(', ')}` }));
}

/** The siblings of each of `files` as the API takes them (peerSiblings of its likely parents' context). */
function siblingFiles(docs: readonly AlignDocument[], files: readonly string[]): Map<string, string[]> {
  const wholeTexts = createWholeTextIndex(docs);
  return new Map(
    files.map((f) => [f, peerSiblings(docs, f, parentContext(inferLikelyParents(docs, f, { wholeTexts })))] as const),
  );
}

/** One set's (or several sets') figures under both truths, with the pairs the scope rules out. */
export interface PeerFigures {
  strong: SourceFigures;
  medium: SourceFigures;
  /** Pairs (strong or medium truth) whose peer the API would never list (scopeOf is not PEER). */
  outOfScope: { strong: number; medium: number };
}

export interface PeerSourcesResult {
  locals: 'labelled' | 'book';
  /** Each asking file's siblings, as the API takes them (absent with --no-siblings). */
  siblings?: Record<string, string[]>;
  documents: number;
  articles: number;
  skipped: string[];
  limit: number;
  /** Per lower set, grouped by the law its counterparts share; then per law; then all. */
  sets: ({ name: string; law: string } & PeerFigures)[];
  laws: ({ law: string } & PeerFigures)[];
  pooled: PeerFigures;
  /**
   * Lower articles (strong truth) whose first source is no counterpart, of a counterpart's document or another;
   * `namesLaw`: the winner's document names the law the counterparts share in 《》 (an unlabelled peer of that law).
   */
  misses: (SourceMiss & { namesLaw: boolean })[];
  seconds: { load: number; index: number; rank: number };
  peakRssMb: number;
}

/** Runs the measurement. */
export async function measurePeerSources({
  root,
  locals = 'labelled',
  limit = 50,
  siblings = true,
}: {
  root: string;
  locals?: 'labelled' | 'book';
  limit?: number;
  siblings?: boolean;
}): Promise<PeerSourcesResult> {
  const t0 = Date.now();
  const sets = readLabelledSets();
  const labels = sets.flatMap((s) => s.labels);
  const lowerFiles = new Set(labels.map((l) => l.lowerFile));
  const book = locals === 'book' ? listLawrefbookMarkdown(root).filter((f) => f.startsWith('DLC/')) : [];
  const { docs, byFile, skipped } = await loadBook(root, [...lowerFiles, ...book]);
  const t1 = Date.now();
  const index = createSourceIndex(docs);
  const t2 = Date.now();
  const reachable = (p: AlignmentLabel) => {
    const lower = byFile.get(p.lowerFile);
    const peer = byFile.get(p.upperFile);
    return lower !== undefined && peer !== undefined && scopeOf(lower, peer) === 'PEER';
  };
  const truths = { strong: peerCounterparts(labels, 'strong'), medium: peerCounterparts(labels, 'medium') };
  const asked = truths.medium.filter(reachable);
  const siblingsOf = siblings ? siblingFiles(docs, [...new Set(asked.map((p) => p.lowerFile))]) : undefined;
  const ranked = rankLabelledArticles(index, byFile, asked, (file) => ({
    scope: 'PEER',
    limit,
    siblings: siblingsOf?.get(file) ?? [],
  }));
  const t3 = Date.now();
  const upperOf = new Map(labels.map((l) => [l.lowerFile, l.upperFile]));
  const lawOf = new Map([...upperOf].map(([lower, upper]) => [lower, basename(upper, '.md')]));
  const setOf = new Map(sets.flatMap((s) => s.labels.map((l) => [l.lowerFile, s.name] as const)));
  const figures = (keep: (p: AlignmentLabel) => boolean): PeerFigures => {
    const of = (truth: AlignmentLabel[]) => truth.filter(keep);
    const [strong, medium] = [of(truths.strong), of(truths.medium)];
    return {
      strong: sourceFigures(strong.filter(reachable), ranked),
      medium: sourceFigures(medium.filter(reachable), ranked),
      outOfScope: {
        strong: strong.filter((p) => !reachable(p)).length,
        medium: medium.filter((p) => !reachable(p)).length,
      },
    };
  };
  const peered = [...new Set(truths.medium.map((p) => p.lowerFile))].sort(
    (a, b) => lawOf.get(a)!.localeCompare(lawOf.get(b)!) || setOf.get(a)!.localeCompare(setOf.get(b)!),
  );
  const laws = [...new Set(peered.map((f) => lawOf.get(f)!))];
  const misses = peered.flatMap((f) =>
    findMisses(
      setOf.get(f)!,
      truths.strong.filter((p) => p.lowerFile === f && reachable(p)),
      ranked,
      byFile,
    ).map((m) => {
      const law = byFile.get(upperOf.get(f)!);
      const winner = byFile.get(m.winner.file);
      return { ...m, namesLaw: !!law && !!winner && winnerRelation(winner, [law]) === 'names' };
    }),
  );
  return {
    locals,
    ...(siblingsOf ? { siblings: Object.fromEntries(siblingsOf) } : {}),
    documents: docs.length,
    articles: docs.reduce((a, d) => a + d.articles.length, 0),
    skipped,
    limit,
    sets: peered.map((f) => ({ name: setOf.get(f)!, law: lawOf.get(f)!, ...figures((p) => p.lowerFile === f) })),
    laws: laws.map((law) => ({ law, ...figures((p) => lawOf.get(p.lowerFile) === law) })),
    pooled: figures(() => true),
    misses,
    seconds: {
      load: Math.round((t1 - t0) / 1000),
      index: Math.round((t2 - t1) / 1000),
      rank: Math.round((t3 - t2) / 1000),
    },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** The table (both truths side by side), then the misses. */
export function formatPeerSources(r: PeerSourcesResult): string {
  const cells = (f: SourceFigures, out: number) =>
    `${String(f.lowerArticles).padStart(5)} ${String(f.pairs).padStart(5)} ${pct(f.precisionAt1)} ${pct(f.recallAt3)} ${pct(f.cappedRecallAt3)} ${pct(f.rightDocumentFirst)} ${String(f.noSource).padStart(4)} ${String(out).padStart(4)}`;
  const row = (name: string, f: PeerFigures) =>
    `  ${name.padEnd(34)} ${cells(f.strong, f.outOfScope.strong)}   ${cells(f.medium, f.outOfScope.medium)}`;
  const head = 'lower pairs   P@1   R@3 R@3cap docFirst none  out';
  const other = r.misses.filter((m) => !m.rightDocument);
  const lines = [
    `sources (scope PEER${r.siblings ? '' : '; without siblings, as before peer-siblings.ts'}) over lawrefbook: ${r.documents} documents, ${r.articles} articles (national folders and ${r.locals === 'book' ? 'every regulation of DLC/' : 'the labelled lower regulations'}); ${r.skipped.length} file(s) skipped`,
    `  load ${r.seconds.load} s, index ${r.seconds.index} s, ranking ${r.seconds.rank} s; peak RSS ${r.peakRssMb} MB`,
    '',
    `  ${''.padEnd(34)} ${'strong for both'.padEnd(head.length)}   strong or medium for both`,
    `  ${'set'.padEnd(34)} ${head}   ${head}`,
    ...r.laws.flatMap((l) => [
      ...r.sets.filter((s) => s.law === l.law).map((s) => row(s.name, s)),
      row(`${l.law} (pooled)`, l),
    ]),
    row('pooled all', r.pooled),
    '',
    `strong truth: first source of a counterpart's document but another article: ${r.misses.length - other.length}; of another document: ${other.length} (${other.filter((m) => m.namesLaw).length} naming the law the counterparts share: an unlabelled peer of it)`,
    ...r.misses.map(
      (m) =>
        `${formatMiss(m, r.limit, m.rightDocument ? "a counterpart's document" : m.relation)}${m.rightDocument ? '' : `\n      (another document${m.namesLaw ? ' naming the same law' : ''}; counterparts: ${cut(m.labelled.join(', '), 80)})`}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
  const locals = values('--locals')[0] ?? 'labelled';
  if (locals !== 'labelled' && locals !== 'book') throw new Error(`--locals is labelled or book, not "${locals}"`);
  const result = await measurePeerSources({
    root: values('--root')[0] ?? join(findSharedCorpora(), 'lawrefbook'),
    locals,
    limit: Number(values('--limit')[0] ?? 50),
    siblings: !args.includes('--no-siblings'),
  });
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : formatPeerSources(result));
}

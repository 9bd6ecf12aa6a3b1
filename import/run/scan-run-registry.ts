/**
 * The first pass of an import run: reads each file once and keeps its title key, its number and the numbers it gives
 * to the documents it cites — a few strings per file. It may also keep the parsed documents themselves, up to a
 * budget of source bytes, so that the second pass need not parse them again; past the budget memory does not grow
 * with the texts. Files that cannot be read are skipped here; the second pass reports them. Example:
 *   await scanRunRegistry(['corpus/liuzhou-hitech-measures-interpretation.txt'], read)
 *   → registry.numberByKey: { '柳州市|关于促进高新技术产业开发区高质量发展的若干措施' → '柳政规〔2021〕18号', … }
 */
import { stat } from 'node:fs/promises';
import { AUTHORITY_LEVELS, TIERS, type PolicyDocument } from '../../model/index.ts';
import { buildTitleKey } from '../write/build-title-key.ts';
import { citationsOf, citedTitleKey, expandShortTitle } from '../write/resolve-citations.ts';
import { addToRegistry, createRunRegistry, type RegistryEntry, type RunRegistry } from '../write/run-registry.ts';

/** Reads one file into a parsed document (the parser's readPolicyFile in production). */
export type ReadDocument = (file: string) => Promise<PolicyDocument>;

/** What the registry keeps of one parsed document. Pure. */
export function registryEntryOf(doc: PolicyDocument): RegistryEntry {
  const given: RegistryEntry['given'] = [];
  const cited = new Set<string>();
  for (const citation of citationsOf(doc)) {
    const title = expandShortTitle(citation.title, doc);
    const key = citedTitleKey(title, citation.issuer, citation.jurisdiction);
    if (key) cited.add(key.key);
    if (key && citation.docNumber) given.push({ titleKey: key.key, docNumber: citation.docNumber });
  }
  return {
    titleKey: buildTitleKey(doc.title).key,
    ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
    given,
    cited: [...cited],
  };
}

/** The registry, and the parsed documents kept for the second pass (by file, in file order). */
export interface RunScan {
  registry: RunRegistry;
  parsed: Map<string, PolicyDocument>;
  /** The files in the order to write them: upper documents first (see writeRank), else in the order given. */
  writeOrder: string[];
}

/**
 * Where a document stands in a run's write order: upper tiers first, and within a tier the higher authority level
 * (a law before the regulations and interpretations that rest on it); an unknown tier last. An unknown level does
 * not move a text behind the others of its tier: a statute copied without its head lines shows no level, and must
 * keep its place before a dated version of its work. A citation is resolved against the documents the graph holds
 * when the citing text is written; a local regulation citing 《征兵工作条例》 by title alone, written before the
 * State Council's text of that title, was taken for citing itself, and only a second import linked it. Pure.
 * Example: writeRank({ tier: 'national', authorityLevel: 'law' }) → 2.
 */
export function writeRank(doc: Pick<PolicyDocument, 'tier' | 'authorityLevel'>): number {
  const tier = doc.tier ? TIERS.indexOf(doc.tier) : TIERS.length;
  const level = doc.authorityLevel ? AUTHORITY_LEVELS.indexOf(doc.authorityLevel) + 1 : 0;
  return tier * (AUTHORITY_LEVELS.length + 1) + level;
}

/**
 * Reads every file once and collects the run registry; keeps parsed documents while their files' sizes add up to
 * at most `keepBytes` (0 by default: keep none). A parsed document takes about 4–5 times its file's size in memory.
 */
export async function scanRunRegistry(
  files: readonly string[],
  read: ReadDocument,
  options: { keepBytes?: number } = {},
): Promise<RunScan> {
  const registry = createRunRegistry();
  const parsed = new Map<string, PolicyDocument>();
  // A file that cannot be read fails in the second pass, where its error is reported; it goes last.
  const ranks = new Map<string, number>();
  let budget = options.keepBytes ?? 0;
  for (const file of files) {
    const doc = await read(file).catch(() => undefined);
    if (!doc) continue;
    ranks.set(file, writeRank(doc));
    addToRegistry(registry, registryEntryOf(doc));
    if (budget <= 0) continue;
    const size = (await stat(file).catch(() => undefined))?.size ?? Number.POSITIVE_INFINITY;
    if (size > budget) {
      budget = 0;
      continue;
    }
    budget -= size;
    parsed.set(file, doc);
  }
  const rankOf = (file: string) => ranks.get(file) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: files of one rank keep the order given (a work's versions, say).
  const writeOrder = [...files].sort((a, b) => rankOf(a) - rankOf(b));
  return { registry, parsed, writeOrder };
}

/**
 * The first pass of an import run: reads each file once and keeps its title key, its number and the numbers it gives
 * to the documents it cites — a few strings per file. It may also keep the parsed documents themselves, up to a
 * budget of source bytes, so that the second pass need not parse them again; past the budget memory does not grow
 * with the texts. Files that cannot be read are skipped here; the second pass reports them. Example:
 *   await scanRunRegistry(['corpus/liuzhou-hitech-measures-interpretation.txt'], read)
 *   → registry.numberByKey: { '柳州市|关于促进高新技术产业开发区高质量发展的若干措施' → '柳政规〔2021〕18号', … }
 */
import { stat } from 'node:fs/promises';
import type { PolicyDocument } from '../../model/index.ts';
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
  let budget = options.keepBytes ?? 0;
  for (const file of files) {
    const doc = await read(file).catch(() => undefined);
    if (!doc) continue;
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
  return { registry, parsed };
}

/**
 * The peers that rest on what the asking text rests on: other places' texts citing one of its likely parents (or
 * another version of that work), as 北京's, 上海's and 山东's 促进科技成果转化条例 all cite 促进科技成果转化法. Scope PEER
 * ranks their articles as UPPER ranks a likely parent's (rank-sources.ts, `parents`): weighed within their own
 * document, where the shared law's words (科技成果转化, 中小企业) are everywhere and tell nothing, and first unless
 * another scores PARENT_MARGIN more. Weighed over the whole scope, those words were rare, and a regulation's
 * department-duty article or a topic word in another regulation came first (bench/measure-peer-sources.ts: over all of
 * lawrefbook's local regulations the first peer source was a counterpart for 62.7 % of articles; 82.1 % with these).
 * Example: peerSiblings(docs, '北京…促进科技成果转化条例', ['…促进科技成果转化法']) → ['上海…', '山东…', '河南…'].
 */
import type { AlignDocument } from './align-types.ts';
import { scopeOf } from './rank-sources.ts';
import { citedDocumentsIn } from './resolve-cited-documents.ts';

/** Files of the documents in `file`'s PEER scope that cite one of `parents` or another version of its work. */
export function peerSiblings(docs: readonly AlignDocument[], file: string, parents: readonly string[]): string[] {
  const doc = docs.find((d) => d.file === file);
  if (!doc || parents.length === 0) return [];
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const files = new Set(parents);
  const works = new Set(parents.flatMap((p) => byFile.get(p)?.workId ?? []));
  const citedBy = citedDocumentsIn(docs);
  const restsOnParent = (cited: string) => {
    const work = byFile.get(cited)?.workId;
    return files.has(cited) || (work !== undefined && works.has(work));
  };
  return docs.filter((d) => scopeOf(doc, d) === 'PEER' && citedBy(d).some(restsOnParent)).map((d) => d.file);
}

/**
 * What a document was aligned from, as one hash: the engine's version, its own title, dates and articles, and each
 * upper document it is aligned against with that document's title, date and articles. Titles and dates count because
 * the engine reads them: an article naming 预算法第十条 is paired with the article of the upper document of that title,
 * in the version of that date (align/named-articles.ts), so a renamed or redated upper changes those pairs. A
 * document whose hash is unchanged since its last alignment would get the same candidates again, so an incremental run
 * skips it; one that changed, or whose upper documents changed (another text, one more, one less), is re-aligned. Pure.
 * Example: alignFingerprints([liuzhou, guangxi], selection).get('柳政规〔2021〕18号') → 'e3b0c442…' (sha-256, hex).
 */
import { createHash } from 'node:crypto';
import { ALIGN_VERSION, type AlignDocument } from '../../align/index.ts';

function documentHash(doc: AlignDocument): string {
  const hash = createHash('sha256').update(
    `${doc.title ?? ''}\u0000${doc.issuedOn ?? ''}\u0000${doc.publishedOn ?? ''}\u0001`,
  );
  for (const a of doc.articles) hash.update(`${a.path}\u0000${a.heading}\u0000${a.text}\u0001`);
  return hash.digest('hex');
}

/** The fingerprint of every document of `files`, against the upper documents `selection` gives it (none: none). */
export function alignFingerprints(
  docs: readonly AlignDocument[],
  selection: ReadonlyMap<string, readonly string[]>,
  files: Iterable<string>,
): Map<string, string> {
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  const own = new Map<string, string>();
  const hashOf = (file: string) => {
    let h = own.get(file);
    if (h === undefined) {
      const doc = byFile.get(file);
      h = doc ? documentHash(doc) : 'missing';
      own.set(file, h);
    }
    return h;
  };
  const out = new Map<string, string>();
  for (const file of files) {
    const hash = createHash('sha256').update(`${ALIGN_VERSION}\u0000${file}\u0000${hashOf(file)}`);
    for (const upper of selection.get(file) ?? []) hash.update(`\u0002${upper}\u0000${hashOf(upper)}`);
    out.set(file, hash.digest('hex'));
  }
  return out;
}

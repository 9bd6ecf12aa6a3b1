// Within the national tier, legal force orders documents: a State Council regulation that implements a law stands
// under it. Taken by tier alone, 个人所得税法实施条例 was a peer of 个人所得税法: never aligned with it, and `sources`
// listed the law's articles as PEER. Real texts of ../shared/corpora/lawrefbook, parsed as the importer parses them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  alignDocuments,
  createSourceIndex,
  findReuse,
  inferLikelyParents,
  rankSources,
  selectUpperDocuments,
  type AlignDocument,
} from '../../align/index.ts';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { readPolicyFile } from '../../import/index.ts';

// LAWREFBOOK_DIR names another copy (a checkout with no ../shared beside it), as in parse-lawrefbook.test.ts.
const ROOT = process.env.LAWREFBOOK_DIR ?? join(findSharedCorpora(), 'lawrefbook');
const LAW = '经济法/个人所得税法(2018-08-31).md';
const REGULATION = '行政法规/个人所得税法实施条例(2018-12-18).md';
// Another law of the same field and a regulation of another, so the choice is not the only one.
const OTHER_LAW = '经济法/企业所得税法(2018-12-29).md';
const OTHER_REGULATION = '行政法规/企业所得税法实施条例(2019-04-23).md';

describe.skipIf(!existsSync(join(ROOT, LAW)))('legal force within the national tier (lawrefbook)', async () => {
  // A skipped suite is still collected: without its files, read nothing (the read would fail the whole file).
  if (!existsSync(join(ROOT, LAW))) return;
  const docs: AlignDocument[] = await Promise.all(
    [LAW, REGULATION, OTHER_LAW, OTHER_REGULATION].map((f) => readPolicyFile(join(ROOT, f))),
  );
  const [law, regulation, otherLaw, otherRegulation] = docs as [
    AlignDocument,
    AlignDocument,
    AlignDocument,
    AlignDocument,
  ];

  test('the parser reads each one’s level', () => {
    expect(docs.map((d) => [d.tier, d.authorityLevel])).toEqual([
      ['national', 'law'],
      ['national', 'administrative_regulation'],
      ['national', 'law'],
      ['national', 'administrative_regulation'],
    ]);
  });

  test('the regulation is aligned against the law it rests on, not against the other law', () => {
    expect(selectUpperDocuments(docs).get(regulation.file)).toEqual([law.file]);
    expect(selectUpperDocuments(docs).has(law.file)).toBe(false);
    // 第二条 lists the kinds of income of 个人所得税法 第二条 one by one.
    const first = alignDocuments(docs).find((p) => p.lower.file === regulation.file && p.lower.article === 6);
    expect([first?.upper.file, first?.upper.article]).toEqual([law.file, 2]);
  });

  test('sources: the law’s articles are UPPER; a law has no source among regulations', () => {
    const index = createSourceIndex(docs);
    const at = { file: regulation.file, path: regulation.articles[5]!.path };
    expect(rankSources(index, at, { scope: 'UPPER', limit: 3 })[0]).toMatchObject({ file: law.file, article: 2 });
    // Seen from the regulation, both laws are UPPER (any law stands above any regulation) and the other one PEER.
    const scopes = new Map(rankSources(index, at, { scope: 'ALL', limit: 50 }).map((m) => [m.file, m.scope]));
    expect(Object.fromEntries(scopes)).toEqual({
      [law.file]: 'UPPER',
      [otherLaw.file]: 'UPPER',
      [otherRegulation.file]: 'PEER',
    });
    const fromLaw = rankSources(index, { file: law.file, path: law.articles[1]!.path }, { scope: 'ALL', limit: 10 });
    expect(fromLaw.filter((m) => m.file.includes('实施条例'))).toEqual([]);
  });

  test('reuse: the regulation repeats its law, but the law is no peer; the other regulation is', () => {
    const peers = findReuse(docs, regulation.file, { minLength: 12 }).map((m) => m.file);
    expect(peers).not.toContain(law.file);
    expect(peers).not.toContain(otherLaw.file);
    expect(peers).toContain(otherRegulation.file);
  });

  test('likelyParents without its citations: the law it implements comes first', () => {
    const hidden = docs.map((d) => (d === regulation ? { ...d, citations: [], citedFiles: [], basedOnFiles: [] } : d));
    expect(inferLikelyParents(hidden, regulation.file)[0]?.file).toBe(law.file);
  });
});

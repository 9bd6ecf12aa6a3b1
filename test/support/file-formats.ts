/**
 * What the tests of the file readers share: a scratch folder for the files a test writes, the view of a document two
 * files of one text must agree on, and the refusal a bad file must give. Example:
 *   const scratch = scratchFolder('policygraph-word-');  scratch.write('cut.docx', bytes) → its path
 *   expect(readerView(await readPolicyFile(pdf))).toEqual(readerView(await readPolicyFile(txt)))
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { PolicyInputError } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

/** A folder of the test file's own, removed after its tests; `write` puts a file there and gives its path. */
export function scratchFolder(prefix: string): {
  dir: string;
  write: (name: string, content: Uint8Array | string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/**
 * What a reader sees of a document: its fields, every part's heading and article texts, its citations (file aside).
 * `spaces: false` compares article texts without their spaces, for a PDF, which holds gaps where a text holds spaces:
 * which gap was a space (乡村消费品零售额 2040.5亿元) the reader can only guess.
 */
export const readerView = (document: PolicyDocument, { spaces = true } = {}) => {
  const text = (article: { text: string }): string => (spaces ? article.text : article.text.replace(/\s+/g, ''));
  return {
    title: document.title,
    docNumber: document.docNumber,
    issuer: document.issuer,
    tier: document.tier,
    jurisdiction: document.jurisdiction,
    issuedOn: document.issuedOn,
    publishedOn: document.publishedOn,
    parts: document.parts.map((part) => [part.heading, part.articles.map(text)]),
    articles: document.articles.map(text),
    citations: document.citations.map((citation) => citation.title),
  };
};

/** The reader's view and all else a copy of the same text keeps: kind, dates, addressees, preamble, agencies' roles. */
export const fullView = (document: PolicyDocument) => ({
  ...readerView(document),
  noticeTitle: document.noticeTitle,
  kind: document.kind,
  effectiveOn: document.effectiveOn,
  addressees: document.addressees,
  preamble: document.preamble,
  articles: document.articles.map((article) => [article.label, article.heading, article.text]),
  agencyRoles: document.agencyRoles,
});

/** The PolicyInputError that `run` throws; fails when it throws another error or none. */
export async function caughtInputError(run: () => Promise<unknown>): Promise<PolicyInputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error('expected a PolicyInputError');
}

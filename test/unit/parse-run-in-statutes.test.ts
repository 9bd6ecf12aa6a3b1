// Statutes copied with their chapters and articles run together on a few long lines (real pages in
// test/data/web-pages, sources in its README): a copy whose articles cannot be read is refused, never stored empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePolicyBytes } from '../../import/index.ts';
import { prepareDocument } from '../../import/run/decide-policy-document.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DIR = fileURLToPath(new URL('../data/web-pages/', import.meta.url));
// The copies were cut mid-character: read their bytes as the importer does.
const bytesOf = (name: string) => readFileSync(join(DIR, name));
const parseBytes = (bytes: Uint8Array, name: string) => parsePolicyBytes(bytes, { file: name });

/** The refusal's message, or 'imported'. */
const refusalOf = (d: PolicyDocument): string => {
  try {
    prepareDocument(d, createRunRegistry());
  } catch (error) {
    return (error as Error).message;
  }
  return 'imported';
};

describe('a statute whose articles could not be read is refused', () => {
  test('its articles run inside lines: refused, though a chapter was read (zscq.366861.com)', () => {
    const name = 'nmg-tech-transfer-regulation.txt';
    const d = parseBytes(bytesOf(name), name);
    expect(d.articles).toHaveLength(0);
    expect(refusalOf(d)).toMatch(/^nmg-tech-transfer-regulation\.txt: line 3: .*第一条 and 第二条.*not imported/);
  });

  test('articles run inside a line with no sentence end before the second: refused (zscq.366861.com)', () => {
    // The copy with the full stop before 第二条 lost: no article can be cut from its lines safely.
    const name = 'nmg-tech-transfer-regulation.txt';
    const text = bytesOf(name).toString('utf8').replace('。第二条', '第二条');
    const d = parseBytes(Buffer.from(text), name);
    expect(d.articles).toHaveLength(0);
    expect(refusalOf(d)).toMatch(/^nmg-tech-transfer-regulation\.txt: line 3: .*第一条 and 第二条.*not imported/);
  });
});

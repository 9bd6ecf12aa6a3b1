/**
 * Source addresses of a folder's texts, read from the table in the folder's README.md (the bundled corpus keeps
 * one row per file with its source). Only addresses with a host and a path count. Example row:
 *   | guangxi-hitech-measures.txt | … | Guangxi Department of Science and Technology (kjt.gxzf.gov.cn/xxgk/zcyd/zcfg/t9841258.shtml) |
 *   → Map { 'guangxi-hitech-measures.txt' → 'kjt.gxzf.gov.cn/xxgk/zcyd/zcfg/t9841258.shtml' }
 * A folder of saved pages may instead keep a `metadata.tsv` (file, then the page address in a later column), as
 * ../shared/corpora/govcn/ does: '01.html\thttp://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm\t…'.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const POLICY_FILE = /\.(?:txt|html?)$/i;
const ADDRESS = /\b((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s)|，。]*)/i;

/** Reads file → source address from a README table's rows. Pure. */
export function parseSourceIndex(markdown: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    if (!line.trimStart().startsWith('|')) continue;
    const cells = line
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    const file = cells[0];
    if (!file || !POLICY_FILE.test(file)) continue;
    const address = cells
      .slice(1)
      .reverse()
      .map((c) => ADDRESS.exec(c)?.[1])
      .find((a) => a !== undefined);
    if (address) index.set(file, address);
  }
  return index;
}

/** Reads file → page address from a tab-separated table (metadata.tsv): the first http(s) address of each row. Pure. */
export function parseSourceTable(tsv: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const line of tsv.split('\n')) {
    const [file, ...cells] = line.split('\t').map((c) => c.trim());
    const address = cells.find((c) => /^https?:\/\/\S+$/i.test(c));
    if (file && !file.startsWith('#') && POLICY_FILE.test(file) && address) index.set(file, address);
  }
  return index;
}

/** The source index of a folder: its README.md table, then its metadata.tsv; empty when it has neither. */
export async function readSourceIndex(folder: string): Promise<Map<string, string>> {
  const text = await readFile(join(folder, 'README.md'), 'utf8').catch(() => '');
  const table = await readFile(join(folder, 'metadata.tsv'), 'utf8').catch(() => '');
  return new Map([...parseSourceTable(table), ...parseSourceIndex(text)]);
}

/**
 * Source addresses of a folder's texts, read from the table in the folder's README.md (the bundled corpus keeps
 * one row per file with its source). Only addresses with a host and a path count. Example row:
 *   | guangxi-hitech-measures.txt | … | Guangxi Department of Science and Technology (kjt.gxzf.gov.cn/xxgk/zcyd/zcfg/t9841258.shtml) |
 *   → Map { 'guangxi-hitech-measures.txt' → 'kjt.gxzf.gov.cn/xxgk/zcyd/zcfg/t9841258.shtml' }
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const ADDRESS = /\b((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s)|，。]*)/i;

/** Reads file → source address from a README table's rows. Pure. */
export function parseSourceIndex(markdown: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    if (!line.trimStart().startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim()).filter((c) => c.length > 0);
    const file = cells[0];
    if (!file?.endsWith('.txt')) continue;
    const address = cells.slice(1).reverse().map((c) => ADDRESS.exec(c)?.[1]).find((a) => a !== undefined);
    if (address) index.set(file, address);
  }
  return index;
}

/** The source index of a folder; empty when it has no README.md. */
export async function readSourceIndex(folder: string): Promise<Map<string, string>> {
  const text = await readFile(join(folder, 'README.md'), 'utf8').catch(() => '');
  return parseSourceIndex(text);
}

/**
 * The real pages copied as text from sites other than lawrefbook and www.gov.cn (test/data/web-pages/, addresses in its
 * README), read as the importer reads a file. Example: await readWebPage('xj-worldlii-1994-103.txt') → its document.
 */
import { join } from 'node:path';
import { readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

export const WEB_PAGES = join(import.meta.dirname, '..', 'data', 'web-pages');

export const readWebPage = (name: string): Promise<PolicyDocument> =>
  readPolicyFile(join(WEB_PAGES, name), { file: name });

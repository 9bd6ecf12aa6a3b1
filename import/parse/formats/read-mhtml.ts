/**
 * A web page saved as one file (MHTML: Chrome's and Edge's "网页，单个文件", IE's and 360's .mht) → the page's HTML
 * and the address it was saved from. The file is a MIME message; postal-mime (a maintained MIME parser without
 * dependencies) undoes its transfer encodings (quoted-printable, base64) and its charset (UTF-8, GB2312, GBK), which
 * a hand-written reader would have to get right for every browser. Example:
 *   await readMhtml(bytesOf('From: <Saved by Blink>\nSnapshot-Content-Location: https://www.gov.cn/…'), 'a.mhtml')
 *   → { html: '<!DOCTYPE html><html>…', sourceUrl: 'https://www.gov.cn/…' }
 */
import PostalMime from 'postal-mime';
import { PolicyInputError } from '../../errors.ts';

/** The saved page: its HTML and, when the file names it, the address of the page. */
export interface SavedPage {
  html: string;
  sourceUrl?: string;
}

/** The page's address: Chrome writes it in Snapshot-Content-Location, IE in the message's Content-Location. */
function pageAddress(headers: readonly { key: string; value: string }[]): string | undefined {
  for (const key of ['snapshot-content-location', 'content-location']) {
    const value = headers.find((header) => header.key === key)?.value.trim();
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  return undefined;
}

/** Reads an MHTML file's page; throws DAMAGED_FILE when it holds no HTML part. */
export async function readMhtml(bytes: Uint8Array, file: string): Promise<SavedPage> {
  const message = await PostalMime.parse(bytes).catch((error: Error) => {
    throw new PolicyInputError('DAMAGED_FILE', file, `not a readable saved page (MHTML): ${error.message}`);
  });
  const html = message.html;
  if (html === undefined || html.trim() === '') {
    throw new PolicyInputError('DAMAGED_FILE', file, 'the saved page (MHTML) holds no HTML part');
  }
  const sourceUrl = pageAddress(message.headers);
  return sourceUrl ? { html, sourceUrl } : { html };
}

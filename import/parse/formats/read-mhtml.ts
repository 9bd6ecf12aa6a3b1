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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A parameter of the message's Content-Type header (boundary, start), unquoted. */
function contentTypeParameter(head: string, name: string): string | undefined {
  const header = /^Content-Type\s*:((?:.*)(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? '';
  return new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i')
    .exec(header)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/**
 * The message cut to its root part, the page: a page with frames is saved with each frame's HTML as a part of its own,
 * which postal-mime, built for mail, would join to the page's as one body (a share widget's 第二条 would become the
 * document's). A frame is no part of the page saved as .html either, so the two read alike. The root is the part the
 * `start` parameter names by Content-ID, else the first (RFC 2557). Bytes are handled as Latin-1, one character a byte.
 */
function rootPartOnly(message: string): string {
  const headEnd = message.search(/\r?\n\r?\n/);
  const head = headEnd < 0 ? message : message.slice(0, headEnd);
  const boundary = contentTypeParameter(head, 'boundary');
  if (!/^Content-Type\s*:\s*multipart\//im.test(head) || boundary === undefined) return message;
  const parts = message.split(new RegExp(`\\r?\\n--${escapeRegExp(boundary)}(?:--)?[ \\t]*(?=\\r?\\n|$)`));
  const bodies = parts.slice(1).filter((part) => part.trim() !== '' && part.trim() !== '--');
  const start = contentTypeParameter(head, 'start');
  const named = start
    ? bodies.find((part) => new RegExp(`^Content-ID\\s*:\\s*${escapeRegExp(start)}`, 'im').test(part))
    : undefined;
  const root = named ?? bodies[0];
  if (root === undefined) return message;
  // The message's own headers (its address among them), then the root part's headers and body as the whole body.
  const own = head.replace(/^Content-Type\s*:(?:.*)(?:\r?\n[ \t].*)*\r?\n?/im, '');
  return `${own.replace(/\r?\n?$/, '\r\n')}${root.replace(/^\r?\n/, '')}`;
}

/** Reads an MHTML file's page; throws DAMAGED_FILE when it holds no HTML part. */
export async function readMhtml(bytes: Uint8Array, file: string): Promise<SavedPage> {
  const root = Buffer.from(
    rootPartOnly(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')),
    'latin1',
  );
  const message = await PostalMime.parse(root).catch((error: Error) => {
    throw new PolicyInputError('DAMAGED_FILE', file, `not a readable saved page (MHTML): ${error.message}`);
  });
  const html = message.html;
  if (html === undefined || html.trim() === '') {
    throw new PolicyInputError('DAMAGED_FILE', file, 'the saved page (MHTML) holds no HTML part');
  }
  const sourceUrl = pageAddress(message.headers);
  return sourceUrl ? { html, sourceUrl } : { html };
}

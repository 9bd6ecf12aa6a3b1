/**
 * The members of a ZIP file as its central directory names them (the directory at the end, found from its end
 * record), so an archive is told by what it holds, not by bytes inside its members (a .docx stored in a ZIP carries
 * `word/document.xml` in its bytes, but the ZIP's members are `a.docx`, `b.docx`). A file cut short has no directory:
 * its members are then those whose local headers are found in its bytes. Example:
 *   zipMembers(readFileSync('a.docx')) → [{ name: '[Content_Types].xml', size: 1374, … }, { name: 'word/document.xml', … }]
 */
import { inflateRawSync } from 'node:zlib';

/** One member: its name, its size unpacked (as the directory declares it), and where its bytes are. */
export interface ZipMember {
  name: string;
  /** The uncompressed size the directory declares. */
  size: number;
  compressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where its local header starts. */
  offset: number;
}

const END = 0x06054b50;
const END64_LOCATOR = 0x07064b50;
const END64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const nameAt = (bytes: Uint8Array, at: number, length: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(length, Math.max(0, bytes.length - at))).toString('utf8');

/** Where the end record starts: searched back from the end, over its comment (at most 65,535 bytes). */
function endRecord(data: DataView): number | undefined {
  for (let at = data.byteLength - 22; at >= Math.max(0, data.byteLength - 22 - 0xffff); at--) {
    if (data.getUint32(at, true) === END) return at;
  }
  return undefined;
}

/** The directory's offset and entry count, from the end record or (for a ZIP64 file) the ZIP64 end record. */
function directory(data: DataView, end: number): { offset: number; count: number } | undefined {
  let offset = data.getUint32(end + 16, true);
  let count = data.getUint16(end + 10, true);
  if (offset === FULL32 || count === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || data.getUint32(locator, true) !== END64_LOCATOR) return undefined;
    const end64 = Number(data.getBigUint64(locator + 8, true));
    if (end64 + 56 > data.byteLength || data.getUint32(end64, true) !== END64) return undefined;
    count = Number(data.getBigUint64(end64 + 32, true));
    offset = Number(data.getBigUint64(end64 + 48, true));
  }
  return offset < data.byteLength ? { offset, count } : undefined;
}

/** The 64-bit sizes and offset of a ZIP64 extra field (id 1), for those the entry's own fields leave at 0xffffffff. */
function zip64Fields(data: DataView, extra: number, length: number, member: ZipMember): void {
  for (let at = extra; at + 4 <= extra + length; ) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const value = field + 8 <= at + 4 + size ? Number(data.getBigUint64(field, true)) : FULL32;
        field += 8;
        return value;
      };
      if (member.size === FULL32) member.size = next();
      if (member.compressedSize === FULL32) member.compressedSize = next();
      if (member.offset === FULL32) member.offset = next();
      return;
    }
    at += 4 + size;
  }
}

/** The members the central directory lists, or undefined when there is none to read (a file cut short). */
function centralMembers(bytes: Uint8Array): ZipMember[] | undefined {
  const data = view(bytes);
  if (bytes.length < 22) return undefined;
  const end = endRecord(data);
  if (end === undefined) return undefined;
  const found = directory(data, end);
  if (found === undefined) return undefined;
  const members: ZipMember[] = [];
  let at = found.offset;
  for (let i = 0; i < found.count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const member: ZipMember = {
      name: nameAt(bytes, at + 46, nameLength),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      offset: data.getUint32(at + 42, true),
    };
    zip64Fields(data, Math.min(at + 46 + nameLength, bytes.length), extraLength, member);
    members.push(member);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/**
 * The members of a ZIP cut short, from the local headers found in its bytes (a member whose sizes follow its data
 * cannot be stepped over, so the headers are searched for); their sizes are those the headers declare, often 0.
 */
function localMembers(bytes: Uint8Array): ZipMember[] {
  const data = view(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
  const members: ZipMember[] = [];
  for (let at = buffer.indexOf(signature); at >= 0 && at + 30 <= bytes.length; at = buffer.indexOf(signature, at + 4)) {
    members.push({
      name: nameAt(bytes, at + 30, data.getUint16(at + 26, true)),
      method: data.getUint16(at + 8, true),
      compressedSize: data.getUint32(at + 18, true),
      size: data.getUint32(at + 22, true),
      offset: at,
    });
  }
  return members;
}

/** The members of a ZIP file, and whether its central directory was read (false: a file cut short). */
export function zipMembers(bytes: Uint8Array): { members: ZipMember[]; complete: boolean } {
  const central = centralMembers(bytes);
  return central ? { members: central, complete: true } : { members: localMembers(bytes), complete: false };
}

/** A small member's bytes (stored or deflated), unpacked to at most `limit` bytes; undefined when it cannot be. */
export function memberBytes(bytes: Uint8Array, member: ZipMember, limit: number): Uint8Array | undefined {
  const data = view(bytes);
  const at = member.offset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const packed = bytes.subarray(start, Math.min(bytes.length, start + member.compressedSize));
  try {
    if (member.method === 0) return packed.subarray(0, limit);
    if (member.method === 8) return inflateRawSync(packed, { maxOutputLength: limit });
  } catch {
    return undefined;
  }
  return undefined;
}

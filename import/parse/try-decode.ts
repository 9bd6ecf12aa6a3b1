/**
 * Strict decoding that answers undefined instead of throwing. Example: tryDecode(utf8, bytes of b7fe) → undefined;
 * tryDecode(gb18030, bytes of b7fe) → '服'.
 */

export const utf8 = new TextDecoder('utf-8', { fatal: true });
export const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** The bytes decoded, or undefined when they are not valid in the decoder's encoding. */
export function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

// The one charset decoder of the add-on: Java's charsets, reached through Utilities (Apps Script has no
// TextDecoder). Blob.getDataAsString(charset) decodes as Java's String(byte[], Charset) does, with U+FFFD
// for malformed input, and throws for a charset Java does not know. UTF-8, Windows-1252 and plain ASCII
// are decoded in place (same result, no Blob per encoded word on a 5,000-entry Cc).
import { charsetLabel, type DecodeBytes, fastDecode, javaCharsets, readableFallback } from '../mail/charset';

// Labels Java refused in this execution: asked once, then shown readable at once.
const refused = new Set<string>();

export const decodeCharset: DecodeBytes = (bytes, charset) =>
  decodeKnownCharset(bytes, charset) ?? readableFallback(bytes);

/** The same decoder, answering null instead of a readable fallback when no charset of that label exists. */
export function decodeKnownCharset(bytes: readonly number[], charset: string): string | null {
  const label = charsetLabel(charset);
  const fast = fastDecode(bytes, label);
  if (fast !== null) return fast;
  // Java bytes are signed.
  const signed = bytes.map((b) => (b > 127 ? b - 256 : b));
  for (const name of javaCharsets(label)) {
    if (name === '' || refused.has(name)) continue;
    try {
      return Utilities.newBlob(signed).getDataAsString(name);
    } catch {
      refused.add(name);
    }
  }
  return null;
}

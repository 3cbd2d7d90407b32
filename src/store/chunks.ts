// Splitting a long body over several property values, each within a byte budget, without ever
// cutting a character (a surrogate pair split in two would not survive the store's UTF-8).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces unpaired surrogates with U+FFFD. Stored as UTF-8 they become U+FFFD anyway; doing it
 * before saving keeps a body's stored length equal to its length in memory.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Cuts `text` (well-formed) into consecutive pieces of at most `maxBytes` UTF-8 bytes each.
 * `maxBytes` must be at least 4 so any character fits. '' gives no pieces.
 */
export function splitByBytes(text: string, maxBytes: number): string[] {
  if (maxBytes < 4) throw new RangeError(`maxBytes must be at least 4, got ${maxBytes}`);
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let width: number;
    let units = 1;
    if (c < 0x80) width = 1;
    else if (c < 0x800) width = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      const paired = next >= 0xdc00 && next <= 0xdfff;
      width = paired ? 4 : 3;
      units = paired ? 2 : 1;
    } else width = 3;
    if (bytes + width > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    i += units;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

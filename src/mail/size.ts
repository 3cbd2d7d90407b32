// Sizes as Gmail counts them: UTF-8 bytes, counted without a host encoder (Apps Script has no TextEncoder).

export function utf8Length(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

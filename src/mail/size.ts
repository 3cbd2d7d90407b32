// Sizes as Gmail counts them: UTF-8 bytes, counted without a host encoder (Apps Script has no TextEncoder).

export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) bytes += utf8Unit(s.charCodeAt(i));
  return bytes;
}

/**
 * The UTF-8 bytes one UTF-16 unit adds: a surrogate is half of a 4-byte character, so 2 each. Counting
 * units rather than iterating code points keeps a 1 MB body to one cheap pass.
 */
export function utf8Unit(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
}

// Sizes as Gmail counts them: UTF-8 bytes, counted without a host encoder (Apps Script has no TextEncoder),
// and written for people.

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

/**
 * Binary kilobytes, as the property quota and the template limits are stated: "12.3 KB" (`digits`
 * decimals, 1 unless given); `trimZero` writes a whole number without its ".0" ("12 KB"). English
 * digits: these go into error text (the store's and the template checks'); a card in the user's locale
 * writes its sizes with cards/libraryCards.ts `kilobytes` and mail/numberFormat.ts `formatDecimal`.
 */
export function formatKB(bytes: number, digits = 1, options: { trimZero?: boolean } = {}): string {
  const fixed = (bytes / 1024).toFixed(digits);
  return `${options.trimZero ? fixed.replace(/\.0+$/, '') : fixed} KB`;
}

/** Bytes for people: "980 bytes", "12.5 KB", "31.2 MB" (powers of 1024, as Gmail counts its limit). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}

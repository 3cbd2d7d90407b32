// Numbers in the user's locale ("5,001", "5.001", "5 001"; "1.5", "1,5"): the event's locale may be
// missing or one ICU does not know, and then English digits are used, never an error. One cache of
// Intl.NumberFormat per locale and style, so a card with many figures builds each format once.

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, digits: number, grouping: boolean): Intl.NumberFormat {
  const tag = (locale || 'en-US').replace(/_/g, '-');
  const key = `${tag}/${digits}/${grouping ? 'g' : ''}`;
  let format = cache.get(key);
  if (!format) {
    // Grouping left to the locale's default ("auto": some locales leave 4-digit numbers ungrouped).
    const options: Intl.NumberFormatOptions = grouping
      ? { maximumFractionDigits: digits }
      : { maximumFractionDigits: digits, useGrouping: false };
    try {
      format = new Intl.NumberFormat(tag, options);
    } catch {
      // RangeError: ICU does not know this locale.
      format = new Intl.NumberFormat('en-US', options);
    }
    cache.set(key, format);
  }
  return format;
}

/** A count, grouped as the locale groups it ("5,001"). */
export function formatCount(n: number, locale = 'en-US'): string {
  return numberFormat(locale, 0, true).format(n);
}

/** A figure with at most `digits` decimals, ungrouped ("1.5", "1,5", "1010"): sizes, which never grouped. */
export function formatDecimal(n: number, locale: string | undefined, digits: number): string {
  return numberFormat(locale, digits, false).format(n);
}

// Counts in the user's locale ("5,001", "5.001", "5 001"): the event's locale may be missing or one ICU
// does not know, and then English digits grouping is used, never an error.

const cache = new Map<string, Intl.NumberFormat>();

export function formatCount(n: number, locale = 'en-US'): string {
  const tag = (locale || 'en-US').replace(/_/g, '-');
  let format = cache.get(tag);
  if (!format) {
    try {
      format = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    } catch {
      // RangeError: ICU does not know this locale.
      format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    }
    cache.set(tag, format);
  }
  return format.format(n);
}

const decimals = new Map<string, Intl.NumberFormat>();

/**
 * `n` with exactly `digits` decimals in the user's locale ("12.3", "12,3"), ungrouped as the English
 * sizes always were; an unknown locale gives English digits.
 */
export function formatDecimal(n: number, digits: number, locale = 'en-US'): string {
  const tag = `${(locale || 'en-US').replace(/_/g, '-')}\u0000${digits}`;
  let format = decimals.get(tag);
  if (!format) {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false };
    try {
      format = new Intl.NumberFormat(tag.split('\u0000')[0], options);
    } catch {
      format = new Intl.NumberFormat('en-US', options);
    }
    decimals.set(tag, format);
  }
  return format.format(n);
}

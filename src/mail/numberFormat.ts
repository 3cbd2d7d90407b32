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

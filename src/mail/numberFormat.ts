// Numbers in the user's locale ("5,001", "5.001", "5 001"; "1.5", "1,5"): the event's locale may be
// missing or one ICU does not know, and then English digits are used, never an error. One cache of
// Intl.NumberFormat per locale and style, so a card with many figures builds each format once.

const cache = new Map<string, Intl.NumberFormat>();

/** A figure's style: at most `digits` decimals (exactly that many when `fixed`), grouped or not. */
interface Style {
  digits: number;
  grouping: boolean;
  fixed?: boolean;
}

function numberFormat(locale: string | undefined, style: Style): Intl.NumberFormat {
  const tag = (locale || 'en-US').replace(/_/g, '-');
  const key = `${tag}/${style.digits}/${style.grouping ? 'g' : ''}/${style.fixed ? 'f' : ''}`;
  let format = cache.get(key);
  if (!format) {
    // Grouping left to the locale's default ("auto": some locales leave 4-digit numbers ungrouped).
    const options: Intl.NumberFormatOptions = { maximumFractionDigits: style.digits };
    if (style.fixed) options.minimumFractionDigits = style.digits;
    if (!style.grouping) options.useGrouping = false;
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
  return numberFormat(locale, { digits: 0, grouping: true }).format(n);
}

/** A figure with at most `digits` decimals, ungrouped ("1.5", "1,5", "1010"): sizes, which never grouped. */
export function formatDecimal(n: number, locale: string | undefined, digits: number): string {
  return numberFormat(locale, { digits, grouping: false }).format(n);
}

/** `n` with exactly `digits` decimals, ungrouped ("12.0", "12,0"): the store's sizes, as toFixed wrote them. */
export function formatFixed(n: number, digits: number, locale = 'en-US'): string {
  return numberFormat(locale, { digits, grouping: false, fixed: true }).format(n);
}

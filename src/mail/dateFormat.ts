// The one date formatter: every date the add-on shows or writes (cards, quote attributions, merge
// fields) goes through here, in the user's locale and time zone. The event may carry neither, or a
// zone or locale ICU does not know ("Etc/Unknown", "en_US"); a bad setting costs the user a nicer date,
// never the card or the draft. One fallback chain: the user's locale in their zone, English in their
// zone, their locale in UTC, English in UTC.

export interface DateEnv {
  locale: string;
  timeZone: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(env: DateEnv, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = (env.locale || 'en-US').replace(/_/g, '-');
  const zone = env.timeZone || 'UTC';
  const key = JSON.stringify([locale, zone, options]);
  const known = cache.get(key);
  if (known) return known;
  for (const [l, z] of [
    [locale, zone],
    ['en-US', zone],
    [locale, 'UTC'],
    ['en-US', 'UTC'],
  ] as const) {
    try {
      const made = new Intl.DateTimeFormat(l, { ...options, timeZone: z });
      cache.set(key, made);
      return made;
    } catch {
      // RangeError: ICU does not know this locale or zone; try the next pair.
    }
  }
  // Unreachable with valid options; say so plainly rather than show a wrong date.
  throw new RangeError(`No date format for ${JSON.stringify(options)}`);
}

/** `ms` formatted for the user; '' for a missing or invalid date. */
export function formatDate(ms: number, env: DateEnv, options: Intl.DateTimeFormatOptions): string {
  if (!Number.isFinite(ms)) return '';
  return dateFormatter(env, options).format(new Date(ms));
}

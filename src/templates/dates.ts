// Formats dates for the `date` filter and for `{{ date }}` / `{{ today }}` with the user's locale and
// time zone through Intl: named styles, or the strftime directives Liquid users know.

import { type DateEnv, dateFormatter } from '../mail/dateFormat';

export type DateFormat = DateEnv;

/** Named styles accepted by the `date` filter; anything containing `%` is read as strftime. */
export const DATE_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  short: { dateStyle: 'short' },
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
  full: { dateStyle: 'full' },
  date: { dateStyle: 'long' },
  time: { timeStyle: 'short' },
  datetime: { dateStyle: 'long', timeStyle: 'short' },
};

export const DEFAULT_DATE_STYLE = 'long';

/** The add-on's one formatter (mail/dateFormat.ts), with its one fallback for unknown zones and locales. */
const formatter = dateFormatter;

function part(ms: number, f: DateFormat, options: Intl.DateTimeFormatOptions, type: string): string {
  return (
    formatter(f, options)
      .formatToParts(ms)
      .find((p) => p.type === type)?.value ?? ''
  );
}

// strftime directive → how to get it from Intl. `%-d` style (no padding) is accepted for d, m, H, I, M.
const DIRECTIVES: Record<string, (ms: number, f: DateFormat) => string> = {
  a: (ms, f) => part(ms, f, { weekday: 'short' }, 'weekday'),
  A: (ms, f) => part(ms, f, { weekday: 'long' }, 'weekday'),
  b: (ms, f) => part(ms, f, { month: 'short' }, 'month'),
  B: (ms, f) => part(ms, f, { month: 'long' }, 'month'),
  d: (ms, f) => part(ms, f, { day: '2-digit' }, 'day'),
  '-d': (ms, f) => part(ms, f, { day: 'numeric' }, 'day'),
  e: (ms, f) => part(ms, f, { day: 'numeric' }, 'day'),
  m: (ms, f) => part(ms, f, { month: '2-digit' }, 'month'),
  '-m': (ms, f) => part(ms, f, { month: 'numeric' }, 'month'),
  y: (ms, f) => part(ms, f, { year: '2-digit' }, 'year'),
  Y: (ms, f) => part(ms, f, { year: 'numeric' }, 'year'),
  H: (ms, f) => part(ms, f, { hour: '2-digit', hourCycle: 'h23' }, 'hour').padStart(2, '0'),
  '-H': (ms, f) => part(ms, f, { hour: 'numeric', hourCycle: 'h23' }, 'hour'),
  I: (ms, f) => part(ms, f, { hour: '2-digit', hourCycle: 'h12' }, 'hour').padStart(2, '0'),
  '-I': (ms, f) => part(ms, f, { hour: 'numeric', hourCycle: 'h12' }, 'hour'),
  l: (ms, f) => part(ms, f, { hour: 'numeric', hourCycle: 'h12' }, 'hour'),
  M: (ms, f) => part(ms, f, { minute: '2-digit' }, 'minute').padStart(2, '0'),
  '-M': (ms, f) => part(ms, f, { minute: 'numeric' }, 'minute'),
  S: (ms, f) => part(ms, f, { second: '2-digit' }, 'second').padStart(2, '0'),
  p: (ms, f) => part(ms, f, { hour: 'numeric', hourCycle: 'h12' }, 'dayPeriod'),
  Z: (ms, f) => part(ms, f, { timeZoneName: 'short' }, 'timeZoneName'),
  '%': () => '%',
};

/**
 * A date in the user's locale and zone. `style` is a name from DATE_STYLES (default "long") or a
 * strftime pattern such as "%A %-d %B"; an unknown name falls back to "long".
 */
export function formatDate(ms: number, style: string, f: DateFormat): string {
  if (style.includes('%')) {
    return style.replace(/%(-?[a-zA-Z%])/g, (whole, d: string) => DIRECTIVES[d]?.(ms, f) ?? whole);
  }
  const options = DATE_STYLES[style.trim().toLowerCase()] ?? DATE_STYLES[DEFAULT_DATE_STYLE]!;
  return formatter(f, options).format(ms);
}

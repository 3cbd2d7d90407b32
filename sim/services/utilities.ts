// The emulated Utilities service: Java-style date formatting in an IANA zone, base64, digests, HMAC,
// blobs, UUIDs, and a sleep that only counts (the sandbox must stay synchronous and fast).
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { charsetName, encodeJava } from '../mailbox/charset';
import { Blob, fromByteArray, toSignedBytes } from './blob';
import type { ServiceContext } from './context';

export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
export const DigestAlgorithm = {
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

const NODE_HASH: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  offsetMinutes: number;
  zoneShort: string;
  zoneLong: string;
}

function offsetLabel(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

/** Java falls back to GMT for zone ids it does not know, and accepts custom ids like GMT+2 or GMT-05:30. */
function resolveZone(timeZone: string): { iana: string } | { fixedMinutes: number } {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return { iana: timeZone };
  } catch {
    const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
    if (!custom) return { iana: 'Etc/GMT' };
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    return { fixedMinutes: custom[1] === '-' ? -minutes : minutes };
  }
}

/** The wall-clock fields, weekday and UTC offset of `date` in `timeZone` (IANA, or Java's GMT+h:mm). */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const zone = resolveZone(timeZone);
  if ('fixedMinutes' in zone) {
    const shifted = new Date(date.getTime() + zone.fixedMinutes * 60000);
    const label = `GMT${offsetLabel(zone.fixedMinutes, true)}`;
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
      weekday: shifted.getUTCDay(),
      offsetMinutes: zone.fixedMinutes,
      zoneShort: label,
      zoneLong: label,
    };
  }
  const read = (timeZoneName: 'short' | 'long') => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'long',
      timeZoneName,
    }).formatToParts(date);
    return Object.fromEntries(parts.map((p) => [p.type, p.value]));
  };
  const short = read('short');
  const long = read('long');
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map(
    (k) => Number(short[k]),
  );
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  const offsetMinutes = Math.round(
    (Date.UTC(year, month - 1, day, hour, minute, second) - (date.getTime() - millisecond)) / 60000,
  );
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: WEEKDAYS.indexOf(short.weekday),
    offsetMinutes,
    zoneShort: short.timeZoneName,
    zoneLong: long.timeZoneName,
  };
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
}

/** One run of a pattern letter, as java.text.SimpleDateFormat renders it (English names). */
function field(letter: string, count: number, p: ZonedParts): string | null {
  const num = (n: number) => String(n).padStart(count, '0');
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? String(p.year % 100).padStart(2, '0') : num(p.year);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1];
      if (count === 3) return MONTHS[p.month - 1].slice(0, 3);
      return num(p.month);
    case 'd':
      return num(p.day);
    case 'D':
      return num(dayOfYear(p));
    case 'E':
      return count >= 4 ? WEEKDAYS[p.weekday] : WEEKDAYS[p.weekday].slice(0, 3);
    case 'u':
      return num(p.weekday === 0 ? 7 : p.weekday);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return num(p.hour);
    case 'k':
      return num(p.hour === 0 ? 24 : p.hour);
    case 'K':
      return num(p.hour % 12);
    case 'h':
      return num(p.hour % 12 === 0 ? 12 : p.hour % 12);
    case 'm':
      return num(p.minute);
    case 's':
      return num(p.second);
    case 'S':
      return num(p.millisecond);
    case 'z':
      return count >= 4 ? p.zoneLong : p.zoneShort;
    case 'Z':
      return offsetLabel(p.offsetMinutes, false);
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      if (count === 1) return offsetLabel(p.offsetMinutes, false).slice(0, 3);
      return offsetLabel(p.offsetMinutes, count >= 3);
    default:
      return null;
  }
}

export function formatJavaDate(
  date: Date,
  timeZone: string,
  pattern: string,
  fail: (m: string) => Error,
): string {
  const p = zonedParts(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw fail('Exception: Invalid argument: Unterminated quote');
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      const text = field(c, j - i, p);
      if (text === null) throw fail(`Exception: Invalid argument: Illegal pattern character '${c}'`);
      out += text;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const STANDARD = /^[A-Za-z0-9+/]*={0,2}$/;
const WEB_SAFE = /^[A-Za-z0-9\-_]*={0,2}$/;

export interface SimUtilities {
  /** Host side: total milliseconds the add-on asked to sleep. */
  readonly sleptMs: number;
}

/** The Utilities global; `sleptMs` is for the host (benchmarks), the add-on never sleeps for real. */
export function createUtilities(ctx: ServiceContext) {
  let slept = 0;
  const fail = (message: string) => ctx.error(`Exception: ${message}`);
  const record = (method: string, args: readonly unknown[]) => ctx.record('Utilities', method, args);

  /** A string (in `charset`, UTF-8 by default) or a byte array, as most Utilities methods accept. */
  const bytesOf = (value: unknown, charset: unknown, what: string): Uint8Array => {
    if (typeof value === 'string') {
      const bytes = encodeJava(value, charsetName(charset));
      if (!bytes) throw fail('Invalid argument: charset');
      return bytes;
    }
    const bytes = fromByteArray(value);
    if (!bytes) throw fail(`Invalid argument: ${what}`);
    return bytes;
  };

  const decode = (encoded: unknown, alphabet: RegExp): number[] => {
    if (typeof encoded !== 'string' || !alphabet.test(encoded)) throw fail('Could not decode string.');
    return toSignedBytes(ctx, new Uint8Array(Buffer.from(encoded, 'base64')));
  };

  const utilities = {
    Charset,
    DigestAlgorithm,
    MacAlgorithm,

    formatDate(date: Date, timeZone: string, format: string): string {
      record('formatDate', [date, timeZone, format]);
      if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
        throw fail('Invalid argument: date');
      }
      if (typeof timeZone !== 'string' || typeof format !== 'string') {
        throw fail(`Invalid argument: ${typeof timeZone !== 'string' ? 'timeZone' : 'format'}`);
      }
      return formatJavaDate(date, timeZone, format, (m) => ctx.error(m));
    },

    base64Encode(data: string | number[], charset?: string): string {
      record('base64Encode', charset === undefined ? [data] : [data, charset]);
      return Buffer.from(bytesOf(data, charset, 'data')).toString('base64');
    },

    /** Web-safe alphabet, padding kept (as Apps Script does). */
    base64EncodeWebSafe(data: string | number[], charset?: string): string {
      record('base64EncodeWebSafe', charset === undefined ? [data] : [data, charset]);
      return Buffer.from(bytesOf(data, charset, 'data'))
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
    },

    base64Decode(encoded: string, charset?: string): number[] {
      record('base64Decode', charset === undefined ? [encoded] : [encoded, charset]);
      return decode(encoded, STANDARD);
    },

    base64DecodeWebSafe(encoded: string, charset?: string): number[] {
      record('base64DecodeWebSafe', charset === undefined ? [encoded] : [encoded, charset]);
      return decode(encoded, WEB_SAFE);
    },

    newBlob(data: string | number[], contentType?: string, name?: string): Blob {
      record(
        'newBlob',
        [data, contentType, name].filter((v, i) => i === 0 || v !== undefined),
      );
      return new Blob(ctx, bytesOf(data, undefined, 'data'), contentType ?? null, name ?? null);
    },

    computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
      record('computeDigest', charset === undefined ? [algorithm, value] : [algorithm, value, charset]);
      const hash = NODE_HASH[String(algorithm)];
      if (!hash) throw fail('Invalid argument: algorithm');
      return toSignedBytes(
        ctx,
        createHash(hash)
          .update(bytesOf(value, charset, 'value'))
          .digest(),
      );
    },

    computeHmacSignature(
      algorithm: string,
      value: string | number[],
      key: string | number[],
      charset?: string,
    ) {
      record('computeHmacSignature', [algorithm, value, key]);
      const hash = NODE_HASH[String(algorithm).replace(/^HMAC_/, '')];
      if (!hash || !String(algorithm).startsWith('HMAC_')) throw fail('Invalid argument: algorithm');
      const mac = createHmac(hash, bytesOf(key, charset, 'key'));
      return toSignedBytes(ctx, mac.update(bytesOf(value, charset, 'value')).digest());
    },

    computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: string): number[] {
      record('computeHmacSha256Signature', [value, key]);
      const mac = createHmac('sha256', bytesOf(key, charset, 'key'));
      return toSignedBytes(ctx, mac.update(bytesOf(value, charset, 'value')).digest());
    },

    getUuid(): string {
      record('getUuid', []);
      return randomUUID();
    },

    sleep(milliseconds: number): void {
      record('sleep', [milliseconds]);
      if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0) {
        throw fail('Invalid argument: milliseconds');
      }
      slept += milliseconds;
    },
  };
  // Non-enumerable so the add-on's view of Utilities looks like Apps Script's.
  Object.defineProperty(utilities, 'sleptMs', { get: () => slept, enumerable: false });
  return utilities as typeof utilities & SimUtilities;
}

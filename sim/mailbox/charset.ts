// Java's charsets, as Apps Script (which runs on Java) knows them: `new String(bytes, charset)` for
// Blob.getDataAsString(charset) and for everything GmailMessage decodes. Names and aliases follow the
// JDK's "Supported Encodings" table and are matched case-insensitively, as Charset.forName does.
// Bytes that are malformed or unmapped in the charset become U+FFFD, as Java's decoders replace them.
// iconv-lite does the table work; ISO-2022-JP/-KR (which it lacks) are shifted onto EUC-JP/-KR here.
import iconv from 'iconv-lite';

type Decode = (bytes: Uint8Array) => string;

interface JavaCharset {
  /** Java's canonical (java.nio) name. */
  name: string;
  decode: Decode;
  /** iconv-lite's name for encoding text into this charset, or null when only decoding is emulated. */
  encoder: string | null;
}

const REPLACEMENT = '\ufffd';

function table(iconvName: string): Decode {
  return (bytes) => iconv.decode(Buffer.from(bytes), iconvName, { stripBOM: false });
}

/** US-ASCII: bytes from 0x80 up are malformed in Java (Node's 'ascii' would strip the high bit). */
const usAscii: Decode = (bytes) => {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : REPLACEMENT;
  return out;
};

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Java's UTF-8 keeps a leading U+FEFF and replaces each maximal malformed subsequence (as WHATWG does). */
const utf8: Decode = (bytes) => utf8Decoder.decode(bytes);

function utf16(order: 'be' | 'le', honourBom: boolean): Decode {
  return (bytes) => {
    let start = 0;
    let little = order === 'le';
    if (honourBom && bytes.length >= 2) {
      if (bytes[0] === 0xfe && bytes[1] === 0xff) [start, little] = [2, false];
      else if (bytes[0] === 0xff && bytes[1] === 0xfe) [start, little] = [2, true];
    }
    const units: number[] = [];
    for (let i = start; i + 1 < bytes.length; i += 2) {
      units.push(little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    }
    let out = '';
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (u >= 0xd800 && u <= 0xdbff && units[i + 1] >= 0xdc00 && units[i + 1] <= 0xdfff) {
        out += String.fromCharCode(u, units[++i]);
      } else out += u >= 0xd800 && u <= 0xdfff ? REPLACEMENT : String.fromCharCode(u);
    }
    return (bytes.length - start) % 2 === 1 ? out + REPLACEMENT : out;
  };
}

function utf32(order: 'be' | 'le', honourBom: boolean): Decode {
  return (bytes) => {
    let start = 0;
    let little = order === 'le';
    if (honourBom && bytes.length >= 4) {
      const head = Buffer.from(bytes.subarray(0, 4)).toString('hex');
      if (head === '0000feff') [start, little] = [4, false];
      else if (head === 'fffe0000') [start, little] = [4, true];
    }
    let out = '';
    for (let i = start; i < bytes.length; i += 4) {
      if (i + 4 > bytes.length) {
        out += REPLACEMENT;
        break;
      }
      const cp = little
        ? (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0
        : ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
      out += cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? REPLACEMENT : String.fromCodePoint(cp);
    }
    return out;
  };
}

const eucJp = table('euc-jp');
const eucKr = table('euc-kr');

/**
 * ISO-2022-JP (RFC 1468, with JIS X 0201 katakana and JIS X 0212 as Java's decoder reads them): escape
 * sequences switch sets; two-byte sets are decoded by shifting each pair onto EUC-JP.
 */
const iso2022jp: Decode = (bytes) => {
  type Mode = 'ascii' | 'roman' | 'kana' | 'x0208' | 'x0212';
  let mode: Mode = 'ascii';
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x1b) {
      const seq = String.fromCharCode(...bytes.subarray(i + 1, i + 4));
      const found = (
        [
          ['(B', 'ascii'],
          ['(J', 'roman'],
          ['(I', 'kana'],
          ['$@', 'x0208'],
          ['$B', 'x0208'],
          ['$(D', 'x0212'],
        ] as const
      ).find(([s]) => seq.startsWith(s));
      if (found) {
        mode = found[1];
        i += found[0].length;
      } else out += REPLACEMENT;
      continue;
    }
    if (b === 0x0a || b === 0x0d) {
      out += String.fromCharCode(b);
      continue;
    }
    if (b >= 0x80) {
      out += REPLACEMENT;
      continue;
    }
    if (mode === 'ascii') out += String.fromCharCode(b);
    else if (mode === 'roman') out += b === 0x5c ? '\u00a5' : b === 0x7e ? '\u203e' : String.fromCharCode(b);
    else if (mode === 'kana')
      out += b >= 0x21 && b <= 0x5f ? String.fromCharCode(0xff61 + b - 0x21) : REPLACEMENT;
    else {
      const next = bytes[i + 1];
      if (b < 0x21 || b > 0x7e || next === undefined || next < 0x21 || next > 0x7e) {
        out += b === 0x20 ? ' ' : REPLACEMENT;
        continue;
      }
      i++;
      const pair = [b | 0x80, next | 0x80];
      out += eucJp(new Uint8Array(mode === 'x0212' ? [0x8f, ...pair] : pair));
    }
  }
  return out;
};

/** ISO-2022-KR (RFC 1557): SO/SI shift between ASCII and KS X 1001, decoded through EUC-KR. */
const iso2022kr: Decode = (bytes) => {
  let shifted = false;
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x1b && String.fromCharCode(...bytes.subarray(i + 1, i + 4)) === '$)C') i += 3;
    else if (b === 0x0e) shifted = true;
    else if (b === 0x0f) shifted = false;
    else if (b >= 0x80) out += REPLACEMENT;
    else if (!shifted || b < 0x21 || b > 0x7e) out += String.fromCharCode(b);
    else {
      const next = bytes[i + 1];
      if (next === undefined || next < 0x21 || next > 0x7e) out += REPLACEMENT;
      else out += eucKr(new Uint8Array([b | 0x80, next | 0x80]));
      i++;
    }
  }
  return out;
};

/** [Java canonical name, iconv-lite name or decoder, aliases (Java's)]. */
const CHARSETS: [string, string | Decode, string[]][] = [
  [
    'US-ASCII',
    usAscii,
    [
      'iso-ir-6',
      'ANSI_X3.4-1986',
      'ISO_646.irv:1991',
      'ASCII',
      'ISO646-US',
      'us',
      'IBM367',
      'cp367',
      'csASCII',
      'default',
      '646',
      'iso_646.irv:1983',
      'ANSI_X3.4-1968',
      'ascii7',
    ],
  ],
  ['UTF-8', utf8, ['UTF8', 'unicode-1-1-utf-8']],
  ['CESU-8', 'cesu8', ['CESU8', 'csCESU-8']],
  ['UTF-16', utf16('be', true), ['UTF_16', 'utf16', 'unicode', 'UnicodeBig']],
  ['UTF-16BE', utf16('be', false), ['UTF_16BE', 'ISO-10646-UCS-2', 'X-UTF-16BE', 'UnicodeBigUnmarked']],
  ['UTF-16LE', utf16('le', false), ['UTF_16LE', 'X-UTF-16LE', 'UnicodeLittleUnmarked']],
  ['x-UTF-16LE-BOM', utf16('le', true), ['UnicodeLittle']],
  ['UTF-32', utf32('be', true), ['UTF_32', 'UTF32']],
  ['UTF-32BE', utf32('be', false), ['UTF_32BE', 'X-UTF-32BE']],
  ['UTF-32LE', utf32('le', false), ['UTF_32LE', 'X-UTF-32LE']],
  ['X-UTF-32BE-BOM', utf32('be', true), ['UTF_32BE_BOM', 'UTF-32BE-BOM']],
  ['X-UTF-32LE-BOM', utf32('le', true), ['UTF_32LE_BOM', 'UTF-32LE-BOM']],
  [
    'ISO-8859-1',
    'latin1',
    [
      'iso-ir-100',
      'ISO_8859-1',
      'latin1',
      'l1',
      'IBM819',
      'cp819',
      'csISOLatin1',
      '819',
      'IBM-819',
      'ISO8859_1',
      'ISO_8859-1:1987',
      'ISO_8859_1',
      '8859_1',
      'ISO8859-1',
    ],
  ],
  [
    'ISO-8859-2',
    'iso-8859-2',
    [
      'iso8859_2',
      '8859_2',
      'iso-ir-101',
      'ISO_8859-2',
      'ISO_8859-2:1987',
      'ISO8859-2',
      'latin2',
      'l2',
      'ibm912',
      'ibm-912',
      'cp912',
      '912',
      'csISOLatin2',
    ],
  ],
  [
    'ISO-8859-3',
    'iso-8859-3',
    [
      'iso8859_3',
      '8859_3',
      'ISO_8859-3:1988',
      'iso-ir-109',
      'ISO_8859-3',
      'ISO8859-3',
      'latin3',
      'l3',
      'ibm913',
      'ibm-913',
      'cp913',
      '913',
      'csISOLatin3',
    ],
  ],
  [
    'ISO-8859-4',
    'iso-8859-4',
    [
      'iso8859_4',
      'iso8859-4',
      '8859_4',
      'iso-ir-110',
      'ISO_8859-4',
      'ISO_8859-4:1988',
      'latin4',
      'l4',
      'ibm914',
      'ibm-914',
      'cp914',
      '914',
      'csISOLatin4',
    ],
  ],
  [
    'ISO-8859-5',
    'iso-8859-5',
    [
      'iso8859_5',
      '8859_5',
      'iso-ir-144',
      'ISO_8859-5',
      'ISO_8859-5:1988',
      'ISO8859-5',
      'cyrillic',
      'ibm915',
      'ibm-915',
      'cp915',
      '915',
      'csISOLatinCyrillic',
    ],
  ],
  [
    'ISO-8859-6',
    'iso-8859-6',
    [
      'iso8859_6',
      '8859_6',
      'iso-ir-127',
      'ISO_8859-6',
      'ISO_8859-6:1987',
      'ISO8859-6',
      'ECMA-114',
      'ASMO-708',
      'arabic',
      'ibm1089',
      'ibm-1089',
      'cp1089',
      '1089',
      'csISOLatinArabic',
    ],
  ],
  [
    'ISO-8859-7',
    'iso-8859-7',
    [
      'iso8859_7',
      '8859_7',
      'iso-ir-126',
      'ISO_8859-7',
      'ISO_8859-7:1987',
      'ELOT_928',
      'ECMA-118',
      'greek',
      'greek8',
      'csISOLatinGreek',
      'sun_eu_greek',
      'ibm813',
      'ibm-813',
      '813',
      'cp813',
      'iso8859-7',
    ],
  ],
  [
    'ISO-8859-8',
    'iso-8859-8',
    [
      'iso8859_8',
      '8859_8',
      'iso-ir-138',
      'ISO_8859-8',
      'ISO_8859-8:1988',
      'ISO8859-8',
      'cp916',
      '916',
      'ibm916',
      'ibm-916',
      'hebrew',
      'csISOLatinHebrew',
    ],
  ],
  [
    'ISO-8859-9',
    'iso-8859-9',
    [
      'iso8859_9',
      '8859_9',
      'iso-ir-148',
      'ISO_8859-9',
      'ISO_8859-9:1989',
      'ISO8859-9',
      'latin5',
      'l5',
      'ibm920',
      'ibm-920',
      '920',
      'cp920',
      'csISOLatin5',
    ],
  ],
  ['x-iso-8859-11', 'iso-8859-11', ['iso-8859-11', 'iso8859_11']],
  [
    'ISO-8859-13',
    'iso-8859-13',
    ['iso8859_13', '8859_13', 'iso_8859-13', 'ISO8859-13', 'csISOLatin7', 'latin7', 'l7'],
  ],
  [
    'ISO-8859-15',
    'iso-8859-15',
    [
      'ISO_8859-15',
      'Latin-9',
      'csISO885915',
      '8859_15',
      'ISO-8859-15',
      'IBM923',
      'IBM-923',
      'cp923',
      '923',
      'LATIN0',
      'csISOlatin0',
      'csISOlatin9',
      'ISO8859_15_FDIS',
      'ISO8859-15',
      'ISO8859_15',
      'L9',
    ],
  ],
  [
    'ISO-8859-16',
    'iso-8859-16',
    ['iso-ir-226', 'ISO_8859-16:2001', 'ISO_8859-16', 'ISO8859_16', 'latin10', 'l10', 'csISO885916'],
  ],
  ['windows-1250', 'windows-1250', ['cp1250', 'cp5346']],
  ['windows-1251', 'windows-1251', ['cp1251', 'cp5347', 'ansi-1251']],
  ['windows-1252', 'windows-1252', ['cp1252', 'cp5348', 'ibm-1252', 'ibm1252']],
  ['windows-1253', 'windows-1253', ['cp1253', 'cp5349']],
  ['windows-1254', 'windows-1254', ['cp1254', 'cp5350']],
  ['windows-1255', 'windows-1255', ['cp1255']],
  ['windows-1256', 'windows-1256', ['cp1256']],
  ['windows-1257', 'windows-1257', ['cp1257', 'cp5353']],
  ['windows-1258', 'windows-1258', ['cp1258']],
  ['x-windows-874', 'windows-874', ['ms874', 'ms-874', 'windows-874']],
  ['TIS-620', 'tis-620', ['tis620', 'tis620.2533']],
  ['KOI8-R', 'koi8-r', ['koi8_r', 'koi8', 'cskoi8r']],
  ['KOI8-U', 'koi8-u', ['koi8_u']],
  ['IBM437', 'cp437', ['cp437', 'ibm437', 'ibm-437', '437', 'cspc8codepage437', 'windows-437']],
  ['IBM775', 'cp775', ['cp775', 'ibm775', 'ibm-775', '775']],
  ['IBM850', 'cp850', ['cp850', 'ibm-850', 'ibm850', '850', 'cspc850multilingual']],
  ['IBM852', 'cp852', ['cp852', 'ibm852', 'ibm-852', '852', 'csPCp852']],
  ['IBM855', 'cp855', ['cp855', 'ibm-855', 'ibm855', '855', 'cspcp855']],
  ['IBM857', 'cp857', ['cp857', 'ibm857', 'ibm-857', '857', 'csIBM857']],
  ['IBM00858', 'cp858', ['cp858', 'ccsid00858', 'cp00858', '858', 'PC-Multilingual-850+euro']],
  ['IBM862', 'cp862', ['cp862', 'ibm862', 'ibm-862', '862', 'csIBM862', 'cspc862latinhebrew']],
  ['IBM866', 'cp866', ['cp866', 'ibm866', 'ibm-866', '866', 'csIBM866']],
  ['x-MacRoman', 'macroman', ['MacRoman']],
  ['x-MacCyrillic', 'maccyrillic', ['MacCyrillic']],
  ['x-MacGreek', 'macgreek', ['MacGreek']],
  ['x-MacTurkish', 'macturkish', ['MacTurkish']],
  ['x-MacCentralEurope', 'maccenteuro', ['MacCentralEurope']],
  ['x-MacIceland', 'maciceland', ['MacIceland']],
  ['x-MacCroatian', 'maccroatian', ['MacCroatian']],
  ['x-MacRomania', 'macromania', ['MacRomania']],
  ['x-MacUkraine', 'macukraine', ['MacUkraine']],
  ['Shift_JIS', 'shift_jis', ['shift_jis', 'x-sjis', 'sjis', 'shift-jis', 'ms_kanji', 'csShiftJIS']],
  ['windows-31j', 'cp932', ['MS932', 'windows-932', 'csWindows31J']],
  [
    'EUC-JP',
    eucJp,
    [
      'csEUCPkdFmtjapanese',
      'x-euc-jp',
      'eucjis',
      'Extended_UNIX_Code_Packed_Format_for_Japanese',
      'euc_jp',
      'eucjp',
      'x-eucjp',
    ],
  ],
  ['ISO-2022-JP', iso2022jp, ['csjisencoding', 'iso2022jp', 'jis', 'jis_encoding', 'csISO2022JP']],
  ['x-windows-iso2022jp', iso2022jp, ['windows-iso2022jp']],
  ['GB2312', 'gb2312', ['gb2312', 'euc-cn', 'x-EUC-CN', 'euccn', 'EUC_CN', 'gb2312-80', 'gb2312-1980']],
  ['GBK', 'gbk', ['CP936', 'windows-936']],
  ['GB18030', 'gb18030', ['gb18030-2022', 'gb18030-2000']],
  ['Big5', 'cp950', ['csBig5']],
  ['x-windows-950', 'cp950', ['ms950', 'windows-950']],
  ['Big5-HKSCS', 'big5hkscs', ['big5hk', 'big5-hkscs', 'big5hkscs', 'Big5_HKSCS']],
  [
    'EUC-KR',
    eucKr,
    [
      'ksc5601',
      'euckr',
      'euc_kr',
      'ksc5601-1987',
      'ks_c_5601-1987',
      'ksc5601_1987',
      'ksc_5601',
      'csEUCKR',
      '5601',
    ],
  ],
  ['x-windows-949', 'cp949', ['windows949', 'ms949', 'windows-949', 'ms_949']],
  ['ISO-2022-KR', iso2022kr, ['csISO2022KR', 'ISO2022KR']],
];

/** Encoders for the charsets decoded by our own code above (Java's UTF-16 writes a big-endian BOM). */
const ENCODERS: Record<string, string> = {
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'UTF-16BE': 'utf16be',
  'UTF-16LE': 'utf16le',
  'UTF-32BE': 'utf32be',
  'UTF-32LE': 'utf32le',
};

const BY_NAME = new Map<string, JavaCharset>();
for (const [name, how, aliases] of CHARSETS) {
  const charset: JavaCharset = {
    name,
    decode: typeof how === 'string' ? table(how) : how,
    encoder: typeof how === 'string' ? how : (ENCODERS[name] ?? null),
  };
  for (const label of [name, ...aliases]) BY_NAME.set(label.toLowerCase(), charset);
}

/** Java's rule for a legal charset name (Charset.forName throws IllegalCharsetNameException otherwise). */
const LEGAL_NAME = /^[A-Za-z0-9][A-Za-z0-9\-+:_.]*$/;

/** The charset Java knows by this name or alias, or null (Charset.forName would throw). */
export function javaCharset(label: string): JavaCharset | null {
  if (!LEGAL_NAME.test(label)) return null;
  return BY_NAME.get(label.toLowerCase()) ?? null;
}

/** `new String(bytes, charset)`: null when Java does not know the charset. */
export function decodeJava(bytes: Uint8Array, label: string): string | null {
  const charset = javaCharset(label.trim());
  return charset ? charset.decode(bytes) : null;
}

/** `string.getBytes(charset)`: unmappable characters become '?', as Java's encoders replace them. */
export function encodeJava(text: string, label: string): Uint8Array | null {
  const charset = javaCharset(label.trim());
  if (!charset) return null;
  if (charset.name === 'UTF-8') return new Uint8Array(Buffer.from(text, 'utf8'));
  if (charset.name === 'US-ASCII') {
    return new Uint8Array([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));
  }
  if (charset.name === 'UTF-16') return new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf16be')]);
  if (!charset.encoder) return null;
  return new Uint8Array(iconv.encode(text, charset.encoder));
}

/** A charset argument: a Java charset name, or a Utilities.Charset value (which names one). */
export function charsetName(charset: unknown): string {
  if (charset === undefined || charset === 'UTF_8') return 'UTF-8';
  return charset === 'US_ASCII' ? 'US-ASCII' : String(charset);
}

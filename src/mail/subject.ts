// Reply subjects (issue 3 §3): exactly one "Re: " in front of the original subject, whatever stack of
// English, counted and localized reply prefixes it came with. Forward prefixes are content and stay.
import { decodeEncodedWords } from './encoding';

/**
 * Localized reply prefixes, matched case-sensitively as Thunderbird does (pref mailnews.localizedRe): the
 * union over its locales (../shared/corpora/vectors/subject/thunderbird-localizedRe.json) plus the ones
 * issue 3 names (Ynt, 答复). "Re" itself is matched in any case.
 */
export const LOCALIZED_REPLY_PREFIXES: readonly string[] = [
  'AW',
  'Aw',
  'Antw',
  'Ats.',
  'ODP',
  'Odg',
  'Odp',
  'Odp.',
  'Për',
  'R',
  'SV',
  'Sv',
  'VS',
  'Vs',
  'Vá',
  'YNT',
  'Ynt',
  'Yan',
  'er',
  'Одг',
  'השב',
  '回复',
  '答复',
];

// Longest first, so "Odp." wins over "Odp" and "Antw" is not read as "A…".
const TOKENS = [...LOCALIZED_REPLY_PREFIXES].sort((a, b) => b.length - a.length);
// A list tag is short; the bound keeps scanning linear on subjects full of '['.
const MAX_TAG_LENGTH = 80;

/**
 * The subject without its reply prefixes: `Re: RE: re: x`, `Re[2]: x`, `Re(3): x`, `AW: Sv: x` all give `x`.
 * A list tag at the front stays in front (`Re: [dev-list] Re: x` gives `[dev-list] x`), since list software
 * matches on it; reply prefixes after it go too. Encoded words in a raw value are decoded. For templates'
 * `subject` merge field.
 */
export function stripReplyPrefixes(subject: string): string {
  const s = decodeEncodedWords(subject).replace(/[\r\n]+[ \t]*/g, ' ');
  const tags: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isSpace(s.charCodeAt(pos))) pos++;
    const afterPrefix = replyPrefixEnd(s, pos);
    if (afterPrefix > pos) {
      pos = afterPrefix;
      continue;
    }
    if (s[pos] === '[') {
      const close = s.slice(pos, pos + MAX_TAG_LENGTH).indexOf(']');
      if (close > 1) {
        const tag = s.slice(pos, pos + close + 1);
        // Lists that tag every message leave "[dev] Re: [dev] x": keep one.
        if (!tags.includes(tag)) tags.push(tag);
        pos += close + 1;
        continue;
      }
    }
    break;
  }
  return [...tags, s.slice(pos).trim()].filter((part) => part !== '').join(' ');
}

/** The subject of a reply: `Re: ` plus the subject without its reply prefixes; an empty subject gives `Re: `. */
export function normalizeReplySubject(subject: string): string {
  return `Re: ${stripReplyPrefixes(subject)}`;
}

/** The index just past a reply prefix (token, optional `[n]` or `(n)`, optional space, colon) at `pos`, or `pos`. */
function replyPrefixEnd(s: string, pos: number): number {
  const candidates = s.slice(pos, pos + 2).toLowerCase() === 're' ? ['Re'] : [];
  for (const token of TOKENS) if (s.startsWith(token, pos)) candidates.push(token);
  for (const token of candidates) {
    let i = pos + token.length;
    const open = s[i];
    if (open === '[' || open === '(') {
      const close = open === '[' ? ']' : ')';
      let j = i + 1;
      while (j < s.length && j - i <= 4 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j > i + 1 && s[j] === close) i = j + 1;
    }
    // "RE : x" is how French clients write it.
    if (s[i] === ' ' && (s[i + 1] === ':' || s[i + 1] === '：')) i++;
    if (s[i] === ':' || s[i] === '：') return i + 1;
  }
  return pos;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
}

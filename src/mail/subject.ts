// Reply subjects (issue 3 §3): exactly one "Re: " in front of the original subject, whatever stack of
// English, counted and localized reply prefixes it came with. Only reply prefixes go: everything else
// (list tags, forward prefixes, spacing) stays byte for byte, since a subject that differs by more than
// its prefix can split the recipient's thread.

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
 * Reply prefixes behind a leading list tag go too (`Re: [dev-list] Re: x` gives `[dev-list] x`), but the
 * tags themselves and the text stay exactly as written (`[foo]bar`, `[foo] [foo] blah`). Takes the decoded
 * subject; line breaks of a folded value count as spaces. For templates' `subject` merge field.
 */
export function stripReplyPrefixes(subject: string): string {
  const s = subject.replace(/[\r\n]+[ \t]*/g, ' ');
  // `kept` holds the leading tags as written, with the spaces between them; `pos` is where unread text starts.
  let kept = '';
  let pos = 0;
  for (;;) {
    let at = pos;
    while (at < s.length && isSpace(s.charCodeAt(at))) at++;
    const afterPrefix = replyPrefixEnd(s, at);
    if (afterPrefix > at) {
      const before = kept === '' ? '' : s.slice(pos, at);
      kept += before;
      pos = afterPrefix;
      // One separator survives between a tag and what follows: the one before the prefix, else the one after.
      if (kept === '' || before !== '') while (pos < s.length && isSpace(s.charCodeAt(pos))) pos++;
      continue;
    }
    if (s[at] === '[') {
      const close = s.slice(at, at + MAX_TAG_LENGTH).indexOf(']');
      if (close > 1) {
        kept += s.slice(kept === '' ? at : pos, at + close + 1);
        pos = at + close + 1;
        continue;
      }
    }
    break;
  }
  return (kept === '' ? s.slice(pos).trimStart() : kept + s.slice(pos)).trimEnd();
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

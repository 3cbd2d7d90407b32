// Control and bidi-override characters in a quoted body (both parts): dropped, except the three line
// separators, which become a space. Why drop rather than show them (as U+FFFD or "<U+202E>"):
// - C0/C1 controls and DEL have no glyph and no meaning in mail text; NUL in particular is where other
//   programs cut a string, so the quote could read differently to the recipient's client than to us.
// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what is shown
//   ("invoice‮fdp.exe" displays as "invoiceexe.pdf"). Dropped, the text shows in the order it is stored:
//   nothing is hidden or reversed. Marking them visibly would litter every Arabic or Hebrew newsletter that
//   uses isolates legitimately, and the letters still show without them.
// - U+0085, U+2028 and U+2029 are line breaks to some clients and not to others; left in, a client that
//   breaks there would show a line without the quote's "> " (text that looks like the user's own). A space
//   keeps the words apart and creates no line. LRM/RLM (U+200E/U+200F) are kept: they only nudge neutral
//   characters and are common in right-to-left mail.

const DROPPED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are what the rule is about.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above.
const ANY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** True when `text` holds a character `withoutControls` would change (a cheap test for the common case). */
export function hasControls(text: string): boolean {
  return ANY.test(text);
}

/** `text` with controls and bidi overrides dropped and line separators made spaces (tab, LF, CR stay). */
export function withoutControls(text: string): string {
  return ANY.test(text) ? text.replace(DROPPED, '').replace(LINE_SEPARATORS, ' ') : text;
}

/**
 * One line of untrusted text (a display name, a subject, a file name), as a card or a header may show it:
 * line breaks and tabs become a space, the characters above are dropped, and the ends are trimmed (inner
 * spacing stays as written), so nothing can end a header line, hide text or turn it around.
 */
export function cleanLine(text: string): string {
  return withoutControls(text.replace(/[\r\n\t]+/g, ' ')).trim();
}

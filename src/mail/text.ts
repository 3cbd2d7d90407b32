// Untrusted one-line text (display names, subjects, file names) made safe to show and to write into a
// header: characters that would end a header line, hide text or turn it around are never kept.

// C0 controls but tab, DEL and the C1 controls (NEL among them), the line and paragraph separators, and
// the bidi embeddings, overrides and isolates (the "Trojan Source" characters). Tab becomes a space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters it removes.
const UNSAFE_IN_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of untrusted text, as a card or a header may show it: line breaks become a space, the other
 * characters above are dropped, and the ends are trimmed (inner spacing stays as written).
 */
export function cleanLine(text: string): string {
  return text
    .replace(/[\r\n\u0085\u2028\u2029\t]+/g, ' ')
    .replace(UNSAFE_IN_LINE, '')
    .trim();
}

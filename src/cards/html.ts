// Text from mail shown in a card goes through the card HTML subset (<b>, <i>, <a>, <font>…), so it must
// be escaped: a display name like <a href="…">Pay here</a> shows as text, never as a link.

import { textDirection } from '../mail/direction';

/**
 * Card text has no `dir` attribute, so text that runs right to left (a Hebrew name, an Arabic subject) is
 * set in a first-strong isolate (U+2068 … U+2069): it keeps its own direction and cannot reorder the
 * English around it. The untrusted text's own bidi controls were already removed where it was read.
 */
export function escapeCardText(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return textDirection(text) === 'rtl' ? `\u2068${escaped}\u2069` : escaped;
}

/** Plain card text (a header's title, a label) isolated the same way when it runs right to left. */
export function isolateRtl(text: string): string {
  return textDirection(text) === 'rtl' ? `\u2068${text}\u2069` : text;
}

export function bold(html: string): string {
  return `<b>${html}</b>`;
}

/** Grey secondary text, as Gmail's own sidebar uses. */
export function muted(html: string): string {
  return `<font color="#5f6368">${html}</font>`;
}

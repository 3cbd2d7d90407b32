// Text from mail shown in a card goes through the card HTML subset (<b>, <i>, <a>, <font>…), so it must
// be escaped: a display name like <a href="…">Pay here</a> shows as text, never as a link.

export function escapeCardText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function bold(html: string): string {
  return `<b>${html}</b>`;
}

/** Grey secondary text, as Gmail's own sidebar uses. */
export function muted(html: string): string {
  return `<font color="#5f6368">${html}</font>`;
}

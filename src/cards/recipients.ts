// A recipient list as one card line, shortened so no card nears the widget limits.

/** The most addresses a card line names before "and N more". */
export const SHOWN_RECIPIENTS = 5;

export function recipientLine(names: string[], shown = SHOWN_RECIPIENTS): string {
  if (names.length === 0) return '—';
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

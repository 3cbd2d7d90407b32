// A recipient list as one card line, shortened so no card nears the widget limits.
import { t } from '../i18n';

/** The most addresses a card line names before "and N more". */
export const SHOWN_RECIPIENTS = 5;

export function recipientLine(names: string[], locale?: string, shown = SHOWN_RECIPIENTS): string {
  if (names.length === 0) return t(locale, 'card.recipients.none');
  const sep = t(locale, 'list.separator');
  if (names.length <= shown) return names.join(sep);
  // The count as plain digits, as the line always wrote it ("and 4995 more"): it sits among addresses.
  return t(locale, 'card.recipients.more', {
    names: names.slice(0, shown).join(sep),
    count: String(names.length - shown),
  });
}

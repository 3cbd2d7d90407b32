// The warnings a reply plan can carry, each in plain words for the preview card. Codes are stable: the
// handler keys on them (a blocking one means "no draft") and tests assert them.
import { type MessageId, type Params, t } from '../i18n';
import type { PlanWarning } from './types';

export const WarningCode = {
  /** Gmail gave no address for the user (email scope declined): no draft. */
  unknownUser: 'unknown-user',
  /** Nobody left to send to: no draft. */
  noRecipients: 'no-recipients',
  invalidRecipients: 'invalid-recipients',
  manyRecipients: 'many-recipients',
  /** Over Gmail's recipients per message: no draft. */
  tooManyRecipients: 'too-many-recipients',
  /** The quote lost its formatting, or its end, to fit Gmail's body size. */
  quoteShortened: 'quote-shortened',
  /** The reply's own text alone is over Gmail's body size: no draft. */
  bodyTooLarge: 'body-too-large',
  /** The reply subject is longer than the subject option allows: Gmail writes it. */
  subjectByGmail: 'subject-by-gmail',
  externalRecipients: 'external-recipients',
  replyToDiffers: 'reply-to-differs',
  /** Two From or Reply-To headers: only the first is read. */
  repeatedHeader: 'repeated-header',
  noMessageId: 'no-message-id',
  /** Attachments Gmail no longer lists: the draft goes without them. */
  attachmentsMissing: 'attachments-missing',
  /** Attachments over Gmail's limit: no draft. */
  attachmentsTooLarge: 'attachments-too-large',
  /** The draft answers an earlier message of the thread (a reply to my own message). */
  repliesToEarlier: 'replies-to-earlier',
  /** The draft cannot be threaded with these recipients through Apps Script. */
  notThreaded: 'not-threaded',
} as const;
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];

/** More recipients than this gets a "check the list" warning. */
export const MANY_RECIPIENTS = 10;

/** Gmail's recipients per message (To + Cc + Bcc), Apps Script quotas page. */
export const MAX_RECIPIENTS = 50;

export function warning(code: WarningCode, message: string, blocking = false): PlanWarning {
  return blocking ? { code, message, blocking } : { code, message };
}

/** A warning the card shows in the user's language: `message` is its English text (logs, tests). */
export function textWarning(
  code: WarningCode,
  id: MessageId,
  params: Params = {},
  blocking = false,
): PlanWarning {
  return { ...warning(code, t('en', id, params), blocking), text: { id, params } };
}

/** The warning in the user's language where it has a message id, else its English message. */
export function warningText(w: PlanWarning, locale: string): string {
  return w.text ? t(locale, w.text.id, w.text.params) : w.message;
}

/**
 * How much a warning asks of the user: a blocking one stops the draft; the external-domain note is
 * information, said once and quietly (it is on nearly every customer reply); the rest are worth a look.
 */
export function warningTier(w: PlanWarning): 'blocking' | 'caution' | 'info' {
  if (w.blocking === true) return 'blocking';
  return w.code === WarningCode.externalRecipients ? 'info' : 'caution';
}

/** True when the plan must not become a draft. */
export function isBlocked(warnings: PlanWarning[]): boolean {
  return warnings.some((w) => w.blocking === true);
}

/** "Ana, Sam and 3 more": a bounded list of names for a one-line message. */
export function nameList(names: string[], shown = 3): string {
  if (names.length <= shown) {
    return names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

// Errors the user can act on carry a plain-words message; anything else is a bug and gets a reference.
import { type MessageId, type Params, t } from './i18n';

/** An error's words as catalogue ids: the boundary shows them in the user's language. */
export interface ErrorText {
  title: MessageId;
  message: MessageId;
  params?: Params;
  /** Said instead of `message` when present: several messages in a row (a plan's blocking warnings). */
  parts?: readonly { id: MessageId; params?: Params }[];
}

/** The error's message in `locale`. */
export function errorMessage(text: ErrorText, locale: string | undefined): string {
  if (text.parts) return text.parts.map((p) => t(locale, p.id, p.params)).join(' ');
  return t(locale, text.message, text.params);
}

export class UserError extends Error {
  /**
   * True when a write may have happened although the call failed (Gmail made the draft, then threw):
   * the user is told to check, never invited to simply try again and make a second copy.
   */
  readonly mayHaveWritten: boolean = false;

  /** The title and message as catalogue ids, when they have them (else the English ones are shown). */
  text?: ErrorText;

  constructor(
    message: string,
    /** A short title for the error card. */
    readonly title = t('en', 'error.title'),
    /**
     * The platform's error behind this one, when there is one: logged with a reference the user can
     * quote. Its text (in the user's language) is never shown or acted on.
     */
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * Gmail's draft call threw, and it may have made the draft anyway (a timeout can strike after the
 * write; nothing in the error says which). Apps Script cannot list the user's drafts with our scopes,
 * so the user is asked to look: trying again blindly could leave two drafts.
 */
export class DraftMayExistError extends UserError {
  override readonly mayHaveWritten = true;

  constructor(detail: unknown) {
    super(t('en', 'error.draftMayExist'), t('en', 'error.draftMayExist.title'), detail);
    this.name = 'DraftMayExistError';
    this.text = { title: 'error.draftMayExist.title', message: 'error.draftMayExist' };
  }
}

/** A UserError whose words are catalogue ids: `message` and `title` are their English (logs, tests). */
export function userError(text: ErrorText, detail?: unknown): UserError {
  const error = new UserError(errorMessage(text, 'en'), t('en', text.title), detail);
  error.text = text;
  return error;
}

/** A short reference the user can quote; the same string goes to the log with the details. */
export function errorReference(now: number, salt: number): string {
  return `TS-${(now % 1e8).toString(36).toUpperCase()}${Math.floor(salt * 1296)
    .toString(36)
    .toUpperCase()
    .padStart(2, '0')}`;
}

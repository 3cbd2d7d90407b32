// Errors the user can act on carry a plain-words message; anything else is a bug and gets a reference.

export class UserError extends Error {
  /**
   * True when a write may have happened although the call failed (Gmail made the draft, then threw):
   * the user is told to check, never invited to simply try again and make a second copy.
   */
  readonly mayHaveWritten: boolean = false;

  constructor(
    message: string,
    /** A short title for the error card. */
    readonly title = 'Threadsmith can’t do that',
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
    super(
      'Gmail did not confirm the draft, but it may have been made anyway. Look in your Drafts folder before you try again, so you don’t end up with two copies.',
      'Check your Drafts folder',
      detail,
    );
    this.name = 'DraftMayExistError';
  }
}

/** A short reference the user can quote; the same string goes to the log with the details. */
export function errorReference(now: number, salt: number): string {
  return `TS-${(now % 1e8).toString(36).toUpperCase()}${Math.floor(salt * 1296)
    .toString(36)
    .toUpperCase()
    .padStart(2, '0')}`;
}

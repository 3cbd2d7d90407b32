// Errors the user can act on carry a plain-words message; anything else is a bug and gets a reference.

export class UserError extends Error {
  constructor(
    message: string,
    /** A short title for the error card. */
    readonly title = 'Threadsmith can’t do that',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A short reference the user can quote; the same string goes to the log with the details. */
export function errorReference(now: number, salt: number): string {
  return `TS-${(now % 1e8).toString(36).toUpperCase()}${Math.floor(salt * 1296)
    .toString(36)
    .toUpperCase()
    .padStart(2, '0')}`;
}

/** The message of anything thrown, whichever realm its Error came from (Apps Script services throw their own). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

// The one place errors become what the user sees (design.md "Errors"): a UserError in plain words,
// anything else a generic card with a reference whose details go to the log. Never a stack trace.

import { type ErrorView, errorCard } from '../../cards/errorCard';
import { pushCard } from '../../cards/responses';
import { errorMessage, errorReference, UserError } from '../../errors';
import { t } from '../../i18n';
import { logError } from '../../platform/log';

/**
 * What the user sees of `error`, in `locale` (the event's userLocale) where the error's words are catalogue
 * ids; errors with English words only (store/, templates/ not moved yet) show them as they are.
 */
export function errorView(error: unknown, locale?: string): ErrorView {
  if (error instanceof UserError) {
    const text = error.text;
    const view: ErrorView = text
      ? { title: t(locale, text.title), message: errorMessage(text, locale), locale }
      : { title: error.title, message: error.message, locale };
    if (error.mayHaveWritten) view.mayHaveWritten = true;
    // A platform error behind a plain-words one: its details go to the log, with a reference.
    if (error.detail !== undefined) {
      view.reference = errorReference(Date.now(), Math.random());
      logError(view.reference, error.detail);
    }
    return view;
  }
  const reference = errorReference(Date.now(), Math.random());
  logError(reference, error);
  return {
    title: t(locale, 'error.unexpected.title'),
    message: t(locale, 'error.unexpected'),
    reference,
    locale,
  };
}

/** For triggers, which must return a card. */
export function cardOrErrorCard(
  run: () => GoogleAppsScript.Card_Service.Card,
  locale?: string,
): GoogleAppsScript.Card_Service.Card {
  try {
    return run();
  } catch (error) {
    return errorCard(errorView(error, locale));
  }
}

type ActionResult =
  | GoogleAppsScript.Card_Service.ActionResponse
  | GoogleAppsScript.Card_Service.ComposeActionResponse
  | GoogleAppsScript.Card_Service.UpdateDraftActionResponse
  | GoogleAppsScript.Card_Service.UniversalActionResponse;

/**
 * For compose actions (setComposeAction), whose only accepted answer is a ComposeActionResponse: an
 * error card there would fail the click with nothing useful shown. Everything foreseeable is stopped on
 * the card before the click (a disabled button, the inputs that are missing); what is left (a Gmail
 * failure, a card drawn before the message changed) is thrown in plain words, which Apps Script shows
 * as the add-on's error message (docs/replies.md "When a draft cannot be made"). Unexpected errors are
 * logged with a reference, as on every other surface.
 */
export function composeOrThrow(
  run: () => GoogleAppsScript.Card_Service.ComposeActionResponse,
  locale?: string,
): GoogleAppsScript.Card_Service.ComposeActionResponse {
  try {
    return run();
  } catch (error) {
    const view = errorView(error, locale);
    const reference = view.reference ? t(locale, 'error.reference', { reference: view.reference }) : '';
    throw new Error(reference ? `${view.message} ${reference}` : view.message);
  }
}

/** For button actions: an error shows as a notification and an error card pushed on the stack. */
export function responseOrErrorCard(run: () => ActionResult, locale?: string): ActionResult {
  try {
    return run();
  } catch (error) {
    const view = errorView(error, locale);
    return pushCard(errorCard(view), view.message);
  }
}

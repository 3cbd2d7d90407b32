// The one place errors become what the user sees (design.md "Errors"): a UserError in plain words,
// anything else a generic card with a reference whose details go to the log. Never a stack trace.
import { type ErrorView, errorCard } from '../cards/errorCard';
import { errorReference, UserError } from '../errors';
import { logError } from '../platform/log';

export function errorView(error: unknown): ErrorView {
  if (error instanceof UserError) {
    const view: ErrorView = { title: error.title, message: error.message };
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
    title: 'Something went wrong',
    message:
      'Threadsmith hit an unexpected problem. Try again; if it keeps happening, send us the reference below.',
    reference,
  };
}

/** For triggers, which must return a card. */
export function cardOrErrorCard(
  run: () => GoogleAppsScript.Card_Service.Card,
): GoogleAppsScript.Card_Service.Card {
  try {
    return run();
  } catch (error) {
    return errorCard(errorView(error));
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
): GoogleAppsScript.Card_Service.ComposeActionResponse {
  try {
    return run();
  } catch (error) {
    const view = errorView(error);
    throw new Error(view.reference ? `${view.message} Reference: ${view.reference}` : view.message);
  }
}

/** For button actions: an error shows as a notification and an error card pushed on the stack. */
export function responseOrErrorCard(run: () => ActionResult): ActionResult {
  try {
    return run();
  } catch (error) {
    const view = errorView(error);
    return CardService.newActionResponseBuilder()
      .setNotification(CardService.newNotification().setText(view.message))
      .setNavigation(CardService.newNavigation().pushCard(errorCard(view)))
      .build();
  }
}

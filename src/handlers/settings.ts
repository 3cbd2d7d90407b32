// Settings: "my other addresses", with the open message's delivery address offered when it is new.
import type { ActionParams } from '../actions';
import { FIELD } from '../actions';
import { settingsCard } from '../cards/settingsCard';
import { UserError } from '../errors';
import { type AddonEvent, formValue } from '../events';
import { deliveredToSuggestion, identityOf, parseAddresses } from '../mail';
import { openMessage } from '../platform/gmail';
import { userEmail } from '../platform/session';
import type { Settings } from '../store/settings';
import { cardOrErrorCard } from './boundary';
import { userStore } from './stores';

function currentSettingsCard(e: AddonEvent, settings?: Settings): GoogleAppsScript.Card_Service.Card {
  const email = userEmail();
  const saved = settings ?? userStore().loadSettings();
  const identity = identityOf(email, saved.otherAddresses);
  return settingsCard({
    email,
    myName: saved.myName,
    otherAddresses: saved.otherAddresses,
    suggestion: suggestionFor(e, identity),
  });
}

/**
 * The open message's delivery address when it is new. The suggestion needs the open message: settings
 * opened from the homepage simply have none, and neither do they when Gmail fails to give the message
 * (an extra, not worth an error card, nor turning a save that committed into a failure).
 */
function suggestionFor(e: AddonEvent, identity: ReturnType<typeof identityOf>) {
  // A universal action may name the message without its access token (docs/emulator.md "Events").
  if (!e.gmail?.messageId || !e.gmail.accessToken) return null;
  try {
    return deliveredToSuggestion(openMessage(e).snapshot, identity);
  } catch (error) {
    console.warn(`Settings shown without a suggestion: ${String(error)}`);
    return null;
  }
}

/** The toolbar's "Settings" (a universal action). */
export function onSettings(e: AddonEvent) {
  return CardService.newUniversalActionResponseBuilder()
    .displayAddOnCards([cardOrErrorCard(() => currentSettingsCard(e))])
    .build();
}

export function openSettings(e: AddonEvent) {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(currentSettingsCard(e)))
    .build();
}

export function saveSettings(e: AddonEvent, params: ActionParams['saveSettings']) {
  const typed = formValue(e, FIELD.otherAddresses)
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const wanted = params.add ? [...typed, params.add] : typed;
  const parsed = parseAddresses(wanted.join(', '));
  if (parsed.invalid.length > 0) {
    throw new UserError(
      `These are not email addresses: ${parsed.invalid.join(', ')}. Nothing was saved.`,
      'Not saved',
    );
  }
  const saved = userStore().saveSettings({
    otherAddresses: parsed.addresses.map((a) => a.email),
    myName: formValue(e, FIELD.myName),
  });
  // Committed: from here nothing may report it as failed. If the card cannot be drawn again (the
  // user's address is a service read), the card stays as it is, showing what was just saved.
  const response = CardService.newActionResponseBuilder().setNotification(
    CardService.newNotification().setText('Saved.'),
  );
  try {
    response.setNavigation(CardService.newNavigation().updateCard(currentSettingsCard(e, saved)));
  } catch (error) {
    console.warn(`Settings saved; card not redrawn: ${String(error)}`);
  }
  return response.build();
}

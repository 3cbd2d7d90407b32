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
  // The suggestion needs the open message; settings opened from the homepage simply have none.
  const suggestion = e.gmail?.messageId ? deliveredToSuggestion(openMessage(e).snapshot, identity) : null;
  return settingsCard({ email, myName: saved.myName, otherAddresses: saved.otherAddresses, suggestion });
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
  return CardService.newActionResponseBuilder()
    .setNotification(CardService.newNotification().setText('Saved.'))
    .setNavigation(CardService.newNavigation().updateCard(currentSettingsCard(e, saved)))
    .build();
}

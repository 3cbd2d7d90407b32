// Settings: my name and "my other addresses", with the open message's delivery address offered when it
// is new. Reachable from Gmail's toolbar menu (a universal action) and from the library on the homepage.

import type { ActionParams } from '../../actions';
import { FIELD } from '../../actions';
import { notify, pushCard, showCards, updateCard } from '../../cards/responses';
import { type SettingsView, settingsCard } from '../../cards/settingsCard';
import { UserError } from '../../errors';
import { type AddonEvent, formValue, userEnv } from '../../events';
import { t } from '../../i18n';
import { deliveredToSuggestion, identityOf, parseAddresses } from '../../mail';
import { openMessage } from '../../platform/gmail';
import { userEmail } from '../../platform/session';
import { defaultSettings, type Settings } from '../../store/settings';
import { suggestedFullName } from '../../templates';
import { cardOrErrorCard } from '../shared/boundary';
import { userStore } from '../shared/stores';
import { storeErrorText } from '../shared/templateForm';

function currentSettingsCard(
  e: AddonEvent,
  settings?: Settings,
  refused?: Pick<SettingsView, 'typed' | 'error'>,
): GoogleAppsScript.Card_Service.Card {
  const email = userEmail();
  const saved = settings ?? userStore().loadSettings();
  const identity = identityOf(email, saved.otherAddresses);
  return settingsCard({
    locale: userEnv(e).locale,
    email,
    myName: saved.myName,
    otherAddresses: saved.otherAddresses,
    suggestion: suggestionFor(e, identity),
    nameSuggestion: saved.myName.trim() ? undefined : suggestedFullName(email) || undefined,
    ...refused,
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
  return showCards([cardOrErrorCard(() => currentSettingsCard(e))]);
}

export function openSettings(e: AddonEvent) {
  return pushCard(currentSettingsCard(e));
}

/**
 * The same card, in place, with everything as typed and why it was not saved. Drawn from what was typed,
 * without reading the store again (a busy store is one reason to be here).
 */
function refusedResponse(e: AddonEvent, error: string, addresses: string[]) {
  const typed = { myName: formValue(e, FIELD.myName), otherAddresses: formValue(e, FIELD.otherAddresses) };
  const asTyped: Settings = { ...defaultSettings(), otherAddresses: addresses, myName: typed.myName };
  return updateCard(currentSettingsCard(e, asTyped, { typed, error }));
}

export function saveSettings(e: AddonEvent, params: ActionParams['saveSettings']) {
  const typed = formValue(e, FIELD.otherAddresses)
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const wanted = params.add ? [...typed, params.add] : typed;
  const parsed = parseAddresses(wanted.join(', '));
  if (parsed.invalid.length > 0) {
    return refusedResponse(
      e,
      t(userEnv(e).locale, 'settings.invalidAddresses', {
        count: parsed.invalid.length,
        addresses: parsed.invalid.map((a) => `“${a}”`).join(t(userEnv(e).locale, 'list.separator')),
      }),
      parsed.addresses.map((a) => a.email),
    );
  }
  let saved: Settings;
  try {
    saved = userStore().saveSettings({
      otherAddresses: parsed.addresses.map((a) => a.email),
      myName: formValue(e, FIELD.myName),
    });
  } catch (error) {
    // A busy or full store says so in plain words; what was typed stays on the card to try again.
    if (error instanceof UserError) {
      return refusedResponse(
        e,
        t(userEnv(e).locale, 'settings.notSaved', { reason: storeErrorText(error, userEnv(e).locale) }),
        parsed.addresses.map((a) => a.email),
      );
    }
    throw error;
  }
  // Committed: from here nothing may report it as failed. If the card cannot be drawn again (the
  // user's address is a service read), the card stays as it is, showing what was just saved.
  const done = t(userEnv(e).locale, 'settings.saved');
  try {
    return updateCard(currentSettingsCard(e, saved), done);
  } catch (error) {
    console.warn(`Settings saved; card not redrawn: ${String(error)}`);
    return notify(done);
  }
}

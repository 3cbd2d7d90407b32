// The user's own address. Session gives it at two round trips a click; the settings value, read on every
// click anyway, keeps Session's last answer, so most clicks cost none. Kept, it is trusted only where a
// wrong address changes nothing worse than the card shows: it is asked again when it is blank or a week
// old, and whenever the message's From claims it, since "this message is mine" sends the reply to the
// message's own recipients instead of its sender, a decision no stale value may take.
import { mailboxKey } from '../../mail';
import type { Address } from '../../mail/types';
import { userEmail } from '../../platform/session';
import type { Settings, TemplateStore } from '../../store/templateStore';

/** How long Session's answer is kept before it is asked again (an address can be renamed). */
export const ADDRESS_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The user's address for this click: the kept one while it is fresh and `from` (the open message's
 * From, [] without a message) does not claim it; else Session's, kept for the next clicks when it
 * changed or was old. Session's '' (the user declined the email scope, or a policy hides it) is kept
 * too, so an address the user stopped sharing is not used on.
 */
export function myAddress(
  store: TemplateStore,
  settings: Settings,
  from: readonly Address[] = [],
  now = Date.now(),
): string {
  const kept = settings.ownAddress.trim();
  const age = now - settings.ownAddressCheckedAt;
  const fresh = kept !== '' && age >= 0 && age < ADDRESS_MAX_AGE_MS;
  const claimed = kept !== '' && from.some((a) => a.email !== '' && mailboxKey(a.email) === mailboxKey(kept));
  if (fresh && !claimed) return kept;
  const email = userEmail().trim();
  if (email !== kept || (!fresh && email !== '')) {
    try {
      store.rememberAddress(email);
    } catch (error) {
      // The address is right for this click; a busy or full store only costs the next click's Session.
      console.warn(`Own address not kept: ${String(error)}`);
    }
  }
  return email;
}

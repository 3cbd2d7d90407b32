// What every emulated service gets from the runtime: the ledger, the granted scopes, sandbox-realm
// errors, and a way to ask whether a name is a callable global of the loaded bundle.
import type { Ledger } from './ledger';
import { type Localised, localised } from './messages';

export interface ServiceContext {
  ledger: Ledger;
  /** The manifest's oauthScopes (full URLs). */
  scopes: readonly string[];
  /** The emulated user. */
  user: { email: string; name?: string };
  /** The user's locale ("en-US", "de-DE"): exception texts are written in its language. */
  locale: string;
  /**
   * An Error created in the sandbox realm, so `instanceof Error` holds inside the add-on. A Localised
   * message (sim/services/messages.ts) is written in the user's language, as Apps Script writes it.
   */
  error(message: string | Localised): Error;
  /** True when `name` is a top-level function of the loaded bundle. */
  isGlobalFunction(name: string): boolean;
  /** Throws the Apps Script permission error when `scope` (a full URL) is not granted. */
  requireScope(scope: string, what: string): void;
  /** Record a service call in the ledger (and trigger injected faults). */
  record(service: string, method: string, args: readonly unknown[]): void;
  /** A write of ledger.ts's AFTER_CAPABLE took effect: throws an injected after-fault (failAfter). */
  settle(service: string, method: string): void;
}

export const SCOPE = {
  fullMail: 'https://mail.google.com/',
  addonsExecute: 'https://www.googleapis.com/auth/gmail.addons.execute',
  currentMessageReadonly: 'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
  currentMessageMetadata: 'https://www.googleapis.com/auth/gmail.addons.current.message.metadata',
  currentMessageAction: 'https://www.googleapis.com/auth/gmail.addons.current.message.action',
  currentActionCompose: 'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  scriptLocale: 'https://www.googleapis.com/auth/script.locale',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
} as const;

/** The message Apps Script gives when a scope is missing (in the user's language when thrown). */
export function permissionMessage(what: string, scope: string): Localised {
  return localised('permission', { what, scope });
}

/**
 * Host objects that carry emulator-internal data to other emulated services (never read by the add-on).
 * A GmailDraft carries its ids so ComposeActionResponseBuilder.setGmailDraft can render without a
 * round trip; a Blob carries its bytes so draft composition can attach it.
 */
export const DRAFT_INFO = Symbol.for('threadsmith.sim.draftInfo');
export interface DraftInfo {
  draftId: string;
  threadId: string;
  messageId: string;
  /** True for a draft made by createDraftReply/createDraftReplyAll (REPLY_AS_DRAFT), false for createDraft. */
  reply: boolean;
}

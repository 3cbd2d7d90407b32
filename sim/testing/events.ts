// V8-shaped event objects as Gmail sends them (platform.md §2), for messages of the emulated mailbox,
// for button actions with form inputs, for the homepage and for the compose window.
import type { Mailbox } from '../mailbox/mailbox';
import type { DriveWorld } from '../services/driveApp';
import { zonedParts } from '../services/utilities';

export interface EventEnv {
  locale?: string;
  timeZone?: string;
  platform?: 'WEB' | 'IOS' | 'ANDROID';
  /** When false, the event has no locale/time zone (useLocaleFromApp off or script.locale not granted). */
  withLocale?: boolean;
}

export type FormValues = Record<string, string | string[]>;

const DEFAULT_ENV = { locale: 'en-US', timeZone: 'Europe/Vienna', platform: 'WEB' as const };

/** The zone's current UTC offset in milliseconds, as the platform reports it (a string). */
export function zoneOffsetMs(timeZone: string, at = new Date()): number {
  return zonedParts(at, timeZone).offsetMinutes * 60_000;
}

/** The offset Gmail reports; a zone ICU does not know (Gmail may still send it) reports 0. */
function offsetOf(timeZone: string): string {
  try {
    return String(zoneOffsetMs(timeZone));
  } catch {
    return '0';
  }
}

function common(env: EventEnv = {}) {
  const e = { ...DEFAULT_ENV, ...env };
  const base: Record<string, unknown> = { hostApp: 'GMAIL', platform: e.platform };
  if (env.withLocale !== false) {
    base.userLocale = e.locale;
    base.timeZone = { id: e.timeZone, offset: offsetOf(e.timeZone) };
  }
  return base;
}

/** The deprecated root field Gmail still sends beside commonEventObject.platform: 'web', 'ios', 'android'. */
function clientPlatform(env: EventEnv = {}): string {
  return (env.platform ?? DEFAULT_ENV.platform).toLowerCase();
}

export interface AddonEvent {
  commonEventObject: Record<string, unknown>;
  gmail?: Record<string, unknown>;
  [legacy: string]: unknown;
}

export function homepageEvent(env?: EventEnv): AddonEvent {
  return { commonEventObject: common(env), clientPlatform: clientPlatform(env), hostApp: 'gmail' };
}

/** The contextual trigger's event for a message of the mailbox (with a fresh access token). */
export function messageEvent(mailbox: Mailbox, messageId: string, env?: EventEnv): AddonEvent {
  const message = mailbox.message(messageId);
  if (!message) throw new Error(`No message ${messageId} in the mailbox`);
  const accessToken = mailbox.issueToken(messageId);
  return {
    commonEventObject: common(env),
    gmail: { messageId, threadId: message.threadId, accessToken },
    messageMetadata: { accessToken, messageId, threadId: message.threadId },
    clientPlatform: clientPlatform(env),
    hostApp: 'gmail',
  };
}

export interface DraftRecipients {
  to?: string[];
  cc?: string[];
  bcc?: string[];
}

/** The draft's recipient lists in both places Gmail puts them (bare addresses, draftAccess METADATA). */
function recipientFields(recipients: DraftRecipients): Record<string, string[]> {
  return {
    toRecipients: recipients.to ?? [],
    ccRecipients: recipients.cc ?? [],
    bccRecipients: recipients.bcc ?? [],
  };
}

/**
 * The compose trigger's event with draftAccess METADATA: the draft's recipients, as bare addresses.
 * `messageId` (and `threadId`): compose events may name a message, the draft's own or the one being
 * replied to; which, Google does not document (docs/manual-test.md), so tests send both.
 */
export function composeEvent(
  mailbox: Mailbox,
  recipients: DraftRecipients,
  env?: EventEnv,
  names: { messageId?: string; threadId?: string; tokenOpensMessage?: boolean } = {},
): AddonEvent {
  const gmail: Record<string, unknown> = {
    accessToken: mailbox.issueComposeToken(names.tokenOpensMessage ? names.messageId : undefined),
    ...recipientFields(recipients),
  };
  if (names.messageId) gmail.messageId = names.messageId;
  if (names.threadId) gmail.threadId = names.threadId;
  return {
    commonEventObject: common(env),
    gmail,
    draftMetadata: recipientFields(recipients),
    clientPlatform: clientPlatform(env),
    hostApp: 'gmail',
  };
}

/**
 * A click on a card in the compose window: Gmail sends the draft's recipients as they are *now* (the
 * user may have typed a Cc since the trigger ran), or none at all (`null`), never the trigger's copy.
 */
export function composeClickEvent(
  base: AddonEvent,
  parameters: Record<string, string>,
  form: FormValues,
  current: DraftRecipients | null,
): AddonEvent {
  const event = actionEvent(base, parameters, form);
  const gmail: Record<string, unknown> = { ...(base.gmail ?? {}) };
  for (const key of ['toRecipients', 'ccRecipients', 'bccRecipients']) delete gmail[key];
  const { draftMetadata: _trigger, ...rest } = event;
  if (current === null) return { ...rest, gmail };
  return {
    ...rest,
    gmail: { ...gmail, ...recipientFields(current) },
    draftMetadata: recipientFields(current),
  };
}

/**
 * A universal action (the toolbar menu) on `surface`'s event. From a message it may come without an
 * access token (`withToken: false`): the message is named but cannot be opened.
 */
export function universalEvent(base: AddonEvent, options: { withToken?: boolean } = {}): AddonEvent {
  if (options.withToken !== false || !base.gmail) return { ...base };
  const { accessToken: _token, ...gmail } = base.gmail;
  const { messageMetadata: _metadata, ...rest } = base;
  return { ...rest, gmail };
}

/**
 * A button click on a card shown for `base`: the action's parameters and the card's form inputs, in the
 * V8 shape and the deprecated mirrors at the root (which Gmail still sends).
 */
export function actionEvent(
  base: AddonEvent,
  parameters: Record<string, string>,
  form: FormValues = {},
): AddonEvent {
  const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
  const legacyFormInput: Record<string, string> = {};
  const legacyFormInputs: Record<string, string[]> = {};
  for (const [name, raw] of Object.entries(form)) {
    const value = Array.isArray(raw) ? raw : [raw];
    formInputs[name] = { stringInputs: { value } };
    legacyFormInput[name] = value[0] ?? '';
    legacyFormInputs[name] = value;
  }
  return {
    ...base,
    commonEventObject: { ...base.commonEventObject, parameters, formInputs },
    parameters,
    formInput: legacyFormInput,
    formInputs: legacyFormInputs,
  };
}

/**
 * Drive's items-selected trigger event (workspace/add-ons/concepts/event-objects, Drive event object):
 * `drive.activeCursorItem` (the item the cursor is on) and `drive.selectedItems`, each with id, title,
 * mimeType, iconUrl and `addonHasFileScopePermission` (true when this user's add-on holds drive.file
 * for it). `user` is who is looking at Drive.
 */
export function driveItemsEvent(
  drive: DriveWorld,
  user: string,
  ids: readonly string[],
  env?: EventEnv,
): AddonEvent {
  const items = ids.map((id) => {
    const f = drive.file(id);
    return {
      id,
      title: f.name,
      mimeType: f.mimeType,
      iconUrl: 'https://drive-thirdparty.googleusercontent.com/16/type/application/json',
      addonHasFileScopePermission: drive.hasGrant(user, id),
    };
  });
  return {
    commonEventObject: { ...common(env), hostApp: 'DRIVE' },
    drive: { activeCursorItem: items[0], selectedItems: items },
  };
}

/** Drive's homepage trigger event: the add-on opened in Drive with nothing selected. */
export function driveHomepageEvent(env?: EventEnv): AddonEvent {
  return { commonEventObject: { ...common(env), hostApp: 'DRIVE' } };
}

// V8-shaped event objects as Gmail sends them (platform.md §2), for messages of the emulated mailbox,
// for button actions with form inputs, for the homepage and for the compose window.
import type { Mailbox } from './gmail/mailbox';
import { zonedParts } from './utilities';

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

function common(env: EventEnv = {}) {
  const e = { ...DEFAULT_ENV, ...env };
  const base: Record<string, unknown> = { hostApp: 'GMAIL', platform: e.platform };
  if (env.withLocale !== false) {
    base.userLocale = e.locale;
    base.timeZone = { id: e.timeZone, offset: String(zoneOffsetMs(e.timeZone)) };
  }
  return base;
}

export interface AddonEvent {
  commonEventObject: Record<string, unknown>;
  gmail?: Record<string, unknown>;
  [legacy: string]: unknown;
}

export function homepageEvent(env?: EventEnv): AddonEvent {
  return { commonEventObject: common(env), clientPlatform: 'web', hostApp: 'gmail' };
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
    clientPlatform: 'web',
    hostApp: 'gmail',
  };
}

/** The compose trigger's event with draftAccess METADATA: the draft's recipients, as bare addresses. */
export function composeEvent(
  mailbox: Mailbox,
  recipients: { to?: string[]; cc?: string[]; bcc?: string[] },
  env?: EventEnv,
): AddonEvent {
  return {
    commonEventObject: common(env),
    gmail: {
      accessToken: mailbox.issueComposeToken(),
      toRecipients: recipients.to ?? [],
      ccRecipients: recipients.cc ?? [],
      bccRecipients: recipients.bcc ?? [],
    },
    draftMetadata: {
      toRecipients: recipients.to ?? [],
      ccRecipients: recipients.cc ?? [],
      bccRecipients: recipients.bcc ?? [],
    },
    clientPlatform: 'web',
    hostApp: 'gmail',
  };
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

// The event objects Apps Script V8 passes to add-on functions (platform.md §2), typed as they really
// arrive rather than in @types/google-apps-script's Rhino shape.

export interface StringInputs {
  stringInputs?: { value?: string[] };
}

export interface CommonEventObject {
  hostApp?: string;
  platform?: string;
  userLocale?: string;
  timeZone?: { id?: string; offset?: string };
  parameters?: Record<string, string>;
  formInputs?: Record<string, StringInputs>;
}

export interface GmailEventObject {
  messageId?: string;
  threadId?: string;
  accessToken?: string;
  toRecipients?: string[];
  ccRecipients?: string[];
  bccRecipients?: string[];
}

export interface AddonEvent {
  commonEventObject?: CommonEventObject;
  gmail?: GmailEventObject;
}

/** The user's locale and time zone from the event, with the fallbacks used when the event has none. */
export function userEnv(e: AddonEvent): { locale: string; timeZone: string } {
  return {
    locale: e.commonEventObject?.userLocale || 'en-US',
    timeZone: e.commonEventObject?.timeZone?.id || 'Etc/UTC',
  };
}

/** A text input's value, '' when absent. */
export function formValue(e: AddonEvent, name: string): string {
  return e.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0] ?? '';
}

/** All values of a multi-value input (checkboxes, multi-select). */
export function formValues(e: AddonEvent, name: string): string[] {
  return e.commonEventObject?.formInputs?.[name]?.stringInputs?.value ?? [];
}

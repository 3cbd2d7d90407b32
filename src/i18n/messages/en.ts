// The source of every message id: English, as the add-on has always said it. Other locales translate
// some or all of these keys (a missing one falls back key by key, see ../catalogue.ts). `{name}` is a
// placeholder filled from the caller's params; a message with plural forms is an object keyed by
// Intl.PluralRules categories (`other` always present), chosen by the `count` param.
import { compose } from '../en/compose';
import { editor } from '../en/editor';
import { errors } from '../en/errors';
import { library } from '../en/library';
import { lint } from '../en/lint';
import { message } from '../en/message';
import { settings } from '../en/settings';
import { templates } from '../en/templates';
import type { Message } from '../types';

// One section per surface, so work on different surfaces never edits the same file.
export const en = {
  ...message,
  ...compose,
  ...library,
  ...editor,
  ...settings,
  ...errors,
  ...templates,
  ...lint,
} as const satisfies Record<string, Message>;

export type MessageId = keyof typeof en;

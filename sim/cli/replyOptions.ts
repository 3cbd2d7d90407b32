// The reply options shared by `plan` and `draft`: they become the card's form inputs, so the CLI runs
// exactly what a click on the card runs.
import type { FormValues } from '../runtime/events';
import { CliError } from './session';

export const REPLY_MODES = ['reply', 'reply-all', 'reply-list'] as const;

export interface ReplyCliOptions {
  mode?: string;
  quote?: boolean;
  'no-quote'?: boolean;
  attachments?: boolean;
  cc?: string;
  bcc?: string;
}

export function replyForm(options: ReplyCliOptions): FormValues {
  const mode = options.mode ?? 'reply';
  if (!(REPLY_MODES as readonly string[]).includes(mode)) {
    throw new CliError(`--mode must be one of ${REPLY_MODES.join(', ')}`);
  }
  const form: FormValues = { mode, cc: options.cc ?? '', bcc: options.bcc ?? '' };
  if (!options['no-quote']) form.quote = ['on'];
  if (options.attachments) form.attachments = ['on'];
  return form;
}

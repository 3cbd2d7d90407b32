// The reply options shared by `plan`, `draft` and `render`: what the user changes on the card (the
// "Reply to" choice, the switches, the Cc/Bcc inputs) before reading it or pressing "Create draft".
import { CliError } from './emlRun';
import type { ReplyChoices } from './user';

export const REPLY_MODES = ['reply', 'reply-all', 'reply-list'] as const;

export interface ReplyCliOptions {
  mode?: string;
  quote?: boolean;
  'no-quote'?: boolean;
  attachments?: boolean;
  cc?: string;
  bcc?: string;
}

/** The choices to make on the card; what an option leaves out stays as the card has it. */
export function replyChoices(options: ReplyCliOptions): ReplyChoices {
  if (options.mode !== undefined && !(REPLY_MODES as readonly string[]).includes(options.mode)) {
    throw new CliError(`--mode must be one of ${REPLY_MODES.join(', ')}`);
  }
  if (options.quote && options['no-quote']) throw new CliError('--quote and --no-quote: pick one');
  return {
    mode: options.mode,
    quote: options['no-quote'] ? false : options.quote ? true : undefined,
    attachments: options.attachments ? true : undefined,
    cc: options.cc,
    bcc: options.bcc,
  };
}

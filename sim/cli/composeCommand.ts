// `compose`: the compose window's Insert for a draft addressed to --to/--cc/--bcc, printed as the
// update-draft response Gmail would apply (body at the cursor, recipients, subject).

import { Mailbox } from '../mailbox/mailbox';
import { Runtime } from '../sandbox';
import { buttonsOf, formDefaults, notificationOf, textsOf } from '../testing/cardQuery';
import { composeEvent } from '../testing/events';
import { envOf } from './commands';
import { CliError, DEFAULT_MAILBOX, freshBundle } from './emlRun';
import { fieldPairs, type TemplateCliOptions, templateName } from './templateCommands';
import {
  click,
  fillIn,
  importTemplatesFile,
  missingFields,
  openComposeTemplate,
  refreshWith,
  saveAliases,
  shownCard,
  useCardLocale,
} from './user';

export interface ComposeCliOptions extends TemplateCliOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  me?: string;
  aliases?: string;
  /** The user's language (the event's userLocale). */
  locale?: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export async function composeCommand(options: ComposeCliOptions) {
  const name = templateName(options);
  const fields = fieldPairs(options.field);
  await freshBundle();
  // The compose window needs no message; the sample mailbox stands in for the user's.
  const runtime = new Runtime({
    mailbox: await Mailbox.fromDirectory(DEFAULT_MAILBOX),
    user: options.me ? { email: options.me } : undefined,
  });
  runtime.loadBundle();
  // The card speaks the user's language: the CLI finds its way by the labels of that locale.
  useCardLocale(options.locale);
  saveAliases(runtime, options.aliases);
  importTemplatesFile(runtime, options.templates);
  const event = composeEvent(
    runtime.mailbox,
    {
      to: list(options.to),
      cc: list(options.cc),
      bcc: list(options.bcc),
    },
    envOf(options),
  );
  // The compose card first, as Gmail opens it; the template found in its list, then its Insert.
  const card = shownCard(runtime.render('onCompose', event));
  const opened = openComposeTemplate(runtime, event, card, name);
  const form = { ...formDefaults(opened), ...fillIn(runtime, opened, fields) };
  // Values typed for the fields it asks for re-render the preview (Insert waits for them), as in Gmail.
  const shown = refreshWith(runtime, event, opened, form);
  // Found by its action, not its label: the card may speak any language.
  const insert = buttonsOf(shown).find((b) => b.parameters.action === 'composeInsert');
  if (!insert) throw new CliError(textsOf(shown).slice(1).join(' '));
  if (insert.disabled) {
    const missing = missingFields(shown).map((a) => a.field);
    throw new CliError(
      `the template needs values the draft does not have: ${missing.join(', ')}; supply them with ${missing
        .map((f) => `--field ${f}=VALUE`)
        .join(' ')}`,
    );
  }
  const response = click(runtime, event, shown, insert, form);
  const refused = notificationOf(response);
  if (refused) throw new CliError(refused);
  return response;
}

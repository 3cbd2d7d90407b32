// `compose`: the compose window's Insert for a draft addressed to --to/--cc/--bcc, printed as the
// update-draft response Gmail would apply (body at the cursor, recipients, subject).

import { buttonsOf, cardsOf, formDefaults, notificationOf, textsOf } from '../cardQuery';
import { Runtime } from '../runtime';
import { actionEvent, composeEvent } from '../runtime/events';
import { Mailbox } from '../runtime/gmail/mailbox';
import { CliError, DEFAULT_MAILBOX, freshBundle } from './session';
import { fieldForm, loadTemplatesFile, type TemplateCliOptions, templateNamed } from './templateCommands';

export interface ComposeCliOptions extends TemplateCliOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  me?: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export async function composeCommand(options: ComposeCliOptions) {
  await freshBundle();
  // The compose window needs no message; the sample mailbox stands in for the user's.
  const runtime = new Runtime({
    mailbox: await Mailbox.fromDirectory(DEFAULT_MAILBOX),
    user: options.me ? { email: options.me } : undefined,
  });
  runtime.loadBundle();
  loadTemplatesFile(runtime, options.templates);
  const template = templateNamed(runtime, options.template);
  const event = composeEvent(runtime.mailbox, {
    to: list(options.to),
    cc: list(options.cc),
    bcc: list(options.bcc),
  });
  // Open the compose card first, as Gmail does; an error card there is the answer.
  const card = cardsOf(runtime.render('onCompose', event))[0];
  if (card?.name === 'error') throw new CliError(textsOf(card).slice(1).join(' '));
  // The template's preview, as its row in the list opens it (picked by name here), then its Insert.
  const preview = runtime.render(
    'dispatchAction',
    actionEvent(event, { action: 'composePreview', templateId: template.id }),
    { kind: 'action', surface: 'compose' },
  );
  const shown = cardsOf(preview)[0];
  if (!shown) throw new CliError(notificationOf(preview) ?? 'the template has no preview');
  const insert = buttonsOf(shown).find((b) => b.text === 'Insert');
  if (!insert) throw new CliError(textsOf(shown).join(' '));
  const response = runtime.render(
    'dispatchAction',
    actionEvent(event, insert.parameters, { ...formDefaults(shown), ...fieldForm(options.field) }),
  );
  const refused = notificationOf(response);
  if (refused) throw new CliError(refused);
  return response;
}

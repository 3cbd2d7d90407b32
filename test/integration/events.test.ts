// Events as Gmail sends them, through the built bundle (docs/emulator.md "Events"): compose-window clicks
// with the draft's current recipients or none, compose events naming a message, universal actions
// without an access token, and events without a locale or with a zone ICU does not know.

import type { Runtime } from '../../sim/sandbox';
import { cardsOf, findButton, formDefaults, hasText, textsOf } from '../../sim/testing/cardQuery';
import {
  type AddonEvent,
  composeClickEvent,
  composeEvent,
  type DraftRecipients,
  messageEvent,
  universalEvent,
} from '../../sim/testing/events';
import { importTemplates, type TemplateJson } from '../../sim/testing/setup';
import { createDraft, fixtureRuntime, messageIdOf, openMessage } from '../support/harness';

type Json = Record<string, unknown>;

/** The user imports one template into the library, through its Import card. */
function addTemplate(runtime: Runtime, template: TemplateJson) {
  importTemplates(runtime, [template]);
}

/** The row of template `name` in the compose list, clicked with the draft's recipients as they are now. */
function preview(runtime: Runtime, event: AddonEvent, name: string, current: DraftRecipients | null) {
  const list = cardsOf(runtime.render('onCompose', event))[0]!;
  let params: Record<string, string> | undefined;
  JSON.stringify(list, (_k, v) => {
    if (v && typeof v === 'object' && (v as Json).text === name) {
      const action = ((v as Json).onClick as Json).action as { parameters: { key: string; value: string }[] };
      params = Object.fromEntries(action.parameters.map((p) => [p.key, p.value]));
    }
    return v;
  });
  if (!params) throw new Error(`no row ${name}: ${textsOf(list).join(' | ')}`);
  return cardsOf(
    runtime.render('dispatchAction', composeClickEvent(event, params, formDefaults(list), current)),
  )[0]!;
}

function insert(runtime: Runtime, event: AddonEvent, card: unknown, current: DraftRecipients | null) {
  const button = findButton(card, 'Insert');
  const response = runtime.render(
    'dispatchAction',
    composeClickEvent(event, button.parameters, formDefaults(card), current),
  ) as { renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup: Json } } } };
  return response.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup as {
    updateCcRecipients?: { ccRecipients: { email: string }[] };
    updateBody?: { insertContents: { content: string }[] };
  };
}

describe('compose-window clicks', () => {
  test('a Cc typed after the add-on opened is kept when Insert adds the template’s Cc', async () => {
    const runtime = await fixtureRuntime();
    addTemplate(runtime, { name: 'Escalate', body: 'Looping in ops.', cc: 'ops@northwind.example' });
    const event = composeEvent(runtime.mailbox, { to: ['ana@contoso.example'], cc: ['lee@contoso.example'] });
    const now = { to: ['ana@contoso.example'], cc: ['lee@contoso.example', 'kim@contoso.example'] };
    const card = preview(runtime, event, 'Escalate', now);
    const update = insert(runtime, event, card, now);
    expect(update.updateCcRecipients?.ccRecipients.map((r) => r.email)).toEqual([
      'lee@contoso.example',
      'kim@contoso.example',
      'ops@northwind.example',
    ]);
  });

  test('a click that carries no recipients never sets Cc (it would erase the user’s), and the card says so', async () => {
    const runtime = await fixtureRuntime();
    addTemplate(runtime, { name: 'Escalate', body: 'Looping in ops.', cc: 'ops@northwind.example' });
    const event = composeEvent(runtime.mailbox, { to: ['ana@contoso.example'], cc: ['lee@contoso.example'] });
    const card = preview(runtime, event, 'Escalate', null);
    expect(textsOf(card).join(' ')).toContain(
      'Gmail did not tell Threadsmith this draft’s Cc, so Insert leaves it as it is: add ops@northwind.example to Cc yourself.',
    );
    const update = insert(runtime, event, card, null);
    expect(update.updateCcRecipients).toBeUndefined();
    expect(update.updateBody?.insertContents[0]?.content).toContain('Looping in ops.');
  });
});

describe('compose events that name a message', () => {
  const GREETING = {
    name: 'Greet',
    body: 'Hi {{ sender.first_name | default: "there" }}, about {{ subject }}.',
  };

  test('a received message of the thread counts as the one replied to', async () => {
    const runtime = await fixtureRuntime();
    addTemplate(runtime, GREETING);
    const id = messageIdOf(runtime, 'plain-text.eml');
    const threadId = runtime.mailbox.message(id)!.threadId;
    const event = composeEvent(runtime.mailbox, { to: ['someone@else.example'] }, undefined, {
      messageId: id,
      threadId,
      tokenOpensMessage: true,
    });
    expect(hasText(preview(runtime, event, 'Greet', { to: ['someone@else.example'] }), 'Hi Marcus,')).toBe(
      true,
    );
  });

  test('my own message, a message of another thread or the draft itself does not', async () => {
    const runtime = await fixtureRuntime();
    addTemplate(runtime, GREETING);
    const mine = messageIdOf(runtime, 'sent-by-me.eml');
    const other = messageIdOf(runtime, 'plain-text.eml');
    const opened = openMessage(runtime, 'plain-text.eml');
    const draft = createDraft(runtime, opened.event, opened.card).draft!;
    for (const names of [
      { messageId: mine, threadId: runtime.mailbox.message(mine)!.threadId },
      { messageId: other, threadId: 'another-thread' },
      { messageId: draft.messageId, threadId: draft.threadId },
    ]) {
      const event = composeEvent(runtime.mailbox, { to: ['zoe@else.example'] }, undefined, {
        ...names,
        tokenOpensMessage: true,
      });
      const card = preview(runtime, event, 'Greet', { to: ['zoe@else.example'] });
      // A new message greets the person written to, not the named message's sender.
      expect(textsOf(card).join(' ')).not.toMatch(/Hi Marcus|Hi Sam/);
    }
  });
});

describe('Settings, from every surface', () => {
  test('from a message whose universal action carries no access token: the card, without a suggestion', async () => {
    const runtime = await fixtureRuntime();
    const event = universalEvent(
      messageEvent(runtime.mailbox, messageIdOf(runtime, 'delivered-to-alias.eml')),
      {
        withToken: false,
      },
    );
    const card = cardsOf(runtime.render('onSettings', event))[0]!;
    expect(card.name).not.toBe('error');
    expect(hasText(card, 'Something went wrong')).toBe(false);
  });

  test('from the compose window', async () => {
    const runtime = await fixtureRuntime();
    const card = cardsOf(runtime.render('onSettings', composeEvent(runtime.mailbox, {})))[0]!;
    expect(card.name).not.toBe('error');
  });
});

describe('locale and time zone', () => {
  test.each([
    ['no locale or zone at all', { withLocale: false }],
    ['a zone ICU does not know', { timeZone: 'Mars/Olympus_Mons' }],
    ['a locale written with an underscore', { locale: 'de_AT', timeZone: 'Europe/Vienna' }],
  ])('%s: the card shows a date and the draft is made', async (_name, env) => {
    const runtime = await fixtureRuntime();
    const { event, card } = openMessage(runtime, 'plain-text.eml', env);
    expect(card.name).not.toBe('error');
    const made = createDraft(runtime, event, card);
    expect(made.draft?.text).toMatch(/2026.*(wrote:|schrieb)/);
  });
});

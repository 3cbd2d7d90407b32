// The compose window: the template list, a preview for the draft's recipients, and an insert that puts
// the text at the cursor and adds (never replaces) recipients. Through the built bundle in the emulator;
// the library is filled as the user fills it, through its Import card (sim/testing/setup.ts).

import type { Runtime } from '../../sim/sandbox';
import {
  cardsOf,
  changeAction,
  fieldText,
  findButton,
  formDefaults,
  hasText,
  textsOf,
} from '../../sim/testing/cardQuery';
import { type AddonEvent, actionEvent, composeEvent, type FormValues } from '../../sim/testing/events';
import {
  deleteAllTemplates,
  importTemplates,
  saveSettings,
  type TemplateJson,
} from '../../sim/testing/setup';
import { fixtureRuntime } from '../support/harness';

type Json = Record<string, unknown>;

interface DraftUpdate {
  updateBody?: { insertContents: { content: string; contentType: string }[]; type: string };
  updateSubject?: { subject: string };
  updateToRecipients?: { toRecipients: { email: string }[] };
  updateCcRecipients?: { ccRecipients: { email: string }[] };
  updateBccRecipients?: { bccRecipients: { email: string }[] };
}

const template = (over: Partial<TemplateJson>): TemplateJson => ({
  name: 'Shipping delay',
  body: 'Hi {{ to.first_name }},\n\nYour order ships **Friday**.',
  cc: '',
  bcc: '',
  subject: '',
  mode: 'reply',
  tags: [],
  ...over,
});

function openCompose(runtime: Runtime, recipients: { to?: string[]; cc?: string[]; bcc?: string[] }) {
  const event = composeEvent(runtime.mailbox, recipients);
  return { event, card: cardsOf(runtime.render('onCompose', event))[0]! };
}

function press(runtime: Runtime, event: AddonEvent, card: unknown, text: string, changes: FormValues = {}) {
  const button = findButton(card, text);
  return runtime.render(
    button.functionName!,
    actionEvent(event, button.parameters, { ...formDefaults(card), ...changes }),
  );
}

/** Choose a template in the list (its row's click action). */
function choose(runtime: Runtime, event: AddonEvent, card: Json, name: string) {
  let action: { function: string; parameters: { key: string; value: string }[] } | undefined;
  JSON.stringify(card, (_k, v) => {
    if (v && typeof v === 'object' && (v as Json).text === name)
      action = ((v as Json).onClick as Json).action as never;
    return v;
  });
  if (!action) throw new Error(`no template row "${name}": ${textsOf(card).join(' | ')}`);
  const params = Object.fromEntries(action.parameters.map((p) => [p.key, p.value]));
  return cardsOf(runtime.render(action.function, actionEvent(event, params, formDefaults(card))))[0]!;
}

const updateOf = (response: unknown) =>
  (
    response as {
      renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup: DraftUpdate } } };
    }
  ).renderActions.hostAppAction.gmailAction.updateDraftActionMarkup;

test('the compose card lists the library; a template renders for the draft’s recipient and goes in at the cursor', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [template({})]);
  const { event, card } = openCompose(runtime, { to: ['ana.ruiz@contoso.example'] });
  expect(hasText(card, 'Shipping delay')).toBe(true);
  expect(fieldText(card, 'For')).toBe('ana.ruiz@contoso.example');
  const preview = choose(runtime, event, card, 'Shipping delay');
  expect(textsOf(preview).join('\n')).toContain('Hi Ana,');
  const update = updateOf(press(runtime, event, preview, 'Insert'));
  expect(update.updateBody?.type).toBe('IN_PLACE_INSERT');
  expect(update.updateBody?.insertContents[0]?.contentType).toBe('MUTABLE_HTML');
  expect(update.updateBody?.insertContents[0]?.content).toContain('Hi Ana,');
  expect(update.updateBody?.insertContents[0]?.content).toContain('<b>Friday</b>');
  // Recipients and subject are left alone when the template adds none.
  expect(update.updateCcRecipients).toBeUndefined();
  expect(update.updateSubject).toBeUndefined();
});

test('recently used templates come first', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [template({ name: 'A first' }), template({ name: 'Z last' })]);
  const { event, card } = openCompose(runtime, { to: ['ana.ruiz@contoso.example'] });
  press(runtime, event, choose(runtime, event, card, 'Z last'), 'Insert');
  const again = openCompose(runtime, { to: ['ana.ruiz@contoso.example'] }).card;
  const rows = textsOf(again);
  expect(rows.indexOf('Z last')).toBeLessThan(rows.indexOf('A first'));
});

test('a template’s Cc and Bcc are added to the draft’s own recipients, which stay as they were', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [
    template({
      cc: 'ops@northwind.example, BOSS@contoso.example',
      bcc: 'sam@northwind.example, audit@northwind.example',
    }),
  ]);
  const { event, card } = openCompose(runtime, {
    to: ['ana.ruiz@contoso.example'],
    cc: ['boss@contoso.example', 'not an address'],
    bcc: ['legal@northwind.example'],
  });
  const update = updateOf(press(runtime, event, choose(runtime, event, card, 'Shipping delay'), 'Insert'));
  // The user's own entries come back untouched (even one that is no address); only new ones are added.
  expect(update.updateCcRecipients?.ccRecipients.map((r) => r.email)).toEqual([
    'boss@contoso.example',
    'not an address',
    'ops@northwind.example',
  ]);
  // A template's Bcc to the user is kept, as in a reply: the user chose it.
  expect(update.updateBccRecipients?.bccRecipients.map((r) => r.email)).toEqual([
    'legal@northwind.example',
    'sam@northwind.example',
    'audit@northwind.example',
  ]);
});

test('the subject is offered as a switch for a new message, and never for a reply', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [template({ subject: 'Your order' })]);
  const { event, card } = openCompose(runtime, { to: ['ana.ruiz@contoso.example'] });
  const preview = choose(runtime, event, card, 'Shipping delay');
  expect(fieldText(preview, 'Subject')).toBe('Set the subject to “Your order”');
  expect(updateOf(press(runtime, event, preview, 'Insert')).updateSubject).toEqual({ subject: 'Your order' });
  expect(
    updateOf(press(runtime, event, preview, 'Insert', { composeSubject: [] })).updateSubject,
  ).toBeUndefined();
  // A reply (the event carries the replied message): the subject must not change, or the thread breaks.
  const [message] = runtime.mailbox.messages();
  const reply = {
    ...event,
    gmail: {
      ...(event.gmail as Json),
      messageId: message!.id,
      accessToken: runtime.mailbox.issueToken(message!.id),
    },
  };
  const replyPreview = choose(
    runtime,
    reply,
    openCompose(runtime, { to: ['ana.ruiz@contoso.example'] }).card,
    'Shipping delay',
  );
  expect(fieldText(replyPreview, 'Subject')).toBe('');
  expect(
    updateOf(press(runtime, reply, replyPreview, 'Insert', { composeSubject: ['on'] })).updateSubject,
  ).toBeUndefined();
});

test('a busy store does not stop the insert: only the "recently used" order is lost', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [template({ body: 'Thanks, we have it.' })]);
  const { event, card } = openCompose(runtime, { to: ['ana.ruiz@contoso.example'] });
  const preview = choose(runtime, event, card, 'Shipping delay');
  runtime.userLock.heldElsewhere = true;
  const update = updateOf(press(runtime, event, preview, 'Insert'));
  expect(update.updateBody?.insertContents[0]?.content).toContain('Thanks, we have it.');
});

test('no recipients yet: the card says so, asks for the missing name, and inserts only once it is given', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [template({})]);
  const { event, card } = openCompose(runtime, {});
  expect(fieldText(card, 'For')).toBe('No recipients yet');
  const preview = choose(runtime, event, card, 'Shipping delay');
  const asked = Object.keys(formDefaults(preview)).filter((k) => k.startsWith('fill'));
  expect(asked).toHaveLength(1);
  // Insert waits for the value; typing it re-renders the preview in place and enables Insert.
  expect(findButton(preview, 'Insert (fill in 1 value)').disabled).toBe(true);
  const typed = cardsOf(
    runtime.render(
      'dispatchAction',
      actionEvent(event, changeAction(preview).parameters, {
        ...formDefaults(preview),
        [asked[0]!]: 'Priya',
      }),
    ),
  )[0]!;
  expect(findButton(typed, 'Insert').disabled).toBe(false);
  expect(hasText(typed, 'Hi Priya,')).toBe(true);
  const update = updateOf(press(runtime, event, typed, 'Insert'));
  expect(update.updateBody?.insertContents[0]?.content).toContain('Hi Priya,');
  expect(update.updateBody?.insertContents[0]?.content).not.toMatch(/\{\{|\{%|Hi ,/);
});

test('a recipient that is not an address is named and left alone; 500 recipients still work', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [
    template({ body: 'Thanks, we have your request.', cc: 'ops@northwind.example' }),
  ]);
  const { card } = openCompose(runtime, { to: ['not an address', 'ana.ruiz@contoso.example'] });
  expect(textsOf(card).join(' ')).toContain('Not an email address, left as it is: not an address');
  const many = Array.from({ length: 500 }, (_, i) => `person${i}@bulk.example`);
  const big = openCompose(runtime, { to: many, cc: many.slice(0, 10) });
  expect(fieldText(big.card, 'For')).toMatch(/and 495 more$/);
  const update = updateOf(
    press(runtime, big.event, choose(runtime, big.event, big.card, 'Shipping delay'), 'Insert'),
  );
  expect(update.updateCcRecipients?.ccRecipients).toHaveLength(11);
});

test('an empty library says how to create the first template', async () => {
  const runtime = await fixtureRuntime();
  deleteAllTemplates(runtime);
  const { card } = openCompose(runtime, { to: ['ana.ruiz@contoso.example'] });
  expect(textsOf(card).join(' ')).toMatch(/library is empty.*New template/);
});

test('search narrows the list by name, tag or text', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [
    template({ name: 'Refund policy', tags: ['billing'] }),
    template({ name: 'Welcome', body: 'Glad to have you' }),
  ]);
  const { event, card } = openCompose(runtime, {});
  const search = (query: string) =>
    cardsOf(
      runtime.render(
        'dispatchAction',
        actionEvent(event, { action: 'composeSearch' }, { ...formDefaults(card), composeQuery: query }),
      ),
    )[0]!;
  expect(hasText(search('billing'), 'Refund policy')).toBe(true);
  expect(hasText(search('billing'), 'Welcome')).toBe(false);
  expect(hasText(search('glad'), 'Welcome')).toBe(true);
  expect(textsOf(search('zzz')).join(' ')).toContain('No template matches “zzz”');
});

test('the name set in Settings signs the template (me.name is not something Apps Script tells)', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [template({ body: 'Thanks!\n\n{{ me.first_name }}' })]);
  saveSettings(runtime, { myName: 'Sam Taylor' });
  const { event, card } = openCompose(runtime, { to: ['ana.ruiz@contoso.example'] });
  const preview = choose(runtime, event, card, 'Shipping delay');
  expect(Object.keys(formDefaults(preview)).filter((k) => k.startsWith('fill'))).toEqual([]);
  const update = updateOf(press(runtime, event, preview, 'Insert'));
  expect(update.updateBody?.insertContents[0]?.content).toContain('Sam');
});

test('the fill form offers a name guessed from the recipient’s address, without filling it in', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [template({})]);
  const { event, card } = openCompose(runtime, { to: ['bob@contoso.example'] });
  const preview = choose(runtime, event, card, 'Shipping delay');
  const input = JSON.stringify(preview);
  expect(input).toContain('"initialSuggestions":{"items":[{"text":"Bob"}]}');
  expect(Object.values(formDefaults(preview))).toContainEqual(['']);
});

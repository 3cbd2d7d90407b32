// The daily loop through the bundle: from an open message to the right template draft in one click,
// the reply mode chosen once holding on every card of the message, my name asked once and kept, and
// Settings that never lose what was typed.
import {
  buttonsOf,
  type CardButton,
  cardsOf,
  changeAction,
  fieldText,
  findButton,
  formDefaults,
  hasText,
  inputsOf,
  notificationOf,
  rowsOf,
  sectionOf,
  textsOf,
} from '../../sim/testing/cardQuery';
import { homepageEvent } from '../../sim/testing/events';
import { importTemplates } from '../../sim/testing/setup';
import { click, fixtureRuntime, messageIdOf, openMessage } from '../support/harness';

type Card = Record<string, unknown>;
const first = (response: unknown) => cardsOf(response)[0] as Card;

/** The Draft button in the Templates row of `name`. */
function rowDraft(card: Card, name: string): CardButton | undefined {
  return buttonsOf(sectionOf(card, 'Templates')).find(
    (b) => b.text === 'Draft' && b.parameters.templateId === rowOf(card, name).button.parameters.templateId,
  );
}

function rowOf(card: Card, name: string) {
  const row = rowsOf(sectionOf(card, 'Templates')).find((r) => r.text === name);
  if (!row) throw new Error(`no row ${name}: ${textsOf(sectionOf(card, 'Templates')).join(' | ')}`);
  return row;
}

test('one click on the message card: the suggested template’s Draft makes the threaded reply with its text', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'plain-text.eml');
  const row = rowOf(card, 'Acknowledge, answer to follow');
  // The name leads; below it, the line it writes for this message (the greeting skipped).
  expect(row.bottomLabel).toBe(
    'Thank you for your message, “Question about bulk import limits”. It has reached me and I …',
  );
  const draft = rowDraft(card, 'Acknowledge, answer to follow')!;
  click(runtime, event, card, draft);
  const made = runtime.mailbox.drafts[0]!;
  const parent = runtime.mailbox.message(messageIdOf(runtime, 'plain-text.eml'))!;
  expect(made.threadId).toBe(parent.threadId);
  expect(made.to).toEqual(['Marcus Webb <m.webb@fabrikam.example>']);
  expect(
    made.text.startsWith('Hi Marcus,\n\nThank you for your message, “Question about bulk import limits”.'),
  ).toBe(true);
  expect(made.text).toContain('> Hi Sam,');
});

test('Reply all picked on the message card holds for the rows’ drafts and the template preview', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
  const refreshed = first(click(runtime, event, card, changeAction(card, 'mode'), { mode: 'reply-all' }));
  expect(
    inputsOf(refreshed)
      .find((i) => i.label === 'Reply to')!
      .items.find((i) => i.selected)!.value,
  ).toBe('reply-all');
  // The preview opened from a row starts in Reply all, not the template's own Reply.
  const preview = first(click(runtime, event, refreshed, rowOf(refreshed, 'Follow up').button));
  expect(
    inputsOf(preview)
      .find((i) => i.label === 'Reply to')!
      .items.find((i) => i.selected)!.value,
  ).toBe('reply-all');
  expect(fieldText(preview, 'Cc')).toContain('Jordan Lee');
  // And the one-click Draft reaches everyone too.
  click(runtime, event, refreshed, rowDraft(refreshed, 'Ask for missing details')!);
  const made = runtime.mailbox.drafts[0]!;
  expect(made.cc.join(', ')).toContain('Jordan Lee <jordan.lee@northwind.example>');
  expect(made.cc.join(', ')).not.toContain('sam@northwind.example');
});

test('until a mode is picked, a template of its own mode says so on its row and drafts in it', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [
    { name: 'Team update', body: 'Hi all,\n\nHere is where we stand.', mode: 'reply-all', tags: ['update'] },
  ]);
  const { event, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
  const row = rowOf(card, 'Team update');
  expect(row.bottomLabel.startsWith('Reply all · ')).toBe(true);
  expect(rowDraft(card, 'Team update')!.parameters.mode).toBe('reply-all');
  expect(rowDraft(card, 'Follow up')!.parameters.mode).toBe('reply');
  const preview = first(click(runtime, event, card, row.button));
  expect(
    inputsOf(preview)
      .find((i) => i.label === 'Reply to')!
      .items.find((i) => i.selected)!.value,
  ).toBe('reply-all');
  // Once the user picks Reply on the card, it is every row's mode, Team update's too.
  const picked = first(click(runtime, event, card, changeAction(card, 'mode'), { mode: 'reply' }));
  expect(rowDraft(picked, 'Team update')!.parameters.mode).toBe('reply');
  expect(rowOf(picked, 'Team update').bottomLabel.startsWith('Reply all')).toBe(false);
});

test('a missing value is asked on the card it is missing from, and Create draft says it waits', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [
    { name: 'Order status', body: 'Hi {{ sender.first_name }},\n\nYour order is on its way.' },
  ]);
  // no-from.eml has no sender name: the row has no Draft, and says what it asks for.
  const { event, card } = openMessage(runtime, 'undisclosed-recipients.eml');
  const row = rowOf(card, 'Order status');
  expect(row.bottomLabel).toMatch(/^Asks for /);
  expect(rowDraft(card, 'Order status')).toBeUndefined();
  const preview = first(click(runtime, event, card, row.button));
  expect(findButton(preview, 'Create draft (fill in 1 value)').disabled).toBe(true);
  const input = inputsOf(preview).find((i) => i.name === 'fill:sender.first_name')!;
  const filled = first(
    click(runtime, event, preview, changeAction(preview, input.name), { [input.name]: 'Dana' }),
  );
  expect(findButton(filled, 'Create draft').disabled).toBe(false);
  click(runtime, event, filled, findButton(filled, 'Create draft'));
  expect(runtime.mailbox.drafts[0]!.text.startsWith('Hi Dana,')).toBe(true);
});

test('my name is asked once: suggested from my address, kept with one switch, then never asked again', async () => {
  const runtime = await fixtureRuntime();
  importTemplates(runtime, [
    { name: 'Signed', body: 'Thanks for writing.\n\n{{ me.name }}' },
    { name: 'Signed too', body: 'Noted.\n\n{{ me.first_name }}' },
  ]);
  const { event, card } = openMessage(runtime, 'mailing-list-post.eml');
  const preview = first(click(runtime, event, card, findButton(card, 'All templates (6)')));
  const signed = first(
    click(runtime, event, preview, rowsOf(preview).find((r) => r.text === 'Signed')!.button),
  );
  const name = inputsOf(signed).find((i) => i.name === 'fill:me.name')!;
  expect(JSON.stringify(signed)).toContain('"initialSuggestions":{"items":[{"text":"Sam"}]}');
  const keep = inputsOf(signed).find(
    (i) => i.kind === 'switch' && i.label === 'Use my name for every draft',
  )!;
  expect(keep.selected).toBe(false);
  const kept = click(runtime, event, signed, changeAction(signed, 'keepMyName'), {
    [name.name]: 'Sam Taylor',
    keepMyName: ['on'],
  });
  expect(notificationOf(kept)).toBe(
    'Saved “Sam Taylor” as your name for every draft. Change it in Settings.',
  );
  // Known now: nothing is asked, the text is signed, the draft can be made.
  const after = first(kept);
  expect(inputsOf(after).some((i) => i.name.startsWith('fill:'))).toBe(false);
  expect(textsOf(after).join('\n')).toContain('Sam Taylor');
  expect(findButton(after, 'Create draft').disabled).toBe(false);
  // Another template, another message: not asked again.
  const { event: e2, card: c2 } = openMessage(runtime, 'plain-text.eml');
  const list = first(click(runtime, e2, c2, findButton(c2, 'All templates (6)')));
  const other = first(click(runtime, e2, list, rowsOf(list).find((r) => r.text === 'Signed too')!.button));
  expect(inputsOf(other).some((i) => i.name.startsWith('fill:'))).toBe(false);
  expect(textsOf(sectionOf(other, 'The text')).join('\n')).toMatch(/Noted\.\s+Sam$/);
});

test('Settings opens from the homepage library, suggests my name, and a refused save keeps what was typed', async () => {
  const runtime = await fixtureRuntime();
  const base = homepageEvent();
  const library = first(runtime.render('onHomepage', base));
  const settingsRow = rowsOf(library).find((r) => r.text === 'Settings')!;
  const settings = first(click(runtime, base, library, settingsRow.button));
  expect(JSON.stringify(settings)).toContain('"initialSuggestions":{"items":[{"text":"Sam"}]}');
  const refused = click(runtime, base, settings, findButton(settings, 'Save'), {
    myName: 'Sam Taylor',
    otherAddresses: 'sam.taylor@northwind.example\nnot an address',
  });
  const again = first(refused);
  expect(textsOf(again)).toContain(
    'Not saved: “not an address” is not an email address. Correct or remove it, then Save.',
  );
  expect(formDefaults(again).myName).toEqual(['Sam Taylor']);
  expect(formDefaults(again).otherAddresses).toEqual(['sam.taylor@northwind.example\nnot an address']);
  // Corrected on the same card: saved.
  const saved = click(runtime, base, again, findButton(again, 'Save'), {
    otherAddresses: 'sam.taylor@northwind.example',
  });
  expect(notificationOf(saved)).toBe('Saved.');
  expect(hasText(first(saved), 'Not saved')).toBe(false);
});

test('warnings in tiers: external domains a quiet note, many recipients worth a look, over 50 no draft', async () => {
  const runtime = await fixtureRuntime();
  const { card } = openMessage(runtime, 'plain-text.eml');
  const draftSection = sectionOf(card, 'The draft');
  expect(JSON.stringify(draftSection)).toContain('"materialIcon":{"name":"info"}');
  expect(textsOf(draftSection).join(' ')).toContain('1 external recipient (outside northwind.example).');
  expect(fieldText(draftSection, 'Check')).toBe('');
  const { event } = openMessage(runtime, 'plain-text.eml');
  // 11 more in Cc: 12 people, worth a look ("Check", a warning icon), still a draft.
  const eleven = Array.from({ length: 11 }, (_, i) => `p${i}@northwind.example`).join(', ');
  const many = first(click(runtime, event, card, changeAction(card, 'cc'), { cc: eleven }));
  expect(fieldText(sectionOf(many, 'The draft'), 'Check')).toBe('This reply goes to 12 people.');
  expect(JSON.stringify(sectionOf(many, 'The draft'))).toContain('"materialIcon":{"name":"warning"}');
  expect(findButton(many, 'Create draft').disabled).toBe(false);
  // 60 in Cc: over Gmail's 50, "No draft" in red, and every Draft waits with Create draft.
  const sixty = Array.from({ length: 60 }, (_, i) => `p${i}@northwind.example`).join(', ');
  const over = first(click(runtime, event, card, changeAction(card, 'cc'), { cc: sixty }));
  expect(fieldText(sectionOf(over, 'The draft'), 'No draft')).toMatch(
    /^This reply would go to 61 people, and Gmail allows at most 50/,
  );
  expect(findButton(over, 'Create draft').disabled).toBe(true);
  expect(buttonsOf(sectionOf(over, 'Templates')).filter((b) => b.text === 'Draft')).toEqual([]);
});

// The template editor through the built bundle, driven as Gmail does: the "Insert field" picker keeps
// everything typed, Save goes back to the library showing the saved template, a refused save shows
// each problem next to its input, and an import lists every problem of the file at once.
import type { Runtime } from '../../sim/sandbox';
import {
  cardsOf,
  findButton,
  formDefaults,
  hasText,
  inputsOf,
  notificationOf,
  plain,
  rowsOf,
  textsOf,
} from '../../sim/testing/cardQuery';
import { type AddonEvent, homepageEvent } from '../../sim/testing/events';
import { exportedTemplates, importTemplates, type TemplateJson } from '../../sim/testing/setup';
import { click, fixtureRuntime } from '../support/harness';

type Card = Record<string, unknown>;
const HOME = homepageEvent();

function home(runtime: Runtime): Card {
  return cardsOf(runtime.render('onHomepage', HOME))[0] as Card;
}

function press(
  runtime: Runtime,
  card: unknown,
  text: string,
  changes: Record<string, string | string[]> = {},
) {
  const response = click(runtime, HOME, card, findButton(card, text), changes);
  return { response, card: cardsOf(response)[0] as Card };
}

/**
 * Choose `value` in the dropdown `name`, as a user does after typing `typed` into the other inputs:
 * Gmail runs the dropdown's change action with every input of the card as it stands.
 */
function choose(
  runtime: Runtime,
  base: AddonEvent,
  card: unknown,
  name: string,
  value: string,
  typed: Record<string, string | string[]> = {},
) {
  let action: { function?: string; parameters?: { key: string; value: string }[] } | undefined;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const input = (n as { selectionInput?: { name?: string; onChangeAction?: typeof action } })
        .selectionInput;
      if (input?.name === name) action = input.onChangeAction;
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  if (!action?.function) throw new Error(`no dropdown "${name}" with a change action on the card`);
  const parameters = Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value]));
  const button = { text: name, functionName: action.function, parameters, disabled: false };
  const response = click(runtime, base, card, button, { ...typed, [name]: [value] });
  return { response, card: cardsOf(response)[0] as Card };
}

const value = (card: unknown, name: string) => formDefaults(card)[name]?.[0];

/** The widgets of the card's sections, in order, flattened. */
function widgets(card: unknown): Record<string, unknown>[] {
  return ((card as { sections?: { widgets?: Record<string, unknown>[] }[] }).sections ?? []).flatMap(
    (s) => s.widgets ?? [],
  );
}

/** The text of the paragraphs right after the input `name`, up to the next input. */
function under(card: unknown, name: string): string[] {
  const all = widgets(card);
  const at = all.findIndex(
    (w) =>
      (w.textInput as { name?: string } | undefined)?.name === name ||
      (w.selectionInput as { name?: string } | undefined)?.name === name,
  );
  if (at < 0) throw new Error(`no input "${name}"`);
  const out: string[] = [];
  for (const w of all.slice(at + 1)) {
    const text = (w.textParagraph as { text?: string } | undefined)?.text;
    if (text === undefined) break;
    out.push(plain(text));
  }
  return out;
}

/** The library as the user would fill it: pasted into Import. */
function seed(runtime: Runtime, templates: TemplateJson[]): void {
  importTemplates(runtime, templates);
}

const storeValues = (runtime: Runtime) => runtime.userStore.toObject();

describe('the editor', () => {
  test('a new template starts from a greeting and a sign-off, with the picker right under the text', async () => {
    const runtime = await fixtureRuntime();
    const blank = press(runtime, home(runtime), 'New template').card;
    expect(value(blank, 'templateBody')).toBe(
      'Hi {{ sender.first_name | default: "there" }},\n\n\n\nBest regards,{% if me.first_name %}\n{{ me.first_name }}{% elsif me.name %}\n{{ me.name }}{% endif %}',
    );
    const inputs = inputsOf(blank).map((i) => i.name);
    expect(inputs.indexOf('insertField')).toBe(inputs.indexOf('templateBody') + 1);
    const picker = inputsOf(blank).find((i) => i.name === 'insertField')!;
    expect(picker.label).toBe('Insert field');
    expect(picker.items[0]).toEqual({
      text: 'Choose a field to add to the text…',
      value: '',
      selected: true,
    });
    expect(picker.items.map((i) => i.value)).toContain('subject');
    expect(picker.items.find((i) => i.value === 'sender.first_name')!.text).toBe(
      "Sender's first name: {{ sender.first_name }}",
    );
  });

  test('Insert field adds the field with its fallback and keeps everything typed, through updateCard', async () => {
    const runtime = await fixtureRuntime();
    const blank = press(runtime, home(runtime), 'New template').card;
    const typed = {
      templateName: 'Order status',
      templateBody: 'Hi,\n\nAbout',
      templateTags: 'orders, status',
      templateCc: 'ops@northwind.example',
      templateBcc: 'crm@northwind.example',
      templateSubject: 'Your order',
      templateMode: ['reply-all'],
    };
    const first = choose(runtime, HOME, blank, 'insertField', 'subject', typed);
    // Drawn again in place, not pushed: Back still leads to the library.
    expect(JSON.stringify(first.response)).toContain('"updateCard"');
    expect(JSON.stringify(first.response)).not.toContain('"pushCard"');
    const card = first.card;
    expect(value(card, 'templateBody')).toBe('Hi,\n\nAbout {{ subject }}');
    expect(value(card, 'templateName')).toBe('Order status');
    expect(value(card, 'templateTags')).toBe('orders, status');
    expect(value(card, 'templateCc')).toBe('ops@northwind.example');
    expect(value(card, 'templateBcc')).toBe('crm@northwind.example');
    expect(value(card, 'templateSubject')).toBe('Your order');
    expect(formDefaults(card).templateMode).toEqual(['reply-all']);
    // The picker is ready for the next field.
    expect(formDefaults(card).insertField).toEqual(['']);

    // Typed after the first insert, then two more fields: each with the fallback that fits it.
    const second = choose(runtime, HOME, card, 'insertField', 'sender.first_name', {
      templateBody: `${value(card, 'templateBody')}, dear\n`,
    }).card;
    expect(value(second, 'templateBody')).toBe(
      'Hi,\n\nAbout {{ subject }}, dear\n{{ sender.first_name | default: "there" }}',
    );
    const third = choose(runtime, HOME, second, 'insertField', 'me.first_name').card;
    expect(value(third, 'templateBody')).toBe(
      'Hi,\n\nAbout {{ subject }}, dear\n{{ sender.first_name | default: "there" }} {% if me.first_name %}{{ me.first_name }}{% endif %}',
    );
    expect(value(third, 'templateName')).toBe('Order status');
    // Inserted fields never make lint warn: nothing to check on the card.
    expect(hasText(third, 'Check')).toBe(false);

    // Nothing was saved by inserting; Save stores exactly what the card holds.
    expect(hasText(home(runtime), 'Order status')).toBe(false);
    const saved = press(runtime, third, 'Save');
    expect(notificationOf(saved.response)).toBe('Saved “Order status”');
    const stored = exportedTemplates(runtime).find((t) => t.name === 'Order status')!;
    expect(stored).toMatchObject({
      body: value(third, 'templateBody'),
      tags: ['orders', 'status'],
      cc: 'ops@northwind.example',
      bcc: 'crm@northwind.example',
      subject: 'Your order',
      mode: 'reply-all',
    });
  });

  test('the picker with nothing chosen changes nothing but keeps what was typed', async () => {
    const runtime = await fixtureRuntime();
    const blank = press(runtime, home(runtime), 'New template').card;
    const same = choose(runtime, HOME, blank, 'insertField', '', {
      templateName: 'Kept',
      templateBody: 'Typed text',
    }).card;
    expect(value(same, 'templateBody')).toBe('Typed text');
    expect(value(same, 'templateName')).toBe('Kept');
  });

  test('Save goes back to the library, showing the saved template on its page, marked', async () => {
    const runtime = await fixtureRuntime();
    seed(
      runtime,
      Array.from({ length: 200 }, (_, i) => ({
        name: `Answer ${String(i).padStart(3, '0')}`,
        body: `Answer ${i}.`,
        cc: '',
        bcc: '',
        subject: '',
        mode: 'reply',
        tags: [],
      })),
    );
    let page = home(runtime);
    for (let i = 0; i < 3; i++) page = press(runtime, page, 'Next').card;
    const opened = press(runtime, page, 'Answer 150').card;
    const saved = press(runtime, opened, 'Save', { templateBody: 'Answer 150, changed.', templateTags: 'x' });
    expect(notificationOf(saved.response)).toBe('Saved “Answer 150”');
    const nav = JSON.stringify(saved.response);
    expect(nav).toContain('{"popToCard":"library"}');
    expect(hasText(saved.card, 'Templates')).toBe(true);
    expect(hasText(saved.card, 'Showing 121–160 of 204')).toBe(true);
    const row = rowsOf(saved.card).find((r) => r.text === 'Answer 150');
    expect(row).toBeDefined();
    expect(hasText(saved.card, 'Just saved · x')).toBe(true);
    // A new one too: the editor is not left open.
    const created = press(runtime, press(runtime, saved.card, 'New template').card, 'Save', {
      templateName: 'Zebra',
      templateBody: 'Hello.',
    });
    expect(notificationOf(created.response)).toBe('Saved “Zebra”');
    expect(rowsOf(created.card).map((r) => r.text)).toContain('Zebra');
    expect(hasText(created.card, 'Just saved')).toBe(true);
  });

  test('a refused save keeps everything typed and shows each problem under its input', async () => {
    const runtime = await fixtureRuntime();
    const blank = press(runtime, home(runtime), 'New template').card;
    const typed = {
      templateName: '',
      templateBody: 'Hi {{ sender.frist_name }}',
      templateTags: 'ok',
      templateCc: 'not an address',
      templateBcc: 'crm@northwind.example',
      templateSubject: 'Hello {{ subject }}',
      templateMode: ['reply-list'],
    };
    const before = storeValues(runtime);
    const refused = press(runtime, blank, 'Save', typed);
    expect(notificationOf(refused.response)).toBe('Not saved: see the card');
    expect(hasText(refused.card, 'Not saved')).toBe(true);
    expect(hasText(refused.card, '3 things to fix, each shown under its field below.')).toBe(true);
    expect(under(refused.card, 'templateName')).toEqual(['Name is required']);
    expect(under(refused.card, 'templateCc')).toEqual([
      'Cc is not a list of email addresses: "not an address"',
    ]);
    expect(under(refused.card, 'templateSubject')).toEqual([
      'Subject is plain text: merge fields ({{ … }}) work in the body only',
    ]);
    expect(under(refused.card, 'templateBcc')).toEqual([]);
    for (const [name, typedValue] of Object.entries(typed)) {
      if (Array.isArray(typedValue)) expect(formDefaults(refused.card)[name]).toEqual(typedValue);
      else expect(value(refused.card, name)).toBe(typedValue);
    }
    // The fields fixed, the Liquid error is next: under the text, with its line and column.
    const next = press(runtime, refused.card, 'Save', {
      templateName: 'Greeting',
      templateCc: '',
      templateSubject: '',
    });
    expect(under(next.card, 'templateBody')).toEqual([
      'Line 1, column 7: Unknown field "sender.frist_name": did you mean "sender.first_name"?',
    ]);
    expect(hasText(next.card, 'One thing to fix, shown under its field below.')).toBe(true);
    // A name already in use is the name's problem.
    const taken = press(runtime, next.card, 'Save', { templateName: 'follow up', templateBody: 'Hi.' });
    expect(under(taken.card, 'templateName')[0]).toMatch(/You already have a template named “follow up”/);
    expect(storeValues(runtime)).toEqual(before);
  });
});

describe('import', () => {
  test('every problem of the file is listed at once, by template name and line, and nothing is stored', async () => {
    const runtime = await fixtureRuntime();
    const library = home(runtime);
    const before = storeValues(runtime);
    const json = [
      '{',
      '  "version": 1,',
      '  "templates": [',
      '    { "name": "Fine", "body": "Hello." },',
      '    { "name": "Loop", "body": "Hi,\\n{% for p in to %}{{ p.name }}" },',
      '    { "name": "No text" },',
      '    { "name": "Bad Cc", "body": "Hi {{ sender.nam }}", "cc": "nope" },',
      '    { "name": "Follow up", "body": "Not the starter" },',
      '    { "name": "fine", "body": "Again" }',
      '  ]',
      '}',
    ].join('\n');
    const importCard = press(runtime, library, 'Import').card;
    const refused = press(runtime, importCard, 'Import', { importJson: json });
    expect(notificationOf(refused.response)).toBe('Nothing was imported: see the card');
    const shown = textsOf(refused.card);
    const listed = shown.slice(
      shown.indexOf('Nothing was imported') + 1,
      shown.indexOf('Nothing was imported') + 7,
    );
    expect(listed).toEqual([
      'Template “Loop” (line 5, column 37 of the file; line 2, column 1 of its text): {% for %} is not closed: add {% endfor %}',
      'Template “No text” (line 6 of the file): Body is required',
      'Template “Bad Cc” (line 7 of the file): Cc is not a list of email addresses: "nope"',
      'Template “Bad Cc” (line 7, column 40 of the file; line 1, column 7 of its text): Unknown field "sender.nam": did you mean "sender.name"?',
      'Template “Follow up” (line 8 of the file): you already have a template named “Follow up” with different content; rename one of them',
      'Template “fine” (line 9 of the file): the name is also used by template “Fine” on line 4 of the import',
    ]);
    expect(value(refused.card, 'importJson')).toBe(json);
    expect(storeValues(runtime)).toEqual(before);
  });
});

// Reply templates end to end, through the built bundle: the library on the homepage (create, edit,
// search, duplicate, delete, import, export, damaged entries, conflicts, a full store), and a template
// applied to an open message: preview, the values the message lacks, and the draft made from it. Each
// library is filled as the user fills it, through its Import card (sim/testing/setup.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { Runtime } from '../../sim/sandbox';
import {
  buttonsOf,
  cardsOf,
  findButton,
  formDefaults,
  hasText,
  notificationOf,
  rowsOf,
  textsOf,
} from '../../sim/testing/cardQuery';
import { type AddonEvent, actionEvent, homepageEvent, messageEvent } from '../../sim/testing/events';
import { importTemplates, type TemplateJson } from '../../sim/testing/setup';
import { click, createDraft, fixtureRuntime, openMessage, storeTemplateAsIs } from '../support/harness';

type Card = Record<string, unknown>;

const HOME = homepageEvent();

function home(runtime: Runtime): Card {
  const card = cardsOf(runtime.render('onHomepage', HOME))[0];
  if (!card) throw new Error('the homepage returned no card');
  return card;
}

/** Click the button (or clickable row) labelled `text` and return the response and its card. */
function press(
  runtime: Runtime,
  base: AddonEvent,
  card: unknown,
  text: string,
  changes: Record<string, string | string[]> = {},
) {
  const response = click(runtime, base, card, findButton(card, text), changes);
  return { response, card: cardsOf(response)[0] as Card };
}

const value = (card: unknown, name: string) => formDefaults(card)[name]?.[0];

/** Type `typed` into the text input `name` and leave it: Gmail runs the input's change action. */
function type(runtime: Runtime, base: AddonEvent, card: unknown, name: string, typed: string): Card {
  let action: { function?: string; parameters?: { key: string; value: string }[] } | undefined;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const input = (n as { textInput?: { name?: string; onChangeAction?: typeof action } }).textInput;
      if (input?.name === name) action = input.onChangeAction;
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  if (!action?.function) throw new Error(`no input "${name}" with a change action on the card`);
  const parameters = Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value]));
  const button = { text: name, functionName: action.function, parameters, disabled: false };
  return cardsOf(click(runtime, base, card, button, { [name]: typed }))[0] as Card;
}

function template(over: Partial<TemplateJson> & { name: string }): TemplateJson {
  return { body: 'Hello.', cc: '', bcc: '', subject: '', mode: 'reply', tags: [], ...over };
}

/** A runtime whose mailbox is the given messages (file name → raw message). */
async function mailboxRuntime(files: Record<string, string>): Promise<Runtime> {
  const dir = mkdtempSync(join(tmpdir(), 'ts-tpl-'));
  for (const [name, raw] of Object.entries(files)) writeFileSync(join(dir, name), raw);
  const runtime = new Runtime({ mailbox: await Mailbox.fromDirectory(dir) });
  runtime.loadBundle();
  return runtime;
}

function message(from: string, extra = '', body = 'Hi Sam,\r\n\r\nCan you help?\r\n') {
  return `From: ${from}\r\nTo: Sam Taylor <sam@northwind.example>\r\n${extra}Subject: Order 1234\r\nMessage-ID: <m1@vendor.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n${body}`;
}

/** Open the only message of a runtime built by mailboxRuntime. */
function openOnly(runtime: Runtime) {
  const [m] = runtime.mailbox.messages();
  const event = messageEvent(runtime.mailbox, m!.id);
  const card = cardsOf(runtime.render('onGmailMessage', event))[0] as Card;
  return { event, card };
}

const storeValues = (runtime: Runtime) => runtime.userStore.toObject();

/** The part of a draft above the quote. */
const above = (text: string) => text.split(/\n\nOn .* wrote:\n/)[0] ?? text;

describe('the library on the homepage', () => {
  test('the first run adds the starters; a deleted starter stays deleted', async () => {
    const runtime = await fixtureRuntime();
    const first = home(runtime);
    for (const name of [
      'Acknowledge, answer to follow',
      'Ask for missing details',
      'Polite decline',
      'Follow up',
    ]) {
      expect(hasText(first, name)).toBe(true);
    }
    expect(textsOf(first).some((t) => /^Uses \d+(\.\d)? KB of 500 KB$/.test(t))).toBe(true);

    const edit = press(runtime, HOME, first, 'Polite decline').card;
    const confirm = press(runtime, HOME, edit, 'Delete').card;
    expect(hasText(confirm, 'Delete “Polite decline”?')).toBe(true);
    const after = press(runtime, HOME, confirm, 'Delete');
    expect(notificationOf(after.response)).toBe('Template deleted');
    expect(hasText(after.card, 'Polite decline')).toBe(false);
    expect(hasText(home(runtime), 'Polite decline')).toBe(false);
    expect(hasText(home(runtime), 'Follow up')).toBe(true);
  });

  test('create, edit, duplicate and delete from the cards', async () => {
    const runtime = await fixtureRuntime();
    const blank = press(runtime, HOME, home(runtime), 'New template').card;
    const created = press(runtime, HOME, blank, 'Save', {
      templateName: 'Shipping delay',
      templateBody: 'Hi {{ sender.first_name | default: "there" }},\n\nYour order ships **Monday**.',
      templateTags: 'Shipping, Delay',
      templateCc: 'ops@northwind.example',
      templateMode: 'reply-all',
    });
    expect(notificationOf(created.response)).toBe('Saved “Shipping delay”');
    expect(hasText(created.card, 'Shipping delay')).toBe(true);
    expect(hasText(created.card, 'shipping, delay')).toBe(true);

    const edit = press(runtime, HOME, created.card, 'Shipping delay').card;
    expect(value(edit, 'templateCc')).toBe('ops@northwind.example');
    expect(formDefaults(edit).templateMode).toEqual(['reply-all']);
    press(runtime, HOME, edit, 'Save', {
      templateBody: 'Hi {{ sender.first_name | default: "there" }}, it ships Tuesday.',
    });
    const reopened = press(runtime, HOME, home(runtime), 'Shipping delay').card;
    expect(value(reopened, 'templateBody')).toContain('Tuesday');

    const copy = press(runtime, HOME, reopened, 'Duplicate');
    expect(notificationOf(copy.response)).toBe('Copied as “Shipping delay (copy)”');
    const copyEdit = cardsOf(copy.response).at(-1)!;
    expect(value(copyEdit, 'templateName')).toBe('Shipping delay (copy)');
    expect(hasText(home(runtime), 'Shipping delay (copy)')).toBe(true);

    const gone = press(runtime, HOME, press(runtime, HOME, copyEdit, 'Delete').card, 'Delete').card;
    expect(hasText(gone, 'Shipping delay (copy)')).toBe(false);
    expect(hasText(gone, 'Shipping delay')).toBe(true);
  });

  test('search matches name, tags and text', async () => {
    const runtime = await fixtureRuntime();
    importTemplates(runtime, [
      template({ name: 'Refund approved', body: 'Your money is on its way.' }),
      template({ name: 'Invoice copy', tags: ['billing'] }),
      template({ name: 'Welcome', body: 'Your refund policy is 30 days.' }),
    ]);
    const search = (query: string) => type(runtime, HOME, home(runtime), 'search', query);
    const refund = search('refund');
    expect(hasText(refund, '2 templates matching “refund”')).toBe(true);
    expect(hasText(refund, 'Refund approved')).toBe(true);
    expect(hasText(refund, 'Welcome')).toBe(true);
    expect(hasText(refund, 'Invoice copy')).toBe(false);
    const billing = search('BILLING');
    expect(hasText(billing, 'Invoice copy')).toBe(true);
    expect(hasText(billing, 'Refund approved')).toBe(false);
    expect(hasText(search('nothing like this'), 'No template matches this search.')).toBe(true);
  });

  test('lint on save: an error blocks it with line and column and keeps the typed text; a warning is shown', async () => {
    const runtime = await fixtureRuntime();
    const blank = press(runtime, HOME, home(runtime), 'New template').card;
    const body = 'Hi there,\n\n{% if sender.name %}Dear {{ sender.name }}';
    const refused = press(runtime, HOME, blank, 'Save', { templateName: 'Broken', templateBody: body });
    expect(notificationOf(refused.response)).toBe('Not saved: see the card');
    expect(hasText(refused.card, 'Not saved')).toBe(true);
    expect(textsOf(refused.card).some((t) => /^Line 3, column 1: \{% if %\} is not closed/.test(t))).toBe(
      true,
    );
    expect(value(refused.card, 'templateBody')).toBe(body);
    expect(value(refused.card, 'templateName')).toBe('Broken');

    const typo = press(runtime, HOME, refused.card, 'Save', { templateBody: 'Hi {{ sender.frist_name }}' });
    expect(
      hasText(
        typo.card,
        'Line 1, column 7: Unknown field "sender.frist_name": did you mean "sender.first_name"?',
      ),
    ).toBe(true);
    expect(hasText(home(runtime), 'Broken')).toBe(false);

    const warned = press(runtime, HOME, typo.card, 'Save', { templateBody: 'Hi {{ sender.first_name }},' });
    // A warning does not block: back to the library, which says there is something to check.
    expect(notificationOf(warned.response)).toBe('Saved “Broken”, with 1 thing to check: open it to see');
    expect(rowsOf(warned.card).find((r) => r.text === 'Broken')).toBeDefined();
    expect(hasText(warned.card, 'Just saved · 1 thing to check')).toBe(true);
    const reopened = press(runtime, HOME, warned.card, 'Broken').card;
    expect(
      hasText(
        reopened,
        '"sender.first_name" may be empty for some messages: add a default, e.g. {{ sender.first_name | default: "there" }}, or you will be asked for it',
      ),
    ).toBe(true);
    expect(hasText(home(runtime), 'Broken')).toBe(true);
  });

  test('a name already used (in other capitals) is refused, and the typed text stays', async () => {
    const runtime = await fixtureRuntime();
    const blank = press(runtime, HOME, home(runtime), 'New template').card;
    const refused = press(runtime, HOME, blank, 'Save', {
      templateName: 'FOLLOW UP',
      templateBody: 'Again.',
    });
    expect(hasText(refused.card, 'You already have a template named “FOLLOW UP”')).toBe(true);
    expect(value(refused.card, 'templateBody')).toBe('Again.');
  });

  test('two edits racing: the second gets a conflict, keeps what was typed, and nothing is overwritten', async () => {
    const runtime = await fixtureRuntime();
    const tabA = press(runtime, HOME, home(runtime), 'Follow up').card;
    const tabB = press(runtime, HOME, home(runtime), 'Follow up').card;
    press(runtime, HOME, tabA, 'Save', { templateBody: 'Version A {{ me.email }}' });
    const clash = press(runtime, HOME, tabB, 'Save', { templateBody: 'Version B {{ me.email }}' });
    expect(hasText(clash.card, '“Follow up” was changed in another window since you opened it.')).toBe(true);
    expect(value(clash.card, 'templateBody')).toBe('Version B {{ me.email }}');
    const fresh = press(runtime, HOME, clash.card, 'Open the saved version').card;
    expect(value(fresh, 'templateBody')).toBe('Version A {{ me.email }}');
  });

  test('a save that does not fit is refused with the figures, and nothing stored is touched', async () => {
    const runtime = await fixtureRuntime();
    const card = home(runtime);
    // Other data fills the store to within 10 KB of its 500 KB.
    for (let i = 0; i < 61; i++) runtime.userStore.values.set(`other:${i}`, 'x'.repeat(8000));
    const before = storeValues(runtime);
    const blank = press(runtime, HOME, card, 'New template').card;
    const refused = press(runtime, HOME, blank, 'Save', {
      templateName: 'Long answer',
      templateBody: 'word '.repeat(6000),
    });
    expect(textsOf(refused.card).join(' ')).toMatch(
      /This template needs \d+\.\d KB but only \d+\.\d KB of your 500 KB are free\. Delete or shorten some templates/,
    );
    expect(value(refused.card, 'templateName')).toBe('Long answer');
    expect(storeValues(runtime)).toEqual(before);
  });

  test('a corrupt stored value shows as damaged with its raw text, and hides nothing else', async () => {
    const runtime = await fixtureRuntime();
    home(runtime);
    const raw = '{"id":"tbroken","name":"Broken one","body":"Hi {{ sender.na';
    runtime.userStore.values.set('tpl:tbroken', raw);
    const card = home(runtime);
    expect(hasText(card, 'Damaged (1)')).toBe(true);
    expect(hasText(card, 'Broken one')).toBe(true);
    expect(hasText(card, '4 templates')).toBe(true);
    expect(hasText(card, 'Follow up')).toBe(true);
    const damaged = press(runtime, HOME, card, 'Broken one').card;
    expect(textsOf(damaged)).toContain(raw);
    const after = press(runtime, HOME, damaged, 'Delete for good').card;
    expect(hasText(after, 'Damaged')).toBe(false);
    expect(runtime.userStore.values.has('tpl:tbroken')).toBe(false);
  });

  test('200 templates: the card stays within the limits, pages, and says how many more', async () => {
    const runtime = await fixtureRuntime();
    importTemplates(
      runtime,
      Array.from({ length: 200 }, (_, i) =>
        template({ name: `Answer ${String(i).padStart(3, '0')}`, body: `Answer number ${i}. `.repeat(20) }),
      ),
    );
    const card = home(runtime);
    expect(hasText(card, '204 templates')).toBe(true);
    expect(hasText(card, 'Showing 1–40 of 204 · 164 more — refine the search')).toBe(true);
    const rows = buttonsOf(card).filter((b) => b.parameters.action === 'editTemplate');
    expect(rows).toHaveLength(40);
    const next = press(runtime, HOME, card, 'Next').card;
    expect(hasText(next, 'Showing 41–80 of 204')).toBe(true);

    const { event, card: messageCard } = openMessage(runtime, 'plain-text.eml');
    expect(buttonsOf(messageCard).filter((b) => b.parameters.action === 'previewTemplate')).toHaveLength(5);
    const all = press(runtime, event, messageCard, 'All templates (204)').card;
    expect(hasText(all, 'Showing 1–40 of 204')).toBe(true);
    const last = press(runtime, event, press(runtime, event, all, 'Next').card, 'Next').card;
    expect(hasText(last, 'Showing 81–120 of 204')).toBe(true);
    // A template chosen from this list (which has a search box, not the reply switches) starts quoted.
    const chosen = buttonsOf(last).find((b) => b.parameters.action === 'previewTemplate')!;
    const preview = press(runtime, event, last, chosen.text).card;
    expect(formDefaults(preview).quote).toEqual(['on']);
  });

  test('names and text with markup are shown as text, never as markup', async () => {
    const runtime = await fixtureRuntime();
    const name = '<b>Bold</b> & <a href="https://evil.example">pay</a>';
    importTemplates(runtime, [
      template({ name, body: '<script>alert(1)</script> Hi {{ sender.first_name }}', tags: ['<i>x</i>'] }),
    ]);
    const card = home(runtime);
    const json = JSON.stringify(card);
    expect(json).not.toContain('<a href=\\"https://evil.example');
    expect(json).not.toContain('<b>Bold');
    expect(hasText(card, name)).toBe(true);
    const { event, card: messageCard } = openMessage(runtime, 'plain-text.eml');
    const preview = press(runtime, event, messageCard, name).card;
    const previewJson = JSON.stringify(preview);
    expect(previewJson).not.toContain('<script>');
    expect(previewJson).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hi Marcus');
  });

  test('a 64 KB text saves and drafts whole; one byte more is refused with its size', async () => {
    const runtime = await fixtureRuntime();
    const line = 'Our warranty covers parts and labour for two years from delivery.\n';
    const body = `Hi {{ sender.first_name | default: "there" }},\n\n${line.repeat(Math.floor((64 * 1024 - 40) / line.length))}`;
    const padded = body + 'x'.repeat(64 * 1024 - body.length);
    const blank = press(runtime, HOME, home(runtime), 'New template').card;
    const tooBig = press(runtime, HOME, blank, 'Save', {
      templateName: 'Warranty',
      templateBody: `${padded}y`,
    });
    expect(textsOf(tooBig.card).join(' ')).toMatch(
      /The body is 64(\.\d)? KB; a template can be at most 64 KB/,
    );
    const saved = press(runtime, HOME, tooBig.card, 'Save', { templateBody: padded });
    expect(notificationOf(saved.response)).toBe('Saved “Warranty”');

    const { event, card } = openMessage(runtime, 'plain-text.eml');
    const preview = press(runtime, event, card, 'Warranty').card;
    expect(textsOf(preview).some((t) => /more characters, all in the draft/.test(t))).toBe(true);
    press(runtime, event, preview, 'Create draft');
    const draft = runtime.mailbox.drafts[0]!;
    expect(draft.text.startsWith('Hi Marcus,')).toBe(true);
    expect(draft.text).toContain(`${'x'.repeat(padded.length - body.length)}\n\nOn `);
  });
});

describe('import and export', () => {
  const importCardOf = (runtime: Runtime) => press(runtime, HOME, home(runtime), 'Import').card;
  const tryImport = (runtime: Runtime, json: string) =>
    press(runtime, HOME, importCardOf(runtime), 'Import', { importJson: json });

  test.each([
    ['not JSON', '{"templates": [', /This is not valid JSON/],
    ['the wrong shape', '{"foo": 1}', /Expected an export/],
    ['an empty list', '[]', /The import has no templates/],
    ['an item without a body', '[{"name": "A"}]', /Template “A” \(line 1 of the file\): Body is required/],
    [
      'a name that is not text',
      '[{"name": 5, "body": "x"}]',
      /Template 1 \(line 1 of the file\): Name must be text/,
    ],
    [
      'a name used twice',
      '[{"name": "Same", "body": "a"}, {"name": "same", "body": "b"}]',
      /Template “same” \(line 1 of the file\): the name is also used by template “Same” on line 1 of the import/,
    ],
    [
      'a name already in the library with other text',
      '[{"name": "Fresh", "body": "x"}, {"name": "Follow up", "body": "other"}]',
      /Template “Follow up” \(line 1 of the file\): you already have a template named “Follow up” with different content/,
    ],
    [
      'a Liquid error',
      '[{"name": "Loop", "body": "{% for p in to %}{{ p.name }}"}]',
      /Template “Loop” \(line 1, column 28 of the file; line 1, column 1 of its text\): \{% for %\} is not closed/,
    ],
    [
      'a huge payload',
      JSON.stringify([{ name: 'Huge', body: 'x'.repeat(460 * 1024) }]),
      /The import is 460 KB; at most 450 KB fits/,
    ],
  ])('%s is refused with a clear message and nothing is stored', async (_label, json, message) => {
    const runtime = await fixtureRuntime();
    home(runtime);
    const before = storeValues(runtime);
    const refused = tryImport(runtime, json);
    expect(notificationOf(refused.response)).toBe('Nothing was imported: see the card');
    expect(hasText(refused.card, 'Nothing was imported')).toBe(true);
    expect(textsOf(refused.card).join('\n')).toMatch(message);
    expect(value(refused.card, 'importJson')).toBe(json);
    expect(storeValues(runtime)).toEqual(before);
  });

  test('an export imports into another account as the same library, and a second import adds nothing', async () => {
    const source = await fixtureRuntime();
    importTemplates(source, [
      template({
        name: 'Price list',
        body: 'Hi {{ sender.first_name | default: "there" }},\n\n- **Basic**: 10 €\n- *Pro*: 20 €',
        cc: 'sales@northwind.example',
        bcc: 'crm@northwind.example',
        subject: 'Our prices',
        mode: 'reply-all',
        tags: ['sales', 'prices'],
      }),
    ]);
    const exported = press(source, HOME, home(source), 'Export').card;
    expect(hasText(exported, '5 templates.')).toBe(true);
    const json = value(exported, 'importJson')!;
    expect(JSON.parse(json).templates).toHaveLength(5);

    const target = await fixtureRuntime();
    const imported = tryImport(target, json);
    // The target's own starters are the same templates: only the new one is added.
    expect(notificationOf(imported.response)).toBe('Imported 1 template (4 already there)');
    const again = press(target, HOME, home(target), 'Export').card;
    expect(value(again, 'importJson')).toBe(json);
    expect(notificationOf(tryImport(target, json).response)).toBe(
      'Nothing new: all 5 templates are already in your library',
    );
  });
});

describe('a template on an open message', () => {
  const EVIL = '*Bob* <b>x</b> {{ me.email }} [pay](https://evil.example)';

  test('suggested templates come first, with the reason shown', async () => {
    const runtime = await fixtureRuntime();
    importTemplates(runtime, [template({ name: 'Fabrikam imports', tags: ['fabrikam'] })]);
    const { card } = openMessage(runtime, 'plain-text.eml');
    const rows = buttonsOf(card).filter((b) => b.parameters.action === 'previewTemplate');
    expect(rows[0]!.text).toBe('Fabrikam imports');
    expect(hasText(card, "tag 'fabrikam' matches the sender's domain")).toBe(true);
  });

  test('the preview shows the text, the recipients with the template’s Cc/Bcc, and drafts it above the quote', async () => {
    const runtime = await fixtureRuntime();
    importTemplates(runtime, [
      template({
        name: 'Import limits',
        body: 'Hi {{ sender.first_name }},\n\nOne import holds **50,000 rows**: see [the guide](https://help.northwind.example/import).\n\n{{ me.first_name }}',
        cc: 'Support Lead <lead@northwind.example>',
        bcc: 'crm@northwind.example',
        subject: 'Never used for a reply',
      }),
    ]);
    const { event, card } = openMessage(runtime, 'plain-text.eml');
    const preview = press(runtime, event, card, 'Import limits').card;
    expect(
      hasText(
        preview,
        'Hi Marcus,\n\nOne import holds 50,000 rows: see the guide (https://help.northwind.example/import).\n\nSam',
      ),
    ).toBe(true);
    expect(hasText(preview, 'Support Lead <lead@northwind.example>')).toBe(true);
    expect(hasText(preview, 'crm@northwind.example')).toBe(true);
    expect(hasText(preview, 'Re: Question about bulk import limits')).toBe(true);
    expect(formDefaults(preview).quote).toEqual(['on']);

    press(runtime, event, preview, 'Create draft');
    const [draft] = runtime.mailbox.drafts;
    expect(draft!.subject).toBe('Re: Question about bulk import limits');
    expect(draft!.cc).toEqual(['Support Lead <lead@northwind.example>']);
    expect(draft!.bcc).toEqual(['crm@northwind.example']);
    expect(draft!.inReplyTo).toBe('<20260302154107.31877.m.webb@mail.fabrikam.example>');
    expect(draft!.text).toMatch(
      /^Hi Marcus,\n\nOne import holds 50,000 rows: see the guide \(https:\/\/help\.northwind\.example\/import\)\.\n\nSam\n\nOn .* wrote:\n\n> Hi Sam,/,
    );
    expect(draft!.html).toMatch(
      /^<div>Hi Marcus,<\/div>.*<b>50,000 rows<\/b>.*<a href="https:\/\/help\.northwind\.example\/import">the guide<\/a>.*class="gmail_quote"/s,
    );

    // The use is remembered: the template is listed first, as used last.
    const again = openMessage(runtime, 'plain-text.eml').card;
    expect(buttonsOf(again).find((b) => b.parameters.action === 'previewTemplate')!.text).toBe(
      'Import limits',
    );
    expect(hasText(again, 'used last')).toBe(true);
  });

  test('the template’s default mode is preselected, and the quote can be turned off', async () => {
    const runtime = await fixtureRuntime();
    importTemplates(runtime, [template({ name: 'Everyone', body: 'Thanks, all.', mode: 'reply-all' })]);
    const { event, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
    const preview = press(runtime, event, card, 'Everyone').card;
    expect(formDefaults(preview).mode).toEqual(['reply-all']);
    const quoteButton = buttonsOf(preview);
    expect(quoteButton.some((b) => b.text === 'Create draft')).toBe(true);
    press(runtime, event, preview, 'Create draft', { quote: [] });
    const [draft] = runtime.mailbox.drafts;
    expect(draft!.cc.length).toBeGreaterThan(0);
    expect(draft!.text.trim()).toBe('Thanks, all.');
  });

  test('a sender with no name: the card asks for the first name, and the draft uses what was typed', async () => {
    const runtime = await mailboxRuntime({ 'no-name.eml': message('zq7k@vendor.example') });
    importTemplates(runtime, [
      template({ name: 'Greeting', body: 'Hi {{ sender.first_name }},\n\nThanks for your order.' }),
    ]);
    const { event, card } = openOnly(runtime);
    const preview = press(runtime, event, card, 'Greeting').card;
    expect(hasText(preview, 'Fill in')).toBe(true);
    expect(textsOf(preview)).toContain("Sender's first name");
    expect(hasText(preview, 'Hi [sender.first_name],')).toBe(true);

    // Not filled in: "Create draft" waits, says so, and the card says a value is missing.
    expect(findButton(preview, 'Create draft (fill in 1 value)').disabled).toBe(true);
    expect(hasText(preview, 'nothing is made until every field has a value')).toBe(true);

    // Typing it shows it in the preview, and the draft carries it.
    const refreshed = type(runtime, event, preview, 'fill:sender.first_name', 'Zoe');
    expect(hasText(refreshed, 'Hi Zoe,')).toBe(true);
    expect(value(refreshed, 'fill:sender.first_name')).toBe('Zoe');
    press(runtime, event, refreshed, 'Create draft');
    const [draft] = runtime.mailbox.drafts;
    expect(above(draft!.text)).toBe('Hi Zoe,\n\nThanks for your order.');
    expect(draft!.html).toContain('<div>Hi Zoe,</div>');
  });

  test('no starter, on any fixture, ever drafts an empty field or a leftover {{ or {%', async () => {
    const runtime = await fixtureRuntime();
    const files = [
      'plain-text.eml',
      'undisclosed-recipients.eml',
      'no-date-no-subject.eml',
      'rfc2047-iso-8859-1.eml',
      'sent-by-me.eml',
      'reply-to-differs-from-from.eml',
    ];
    let drafted = 0;
    for (const file of files) {
      const { event, card } = openMessage(runtime, file);
      if (card.name === 'error') continue;
      for (const row of buttonsOf(card).filter((b) => b.parameters.action === 'previewTemplate')) {
        const preview = cardsOf(click(runtime, event, card, row))[0]!;
        const asked = Object.keys(formDefaults(preview)).filter((k) => k.startsWith('fill:'));
        const fill = Object.fromEntries(asked.map((k) => [k, 'Kim']));
        const before = runtime.mailbox.drafts.length;
        // Typed in (each field re-renders the preview), then "Create draft".
        createDraft(runtime, event, preview, fill);
        expect(runtime.mailbox.drafts).toHaveLength(before + 1);
        const draft = runtime.mailbox.drafts.at(-1)!;
        const own = above(draft.text);
        expect(own).not.toMatch(/\{\{|\{%|\[(sender|me|to|cc|subject)[.\]]/);
        expect(own).not.toMatch(/\b(Hi|Dear|Hello) ,/);
        expect(own).not.toMatch(/ \*\*|\*\* /);
        drafted++;
      }
    }
    expect(drafted).toBeGreaterThanOrEqual(20);
  });

  test('a sender named with markup and merge syntax appears literally in both parts of the draft', async () => {
    const runtime = await mailboxRuntime({
      'evil.eml': message(`"${EVIL.replace(/"/g, '\\"')}" <bob@evil.example>`),
    });
    importTemplates(runtime, [template({ name: 'Dear', body: 'Dear {{ sender.name }},\n\nNoted.' })]);
    const { event, card } = openOnly(runtime);
    const preview = press(runtime, event, card, 'Dear').card;
    expect(hasText(preview, `Dear ${EVIL},`)).toBe(true);
    press(runtime, event, preview, 'Create draft');
    const [draft] = runtime.mailbox.drafts;
    expect(above(draft!.text)).toBe(`Dear ${EVIL},\n\nNoted.`);
    const own = draft!.html!.split('<div class="gmail_quote"')[0]!;
    expect(own).toContain('Dear *Bob* &lt;b&gt;x&lt;/b&gt; {{ me.email }} [pay](https://evil.example),');
    expect(own).not.toMatch(/<a |<b>|<i>|sam@northwind\.example/);
  });

  test('a template with a syntax error shows the error with line and column, and drafts nothing', async () => {
    const runtime = await fixtureRuntime();
    // Import and Save refuse this template: only older or damaged storage holds one.
    storeTemplateAsIs(runtime, {
      id: 'tunclosed',
      name: 'Unclosed',
      body: 'Hi,\n\n{% if sender.name %}Dear {{ sender.name }}',
    });
    const { event, card } = openMessage(runtime, 'plain-text.eml');
    const preview = press(runtime, event, card, 'Unclosed').card;
    expect(hasText(preview, 'This template can’t be used yet')).toBe(true);
    expect(
      textsOf(preview).some((t) => /^Line 3, column 1: \{% if %\} is not closed: add \{% endif %\}$/.test(t)),
    ).toBe(true);
    expect(buttonsOf(preview).some((b) => b.text === 'Create draft')).toBe(false);
    // Gmail cannot send a click no card offers; called anyway (a stale card), the compose action makes
    // nothing and fails in plain words, since it may only answer with a draft.
    const forced = actionEvent(event, {
      action: 'draftTemplate',
      templateId: findButton(card, 'Unclosed').parameters.templateId!,
      draft: 'reply',
    });
    expect(() =>
      runtime.render('dispatchAction', forced, { kind: 'compose', type: 'REPLY_AS_DRAFT' }),
    ).toThrow('can’t be used until it is fixed');
    expect(runtime.mailbox.drafts).toHaveLength(0);
  });

  test('an unknown field is named, with its position and the likely field', async () => {
    const runtime = await fixtureRuntime();
    // Import and Save refuse an unknown field: only older or damaged storage holds such a template.
    storeTemplateAsIs(runtime, { id: 'ttypo', name: 'Typo', body: 'Hello {{ sender.nmae }}' });
    const { event, card } = openMessage(runtime, 'plain-text.eml');
    const preview = press(runtime, event, card, 'Typo').card;
    expect(
      hasText(preview, 'Line 1, column 10: Unknown field "sender.nmae": did you mean "sender.name"?'),
    ).toBe(true);
    expect(buttonsOf(preview).some((b) => b.text === 'Create draft')).toBe(false);
  });

  test('a loop over 5,000 Cc gets a clear answer instead of hanging the card', async () => {
    const cc = Array.from({ length: 5000 }, (_, i) => `Person ${i} <p${i}@crowd.example>`).join(', ');
    const runtime = await mailboxRuntime({
      'crowd.eml': message('Ana Ruiz <ana.ruiz@crowd.example>', `Cc: ${cc}\r\n`),
    });
    importTemplates(runtime, [
      template({
        name: 'Roll call',
        body: 'Hi all,\n\n{% for p in cc %}- {{ p.first_name | default: p.email }}\n{% endfor %}',
        mode: 'reply-all',
      }),
    ]);
    const { event, card } = openOnly(runtime);
    const preview = press(runtime, event, card, 'Roll call').card;
    expect(hasText(preview, 'The template repeats too much: it stopped after 10,000 pieces.')).toBe(true);
    expect(buttonsOf(preview).some((b) => b.text === 'Create draft')).toBe(false);
  });
});

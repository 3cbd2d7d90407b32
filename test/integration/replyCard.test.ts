// The reply card as a user meets it: choose who the reply reaches, see it before it exists, and get
// exactly that draft. Everything runs through the built bundle in the emulator.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { Runtime } from '../../sim/sandbox';
import {
  cardsOf,
  fieldText,
  findButton,
  formDefaults as formDefaultsOf,
  hasText,
  notificationOf,
  textsOf,
} from '../../sim/testing/cardQuery';
import { homepageEvent, messageEvent } from '../../sim/testing/events';
import { click, createDraft, fixtureRuntime, messageIdOf, openMessage } from '../support/harness';

type Json = Record<string, unknown>;
const updatedCard = (response: unknown) => cardsOf(response)[0]!;
const previewLine = (card: Json, label: string) =>
  fieldText(
    (card.sections as Json[]).find((s) => s.header === 'The draft'),
    label,
  );
/** A change of one of the card's inputs, which re-plans the reply (its onChangeAction). */
const change = {
  text: 'change',
  functionName: 'dispatchAction',
  parameters: { action: 'refreshReply', modeSet: '' },
  disabled: false,
};

async function runtimeOf(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'ts-reply-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const runtime = new Runtime({ mailbox: await Mailbox.fromDirectory(dir) });
  runtime.loadBundle();
  return runtime;
}

test('reply-all shows everyone but me, once, before the draft exists; the draft matches', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
  const preview = updatedCard(click(runtime, event, card, change, { mode: 'reply-all' }));
  const cc = previewLine(preview, 'Cc');
  expect(cc).toContain('Alex Kim');
  expect(cc.toLowerCase()).not.toContain('sam@northwind.example');
  expect(cc.toLowerCase().match(/ap@contoso\.example/g) ?? []).toHaveLength(1);
  click(runtime, event, preview, findButton(preview, 'Create draft'));
  const draft = runtime.mailbox.drafts.at(-1)!;
  expect(draft.bcc).toEqual([]);
  expect(draft.cc.join(' ').toLowerCase()).not.toContain('sam@northwind.example');
  expect(draft.cc.filter((c) => c.toLowerCase().includes('ap@contoso.example'))).toHaveLength(1);
});

test('changing the mode updates the preview in place', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
  expect(previewLine(card, 'Cc')).toBe('');
  const response = click(runtime, event, card, change, { mode: 'reply-all' }) as Json;
  expect(JSON.stringify(response)).toContain('updateCard');
  expect(previewLine(updatedCard(response), 'Cc')).toMatch(/Jordan Lee/);
});

test('Reply to list is offered for List-Post: mailto and reaches only the list', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'mailing-list-post.eml');
  expect(hasText(card, 'Reply to list')).toBe(true);
  const draft = createDraft(runtime, event, card, { mode: 'reply-list' }).draft!;
  expect(draft.to).toEqual(['support-leads@lists.northwind.example']);
  expect(draft.cc).toEqual([]);
});

test('List-Post: NO offers no list reply', async () => {
  const runtime = await fixtureRuntime();
  const { card } = openMessage(runtime, 'list-post-no.eml');
  expect(hasText(card, 'Reply to list')).toBe(false);
});

test('Reply-To different from From is where the reply goes, and the card says so', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'reply-to-differs-from-from.eml');
  expect(textsOf(card).join(' ')).toMatch(/Reply-To/);
  click(runtime, event, card, findButton(card, 'Create draft'));
  const message = runtime.mailbox.message(messageIdOf(runtime, 'reply-to-differs-from-from.eml'))!;
  expect(runtime.mailbox.drafts[0]!.to.join()).toContain(message.replyTo[0]!.address);
});

test('a reply to my own message goes to the person I wrote to, never to me', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'thread-billing-2-reply-from-me.eml');
  expect(previewLine(card, 'To')).toContain('priya.raman@contoso.example');
  click(runtime, event, card, findButton(card, 'Create draft'));
  const draft = runtime.mailbox.drafts[0]!;
  expect(draft.to.join()).toContain('priya.raman@contoso.example');
  expect(draft.to.join().toLowerCase()).not.toContain('sam@northwind.example');
  expect(draft.threadId).toBe(
    runtime.mailbox.message(messageIdOf(runtime, 'thread-billing-2-reply-from-me.eml'))!.threadId,
  );
});

test('added Cc and Bcc are validated: a non-address is named and dropped, the rest reach the draft', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'plain-text.eml');
  click(runtime, event, card, findButton(card, 'Create draft'), {
    cc: 'ops@northwind.example, not an address',
    bcc: 'Audit <audit@northwind.example>',
  });
  const draft = runtime.mailbox.drafts[0]!;
  expect(draft.cc).toEqual(['ops@northwind.example']);
  expect(draft.bcc).toEqual(['Audit <audit@northwind.example>']);
  const refreshed = updatedCard(click(runtime, event, card, change, { cc: 'not an address' }));
  expect(textsOf(refreshed).join(' ')).toContain('not an address');
});

test('a display name made of markup shows as text, never as a link', async () => {
  const runtime = await fixtureRuntime();
  const { card } = openMessage(runtime, 'display-names-tricky.eml');
  // Card text fields take HTML: the name must arrive escaped there (the header title is plain text).
  const htmlFields: string[] = [];
  JSON.stringify(card, (key, value) => {
    if (key === 'text' && typeof value === 'string') htmlFields.push(value);
    return value;
  });
  expect(htmlFields.join(' ')).not.toMatch(/<a /);
  const header = card.header as { title: string };
  expect(header.title).toContain('<a href="https://evil.example">Pay here</a>');
});

test('5,000 Cc: the preview shortens the list, and Create draft waits, naming Gmail’s limit of 50', async () => {
  const cc = Array.from({ length: 5000 }, (_, i) => `Person ${i} <p${i}@bulk.example>`).join(', ');
  const runtime = await runtimeOf({
    'bulk.eml': `From: Ana <ana@bulk.example>\r\nTo: sam@northwind.example\r\nCc: ${cc}\r\nSubject: Everyone\r\nMessage-ID: <bulk@x>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nHello all`,
  });
  const [message] = runtime.mailbox.messages();
  const event = messageEvent(runtime.mailbox, message!.id);
  const card = cardsOf(runtime.render('onGmailMessage', event))[0]!;
  const refreshed = updatedCard(click(runtime, event, card, change, { mode: 'reply-all' }));
  expect(previewLine(refreshed, 'Cc')).toMatch(/and 4995 more$/);
  expect(textsOf(refreshed).join(' ')).toContain(
    'This reply would go to 5,001 people, and Gmail allows at most 50 in one message. Remove some from Cc or Bcc, or choose Reply to answer the sender only.',
  );
  expect(findButton(refreshed, 'Create draft').disabled).toBe(true);
  // Reply to the sender only, as the warning suggests: a draft.
  const single = createDraft(runtime, event, refreshed, { mode: 'reply' });
  expect(single.draft?.to).toEqual(['Ana <ana@bulk.example>']);
  expect(runtime.mailbox.drafts).toHaveLength(1);
});

test('quote and inline images: the quoted HTML keeps its image, switched off there is no quote', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'inline-image-cid.eml');
  click(runtime, event, card, findButton(card, 'Create draft'));
  const quoted = runtime.mailbox.drafts[0]!;
  expect(quoted.html).toContain('class="gmail_quote"');
  expect(quoted.html).toContain('cid:nw-logo-16@northwind.example');
  expect(quoted.attachments).toEqual([
    expect.objectContaining({ inline: true, cid: 'nw-logo-16@northwind.example' }),
  ]);
  expect(quoted.text).toMatch(/^On .* wrote:$/m);
  click(runtime, event, card, findButton(card, 'Create draft'), { quote: [] });
  const bare = runtime.mailbox.drafts[1]!;
  expect(bare.html ?? '').not.toContain('gmail_quote');
  expect(bare.attachments).toEqual([]);
});

test('original attachments are carried only when asked, with their names and types', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'attachments-csv-and-pdf.eml');
  expect(hasText(card, 'Include the original attachments (2)')).toBe(true);
  click(runtime, event, card, findButton(card, 'Create draft'));
  expect(runtime.mailbox.drafts[0]!.attachments).toEqual([]);
  click(runtime, event, card, findButton(card, 'Create draft'), { attachments: ['on'] });
  expect(runtime.mailbox.drafts[1]!.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
    ['shipments-2026-03.csv', 'text/csv'],
    ['FL-26-0318.pdf', 'application/pdf'],
  ]);
});

test('attachments over 25 MB: no draft, and the card gives the sizes', async () => {
  const big = Buffer.alloc(26 * 1024 * 1024, 7)
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  const runtime = await runtimeOf({
    'big.eml': [
      'From: Ana <ana@x.example>',
      'To: sam@northwind.example',
      'Subject: Big file',
      'Message-ID: <big@x>',
      'Date: Mon, 2 Mar 2026 10:00:00 +0000',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'see attached',
      '--b',
      'Content-Type: application/octet-stream; name=big.bin',
      'Content-Disposition: attachment; filename=big.bin',
      'Content-Transfer-Encoding: base64',
      '',
      big,
      '--b--',
    ].join('\r\n'),
  });
  const [message] = runtime.mailbox.messages();
  const event = messageEvent(runtime.mailbox, message!.id);
  const card = cardsOf(runtime.render('onGmailMessage', event))[0]!;
  const refreshed = updatedCard(click(runtime, event, card, change, { attachments: ['on'] }));
  expect(textsOf(refreshed).join(' ')).toMatch(/26(\.0)? MB/);
  expect(findButton(refreshed, 'Create draft').disabled).toBe(true);
  // Pressed anyway (a stale card), the compose action makes nothing and says why in plain words.
  expect(() =>
    click(runtime, event, refreshed, { ...findButton(refreshed, 'Create draft'), disabled: false }),
  ).toThrow(/26(\.0)? MB/);
  expect(runtime.mailbox.drafts).toHaveLength(0);
});

test('Settings: my other addresses are left out of replies', async () => {
  const runtime = await fixtureRuntime();
  const { event } = openMessage(runtime, 'delivered-to-alias.eml');
  const settings = cardsOf(runtime.render('onSettings', event))[0]!;
  // sam+support@ is a +tag variant of my address: already mine, so not suggested.
  expect(hasText(settings, 'This message was delivered to')).toBe(false);
  const saved = click(runtime, event, settings, findButton(settings, 'Save'), {
    otherAddresses: 'sam.taylor@northwind.example',
  });
  expect(notificationOf(saved)).toMatch(/Saved/);
  const bad = click(runtime, event, settings, findButton(settings, 'Save'), {
    otherAddresses: 'not-an-address',
  });
  // Refused in place: the card comes back with what was typed and the reason, nothing lost.
  const refused = updatedCard(bad);
  expect(textsOf(refused)).toContain(
    'Not saved: “not-an-address” is not an email address. Correct or remove it, then Save.',
  );
  expect(formDefaultsOf(refused).otherAddresses).toEqual(['not-an-address']);
  const { event: e2, card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml');
  click(runtime, e2, card, findButton(card, 'Create draft'), { mode: 'reply-all' });
  expect(runtime.mailbox.drafts[0]!.cc.join().toLowerCase()).not.toContain('sam.taylor@northwind.example');
});

test('Settings suggests the address a message was delivered to when it is not known as mine', async () => {
  const runtime = await runtimeOf({
    'ops.eml':
      'From: Ana <ana@x.example>\r\nTo: ops@northwind.example\r\nDelivered-To: ops@northwind.example\r\nSubject: Hi\r\nMessage-ID: <ops@x>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nHello',
  });
  const [message] = runtime.mailbox.messages();
  const event = messageEvent(runtime.mailbox, message!.id);
  const settings = cardsOf(runtime.render('onSettings', event))[0]!;
  expect(fieldText(settings, 'This message was delivered to')).toBe('ops@northwind.example');
  const saved = updatedCard(click(runtime, event, settings, findButton(settings, 'Add as mine')));
  expect(hasText(saved, 'This message was delivered to')).toBe(false);
  const home = cardsOf(runtime.render('onSettings', homepageEvent()))[0]!;
  expect(JSON.stringify(formDefaultsOf(home))).toContain('ops@northwind.example');
});

test('an unnamed part does not shift which file is carried: each original travels under its own name', async () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const runtime = await runtimeOf({
    'mixed.eml': [
      'From: Ana <ana@x.example>',
      'To: sam@northwind.example',
      'Subject: Invoice',
      'Message-ID: <inv@x>',
      'Date: Mon, 2 Mar 2026 10:00:00 +0000',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'attached',
      '--b',
      'Content-Type: application/octet-stream',
      'Content-Transfer-Encoding: base64',
      '',
      b64('unnamed bytes'),
      '--b',
      'Content-Type: application/pdf; name=invoice.pdf',
      'Content-Disposition: attachment; filename=invoice.pdf',
      'Content-Transfer-Encoding: base64',
      '',
      b64('%PDF-1.4 invoice'),
      '--b--',
    ].join('\r\n'),
  });
  const [message] = runtime.mailbox.messages();
  const event = messageEvent(runtime.mailbox, message!.id);
  const card = cardsOf(runtime.render('onGmailMessage', event))[0]!;
  expect(hasText(card, 'Include the original attachments (2)')).toBe(true);
  click(runtime, event, card, findButton(card, 'Create draft'), { attachments: ['on'] });
  const carried = runtime.mailbox.drafts[0]!.attachments;
  expect(carried.find((a) => a.filename === 'invoice.pdf')).toEqual(
    expect.objectContaining({ mimeType: 'application/pdf', size: '%PDF-1.4 invoice'.length }),
  );
  expect(carried).toHaveLength(2);
});

test('a click that sends no inputs at all (every switch off, fields empty) is read as that, not as defaults', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'plain-text.eml');
  const bare = {
    ...event,
    commonEventObject: {
      ...(event.commonEventObject as Json),
      parameters: findButton(card, 'Create draft').parameters,
    },
  };
  runtime.render('dispatchAction', bare);
  expect(runtime.mailbox.drafts[0]!.html ?? '').not.toContain('gmail_quote');
});

test('a subject over the 250 characters the reply option takes: the draft is made, with the subject Gmail writes', async () => {
  const subject = `[Ticket 7] ${'Long subject words '.repeat(14)}`.trim(); // 276 characters, no prefix
  const runtime = await runtimeOf({
    'long.eml': `From: Ana <ana@contoso.example>\r\nTo: sam@northwind.example\r\nSubject: ${subject}\r\nMessage-ID: <long@x>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nHello`,
  });
  const [message] = runtime.mailbox.messages();
  const event = messageEvent(runtime.mailbox, message!.id);
  const card = cardsOf(runtime.render('onGmailMessage', event))[0]!;
  expect(previewLine(card, 'Subject')).toBe(`Re: ${subject}`);
  expect(textsOf(card).join(' ')).toContain(
    'longer than the 250 characters Threadsmith may set, so Gmail writes it',
  );
  const { draft } = createDraft(runtime, event, card);
  expect(draft?.subject).toBe(`Re: ${subject}`);
  expect(draft?.inReplyTo).toBe('<long@x>');
});

test('a Create draft pressed on a card drawn for another route makes nothing and says to refresh', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'mailing-list-post.eml');
  // The card was drawn for a reply; the mode sent with the click makes a standalone draft (the list).
  expect(() => click(runtime, event, card, findButton(card, 'Create draft'), { mode: 'reply-list' })).toThrow(
    'The reply changed since this card was drawn.',
  );
  expect(runtime.mailbox.drafts).toHaveLength(0);
});

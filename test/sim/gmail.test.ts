// The emulated GmailApp as the add-on meets it: threads as Gmail groups them, per-message access
// through the event's token, scope refusals, Apps Script's getter formats, and real reply drafts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { bigAttachmentMessage } from '../../bench/inputs';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { DRAFT_INFO, type DraftInfo, SCOPE } from '../../sim/services/context';
import { createGmailApp } from '../../sim/services/gmailApp';
import { createUtilities } from '../../sim/services/utilities';
import { eml, idOf, loadMailbox, MANIFEST_SCOPES, makeContext, writeMailbox } from './gmailContext';

const kickoff = {
  'a1.eml': eml([
    'From: "Alice Example" <alice@acme.example>',
    'To: Sam Taylor <sam@northwind.example>',
    'Cc: Bob <bob@acme.example>',
    'Subject: Project kickoff',
    'Date: Mon, 01 Jun 2026 09:00:00 +0000',
    'Message-ID: <a1@acme.example>',
  ]),
  'a2.eml': eml([
    'From: Sam Taylor <sam@northwind.example>',
    'To: "Alice Example" <alice@acme.example>',
    'Subject: Re: Project kickoff',
    'Date: Mon, 01 Jun 2026 10:00:00 +0000',
    'Message-ID: <a2@northwind.example>',
    'In-Reply-To: <a1@acme.example>',
    'References: <a1@acme.example>',
  ]),
  'a3.eml': eml([
    'From: "Alice Example" <alice@acme.example>',
    'Reply-To: Acme Projects <projects@acme.example>',
    'To: Sam Taylor <sam@northwind.example>, Carol <carol@acme.example>',
    'Cc: SAM@northwind.example, Bob <bob@acme.example>, "Doe, Jane" <jane@acme.example>',
    'Subject: RE: Project kickoff',
    'Date: Mon, 01 Jun 2026 11:00:00 +0000',
    'Message-ID: <a3@acme.example>',
    'In-Reply-To: <a2@northwind.example>',
    'References: <a1@acme.example>',
    ' <a2@northwind.example>',
  ]),
  'b1.eml': eml([
    'From: billing@vendor.example',
    'To: sam@northwind.example',
    'Subject: Invoice 42',
    'Date: Tue, 02 Jun 2026 09:00:00 +0000',
    'Message-ID: <b1@vendor.example>',
  ]),
  'b2.eml': eml([
    'From: billing@vendor.example',
    'To: sam@northwind.example',
    'Subject: Re: Invoice 42',
    'Date: Tue, 02 Jun 2026 12:00:00 +0000',
    'Message-ID: <b2@vendor.example>',
    'In-Reply-To: <b1@vendor.example>',
  ]),
  'c1.eml': eml([
    'From: finance@acme.example',
    'To: sam@northwind.example',
    'Subject: Budget',
    'Date: Wed, 03 Jun 2026 09:00:00 +0000',
    'Message-ID: <c1@acme.example>',
  ]),
  'c2.eml': eml([
    'From: finance@acme.example',
    'To: sam@northwind.example',
    'Subject: Re: Budget for Q3 (new numbers)',
    'Date: Wed, 03 Jun 2026 10:00:00 +0000',
    'Message-ID: <c2@acme.example>',
    'References: <c1@acme.example>',
  ]),
  'd.eml': eml([
    'From: someone@else.example',
    'To: sam@northwind.example',
    'Subject: Project kickoff',
    'Date: Thu, 04 Jun 2026 09:00:00 +0000',
  ]),
};

function threadFiles(mailbox: Mailbox): string[][] {
  return mailbox.threads().map((t) => t.messages.map((m) => m.file!.split('/').at(-1)!));
}

/** A GmailApp with the current message opened the way the add-on does it. */
function openAs(mailbox: Mailbox, file: string, scopes: readonly string[] = MANIFEST_SCOPES) {
  const ctx = makeContext(scopes);
  const gmail = createGmailApp(ctx, mailbox);
  const id = idOf(mailbox, file);
  gmail.setCurrentMessageAccessToken(mailbox.issueToken(id));
  return { ctx, gmail, message: gmail.getMessageById(id), id };
}

describe('threads', () => {
  test('messages group as Gmail groups them, newest thread first', async () => {
    const mailbox = await loadMailbox(kickoff);
    expect(threadFiles(mailbox)).toEqual([
      ['d.eml'], // same subject as the kickoff, but nothing links it
      ['c2.eml'], // references c1, but the subject changed: Gmail starts a new thread
      ['c1.eml'],
      ['b1.eml', 'b2.eml'], // In-Reply-To alone links them
      ['a1.eml', 'a2.eml', 'a3.eml'], // References chain, "RE:" counts as the same subject
    ]);
  });

  test("a thread's id is its earliest message's id and every message knows its thread", async () => {
    const mailbox = await loadMailbox(kickoff);
    const thread = mailbox.threads().find((t) => t.messages.length === 3)!;
    expect(thread.id).toBe(idOf(mailbox, 'a1.eml'));
    for (const m of thread.messages) expect(mailbox.message(m.id)?.threadId).toBe(thread.id);
  });

  test('ids are the same on every load and distinct for identical files', async () => {
    const files = { ...kickoff, 'a1-copy.eml': kickoff['a1.eml'] };
    const first = await loadMailbox(files);
    const second = await loadMailbox(files);
    const ids = (m: Mailbox) => m.messages().map((x) => `${x.file.split('/').at(-1)}=${x.id}`);
    expect(ids(second)).toEqual(ids(first));
    expect(idOf(first, 'a1.eml')).toMatch(/^[0-9a-f]{16}$/);
    expect(idOf(first, 'a1-copy.eml')).not.toBe(idOf(first, 'a1.eml'));
  });
});

describe('loading', () => {
  test('a file that is not an email is listed in failures and the rest still load', async () => {
    const mailbox = await loadMailbox({ ...kickoff, 'broken.eml': 'this is not an email at all\r\n' });
    expect(mailbox.failures).toEqual([
      { file: expect.stringMatching(/broken\.eml$/), error: expect.any(String) },
    ]);
    expect(mailbox.messages()).toHaveLength(8);
  });

  test('a missing directory and a directory without .eml files are refused with a reason', async () => {
    await expect(Mailbox.fromDirectory('/no/such/mailbox')).rejects.toThrow(/not found.*\/no\/such\/mailbox/);
    const empty = mkdtempSync(join(tmpdir(), 'threadsmith-empty-'));
    await expect(Mailbox.fromDirectory(empty)).rejects.toThrow(/No \.eml files/);
  });

  test('fromFiles loads just the given files', async () => {
    const dir = writeMailbox(kickoff);
    const mailbox = await Mailbox.fromFiles([join(dir, 'a1.eml'), join(dir, 'b1.eml')]);
    expect(mailbox.messages().map((m) => m.subject)).toEqual(['Project kickoff', 'Invoice 42']);
  });
});

describe('access', () => {
  test('nothing can be read before the access token is set', async () => {
    const mailbox = await loadMailbox(kickoff);
    const gmail = createGmailApp(makeContext(), mailbox);
    expect(() => gmail.getMessageById(idOf(mailbox, 'a1.eml'))).toThrow(
      'You do not have permission to call GmailApp.getMessageById. Required permissions: https://mail.google.com/',
    );
  });

  test('an unknown token is refused, and still nothing can be read', async () => {
    const mailbox = await loadMailbox(kickoff);
    const gmail = createGmailApp(makeContext(), mailbox);
    expect(() => gmail.setCurrentMessageAccessToken('forged-token')).toThrow('Invalid argument: accessToken');
    expect(() => gmail.getMessageById(idOf(mailbox, 'a1.eml'))).toThrow(/permission/);
  });

  test("a token opens its message and the rest of its thread, not another thread's message", async () => {
    const mailbox = await loadMailbox(kickoff);
    const { gmail, message } = openAs(mailbox, 'a3.eml');
    expect(message.getSubject()).toBe('RE: Project kickoff');
    expect(
      message
        .getThread()
        .getMessages()
        .map((m) => m.getSubject()),
    ).toEqual(['Project kickoff', 'Re: Project kickoff', 'RE: Project kickoff']);
    expect(gmail.getMessageById(idOf(mailbox, 'a1.eml')).getFrom()).toBe(
      'Alice Example <alice@acme.example>',
    );
    expect(() => gmail.getMessageById(idOf(mailbox, 'b1.eml'))).toThrow(/permission.*mail\.google\.com/);
    expect(() => gmail.getThreadById(idOf(mailbox, 'b1.eml'))).toThrow(/permission/);
  });

  test('with the metadata scope alone, the sender reads but the body does not', async () => {
    const scopes = MANIFEST_SCOPES.filter((s) => s !== SCOPE.currentMessageReadonly);
    const mailbox = await loadMailbox(kickoff);
    const { message } = openAs(mailbox, 'a1.eml', scopes);
    expect(message.getFrom()).toBe('Alice Example <alice@acme.example>');
    expect(() => message.getPlainBody()).toThrow(
      `GmailMessage.getPlainBody. Required permissions: ${SCOPE.currentMessageReadonly}`,
    );
  });

  test('a compose token allows a standalone draft but no reading', async () => {
    const mailbox = await loadMailbox(kickoff);
    const gmail = createGmailApp(makeContext(), mailbox);
    gmail.setCurrentMessageAccessToken(mailbox.issueComposeToken());
    expect(() => gmail.getMessageById(idOf(mailbox, 'a1.eml'))).toThrow(/permission/);
    const draft = gmail.createDraft('alice@acme.example', 'Hello', 'Body');
    expect(draft.getMessage().getTo()).toBe('alice@acme.example');
    expect(mailbox.drafts).toHaveLength(1);
  });

  test.each(['search', 'getInboxThreads', 'getAliases', 'sendEmail', 'getUserLabels', 'getDrafts'])(
    'GmailApp.%s is refused naming the full-mail scope',
    async (method) => {
      const mailbox = await loadMailbox(kickoff);
      const { gmail } = openAs(mailbox, 'a1.eml');
      const call = (gmail as unknown as Record<string, (...a: unknown[]) => unknown>)[method];
      expect(() => call('x')).toThrow(`GmailApp.${method}. Required permissions: https://mail.google.com/`);
    },
  );

  test('every call is counted in the ledger', async () => {
    const mailbox = await loadMailbox(kickoff);
    const { ctx, message } = openAs(mailbox, 'a1.eml');
    message.getSubject();
    message.getPlainBody();
    expect(ctx.ledger.entries.map((e) => `${e.service}.${e.method}`)).toEqual([
      'GmailApp.setCurrentMessageAccessToken',
      'GmailApp.getMessageById',
      'GmailMessage.getSubject',
      'GmailMessage.getPlainBody',
    ]);
  });
});

describe('message getters', () => {
  const encoded = {
    'utf8.eml': eml([
      'From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <j@muller.example>',
      'To: "Doe, Jane" <jane@acme.example>, sam@northwind.example',
      'Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=',
      'Date: Fri, 05 Jun 2026 08:30:00 +0200',
      'Message-ID: <u1@muller.example>',
      'X-Label: first',
      'X-Label: second',
      'X-Folded: one',
      '\ttwo',
    ]),
    'latin1.eml': eml([
      'From: =?ISO-8859-1?Q?Ren=E9_Lef=E8vre?= <rene@paris.example>',
      'To: sam@northwind.example',
      'Subject: =?ISO-8859-1?Q?D=E9j=E0_vu?=',
      'Date: Fri, 05 Jun 2026 09:30:00 +0200',
    ]),
    'eightbit.eml': Buffer.concat([
      Buffer.from('From: '),
      Buffer.from('Andr\xe9 <andre@old.example>', 'latin1'),
      Buffer.from('\r\nTo: sam@northwind.example\r\nSubject: '),
      Buffer.from('Caf\xe9 cr\xe8me', 'latin1'),
      Buffer.from('\r\nDate: Fri, 05 Jun 2026 10:30:00 +0000\r\n\r\nBody\r\n'),
    ]),
    'bare.eml': eml(['X-Note: no sender, date or subject'], 'Just a body.\r\n'),
  };

  test('encoded names and subjects come back decoded; names with specials stay quoted', async () => {
    const mailbox = await loadMailbox(encoded);
    const { message } = openAs(mailbox, 'utf8.eml');
    expect(message.getFrom()).toBe('Jürgen Müller <j@muller.example>');
    expect(message.getTo()).toBe('"Doe, Jane" <jane@acme.example>, sam@northwind.example');
    expect(message.getSubject()).toBe('Grüße aus Köln');
    expect(message.getDate().toISOString()).toBe('2026-06-05T06:30:00.000Z');
    expect(message.getCc()).toBe('');
    expect(message.getBcc()).toBe('');
    expect(message.getReplyTo()).toBe('');
  });

  test('ISO-8859-1 encoded words decode', async () => {
    const mailbox = await loadMailbox(encoded);
    const { message } = openAs(mailbox, 'latin1.eml');
    expect(message.getFrom()).toBe('René Lefèvre <rene@paris.example>');
    expect(message.getSubject()).toBe('Déjà vu');
  });

  test('raw 8-bit Latin-1 header bytes load and read as Latin-1', async () => {
    const mailbox = await loadMailbox(encoded);
    expect(mailbox.failures).toEqual([]);
    const { message } = openAs(mailbox, 'eightbit.eml');
    expect(message.getSubject()).toBe('Café crème');
    expect(message.getFrom()).toBe('André <andre@old.example>');
  });

  test('a message without From, Date or Subject answers with empty values and a date', async () => {
    const mailbox = await loadMailbox(encoded);
    const { message } = openAs(mailbox, 'bare.eml');
    expect(message.getFrom()).toBe('');
    expect(message.getSubject()).toBe('');
    expect(message.getTo()).toBe('');
    expect(message.getDate()).toBeInstanceOf(Date);
    expect(Number.isNaN(message.getDate().getTime())).toBe(false);
    expect(mailbox.message(idOf(mailbox, 'bare.eml'))?.date).toBeNull();
    expect(message.getPlainBody()).toBe('Just a body.\n');
  });

  test('getHeader gives the raw value of the first such header, unfolded', async () => {
    const mailbox = await loadMailbox(encoded);
    const { message, id } = openAs(mailbox, 'utf8.eml');
    expect(message.getHeader('Subject')).toBe('=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=');
    expect(message.getHeader('x-label')).toBe('first');
    expect(message.getHeader('X-Folded')).toBe('one\ttwo');
    expect(message.getHeader('X-Missing')).toBe('');
    const labels = mailbox
      .message(id)!
      .headers.filter((h) => h.name === 'X-Label')
      .map((h) => h.value);
    expect(labels).toEqual(['first', 'second']);
  });

  test('a text-only message has an HTML body of escaped text with line breaks', async () => {
    const mailbox = await loadMailbox({
      't.eml': eml(['From: a@x.example', 'Subject: t'], 'a < b\r\nnext line\r\n'),
    });
    const { message } = openAs(mailbox, 't.eml');
    expect(message.getBody()).toBe('a &lt; b<br>\nnext line<br>\n');
    expect(message.getRawContent()).toContain('Subject: t\r\n');
  });
});

describe('attachments', () => {
  const withFiles = eml(
    [
      'From: alice@acme.example',
      'To: sam@northwind.example',
      'Subject: Files',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="M"',
    ],
    [
      '--M',
      'Content-Type: multipart/related; boundary="R"',
      '',
      '--R',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>See <img src="cid:logo@acme"></p>',
      '--R',
      'Content-Type: image/png',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-ID: <logo@acme>',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from([137, 80, 78, 71]).toString('base64'),
      '--R--',
      '--M',
      'Content-Type: application/pdf; name="plan.pdf"',
      'Content-Disposition: attachment; filename="plan.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.4 plan').toString('base64'),
      '--M--',
      '',
    ].join('\r\n'),
  );

  test('attachments and inline images, filtered by the options', async () => {
    const mailbox = await loadMailbox({ 'files.eml': withFiles });
    const { message } = openAs(mailbox, 'files.eml');
    expect(message.getAttachments().map((a) => a.getName())).toEqual(['logo.png', 'plan.pdf']);
    const [pdf] = message.getAttachments({ includeInlineImages: false });
    expect(pdf.getName()).toBe('plan.pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getSize()).toBe(13);
    expect(pdf.getDataAsString()).toBe('%PDF-1.4 plan');
    const [logo] = message.getAttachments({ includeAttachments: false });
    expect(logo.getBytes()).toEqual([-119, 80, 78, 71]);
    const record = mailbox.message(idOf(mailbox, 'files.eml'))!;
    expect(record.attachments.map((a) => [a.filename, a.inline, a.contentId])).toEqual([
      ['logo.png', true, 'logo@acme'],
      ['plan.pdf', false, null],
    ]);
    expect(message.getPlainBody()).toBe('See');
  });
});

describe('a message with a 25 MB attachment', () => {
  test('is held whole: getRawContent returns the real source, on every call', async () => {
    const source = bigAttachmentMessage();
    const mailbox = await loadMailbox({ 'big.eml': source });
    const { message } = openAs(mailbox, 'big.eml');
    const raw = message.getRawContent();
    // 26,214,400 bytes in base64 are 34,952,536 characters; 459,902 lines of 76 add 459,901 CRLFs.
    expect(raw.length).toBeGreaterThan(34_952_536 + 2 * 459_901);
    // Compared with ===: a failing toBe would diff 35 MB.
    expect(raw === source).toBe(true);
    expect(message.getRawContent() === source).toBe(true);
    const [pdf] = message.getAttachments();
    expect([pdf!.getName(), pdf!.getContentType(), pdf!.getSize()]).toEqual([
      'site-survey-scans.pdf',
      'application/pdf',
      26_214_400,
    ]);
    expect(message.getPlainBody()).toBe(
      'Hi Sam, the scans from Tuesday are attached (one PDF, all 40 pages).\n\nLena',
    );
  });
});

describe('reply drafts', () => {
  async function draftFrom(file: string, all: boolean, body = 'Thanks!', options?: object) {
    const mailbox = await loadMailbox(kickoff);
    const { message, ctx } = openAs(mailbox, file);
    const draft = all
      ? message.createDraftReplyAll(body, options ?? {})
      : message.createDraftReply(body, options ?? {});
    const record = mailbox.drafts.at(-1)!;
    return { mailbox, draft, record, parsed: await PostalMime.parse(record.raw), ctx };
  }

  test('a reply goes to Reply-To when there is one, in the same thread, threaded by its headers', async () => {
    const { mailbox, draft, record, parsed } = await draftFrom('a3.eml', false);
    const parent = mailbox.message(idOf(mailbox, 'a3.eml'))!;
    expect(record.to).toEqual(['Acme Projects <projects@acme.example>']);
    expect(record.cc).toEqual([]);
    expect(record.threadId).toBe(parent.threadId);
    expect(record.subject).toBe('RE: Project kickoff');
    expect(parsed.inReplyTo).toBe('<a3@acme.example>');
    expect(parsed.references).toBe('<a1@acme.example> <a2@northwind.example> <a3@acme.example>');
    expect(parsed.messageId).toMatch(/^<.+@.+>$/);
    expect(parsed.messageId).not.toBe('<a3@acme.example>');
    expect(parsed.from).toEqual({ name: 'Sam Taylor', address: 'sam@northwind.example' });
    expect(parsed.text?.trim()).toBe('Thanks!');
    expect((draft as unknown as Record<symbol, DraftInfo>)[DRAFT_INFO]).toEqual({
      draftId: draft.getId(),
      threadId: parent.threadId,
      messageId: draft.getMessageId(),
      reply: true,
    });
    expect(draft.getMessage().isDraft()).toBe(true);
  });

  test('a reply without Reply-To goes to the sender and gets "Re: "', async () => {
    const { record } = await draftFrom('a1.eml', false);
    expect(record.to).toEqual(['Alice Example <alice@acme.example>']);
    expect(record.subject).toBe('Re: Project kickoff');
    expect(record.inReplyTo).toBe('<a1@acme.example>');
    expect(record.references).toEqual(['<a1@acme.example>']);
  });

  test('reply-all copies the other recipients, without the user and without repeats', async () => {
    const { record } = await draftFrom('a3.eml', true);
    expect(record.to).toEqual(['Acme Projects <projects@acme.example>']);
    expect(record.cc).toEqual([
      'Carol <carol@acme.example>',
      'Bob <bob@acme.example>',
      '"Doe, Jane" <jane@acme.example>',
    ]);
  });

  test('a parent with In-Reply-To but no References: References is that id plus the parent', async () => {
    const { record } = await draftFrom('b2.eml', false);
    expect(record.references).toEqual(['<b1@vendor.example>', '<b2@vendor.example>']);
  });

  test('a parent without Message-ID gives a draft without In-Reply-To or References', async () => {
    const { record, parsed } = await draftFrom('d.eml', false);
    expect(record.inReplyTo).toBeNull();
    expect(record.references).toEqual([]);
    expect(parsed.headers.map((h) => h.key)).not.toEqual(expect.arrayContaining(['in-reply-to']));
    expect(parsed.headers.map((h) => h.key)).not.toEqual(expect.arrayContaining(['references']));
  });

  test('cc, bcc, name, replyTo and subject options', async () => {
    const { record, parsed } = await draftFrom('a1.eml', false, 'Hi', {
      cc: 'Dan <dan@acme.example>, erin@acme.example',
      bcc: 'audit@northwind.example',
      name: 'Sam at Northwind',
      replyTo: 'team@northwind.example',
      subject: 'Kickoff notes',
      from: 'Sam@Northwind.example',
    });
    expect(record.cc).toEqual(['Dan <dan@acme.example>', 'erin@acme.example']);
    expect(record.bcc).toEqual(['audit@northwind.example']);
    expect(record.subject).toBe('Kickoff notes');
    expect(parsed.from?.name).toBe('Sam at Northwind');
    expect(parsed.replyTo).toEqual([{ name: '', address: 'team@northwind.example' }]);
    expect(parsed.bcc).toEqual([{ name: '', address: 'audit@northwind.example' }]);
  });

  test('htmlBody makes multipart/alternative with both parts', async () => {
    const { record, parsed } = await draftFrom('a1.eml', false, 'Thanks, Alice', {
      htmlBody: '<p>Thanks, <b>Alice</b></p>',
    });
    expect(parsed.headers.find((h) => h.key === 'content-type')?.value).toMatch(/^multipart\/alternative/);
    expect(parsed.text?.trim()).toBe('Thanks, Alice');
    expect(parsed.html?.trim()).toBe('<p>Thanks, <b>Alice</b></p>');
    expect(record.html).toBe('<p>Thanks, <b>Alice</b></p>');
  });

  test('attachments and inline images end up in the MIME source', async () => {
    const mailbox = await loadMailbox(kickoff);
    const { message, ctx } = openAs(mailbox, 'a1.eml');
    const utilities = createUtilities(ctx);
    const notes = utilities.newBlob('meeting notes', 'text/plain', 'notes.txt');
    const logo = utilities.newBlob([-119, 80, 78, 71], 'image/png', 'logo.png');
    message.createDraftReply('See attached', {
      htmlBody: '<p>See <img src="cid:logo"></p>',
      attachments: [notes as unknown as GoogleAppsScript.Base.BlobSource],
      inlineImages: { logo: logo as unknown as GoogleAppsScript.Base.BlobSource },
    });
    const record = mailbox.drafts.at(-1)!;
    expect(record.attachments).toEqual([
      { filename: 'notes.txt', mimeType: 'text/plain', size: 13, inline: false, cid: null },
      { filename: 'logo.png', mimeType: 'image/png', size: 4, inline: true, cid: 'logo' },
    ]);
    const parsed = await PostalMime.parse(record.raw);
    const byName = Object.fromEntries(parsed.attachments.map((a) => [a.filename, a]));
    expect(Buffer.from(byName['notes.txt'].content as ArrayBuffer).toString()).toBe('meeting notes');
    expect(byName['logo.png'].contentId).toBe('<logo>');
    expect([...new Uint8Array(byName['logo.png'].content as ArrayBuffer)]).toEqual([137, 80, 78, 71]);
    expect(record.raw).toMatch(/multipart\/related/);
  });

  test('an attachment of the message can be attached to the reply', async () => {
    const mailbox = await loadMailbox(kickoff);
    const { message } = openAs(mailbox, 'a1.eml');
    const notes = createUtilities(makeContext()).newBlob('x', 'text/plain', 'x.txt');
    const draft = message.createDraftReply('', {
      attachments: [notes as unknown as GoogleAppsScript.Base.BlobSource],
    });
    expect(
      draft
        .getMessage()
        .getAttachments()
        .map((a) => a.getName()),
    ).toEqual(['x.txt']);
  });

  test('the thread replies to its last message, and the draft joins the thread', async () => {
    const mailbox = await loadMailbox(kickoff);
    const { message } = openAs(mailbox, 'a1.eml');
    const thread = message.getThread();
    thread.createDraftReply('On it');
    expect(mailbox.drafts.at(-1)?.inReplyTo).toBe('<a3@acme.example>');
    expect(thread.getMessageCount()).toBe(4);
    expect(thread.getMessages().at(-1)?.isDraft()).toBe(true);
  });

  test.each([
    [{ colour: 'blue' }, 'Invalid argument: colour'],
    [{ from: 'boss@northwind.example' }, 'Invalid argument: from'],
    [{ cc: 'not an address' }, 'Invalid email'],
  ])('option %j is refused', async (options, message) => {
    const mailbox = await loadMailbox(kickoff);
    const { message: parent } = openAs(mailbox, 'a1.eml');
    expect(() => parent.createDraftReply('Hi', options as object)).toThrow(message);
    expect(mailbox.drafts).toEqual([]);
  });

  test('the body must be a string', async () => {
    const mailbox = await loadMailbox(kickoff);
    const { message } = openAs(mailbox, 'a1.eml');
    expect(() => (message.createDraftReply as (b: unknown) => unknown)(42)).toThrow(
      "The parameters (number) don't match the method signature for GmailMessage.createDraftReply.",
    );
  });

  test('without the compose scope, no draft', async () => {
    const mailbox = await loadMailbox(kickoff);
    const scopes = MANIFEST_SCOPES.filter((s) => s !== SCOPE.currentActionCompose);
    const { message } = openAs(mailbox, 'a1.eml', scopes);
    expect(() => message.createDraftReply('Hi')).toThrow(
      `Required permissions: ${SCOPE.currentActionCompose}`,
    );
  });
});

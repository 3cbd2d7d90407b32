// The CLI's `plan` and `draft`: the message card's "The draft" as shown, the kind of draft its Create
// draft button makes, and the draft that button makes with the choices made on the card.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftCommand, planCommand } from '../../sim/cli/commands';
import { FIXTURES } from '../support/harness';

const dir = mkdtempSync(join(tmpdir(), 'ts-cli-reply-'));

function eml(name: string, headers: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [...headers, 'Date: Mon, 2 Mar 2026 10:00:00 +0000', '', 'Hello.', ''].join('\r\n'));
  return path;
}

const fixture = (name: string) => join(FIXTURES, name);
const replyAll = fixture('reply-all-cc-duplicates-and-bcc.eml');

test('plan shows what the card shows: recipients, subject, warnings, the kind of draft', async () => {
  const plan = await planCommand({ eml: replyAll, mode: 'reply-all' });
  expect(plan).toEqual({
    to: ['Priya Raman <priya.raman@contoso.example>'],
    cc: [
      'Jordan Lee <jordan.lee@northwind.example>',
      '"Okafor, Chidi" <chidi.okafor@contoso.example>',
      'Alex Kim <Alex.Kim@Northwind.example>',
      'Accounts Payable <ap@contoso.example>',
      'Sam Taylor <Sam.Taylor@northwind.example>',
    ],
    bcc: [],
    subject: 'Re: Onboarding call for the Leeds warehouse',
    warnings: [
      { message: '3 external recipients (outside northwind.example).', blocking: false, tier: 'info' },
    ],
    route: 'reply',
    blocked: false,
  });
  // The card's plan is the draft its button makes.
  const draft = await draftCommand({ eml: replyAll, mode: 'reply-all' });
  expect([draft.to, draft.cc, draft.bcc, draft.subject]).toEqual([plan.to, plan.cc, plan.bcc, plan.subject]);
  expect(draft.inReplyTo).toBe('<20260317102033.3c8e01.priya.raman@mail.contoso.example>');
});

test('the route is the Create draft button’s ComposedEmailType', async () => {
  const plan = await planCommand({ eml: fixture('reply-to-is-me.eml') });
  expect(plan.route).toBe('standalone');
  expect(plan.warnings.map((w) => w.message).join(' ')).toMatch(/starts a new conversation/);
  const draft = await draftCommand({ eml: fixture('reply-to-is-me.eml') });
  expect(draft.inReplyTo).toBe('');
  expect(await planCommand({ eml: fixture('plain-text.eml') })).toMatchObject({ route: 'reply' });
});

test('a mode the card does not offer is an error naming those it does', async () => {
  await expect(planCommand({ eml: fixture('plain-text.eml'), mode: 'reply-all' })).rejects.toThrow(
    'mode "reply-all" is not offered for this message (offered: reply)',
  );
  await expect(draftCommand({ eml: replyAll, mode: 'reply-list' })).rejects.toThrow(
    /not offered for this message \(offered: reply, reply-all\)/,
  );
});

test('--no-quote turns the card’s quote switch off; the quote is on otherwise', async () => {
  const quoted = await draftCommand({ eml: fixture('plain-text.eml') });
  expect(quoted.text).toMatch(/wrote:\n\n> Hi Sam,/);
  const bare = await draftCommand({ eml: fixture('plain-text.eml'), 'no-quote': true });
  expect(bare.text).not.toMatch(/wrote:/);
  expect(bare.html).not.toMatch(/gmail_quote/);
});

test('--cc and --bcc are typed into the card; --attachments needs the switch the card shows', async () => {
  const plan = await planCommand({
    eml: fixture('plain-text.eml'),
    cc: 'lead@northwind.example',
    bcc: 'Archive <archive@northwind.example>',
  });
  expect(plan.cc).toEqual(['lead@northwind.example']);
  expect(plan.bcc).toEqual(['Archive <archive@northwind.example>']);
  await expect(draftCommand({ eml: fixture('plain-text.eml'), attachments: true })).rejects.toThrow(
    '--attachments: the message has no attachments to include',
  );
  const draft = await draftCommand({ eml: fixture('attachments-csv-and-pdf.eml'), attachments: true });
  expect(draft.attachments.length).toBeGreaterThan(0);
});

test('a plan with nobody to send to: the card says why and disables Create draft', async () => {
  const toSelf = eml('to-self.eml', [
    'From: Sam Taylor <sam@northwind.example>',
    'To: Sam Taylor <sam@northwind.example>',
    'Subject: Note to self',
    'Message-ID: <self@northwind.example>',
  ]);
  const plan = await planCommand({ eml: toSelf });
  expect(plan.blocked).toBe(true);
  const blocking = plan.warnings.filter((w) => w.blocking);
  expect(blocking.length).toBeGreaterThan(0);
  await expect(draftCommand({ eml: toSelf })).rejects.toThrow(`no draft: ${blocking[0]!.message}`);
});

test('a line the card shortens says how many it leaves out', async () => {
  const many = eml('many.eml', [
    'From: Ana Ruiz <ana.ruiz@contoso.example>',
    'To: Sam Taylor <sam@northwind.example>',
    `Cc: ${[1, 2, 3, 4, 5, 6, 7].map((n) => `p${n}@contoso.example`).join(', ')}`,
    'Subject: Many people',
    'Message-ID: <many@contoso.example>',
  ]);
  const plan = await planCommand({ eml: many, mode: 'reply-all' });
  expect(plan.cc).toEqual([1, 2, 3, 4, 5].map((n) => `p${n}@contoso.example`));
  expect(plan.more).toEqual({ cc: 2 });
  const draft = await draftCommand({ eml: many, mode: 'reply-all' });
  expect(draft.cc).toHaveLength(7);
});

test('--aliases are saved through Settings: the reply leaves those addresses out, bad ones are refused', async () => {
  const toAlias = eml('to-alias.eml', [
    'From: Ana Ruiz <ana.ruiz@contoso.example>',
    'To: Sam <sam.t@northwind-old.example>',
    'Cc: Jordan Lee <jordan.lee@northwind.example>',
    'Subject: Old address',
    'Message-ID: <alias@contoso.example>',
  ]);
  const without = await planCommand({ eml: toAlias, mode: 'reply-all' });
  expect(without.cc).toContain('Sam <sam.t@northwind-old.example>');
  const withAlias = await planCommand({
    eml: toAlias,
    mode: 'reply-all',
    aliases: 'sam.t@northwind-old.example',
  });
  expect(withAlias.cc).toEqual(['Jordan Lee <jordan.lee@northwind.example>']);
  await expect(planCommand({ eml: toAlias, aliases: 'not an address' })).rejects.toThrow(
    /^--aliases: .*not an address/,
  );
});

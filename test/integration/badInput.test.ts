// Mail as it really arrives: every fixture (malformed, duplicated and 8-bit headers, no Message-ID, From,
// Date or Subject, empty and HTML-only bodies) and a 1 MB message get a card and, when there is someone
// to reply to, a threaded draft. Nothing throws; nothing the user typed or received is lost.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { Runtime } from '../../sim/sandbox';
import { buttonsOf, cardsOf, findButton, hasText } from '../../sim/testing/cardQuery';
import { messageEvent } from '../../sim/testing/events';
import { click, FIXTURES, fixtureRuntime, openMessage } from '../support/harness';

const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.eml'));

test.each(files)('%s opens to a card and, when it has a sender, a reply draft', async (file) => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, file);
  if (card.name === 'error') {
    expect(hasText(card, 'nobody to reply to')).toBe(true);
    return;
  }
  const response = click(runtime, event, card, findButton(card, 'Create draft')) as Record<string, unknown>;
  expect(JSON.stringify(response)).toContain('openCreatedDraftActionMarkup');
  expect(runtime.mailbox.drafts).toHaveLength(1);
});

test('a 1 MB message opens and gets a reply draft', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ts-big-'));
  const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n';
  const body = line.repeat(Math.ceil((1024 * 1024) / line.length));
  writeFileSync(
    join(dir, 'big.eml'),
    `From: Big Sender <big@example.com>\r\nTo: sam@northwind.example\r\nSubject: Large\r\nMessage-ID: <big@example.com>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n${body}`,
  );
  const mailbox = await Mailbox.fromDirectory(dir);
  const runtime = new Runtime({ mailbox });
  runtime.loadBundle();
  const [message] = mailbox.messages();
  const event = messageEvent(mailbox, message!.id);
  const card = cardsOf(runtime.render('onGmailMessage', event))[0]!;
  expect(hasText(card, 'big@example.com')).toBe(true);
  click(runtime, event, card, buttonsOf(card).find((b) => b.text === 'Create draft')!);
  expect(mailbox.drafts[0]?.inReplyTo).toBe('<big@example.com>');
});

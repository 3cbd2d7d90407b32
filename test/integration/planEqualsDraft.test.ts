// The preview is the draft: for every fixture and every corpus message, and every reply mode offered,
// the plan computed from src/ equals the headers of the draft the built bundle makes in the emulator.
// The same walk is the corpus conformance check of the first reply path.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { Runtime } from '../../sim/sandbox';
import { cardsOf, fieldText, textsOf } from '../../sim/testing/cardQuery';
import { actionEvent, messageEvent } from '../../sim/testing/events';
import { choicesFrom, planReply, replyContext } from '../../src/handlers/message/reply';
import { parseAddresses } from '../../src/mail';
import { corpusMessages, countReplyPrefixes } from '../support/corpus';
import { createDraft, FIXTURES } from '../support/harness';
import { READING, readingFiles } from '../support/reading';

/** The addresses a card line names ("Ana <a@x>, b@y"); quoted names (`"Team <spy@x>," <t@y>`) are names. */
const shownEmails = (line: string) =>
  (line.replace(/"(?:[^"\\]|\\.)*"(?=\s*<)/g, '').match(/("[^"]*"|[^\s<>,"]+)@[^\s<>,"]+/g) ?? [])
    .map((e) => e.toLowerCase())
    .sort();

const emails = (list: string[]) =>
  list.flatMap((s) => parseAddresses(s).addresses.map((a) => a.email.toLowerCase())).sort();

interface Outcome {
  modes: number;
  /** A message with no sender to reply to: the card says so and no draft is made. */
  noSender: boolean;
}

/** Open the message, then for each offered mode compare the plan with the draft the bundle makes. */
function checkMessage(runtime: Runtime, messageId: string): Outcome {
  const opened = messageEvent(runtime.mailbox, messageId);
  const card = cardsOf(runtime.render('onGmailMessage', opened))[0]!;
  const parent = runtime.mailbox.message(messageId)!;
  // Every charset decodes: no card shows an encoded word as written (`=?gb2312?B?…?=`).
  expect(textsOf(card).join('\n')).not.toMatch(/=\?[^?\s]+\?[bq]\?[^?\s]*\?=/i);
  if (card.name === 'error') {
    // Only a message without a usable sender may end here, and the card says so.
    expect(textsOf(card).join(' ')).toContain('nobody to reply to');
    return { modes: 0, noSender: true };
  }
  const modes = runtime.withServices(() => replyContext(opened).modes);
  for (const mode of modes) {
    const event = actionEvent(opened, { action: 'draftReply' }, { mode, quote: ['on'], cc: '', bcc: '' });
    // The plan carries its route (how the one draft write is made).
    const plan = runtime.withServices(() => {
      const ctx = replyContext(event);
      return planReply(ctx, choicesFrom(event, ctx.modes));
    });
    const { route } = plan;
    // The mode picked on the card (which re-plans it, as the user sees it before clicking), then its
    // "Create draft", disabled exactly when the plan is blocked.
    const made = createDraft(runtime, opened, card, { mode, quote: ['on'], cc: '', bcc: '' });
    const preview = ((made.card as { sections: { header?: string }[] }).sections ?? []).find(
      (section) => section.header === 'The draft',
    );
    const draft = made.draft;
    if (plan.warnings.some((w) => w.blocking)) {
      expect(made.disabled).toBe(true);
      continue;
    }
    expect(draft).toBeDefined();
    if (!draft) continue;
    expect({ mode, to: emails(draft.to), cc: emails(draft.cc), bcc: emails(draft.bcc) }).toEqual({
      mode,
      to: plan.to.map((a) => a.email.toLowerCase()).sort(),
      cc: plan.cc.map((a) => a.email.toLowerCase()).sort(),
      bcc: plan.bcc.map((a) => a.email.toLowerCase()).sort(),
    });
    expect(draft.subject).toBe(plan.subject);
    // The card's preview names the same people (lists of up to five are shown whole) and subject.
    expect(fieldText(preview, 'Subject')).toBe(draft.subject);
    for (const [label, list] of [
      ['To', draft.to],
      ['Cc', draft.cc],
      ['Bcc', draft.bcc],
    ] as const) {
      const line = fieldText(preview, label);
      if (list.length > 5) expect(line).toMatch(new RegExp(`and ${list.length - 5} more$`));
      else expect(shownEmails(line)).toEqual(emails(list));
    }
    expect(draft.inReplyTo ?? '').toBe(plan.inReplyTo);
    expect(draft.references).toEqual(plan.references);
    expect(countReplyPrefixes(draft.subject)).toBe(1);
    if (route.kind === 'reply' && route.messageId === messageId) {
      expect(draft.threadId).toBe(parent.threadId);
      if (parent.messageId) {
        expect(draft.inReplyTo).toBe(parent.messageId);
        expect(draft.references.at(-1)).toBe(parent.messageId);
      }
    }
    expect(draft.text.includes('{{') || draft.text.includes('{%')).toBe(false);
  }
  return { modes: modes.length, noSender: false };
}

test('every fixture: the draft is the plan, for every mode offered', async () => {
  const mailbox = await Mailbox.fromDirectory(FIXTURES);
  const runtime = new Runtime({ mailbox });
  runtime.loadBundle();
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.eml'));
  let checked = 0;
  for (const file of files) {
    const message = mailbox.messages().find((m) => m.file === join(FIXTURES, file))!;
    checked += checkMessage(runtime, message.id).modes;
  }
  expect(checked).toBeGreaterThan(files.length);
});

test('every reading fixture (attacks, charsets, attachment names): the draft is the plan', async () => {
  const mailbox = await Mailbox.fromDirectory(READING);
  const runtime = new Runtime({ mailbox });
  runtime.loadBundle();
  let checked = 0;
  for (const message of mailbox.messages()) checked += checkMessage(runtime, message.id).modes;
  expect(mailbox.messages()).toHaveLength(readingFiles.length);
  expect(checked).toBeGreaterThanOrEqual(readingFiles.length);
});

const corpus = corpusMessages();
const describeCorpus = corpus.length > 0 ? describe : describe.skip;

describeCorpus('corpus conformance (../shared/corpora)', () => {
  test.each(corpus.map((c) => [c.file, c.path]))('%s', async (_file, path) => {
    const mailbox = await Mailbox.fromFiles([path]);
    const failure = mailbox.failures[0];
    if (failure) {
      // Not mail at all (no header block): the preview lists it as unreadable; nothing to reply to.
      expect(mailbox.messages()).toHaveLength(0);
      return;
    }
    const runtime = new Runtime({ mailbox });
    runtime.loadBundle();
    const [message] = mailbox.messages();
    checkMessage(runtime, message!.id);
  });
});

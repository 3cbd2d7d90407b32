// The built bundle in the emulator on every reading fixture, as a user would meet them: the card names the
// real sender and shows no encoded word or control character; the reply draft reaches exactly the people
// expected.json names (written by hand), with the subject changed only by its prefix; a follow-up to my own
// message answers the real earlier message, not a forgery; the original attachments are all carried.

import { parseAddressHeader } from '../../sim/mailbox/addresses';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { Runtime } from '../../sim/sandbox';
import { cardsOf, textsOf } from '../../sim/testing/cardQuery';
import { messageEvent } from '../../sim/testing/events';
import { createDraft, messageIdOf } from '../support/harness';
import { READING, readingExpectations, readingFiles } from '../support/reading';

let runtime: Runtime;
beforeAll(async () => {
  runtime = new Runtime({ mailbox: await Mailbox.fromDirectory(READING) });
  runtime.loadBundle();
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that must not appear.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ENCODED_WORD = /=\?[^?\s]+\?[bq]\?/i;

/** Addresses of draft header values, read by the emulator's parser (not the add-on's). */
const emails = (values: string[]) =>
  values.flatMap((v) => parseAddressHeader(v).map((a) => a.address.toLowerCase())).sort();
const lower = (list: string[]) => list.map((e) => e.toLowerCase()).sort();

function open(file: string) {
  const event = messageEvent(runtime.mailbox, messageIdOf(runtime, file));
  const card = cardsOf(runtime.render('onGmailMessage', event))[0]!;
  return { event, card };
}

function draft(file: string, form: Record<string, string | string[]>) {
  const { event, card } = open(file);
  const made = createDraft(runtime, event, card, { quote: ['on'], cc: '', bcc: '', ...form }).draft;
  if (!made) throw new Error(`no draft for ${file}`);
  return made;
}

describe.each(readingFiles)('%s', (file) => {
  const expected = readingExpectations[file]!;

  test('the card names the real sender and shows nothing encoded or hidden', () => {
    const { card } = open(file);
    const texts = textsOf(card);
    const text = texts.join('\n');
    expect(text).not.toMatch(ENCODED_WORD);
    // The one bidi control a card may show is the add-on's own: a first-strong isolate around a whole
    // right-to-left text (U+2068 … U+2069, cards having no dir attribute). Nothing from the message.
    const isolated = texts.map((t) => t.replace(/^\u2068([^\u2066-\u2069]*)\u2069$/, '$1'));
    for (const t of isolated) expect(t).not.toMatch(UNSAFE);
    const rtl = texts.filter((t) => /[\u0590-\u08ff]/.test(t) && !/[A-Za-z]/.test(t.replace(/&\w+;/g, '')));
    for (const t of rtl) expect(t).toMatch(/^\u2068[^\u2066-\u2069]*\u2069$/);
    for (const person of expected.from) expect(text).toContain(person.email);
  });

  test('the reply reaches the people Gmail reads, with only a reply prefix added', () => {
    const reply = draft(file, { mode: 'reply' });
    const to = expected.reply?.to ?? expected.from.map((p) => p.email);
    expect(emails(reply.to)).toEqual(lower(to));
    expect(reply.bcc).toEqual(expected.reply?.bcc ?? []);
    expect(reply.subject).not.toMatch(ENCODED_WORD);
    expect(reply.subject).not.toMatch(UNSAFE);
    if (expected.reply?.subject) expect(reply.subject).toBe(expected.reply.subject);
    if (file.startsWith('charset-') || file.startsWith('attach-')) {
      expect(reply.subject).toBe(`Re: ${expected.subject}`);
      // The quote's attribution names the sender as decoded, in both parts.
      const name = expected.from[0]!.name;
      expect(reply.text).toContain(`${name} <${expected.from[0]!.email}> wrote:`);
      expect(reply.html).toContain(name);
    }
    for (const part of [reply.text, reply.html ?? '']) expect(part).not.toMatch(ENCODED_WORD);
  });

  if (expected.reply?.replyAllCc.length) {
    test('reply all adds exactly the Cc expected', () => {
      const all = draft(file, { mode: 'reply-all' });
      expect(emails(all.to)).toEqual(lower(expected.reply!.to));
      expect(emails(all.cc)).toEqual(lower(expected.reply!.replyAllCc));
      expect(all.bcc).toEqual([]);
    });
  }

  if (expected.reply?.repliesTo) {
    test('the follow-up answers the real earlier message, not the forgery', () => {
      const answered = runtime.mailbox.message(messageIdOf(runtime, expected.reply!.repliesTo!))!;
      expect(draft(file, { mode: 'reply' }).inReplyTo).toBe(answered.messageId);
    });
  }

  if (expected.attachments) {
    test('"Include the original attachments" carries every one', () => {
      const carried = draft(file, { mode: 'reply', attachments: ['on'] }).attachments;
      expect(carried.filter((a) => !a.inline).map((a) => a.filename)).toEqual(
        expected.attachmentsWithoutInline ?? expected.attachments,
      );
    });
  }
});

describe('when Gmail lists the attachments differently from the raw source', () => {
  const FILE = 'attach-rfc2047-name.eml'; // 'Angebot Müller – 2026.pdf', 'Preisliste März.csv'
  let gmail: Runtime;
  beforeEach(async () => {
    gmail = new Runtime({ mailbox: await Mailbox.fromDirectory(READING) });
    gmail.loadBundle();
  });
  const listed = () => gmail.mailbox.message(messageIdOf(gmail, FILE))!.attachments;

  /** The card with "Include the original attachments" switched on, and the draft it makes. */
  function withAttachments() {
    const event = messageEvent(gmail.mailbox, messageIdOf(gmail, FILE));
    const card = cardsOf(gmail.render('onGmailMessage', event))[0]!;
    const form = { mode: 'reply', quote: ['on'], attachments: ['on'], cc: '', bcc: '' };
    return createDraft(gmail, event, card, form);
  }

  test('a file Gmail names otherwise, in a list as long as ours, is carried by its position', () => {
    listed()[0]!.filename = 'Angebot.pdf';
    const { draft } = withAttachments();
    expect(draft?.attachments.map((a) => a.filename)).toEqual(['Angebot.pdf', 'Preisliste März.csv']);
  });

  test('a file Gmail no longer lists is named on the card, and the draft goes without it', () => {
    listed().splice(0, 1);
    const { card, draft } = withAttachments();
    expect(textsOf(card).join('\n')).toContain(
      'Gmail no longer lists “Angebot Müller – 2026.pdf” on this message, so the draft goes without it.',
    );
    expect(draft?.attachments.map((a) => a.filename)).toEqual(['Preisliste März.csv']);
  });
});

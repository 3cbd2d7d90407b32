// The emulator's GmailMessage getters on the reading fixtures give what expected.json says Gmail gives:
// mailboxes parsed before names are decoded, every charset decoded through Java's charsets, attachment
// names from RFC 2231 and RFC 2047, the plain body in its charset.

import { Mailbox } from '../../sim/mailbox/mailbox';
import { createGmailApp } from '../../sim/services/gmailApp';
import { type Person, READING, readingExpectations, readingFiles } from '../support/reading';
import { idOf, makeContext } from './gmailContext';

let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await Mailbox.fromDirectory(READING);
});

function open(file: string) {
  const gmail = createGmailApp(makeContext(), mailbox);
  const id = idOf(mailbox, file);
  gmail.setCurrentMessageAccessToken(mailbox.issueToken(id));
  return gmail.getMessageById(id);
}

const emailsOf = (list: Person[]) => list.map((p) => p.email);

test('every reading fixture loads', () => {
  expect(mailbox.failures).toEqual([]);
  expect(mailbox.messages()).toHaveLength(readingFiles.length);
});

describe.each(readingFiles)('%s', (file) => {
  const expected = readingExpectations[file]!;

  test('getSubject, the mailboxes and getPlainBody', () => {
    const message = open(file);
    const record = mailbox.message(idOf(mailbox, file))!;
    expect(message.getSubject()).toBe(expected.subject);
    expect(record.authors.map((a) => a.address)).toEqual(emailsOf(expected.from));
    expect(record.authors.map((a) => a.name)).toEqual(
      // The emulator ignores an encoded word glued after the angle address (expected.json's reading).
      expected.from.map((p) => p.name),
    );
    expect(record.to.map((a) => a.address)).toEqual(emailsOf(expected.to));
    expect(record.cc.map((a) => a.address)).toEqual(emailsOf(expected.cc));
    expect(record.replyTo.map((a) => a.address)).toEqual(emailsOf(expected.replyTo));
    if (expected.bodyText !== undefined) {
      expect(message.getPlainBody().replace(/\r\n/g, '\n').trim()).toBe(expected.bodyText);
    }
  });

  if (expected.attachments) {
    test('getAttachments names', () => {
      const message = open(file);
      expect(message.getAttachments().map((a) => a.getName())).toEqual(expected.attachments);
      expect(message.getAttachments({ includeInlineImages: false }).map((a) => a.getName())).toEqual(
        expected.attachmentsWithoutInline ?? expected.attachments,
      );
    });
  }
});

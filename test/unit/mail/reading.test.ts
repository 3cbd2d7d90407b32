// Every reading fixture becomes the snapshot a person would expect: the mailboxes Gmail reads (parsed
// before names are decoded), the subject and attachment names decoded from every charset, and no control
// or bidi character left in anything a card or a draft header shows. Expected values are expected.json's,
// written by hand; where the snapshot cleans what Gmail's getters return, the cleaned value is written here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHeaderBytes } from '../../../sim/mailbox/mime';
import { displayName } from '../../../src/mail/address';
import { snapshotOf } from '../../../src/mail/snapshot';
import type { MessageSnapshot } from '../../../src/mail/types';
import { nodeDecode } from '../../support/charsets';
import { type Person, READING, readingExpectations, readingFiles } from '../../support/reading';

function read(file: string): MessageSnapshot {
  // getRawContent's text, as the emulator (and Gmail) hand it over.
  const raw = decodeHeaderBytes(readFileSync(join(READING, file))).text;
  const facts = {
    id: file,
    threadId: 't',
    receivedAt: () => 0,
    bodies: { text: () => '', html: () => '', decode: () => null },
    threadCount: 1,
  };
  return snapshotOf(raw, facts, nodeDecode);
}

const people = (list: Person[]) => list.map(({ name, email }) => ({ name, email }));

/** What the snapshot shows where Gmail's getter returns control or bidi characters: written by hand. */
const CLEANED: Record<string, { from?: Person[]; subject?: string }> = {
  'attack-crlf-in-encoded-word.eml': {
    from: [{ name: 'Eve Bcc: x@evil.example', email: 'eve@evil.example' }],
    subject: 'Hello Bcc: x@evil.example',
  },
  'attack-nul-and-c0-in-name.eml': {
    from: [{ name: 'Billing Dept[31m', email: 'billing@vendor.example' }],
  },
  'bidi-in-name-and-subject.eml': {
    from: [{ name: 'Accounts tnuocca', email: 'accounts@vendor.example' }],
    subject: 'Invoice fdp.exe paid',
  },
  // The encoded word glued after the angle address stays part of the name (looseMailbox): the address,
  // which is what the reply uses, is the one in the brackets.
  'attack-mailsploit-from.eml': {
    from: [{ name: 'Boss <boss@corp.example> ()', email: 'attacker@evil.example' }],
  },
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that must not appear.
const UNSAFE = /[\u0000-\u001f\u007f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe.each(readingFiles)('%s', (file) => {
  const expected = readingExpectations[file]!;
  const snapshot = read(file);
  const cleaned = CLEANED[file] ?? {};

  test('the mailboxes are the ones Gmail reads', () => {
    expect(people(snapshot.from.addresses)).toEqual(cleaned.from ?? expected.from);
    expect(people(snapshot.to.addresses)).toEqual(expected.to);
    expect(people(snapshot.cc.addresses)).toEqual(expected.cc);
    expect(people(snapshot.replyTo.addresses)).toEqual(expected.replyTo);
  });

  test('the subject is decoded', () => {
    expect(snapshot.subject).toBe(cleaned.subject ?? expected.subject);
  });

  if (expected.attachments) {
    test('the attachment names are Gmail’s', () => {
      expect(snapshot.attachments.map((a) => a.name)).toEqual(expected.attachments);
      if (expected.attachmentsWithoutInline) {
        expect(snapshot.attachments.filter((a) => !a.inline).map((a) => a.name)).toEqual(
          expected.attachmentsWithoutInline,
        );
      }
    });
  }

  test('nothing shown keeps an encoded word or a control character', () => {
    const shown = [
      snapshot.subject,
      ...[snapshot.from, snapshot.to, snapshot.cc, snapshot.replyTo].flatMap((p) => [
        ...p.addresses.flatMap((a) => [a.name, a.email]),
        ...p.invalid,
      ]),
      ...snapshot.attachments.map((a) => a.name),
    ];
    for (const text of shown) {
      expect(text).not.toMatch(/=\?[^?]+\?[bq]\?/i);
      expect(text).not.toMatch(UNSAFE);
    }
  });
});

test('every charset of issue 10 has a fixture', () => {
  const charsets = readingFiles.filter((f) => f.startsWith('charset-')).map((f) => f.slice(8, -4));
  expect(charsets).toEqual(
    expect.arrayContaining([
      'iso-2022-jp',
      'shift_jis',
      'euc-jp',
      'gb2312',
      'gbk',
      'gb18030',
      'big5',
      'euc-kr',
      'koi8-r',
      'windows-1251',
      'iso-8859-2',
      'iso-8859-5',
      'iso-8859-6',
      'iso-8859-7',
      'iso-8859-8',
      'iso-8859-9',
      'windows-1250',
      'windows-1253',
      'windows-1254',
      'windows-1255',
      'windows-1256',
      'tis-620',
      'utf-16',
    ]),
  );
});

test('two Reply-To headers: the snapshot reads the first and keeps the fact for the card', () => {
  const s = read('attack-two-reply-to-headers.eml');
  expect(s.repeated).toEqual(['reply-to']);
  expect(s.replyTo.addresses.map((a) => a.email)).toEqual(['sales@fabrikam.example']);
});

test('a name holding address syntax is never shown alone', () => {
  expect(displayName({ name: 'Team <spy@evil.example>,', email: 'team@northwind.example' })).toBe(
    '"Team <spy@evil.example>," <team@northwind.example>',
  );
  expect(displayName({ name: 'Ana Ruiz', email: 'ana@example.com' })).toBe('Ana Ruiz');
});

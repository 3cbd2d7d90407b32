// The bodies decoded from the raw source (src/mail/mime.ts readParts) against what Gmail's getters
// return in the emulator (sim/services/gmailApp.ts getPlainBody/getBody, an independent implementation:
// Buffer and iconv-lite where the add-on has its own walk and the one charset function). Every fixture
// and corpus message: a body the walk decodes must equal the getter's; a body it leaves to the getter
// (null) must be one it cannot decode for certain, and that must stay rare.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJava } from '../../../sim/mailbox/charset';
import { Mailbox } from '../../../sim/mailbox/mailbox';
import { readMime } from '../../../sim/mailbox/mime';
import { ROOT } from '../../../sim/sandbox';
import { createGmailApp } from '../../../sim/services/gmailApp';
import { charsetLabel, fastDecode, javaCharsets } from '../../../src/mail/charset';
import { headerParam, headerValue, parseHeaderBlock } from '../../../src/mail/headerFields';
import { readParts, type StrictDecode } from '../../../src/mail/mime';
import { MANIFEST_SCOPES, makeContext } from '../../sim/gmailContext';
import { nodeDecode } from '../../support/charsets';
import { corpusMessages } from '../../support/corpus';

/** src/platform/charset.ts's decodeKnownCharset, with the emulator's Java charsets behind Utilities. */
const javaDecode: StrictDecode = (bytes, charset) => {
  const label = charsetLabel(charset);
  const fast = fastDecode(bytes, label);
  if (fast !== null) return fast;
  for (const name of javaCharsets(label)) {
    const text = name === '' ? null : decodeJava(Uint8Array.from(bytes), name);
    if (text !== null) return text;
  }
  return null;
};

const dirFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => join(dir, f));

const FIXTURES = [
  ...dirFiles(join(ROOT, 'fixtures', 'mailbox')),
  ...dirFiles(join(ROOT, 'fixtures', 'reading')),
];
const CORPUS = corpusMessages().map((c) => c.path);

interface Compared {
  file: string;
  text: string | null;
  html: string | null;
  gmailText: string;
  gmailHtml: string;
  /** Whether the message has a text/plain or text/html body part (the emulator's own walk says). */
  hasText: boolean;
  hasHtml: boolean;
  raw: string;
}

async function compare(files: string[]): Promise<Compared[]> {
  const mailbox = await Mailbox.fromFiles(files);
  const gmail = createGmailApp(makeContext(MANIFEST_SCOPES), mailbox);
  return mailbox.messages().map((record) => {
    gmail.setCurrentMessageAccessToken(mailbox.issueToken(record.id));
    const message = gmail.getMessageById(record.id)!;
    const raw = message.getRawContent();
    const charset = headerParam(headerValue(parseHeaderBlock(raw), 'Content-Type'), 'charset');
    const { bodies } = readParts(raw, nodeDecode, charset, javaDecode);
    const mime = readMime(record.raw);
    return {
      file: record.file.split('/').slice(-2).join('/'),
      text: bodies.text,
      html: bodies.html,
      gmailText: message.getPlainBody(),
      gmailHtml: message.getBody(),
      hasText: mime.text !== null,
      hasHtml: mime.html !== null,
      raw,
    };
  });
}

/**
 * Where the add-on's one charset function reads a label as its superset (charset.ts SUPERSETS: the
 * characters the sender saw) and Java's own charset of that name differs: only where Java has no
 * character for the bytes (U+FFFD, or ISO-8859-1's C1 controls, which senders mean as Windows-1252's
 * quotes) may the texts differ; everything between those places is the same, in the same order.
 */
function sameButSuperset(ours: string, gmails: string): boolean {
  if (ours === gmails) return true;
  const pieces = gmails.split(/[\u0080-\u009f\ufffd]+/);
  if (pieces.length === 1) return false;
  let at = 0;
  for (const [i, piece] of pieces.entries()) {
    // Java's Big5 reads the second byte of a pair it cannot map again, as ASCII: that character is the
    // superset's second byte too.
    const tries = i === 0 ? [piece] : [piece, piece.slice(1)];
    let found = -1;
    let used = '';
    for (const t of tries) {
      found = i === 0 ? (ours.startsWith(t) ? 0 : -1) : ours.indexOf(t, at + 1);
      used = t;
      if (found >= 0) break;
    }
    if (found < 0) return false;
    at = found + used.length;
  }
  return at === ours.length;
}

function check(list: Compared[]): { decoded: number; fellBack: Compared[] } {
  let decoded = 0;
  const fellBack: Compared[] = [];
  for (const c of list) {
    if (c.text === null || c.html === null) fellBack.push(c);
    if (c.text !== null) {
      decoded++;
      // No text part: Gmail flattens the HTML itself; the add-on's quote does its own (quote.ts).
      if (c.hasText)
        expect({ file: c.file, ok: sameButSuperset(c.text, c.gmailText) }).toEqual({
          file: c.file,
          ok: true,
        });
      else expect({ file: c.file, text: c.text }).toEqual({ file: c.file, text: '' });
    }
    if (c.html !== null) {
      decoded++;
      // No HTML part: Gmail escapes the text; the add-on's quote escapes it itself (textToHtml).
      if (c.hasHtml)
        expect({ file: c.file, ok: sameButSuperset(c.html, c.gmailHtml) }).toEqual({
          file: c.file,
          ok: true,
        });
      else expect({ file: c.file, html: c.html }).toEqual({ file: c.file, html: '' });
    }
  }
  return { decoded, fellBack };
}

/** Why a body was left to Gmail: raw 8-bit characters in a body part, or an unknown charset. */
function fallbackReason(c: Compared): string {
  return /[\u0080-\uffff]/.test(c.raw.slice(c.raw.search(/\r?\n\r?\n/))) ? '8-bit' : 'other';
}

describe('bodies from the raw source equal Gmail’s getters', () => {
  test('every fixture (fixtures/mailbox, fixtures/reading): base64, quoted-printable, 7- and 8-bit, every charset', async () => {
    const list = await compare(FIXTURES);
    expect(list.length).toBe(FIXTURES.length);
    const { decoded, fellBack } = check(list);
    // Only raw 8-bit bodies go to Gmail's getters; everything else is decoded here.
    expect(fellBack.map((c) => [c.file, fallbackReason(c)]).filter(([, r]) => r !== '8-bit')).toEqual([]);
    expect(decoded).toBeGreaterThan(list.length * 2 - 10);
    // Every charset fixture sent base64 or quoted-printable is decoded here; the 8-bit ones go to Gmail.
    const charsets = list.filter((c) => /charset-/.test(c.file));
    expect(charsets.length).toBeGreaterThan(15);
    const decodedHere = charsets.filter((c) => c.text !== null);
    expect(decodedHere.length).toBeGreaterThan(charsets.length / 2);
    expect(charsets.filter((c) => c.text === null && fallbackReason(c) !== '8-bit')).toEqual([]);
  });

  test('the encodings are all covered: base64, quoted-printable and 8-bit bodies among the fixtures', async () => {
    const list = await compare(FIXTURES);
    const encodings = new Set(
      list.flatMap((c) =>
        [...c.raw.matchAll(/Content-Transfer-Encoding:\s*([\w-]+)/gi)].map((m) => m[1]!.toLowerCase()),
      ),
    );
    expect([...encodings]).toEqual(expect.arrayContaining(['base64', 'quoted-printable', '8bit']));
  });

  const corpus = CORPUS.length > 0 ? test : test.skip;
  corpus('every corpus message (../shared/corpora)', async () => {
    const list = await compare(CORPUS);
    const { decoded, fellBack } = check(list);
    expect(decoded).toBeGreaterThan(list.length);
    expect(fellBack.filter((c) => fallbackReason(c) !== '8-bit').map((c) => c.file)).toEqual([]);
  });
});

describe('bodies the walk leaves to Gmail', () => {
  const decode = (raw: string) => readParts(raw, nodeDecode, '', javaDecode).bodies;

  test('raw 8-bit text is not guessed at', () => {
    expect(decode('Content-Type: text/plain; charset=utf-8\r\n\r\nCafé\r\n')).toEqual({
      text: null,
      html: '',
    });
  });

  test('an unknown charset, and non-UTF-8 bytes under no charset', () => {
    const b64 = Buffer.from([0x43, 0x61, 0x66, 0xe9]).toString('base64');
    expect(
      decode(
        `Content-Type: text/plain; charset=x-unknown-9\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n`,
      ),
    ).toEqual({ text: null, html: '' });
    expect(decode(`Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n`)).toEqual(
      {
        text: null,
        html: '',
      },
    );
  });

  test('only the body that cannot be decoded: the HTML alternative still comes from the raw source', () => {
    const raw = [
      'Content-Type: multipart/alternative; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Grüße',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>Gr=C3=BC=C3=9Fe</p>',
      '--b--',
      '',
    ].join('\r\n');
    expect(decode(raw)).toEqual({ text: null, html: '<p>Grüße</p>' });
  });

  test('a second text part outside an alternative follows the first; an attachment is no body', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'one',
      '--b',
      'Content-Type: text/plain; name=notes.txt',
      '',
      'attached',
      '--b',
      'Content-Type: text/plain',
      '',
      'two',
      '--b--',
      '',
    ].join('\r\n');
    expect(decode(raw)).toEqual({ text: 'one\ntwo', html: '' });
  });
});

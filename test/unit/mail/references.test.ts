import {
  MAX_REFERENCES,
  MAX_REFERENCES_LENGTH,
  messageIds,
  normalizeReplySubject,
  replyRecipients,
  replyThreading,
} from '../../../src/mail';
import { eachCase, rawHeader, readCorpus } from './corpora';
import { snapshot } from './snapshot';

const headers = (messageId: string, inReplyTo = '', references = '') => ({
  messageId,
  inReplyTo,
  references,
});

describe('replyThreading', () => {
  test.each([
    ['a first message', headers('<a@x>'), '<a@x>', ['<a@x>']],
    [
      'a reply with References',
      headers('<c@x>', '<b@x>', '<a@x> <b@x>'),
      '<c@x>',
      ['<a@x>', '<b@x>', '<c@x>'],
    ],
    ['no References but a single-id In-Reply-To', headers('<b@x>', '<a@x>'), '<b@x>', ['<a@x>', '<b@x>']],
    ['no References and an ambiguous In-Reply-To', headers('<c@x>', '<a@x> <b@x>'), '<c@x>', ['<c@x>']],
    ['no Message-ID', headers('', '', '<a@x> <b@x>'), '', ['<a@x>', '<b@x>']],
    ['nothing at all', headers(''), '', []],
    ['a bare Message-ID without brackets', headers('a@x'), '<a@x>', ['<a@x>']],
    [
      'garbage, comments and folding between ids',
      headers('<d@x>', '', 'junk <a@x>,\r\n\t(comment) <b@x>;; <not an id> <c@x>garbage'),
      '<d@x>',
      ['<a@x>', '<b@x>', '<c@x>', '<d@x>'],
    ],
    ['duplicates', headers('<c@x>', '', '<a@x> <b@x> <a@x> <b@x>'), '<c@x>', ['<a@x>', '<b@x>', '<c@x>']],
    [
      'References already naming the parent',
      headers('<b@x>', '', '<a@x> <b@x>'),
      '<b@x>',
      ['<a@x>', '<b@x>'],
    ],
    [
      'References split over encoded words (Outlook)',
      headers('<z@x>', '', '=?utf-8?q?=3Ca=40x=2Eexample?= =?utf-8?q?=3E?='),
      '<z@x>',
      ['<a@x.example>', '<z@x>'],
    ],
  ])('%s', (_label, input, inReplyTo, references) => {
    expect(replyThreading(input)).toEqual({ inReplyTo, references });
  });

  test('a 500-id chain keeps the root and the most recent ids, parent last, under the limits', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `<id${i}.1234567890@mail.example.com>`);
    const result = replyThreading(headers('<parent@mail.example.com>', ids[499]!, ids.join(' ')));
    expect(result.references[0]).toBe('<id0.1234567890@mail.example.com>');
    expect(result.references.at(-1)).toBe('<parent@mail.example.com>');
    expect(result.references.at(-2)).toBe('<id499.1234567890@mail.example.com>');
    expect(result.references.length).toBeLessThanOrEqual(MAX_REFERENCES);
    expect(result.references.join(' ').length).toBeLessThanOrEqual(MAX_REFERENCES_LENGTH);
    // The kept middle is a contiguous run of the newest ids, in order.
    const middle = result.references.slice(1, -1).map((id) => Number(id.match(/id(\d+)/)![1]));
    expect(middle).toEqual(middle.map((_, i) => 500 - middle.length + i));
  });

  test('a parent id longer than the limit still threads', () => {
    const huge = `<${'x'.repeat(1000)}@example.com>`;
    expect(replyThreading(headers(huge, '', '<a@x>')).references).toEqual([huge]);
  });

  test('messageIds ignores ids without an @ and stays linear on hostile input', () => {
    expect(messageIds('<a> <b@x> <@> <c@>')).toEqual(['<b@x>']);
    const hostile = `<${'@'.repeat(200000)}`;
    expect(messageIds(hostile)).toEqual([]);
  });
});

describe('RFC 5322 Appendix A.2 reply chain', () => {
  const raw = readCorpus('vectors/threading/rfc5322-appendix-A2-reply-chain.json');
  type Case = { parent: string; replier: string; expected_reply: Record<string, string> };
  const cases: Case[] = raw ? JSON.parse(raw).cases : [];
  eachCase(cases.map((c) => [c.parent, c] as const))('reply to %s', (_parent, c) => {
    const eml = readCorpus(c.parent);
    if (!eml) return;
    const threading = replyThreading({
      messageId: rawHeader(eml, 'Message-ID'),
      inReplyTo: rawHeader(eml, 'In-Reply-To'),
      references: rawHeader(eml, 'References'),
    });
    expect(threading.inReplyTo).toBe(c.expected_reply['In-Reply-To']);
    expect(threading.references.join(' ')).toBe(c.expected_reply.References);
    expect(normalizeReplySubject(rawHeader(eml, 'Subject'))).toBe(c.expected_reply.Subject);
    const replier = c.replier.match(/<(.+)>/)![1]!;
    const parent = snapshot({
      from: rawHeader(eml, 'From'),
      to: rawHeader(eml, 'To'),
      replyTo: rawHeader(eml, 'Reply-To'),
    });
    const { to } = replyRecipients(parent, { email: replier, otherEmails: [] }, 'reply');
    const expectedTo = c.expected_reply.To!;
    expect(to.map((a) => `${a.name.includes(':') ? `"${a.name}"` : a.name} <${a.email}>`)).toEqual([
      expectedTo,
    ]);
  });
});

describe('mailparser encoded References', () => {
  const raw = readCorpus('vectors/threading/mailparser-encoded-references.json');
  const cases: { name: string; raw_header_block: string; expected_references: string[] }[] = raw
    ? JSON.parse(raw).cases
    : [];
  eachCase(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(messageIds(rawHeader(c.raw_header_block, 'References'))).toEqual(c.expected_references);
  });
});

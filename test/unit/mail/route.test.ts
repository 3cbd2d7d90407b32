// Routing a plan through Apps Script's documented draft calls: the draft must carry exactly the plan.
import { buildReplyPlan, documentedReplyTo, draftBodies, routeDraft } from '../../../src/mail';
import { documentedThreading } from '../../../src/mail/route';
import { earlierMessage, emails, ME, me, snapshot } from './snapshot';

const env = { locale: 'en-GB', timeZone: 'Europe/London' };
const plan = (s: ReturnType<typeof snapshot>, mode: 'reply' | 'reply-all' | 'reply-list' = 'reply') =>
  buildReplyPlan(s, me, { mode, body: { text: '', html: '' } }, env);

describe('documentedReplyTo: whom createDraftReply addresses', () => {
  test.each([
    ['From when there is no Reply-To', { from: 'Ana <ana@x.example>', replyTo: '' }, ['ana@x.example']],
    [
      'every Reply-To address',
      { from: 'a@x.example', replyTo: 'b@x.example, c@x.example' },
      ['b@x.example', 'c@x.example'],
    ],
  ])('%s', (_name, message, expected) => {
    expect(emails(documentedReplyTo(earlierMessage(message)))).toEqual(expected);
  });
});

describe('routeDraft', () => {
  test('a reply to the sender goes through createDraftReply on the open message, threading as Apps Script does', () => {
    const s = snapshot({ headers: { references: '<a@x> <b@x>' } });
    const routed = routeDraft(s, plan(s), env);
    const { route } = routed;
    expect(route).toEqual({ kind: 'reply', messageId: 'm1', subjectOption: true });
    expect(routed.inReplyTo).toBe('<m1@mail.example.com>');
    expect(routed.references).toEqual(['<a@x>', '<b@x>', '<m1@mail.example.com>']);
  });

  test('reply-all keeps the open message as parent: Cc travels in the cc option', () => {
    const s = snapshot({ to: `${ME}, Bo <bo@example.com>`, cc: 'Cy <cy@example.com>' });
    const routed = routeDraft(s, plan(s, 'reply-all'), env);
    const { route } = routed;
    expect(route.kind).toBe('reply');
    expect(emails(routed.cc).sort()).toEqual(['bo@example.com', 'cy@example.com']);
  });

  test('my own message is answered through the partner’s earlier message of the thread', () => {
    const s = snapshot({
      from: `Me <${ME}>`,
      to: 'Ana Ruiz <ana@example.com>',
      thread: {
        count: 2,
        earlier: [
          earlierMessage({
            id: 'm0',
            from: 'Ana Ruiz <ana@example.com>',
            date: Date.UTC(2024, 5, 1),
            headers: { messageId: '<m0@x>', inReplyTo: '', references: '' },
          }),
        ],
      },
    });
    const routed = routeDraft(s, plan(s), env);
    const { route } = routed;
    expect(route).toEqual({ kind: 'reply', messageId: 'm0', subjectOption: true });
    expect(emails(routed.to)).toEqual(['ana@example.com']);
    expect(routed.inReplyTo).toBe('<m0@x>');
    expect(routed.warnings.map((w) => w.code)).toContain('replies-to-earlier');
  });

  test('when no message of the thread can be answered with these recipients, the draft is standalone and says so', () => {
    const s = snapshot({ from: `Me <${ME}>`, to: 'Ana Ruiz <ana@example.com>' });
    const routed = routeDraft(s, plan(s), env);
    const { route } = routed;
    expect(route.kind).toBe('standalone');
    expect(routed.inReplyTo).toBe('');
    expect(routed.references).toEqual([]);
    expect(routed.warnings.map((w) => w.code)).toContain('not-threaded');
  });

  test('a Reply-To that cannot be parsed makes the draft standalone rather than guess Gmail’s reading', () => {
    const s = snapshot({ replyTo: '"broken <not an address' });
    const { route } = routeDraft(s, plan(s), env);
    expect(route.kind).toBe('standalone');
  });
});

describe('documentedThreading (RFC 5322 §3.6.4, as the draft will carry it)', () => {
  test.each([
    [
      'no Message-ID: nothing to thread on',
      { messageId: '', inReplyTo: '<p@x>', references: '<p@x>' },
      '',
      [],
    ],
    [
      'References, then the id',
      { messageId: '<m@x>', inReplyTo: '', references: '<a@x> <b@x>' },
      '<m@x>',
      ['<a@x>', '<b@x>', '<m@x>'],
    ],
    [
      'a single In-Reply-To stands in for missing References',
      { messageId: '<m@x>', inReplyTo: '<p@x>', references: '' },
      '<m@x>',
      ['<p@x>', '<m@x>'],
    ],
    [
      'two In-Reply-To ids are ambiguous and left out',
      { messageId: '<m@x>', inReplyTo: '<p@x> <q@x>', references: '' },
      '<m@x>',
      ['<m@x>'],
    ],
    [
      'an id without @ is copied as Gmail copies it',
      { messageId: '<8955-f0df>', inReplyTo: '', references: '' },
      '<8955-f0df>',
      ['<8955-f0df>'],
    ],
  ])('%s', (_name, headers, inReplyTo, references) => {
    expect(documentedThreading(headers)).toEqual({ inReplyTo, references });
  });
});

describe('draftBodies: the reply above the quote, in both parts', () => {
  const s = snapshot({ bodies: { text: 'Original line', html: '' } });
  test('with a quote: own text, a blank line, then the quoted original', () => {
    const p = { ...plan(s), body: { text: 'Thanks!', html: '<div>Thanks!</div>' } };
    const bodies = draftBodies(p);
    expect(bodies.text).toMatch(/^Thanks!\n\nOn .* wrote:\n\n> Original line\n$/);
    expect(bodies.html.indexOf('<div>Thanks!</div>')).toBe(0);
    expect(bodies.html).toContain('class="gmail_quote"');
  });
  test('without a quote: the reply alone', () => {
    const p = {
      ...buildReplyPlan(
        s,
        me,
        { mode: 'reply', includeQuote: false, body: { text: 'Hi', html: '<div>Hi</div>' } },
        env,
      ),
    };
    expect(draftBodies(p)).toEqual({ text: 'Hi', html: '<div>Hi</div>' });
  });
});

describe("a reply subject over createDraftReply's 250 characters", () => {
  test('250 characters are passed as the subject option', () => {
    const subject = `Re: ${'a'.repeat(246)}`;
    const s = snapshot({ subject });
    const routed = routeDraft(s, plan(s), env);
    const { route } = routed;
    expect(route).toEqual(expect.objectContaining({ kind: 'reply', subjectOption: true }));
    expect(routed.subject).toBe(subject);
  });

  test('251 are left to Gmail, and the plan shows what Gmail writes, with a note', () => {
    const original = `[Ticket 7] ${'b'.repeat(240)}`; // 251 characters, no reply prefix
    const s = snapshot({ subject: original });
    const routed = routeDraft(s, plan(s), env);
    const { route } = routed;
    expect(route).toEqual(expect.objectContaining({ kind: 'reply', subjectOption: false }));
    expect(routed.subject).toBe(`Re: ${original}`);
    expect(routed.warnings.map((w) => w.code)).toContain('subject-by-gmail');
  });
});

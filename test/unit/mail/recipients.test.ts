import {
  availableModes,
  isBlocked,
  listPostAddress,
  replyRecipients,
  WarningCode,
  warningText,
} from '../../../src/mail';
import type { ReplyMode } from '../../../src/mail/types';
import { emails, ME, me, type SnapshotOverrides, snapshot } from './snapshot';

const plan = (overrides: SnapshotOverrides, mode: ReplyMode = 'reply', extra = {}) =>
  replyRecipients(snapshot(overrides), me, mode, extra);
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe('reply and reply-all', () => {
  test.each<[string, SnapshotOverrides, ReplyMode, string[], string[]]>([
    ['reply goes to From', {}, 'reply', ['ana@example.com'], []],
    [
      'reply goes to Reply-To when present',
      { replyTo: 'list@example.com' },
      'reply',
      ['list@example.com'],
      [],
    ],
    [
      'reply goes to every Reply-To address',
      { replyTo: 'a@example.com, b@example.com' },
      'reply',
      ['a@example.com', 'b@example.com'],
      [],
    ],
    [
      'a Reply-To group gives its members',
      { replyTo: 'Support: a@example.com, b@example.com;' },
      'reply',
      ['a@example.com', 'b@example.com'],
      [],
    ],
    ['a Reply-To of me falls back to From', { replyTo: ME }, 'reply', ['ana@example.com'], []],
    [
      'reply-all copies To and Cc, less me',
      { to: `${ME}, sam@example.com`, cc: 'lee@example.com' },
      'reply-all',
      ['ana@example.com'],
      ['sam@example.com', 'lee@example.com'],
    ],
    [
      'reply-all leaves out whoever is already in To, whatever the case',
      { to: `${ME}, ANA@example.com`, cc: 'Ana@Example.com, sam@example.com' },
      'reply-all',
      ['ana@example.com'],
      ['sam@example.com'],
    ],
    [
      'reply-all removes duplicates, keeping the first name',
      { to: 'Sam T <sam@example.com>', cc: 'Samuel <SAM@example.com>, sam@example.com' },
      'reply-all',
      ['ana@example.com'],
      ['sam@example.com'],
    ],
    [
      'reply-all with Reply-To: To from Reply-To, Cc from To and Cc',
      { replyTo: 'list@example.com', to: `list@example.com, ${ME}`, cc: 'sam@example.com' },
      'reply-all',
      ['list@example.com'],
      ['sam@example.com'],
    ],
    [
      'reply-all leaves out my +tag and other variants',
      { to: 'me+news@example.com, Me@Example.com', cc: 'sam@example.com' },
      'reply-all',
      ['ana@example.com'],
      ['sam@example.com'],
    ],
    [
      'reply-all of an undisclosed-recipients message',
      { to: 'undisclosed-recipients:;' },
      'reply-all',
      ['ana@example.com'],
      [],
    ],
    [
      'sent by me: reply goes to the original To, not me',
      { from: `Me <${ME}>`, to: 'Sam <sam@example.com>', cc: 'lee@example.com' },
      'reply',
      ['sam@example.com'],
      [],
    ],
    [
      'sent by me: reply-all keeps To and Cc as they were',
      { from: ME, to: 'sam@example.com', cc: `lee@example.com, ${ME}` },
      'reply-all',
      ['sam@example.com'],
      ['lee@example.com'],
    ],
    [
      'sent by me only to Cc: the Cc becomes To',
      { from: ME, to: '', cc: 'lee@example.com' },
      'reply',
      ['lee@example.com'],
      [],
    ],
    [
      'sent by me with a Reply-To: still to the people I wrote to',
      { from: ME, replyTo: 'list@example.com', to: 'sam@example.com' },
      'reply',
      ['sam@example.com'],
      [],
    ],
  ])('%s', (_label, overrides, mode, to, cc) => {
    const r = plan(overrides, mode);
    expect(emails(r.to)).toEqual(to);
    expect(emails(r.cc)).toEqual(cc);
    expect(r.bcc).toEqual([]);
    expect(isBlocked(r.warnings)).toBe(false);
  });

  test('keeps the display names of the people it addresses', () => {
    const r = plan(
      { from: '"Ruiz, Ana" <ana@example.com>', to: `${ME}, "O'Neil, Sam" <sam@example.com>` },
      'reply-all',
    );
    expect(r.to).toEqual([{ name: 'Ruiz, Ana', email: 'ana@example.com' }]);
    expect(r.cc).toEqual([{ name: "O'Neil, Sam", email: 'sam@example.com' }]);
  });
});

describe('nobody left', () => {
  test.each<[string, SnapshotOverrides, ReplyMode, RegExp]>([
    ['From missing', { from: '' }, 'reply', /no sender/],
    ['From unparseable', { from: 'Mailer Daemon' }, 'reply', /"Mailer Daemon" is not a valid address/],
    [
      'From is one of my addresses and To holds only me',
      { from: ME, to: ME },
      'reply-all',
      /only to yourself/,
    ],
    [
      'From is my +tag and To is only me',
      { from: 'me+x@example.com', to: `Me <${ME}>` },
      'reply',
      /only to yourself/,
    ],
    ['reply-list without List-Post', {}, 'reply-list', /mailing list/],
  ])('%s: a blocking warning that says why', (_label, overrides, mode, why) => {
    const r = plan(overrides, mode);
    expect(r.to).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ code: WarningCode.noRecipients, blocking: true });
    expect(r.warnings[0]!.message).toMatch(why);
  });

  test('an unparseable From with a usable Reply-To still has a recipient', () => {
    const r = plan({ from: 'Mailer Daemon', replyTo: 'help@example.com' });
    expect(emails(r.to)).toEqual(['help@example.com']);
    expect(codes(r.warnings)).not.toContain(WarningCode.invalidRecipients);
  });
});

describe('invalid recipients are dropped and named', () => {
  test('in the original To and Cc', () => {
    const r = plan({ to: `${ME}, bogus`, cc: 'sam@example.com, lee@' }, 'reply-all');
    expect(emails(r.cc)).toEqual(['sam@example.com']);
    const invalid = r.warnings.find((w) => w.code === WarningCode.invalidRecipients);
    expect(invalid?.message).toBe('Left out 2 addresses that are not valid: "bogus" and "lee@".');
  });

  test('in what the user typed', () => {
    const r = plan({}, 'reply', { cc: 'sam@example.com, nope', bcc: 'x@' });
    expect(emails(r.cc)).toEqual(['sam@example.com']);
    expect(r.warnings.find((w) => w.code === WarningCode.invalidRecipients)?.message).toBe(
      'Left out 2 addresses that are not valid: "nope" and "x@".',
    );
  });
});

describe('addresses the user adds', () => {
  test.each([
    [
      'Cc and Bcc are added',
      { cc: 'Sam <sam@example.com>', bcc: 'lee@example.com' },
      ['sam@example.com'],
      ['lee@example.com'],
    ],
    [
      'semicolons separate too',
      { cc: 'sam@example.com; kim@example.com' },
      ['sam@example.com', 'kim@example.com'],
      [],
    ],
    ['someone already in To is not added again', { cc: 'ANA@example.com', bcc: 'ana@example.com' }, [], []],
    [
      'a Bcc already in Cc is not added again',
      { cc: 'sam@example.com', bcc: 'Sam@example.com' },
      ['sam@example.com'],
      [],
    ],
    ['Bcc to myself is kept: I typed it', { bcc: ME }, [], [ME]],
  ])('%s', (_label, extra, cc, bcc) => {
    const r = plan({}, 'reply', extra);
    expect(emails(r.to)).toEqual(['ana@example.com']);
    expect(emails(r.cc)).toEqual(cc);
    expect(emails(r.bcc)).toEqual(bcc);
  });
});

describe('warnings', () => {
  test('more than 10 recipients', () => {
    const cc = Array.from({ length: 10 }, (_, i) => `p${i}@example.com`).join(', ');
    const r = plan({ cc }, 'reply-all');
    expect(r.warnings).toContainEqual({
      code: WarningCode.manyRecipients,
      message: 'This reply goes to 11 people.',
      text: { id: 'warning.manyRecipients', params: { count: 11 } },
    });
    expect(codes(plan({ cc: 'p@example.com' }, 'reply-all').warnings)).not.toContain(
      WarningCode.manyRecipients,
    );
  });

  test('recipients outside my domain are counted', () => {
    const r = plan(
      { from: 'ana@other.example', to: `${ME}, sam@sub.example.com, kim@x.example, lee@example.com` },
      'reply-all',
    );
    expect(r.warnings).toContainEqual({
      code: WarningCode.externalRecipients,
      message: '2 external recipients (outside example.com).',
      text: { id: 'warning.externalRecipients', params: { count: 2, domain: 'example.com' } },
    });
  });

  test('no external warning for a gmail.com user, to whom everyone is external', () => {
    const r = replyRecipients(
      snapshot({ to: 'me@gmail.com' }),
      { email: 'me@gmail.com', otherEmails: [] },
      'reply',
    );
    expect(codes(r.warnings)).toEqual([]);
  });

  test.each([
    [
      'Reply-To differs from From',
      'help@example.com',
      'reply',
      /replies to go to help@example.com \(Reply-To\), not to Ana Ruiz <ana@example.com>/,
    ],
    ['Reply-To is me', ME, 'reply', /go to you \(Reply-To\), so this reply goes to Ana Ruiz/],
  ] as const)('%s', (_label, replyTo, mode, message) => {
    const r = plan({ replyTo }, mode);
    const w = r.warnings.find((x) => x.code === WarningCode.replyToDiffers);
    expect(w?.message).toMatch(message);
  });

  test('no Reply-To warning when Reply-To equals From', () => {
    expect(codes(plan({ replyTo: 'ANA@example.com' }).warnings)).toEqual([]);
  });
});

describe('reply to list', () => {
  test.each([
    ['<mailto:dev@lists.example.org>', 'dev@lists.example.org'],
    ['<mailto:dev@lists.example.org?subject=help> (Postings are moderated)', 'dev@lists.example.org'],
    ['<https://lists.example.org/post>, <mailto:dev@lists.example.org>', 'dev@lists.example.org'],
    ['<mailto:dev%2Bpost@lists.example.org>', 'dev+post@lists.example.org'],
    ['NO', null],
    ['NO (posting not allowed on this list)', null],
    ['<https://lists.example.org/post>', null],
    ['<mailto:>', null],
    ['', null],
  ])('List-Post %j', (listPost, expected) => {
    const s = snapshot({ headers: { listPost } });
    expect(listPostAddress(s)?.email ?? null).toBe(expected);
    expect(availableModes(s, me).includes('reply-list')).toBe(expected !== null);
  });

  test('goes to the list only', () => {
    const r = plan(
      {
        to: `dev@lists.example.org, ${ME}`,
        cc: 'sam@example.com',
        headers: { listPost: '<mailto:dev@lists.example.org>' },
      },
      'reply-list',
    );
    expect(emails(r.to)).toEqual(['dev@lists.example.org']);
    expect(r.cc).toEqual([]);
  });
});

describe('availableModes', () => {
  test.each<[string, SnapshotOverrides, ReplyMode[]]>([
    ['only me besides the sender', {}, ['reply']],
    ['others on To', { to: `${ME}, sam@example.com` }, ['reply', 'reply-all']],
    ['others on Cc', { cc: 'sam@example.com' }, ['reply', 'reply-all']],
    ['Cc only repeating the sender', { cc: 'ANA@example.com' }, ['reply']],
    ['a list', { headers: { listPost: '<mailto:l@example.org>' } }, ['reply', 'reply-list']],
  ])('%s', (_label, overrides, modes) => {
    expect(availableModes(snapshot(overrides), me)).toEqual(modes);
  });
});

describe('5,000 Cc addresses', () => {
  test('all kept once, me and duplicates left out, with the warnings', () => {
    const cc = Array.from({ length: 5000 }, (_, i) => `"Person ${i}" <p${i % 4000}@example.com>`);
    cc.push(ME, 'bogus');
    const r = plan({ cc: cc.join(', ') }, 'reply-all');
    expect(r.cc).toHaveLength(4000);
    expect(r.cc[3999]).toEqual({ name: 'Person 3999', email: 'p3999@example.com' });
    expect(emails(r.cc)).not.toContain(ME);
    expect(codes(r.warnings)).toEqual([WarningCode.invalidRecipients, WarningCode.tooManyRecipients]);
    expect(r.warnings[1]).toMatchObject({
      code: WarningCode.tooManyRecipients,
      message:
        'This reply would go to 4,001 people, and Gmail allows at most 50 in one message. Remove some from Cc or Bcc, or choose Reply to answer the sender only.',
      blocking: true,
    });
  });
});

describe("Gmail's 50 recipients per message", () => {
  const ccOf = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@example.com`).join(', ');
  test('50 in all (the sender and 49 Cc) is a draft, with the many-recipients note', () => {
    const r = plan({ cc: ccOf(49) }, 'reply-all');
    expect(r.to.length + r.cc.length + r.bcc.length).toBe(50);
    expect(codes(r.warnings)).toContain(WarningCode.manyRecipients);
    expect(r.warnings.some((w) => w.blocking)).toBe(false);
  });
  test('51 in all blocks the draft before the click, saying what to do', () => {
    const r = plan({ cc: ccOf(50) }, 'reply-all');
    const blocking = r.warnings.filter((w) => w.blocking);
    expect(codes(blocking)).toEqual([WarningCode.tooManyRecipients]);
    expect(blocking[0]!.message).toContain('51 people');
    expect(codes(r.warnings)).not.toContain(WarningCode.manyRecipients);
  });
});

describe('counts in the user’s locale, in the user’s words', () => {
  const cc = Array.from({ length: 5000 }, (_, i) => `p${i}@example.com`).join(', ');
  test.each([
    ['en-US', 'This reply would go to 5,001 people'],
    ['de-DE', 'Diese Antwort ginge an 5.001 Personen'],
    ['fr-FR', 'Cette réponse irait à 5\u202f001 personnes'],
    // Unknown or malformed: English grouping, never an error.
    ['xx-invalid-!!', 'This reply would go to 5,001 people'],
    ['', 'This reply would go to 5,001 people'],
  ])('%s', (locale, expected) => {
    const r = replyRecipients(snapshot({ cc }), me, 'reply-all', {});
    const blocking = r.warnings.find((w) => w.code === WarningCode.tooManyRecipients)!;
    expect(warningText(blocking, locale).startsWith(expected)).toBe(true);
    // The English message (logs, errors) keeps English digits.
    expect(blocking.message.startsWith('This reply would go to 5,001 people')).toBe(true);
  });
});

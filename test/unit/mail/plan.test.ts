import {
  buildReplyPlan,
  formatSize,
  isBlocked,
  PlanError,
  summarizeConversation,
  WarningCode,
} from '../../../src/mail';
import type { ReplyChoices } from '../../../src/mail/types';
import { attachment, emails, ME, me, type SnapshotOverrides, snapshot } from './snapshot';

const env = { locale: 'en-US', timeZone: 'UTC' };
const body = { text: 'Thanks!', html: '<p>Thanks!</p>' };
const build = (overrides: SnapshotOverrides, choices: Partial<ReplyChoices> = {}) =>
  buildReplyPlan(snapshot(overrides), me, { mode: 'reply', body, ...choices }, env);
const MB = 1024 * 1024;

describe('buildReplyPlan', () => {
  test('a plain reply: recipients, subject, threading, body and quote', () => {
    const plan = build({
      subject: 'RE: AW: Quarterly numbers',
      headers: { messageId: '<m2@x>', references: '<m1@x>' },
    });
    expect(plan).toMatchObject({
      mode: 'reply',
      threadId: 't1',
      subject: 'Re: Quarterly numbers',
      inReplyTo: '<m2@x>',
      references: ['<m1@x>', '<m2@x>'],
      body,
      bcc: [],
      cc: [],
      attachments: [],
      warnings: [],
    });
    expect(emails(plan.to)).toEqual(['ana@example.com']);
    // ICU puts a narrow no-break space before PM.
    expect(plan.quote?.text.replace(/\u202f/g, ' ')).toBe(
      'On Mon, Jun 3, 2024, 12:05 PM, Ana Ruiz <ana@example.com> wrote:\n\n> Hello\n> there',
    );
  });

  test('the quote can be left out', () => {
    expect(build({}, { includeQuote: false }).quote).toBeNull();
  });

  test('user-added Cc and Bcc reach the plan', () => {
    const plan = build({}, { extraCc: 'sam@example.com', extraBcc: 'lee@example.com' });
    expect(emails(plan.cc)).toEqual(['sam@example.com']);
    expect(emails(plan.bcc)).toEqual(['lee@example.com']);
  });

  test('a parent without Message-ID warns that the recipient may not see it threaded', () => {
    const plan = build({ headers: { messageId: '' } });
    expect(plan.inReplyTo).toBe('');
    expect(plan.warnings).toContainEqual({
      code: WarningCode.noMessageId,
      message:
        "The original message has no Message-ID, so the recipient's mail client may not thread this reply (it still threads in your Gmail).",
      text: { id: 'warning.noMessageId', params: {} },
    });
  });

  test.each([
    ['reply-all with nobody else on the message', {}, 'reply-all', /"Reply all" is not available/],
    ['reply-list without List-Post', {}, 'reply-list', /not come from a mailing list/],
    [
      'reply-list on List-Post: NO',
      { headers: { listPost: 'NO' } },
      'reply-list',
      /not come from a mailing list/,
    ],
  ] as const)('a mode not offered throws PlanError: %s', (_label, overrides, mode, message) => {
    const attempt = () => build(overrides, { mode });
    expect(attempt).toThrow(PlanError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (e) {
      expect((e as PlanError).code).toBe('mode-not-offered');
    }
  });

  test('nobody left: the plan carries the blocking warning', () => {
    const plan = build({ from: ME, to: ME });
    expect(isBlocked(plan.warnings)).toBe(true);
    expect(plan.warnings[0]?.code).toBe(WarningCode.noRecipients);
  });
});

describe('attachments to carry', () => {
  const files = [
    attachment({ index: 0, name: 'report.pdf', size: 2 * MB }),
    attachment({ index: 1, name: 'logo.png', inline: true, contentId: 'logo@x', size: 10_000 }),
    attachment({ index: 2, name: 'unused.png', inline: true, contentId: 'unused@x', size: 10_000 }),
  ];
  const html = '<p>Hi</p><img src="cid:logo@x">';
  test.each([
    ['quote on, attachments off: only the inline image the quote shows', {}, ['logo.png']],
    ['quote and attachments on', { includeAttachments: true }, ['report.pdf', 'logo.png']],
    [
      'quote off, attachments on: no inline images',
      { includeQuote: false, includeAttachments: true },
      ['report.pdf'],
    ],
    ['quote off, attachments off', { includeQuote: false }, []],
  ])('%s', (_label, choices, names) => {
    const plan = build({ attachments: files, bodies: { html } }, choices);
    expect(plan.attachments.map((a) => a.name)).toEqual(names);
  });

  test('over 25 MB: a blocking warning with the sizes', () => {
    const big = [
      attachment({ index: 0, name: 'video.mov', size: 20 * MB }),
      attachment({ index: 1, name: 'slides.pdf', size: 6.5 * MB }),
    ];
    const plan = build({ attachments: big }, { includeAttachments: true });
    expect(plan.warnings[0]).toEqual({
      code: WarningCode.attachmentsTooLarge,
      blocking: true,
      message:
        "The attachments to carry come to 26.5 MB, over Gmail's 25 MB limit: video.mov (20 MB) and slides.pdf (6.5 MB). Turn off the original attachments or the quote to make the draft.",
      text: {
        id: 'warning.attachmentsTooLarge',
        params: { total: '26.5 MB', max: '25 MB', names: ['video.mov (20 MB)', 'slides.pdf (6.5 MB)'] },
      },
    });
    expect(isBlocked(build({ attachments: big }).warnings)).toBe(false);
  });

  test.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [25 * MB, '25 MB'],
    [1.25 * 1024 * MB, '1.3 GB'],
  ])('formatSize(%d) = %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

describe('summarizeConversation', () => {
  test.each([
    [1, { from: 'Ana Ruiz <ana@example.com>', to: '' }, '1 message · Ana Ruiz'],
    [
      3,
      { from: 'Ana Ruiz <ana@example.com>', to: 'Sam Taylor <sam@example.com>', cc: 'ANA@example.com' },
      '3 messages · Ana Ruiz, Sam Taylor',
    ],
    [
      2,
      { from: 'ana@example.com', to: '"Taylor, Sam" <sam@example.com>' },
      '2 messages · ana@example.com, Taylor, Sam',
    ],
    [
      5,
      {
        from: 'a <a@x.example>',
        to: 'b <b@x.example>, c <c@x.example>',
        cc: 'd <d@x.example>, e <e@x.example>',
      },
      '5 messages · a, b, c and 2 more',
    ],
    [2, { from: 'Mailer Daemon', to: '' }, '2 messages · Mailer Daemon'],
    [0, { from: '', to: '' }, '1 message'],
  ])('%d messages, people %j', (count, people, expected) => {
    expect(summarizeConversation(snapshot({ ...people, thread: { count } }))).toBe(expected);
  });
});

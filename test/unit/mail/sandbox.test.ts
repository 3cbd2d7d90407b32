// The mail rules must run where Apps Script runs them: a bare V8 context with only ECMAScript built-ins.
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { buildSync } from 'esbuild';

describe('src/mail in a bare sandbox', () => {
  const bundle = buildSync({
    entryPoints: [join(__dirname, '../../../src/mail/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'm',
    platform: 'neutral',
    // As tools/build.ts bundles it: neutral has no main fields, and email-addresses only has "main".
    mainFields: ['module', 'main'],
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  const context = createContext({});
  runInContext(bundle, context);
  const run = (code: string) => JSON.parse(runInContext(`JSON.stringify(${code})`, context));

  test('parses addresses with email-addresses and decodes encoded words', () => {
    expect(
      run(
        `m.parseAddressHeader('"Doe, John" <j@example.com>, bogus@, =?UTF-8?B?w6lsw6h2ZQ==?= <e@example.com>', (b) => m.decodeUtf8(b))`,
      ),
    ).toEqual({
      addresses: [
        { name: 'Doe, John', email: 'j@example.com' },
        { name: 'élève', email: 'e@example.com' },
      ],
      invalid: ['bogus@'],
    });
  });

  test('builds a whole plan, quote and dates included', () => {
    const plan = run(`m.buildReplyPlan({
      id: 'm1', threadId: 't1', from: m.parseAddresses('Ana <ana@example.com>'),
      to: m.parseAddresses('me@example.com, sam@example.com'), cc: m.parseAddresses(''),
      replyTo: m.parseAddresses(''), repeated: [], subject: 'AW: Re: hi', date: Date.UTC(2024, 5, 3, 12, 5),
      headers: { messageId: '<m1@x>', inReplyTo: '', references: '', listPost: '', deliveredTo: '', xOriginalTo: '' },
      bodies: { text: 'hello', html: '<body><p>hello</p><script>x()</script></body>' },
      attachments: [], thread: { count: 1 },
    }, { email: 'me@example.com', otherEmails: [] }, { mode: 'reply-all', body: { text: '', html: '' } },
    { locale: 'de-DE', timeZone: 'Europe/Berlin' })`);
    expect(plan.subject).toBe('Re: hi');
    expect(plan.to).toEqual([{ name: 'Ana', email: 'ana@example.com' }]);
    expect(plan.cc).toEqual([{ name: '', email: 'sam@example.com' }]);
    expect(plan.references).toEqual(['<m1@x>']);
    expect(plan.quote.html).toContain('<p>hello</p></blockquote>');
    expect(plan.quote.html).not.toContain('script');
    // In the user's language (de), as Gmail frames it: "Am {date} schrieb {who}:".
    expect(plan.quote.text).toMatch(/^Am Mo\., 3\. Juni 2024, 14:05 schrieb Ana <ana@example\.com>:/);
  });

  test('PlanError is catchable by class and code', () => {
    expect(
      run(`(() => { try { m.buildReplyPlan({ id: '', threadId: '', from: m.parseAddresses('a@x.example'), to: m.parseAddresses(''),
        cc: m.parseAddresses(''), replyTo: m.parseAddresses(''), repeated: [], subject: '', date: 0,
        headers: { messageId: '', inReplyTo: '', references: '', listPost: '', deliveredTo: '', xOriginalTo: '' },
        bodies: { text: '', html: '' }, attachments: [], thread: { count: 1 } },
        { email: 'me@x.example', otherEmails: [] }, { mode: 'reply-list', body: { text: '', html: '' } }, { locale: 'en', timeZone: 'UTC' }) }
        catch (e) { return [e instanceof m.PlanError, e.code] } })()`),
    ).toEqual([true, 'mode-not-offered']);
  });
});

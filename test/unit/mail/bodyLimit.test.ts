// Gmail's 200 KB per message: the quote gives way (its formatting, then its end), the draft is always made
// unless the reply's own text is over the limit.
import { draftBodies, fitBody, utf8Length } from '../../../src/mail';
import type { UnroutedPlan } from '../../../src/mail/types';

const KB = 1024;
const base: UnroutedPlan = {
  mode: 'reply',
  threadId: 't',
  to: [{ name: 'Ana', email: 'ana@x.example' }],
  cc: [],
  bcc: [],
  subject: 'Re: x',
  inReplyTo: '',
  references: [],
  body: { text: 'Thanks!', html: '<div>Thanks!</div>' },
  quote: null,
  attachments: [],
  warnings: [],
};
const size = (p: UnroutedPlan) => {
  const b = draftBodies(p);
  return utf8Length(b.text) + utf8Length(b.html);
};
const withQuote = (text: string, html: string): UnroutedPlan => ({ ...base, quote: { text, html } });

test('a reply within the limit is left as it is', () => {
  const p = withQuote('> hello', '<blockquote>hello</blockquote>');
  expect(fitBody(p)).toBe(p);
});

test('a quote whose HTML is too big keeps its text and drops its HTML (and the inline images it showed)', () => {
  const text = `On Mon, Ana wrote:\n\n${'> a line of the newsletter\n'.repeat(2000)}`; // ~54 KB
  const html = `<div class="gmail_quote">${'<table><tr><td style="padding:4px">cell</td></tr></table>'.repeat(4000)}</div>`; // ~228 KB
  const p = {
    ...withQuote(text, html),
    attachments: [
      { index: 0, name: 'logo.png', mimeType: 'image/png', size: 10, inline: true, contentId: 'logo' },
      { index: 1, name: 'a.pdf', mimeType: 'application/pdf', size: 10, inline: false },
    ],
  } as UnroutedPlan;
  const fitted = fitBody(p);
  expect(size(fitted)).toBeLessThanOrEqual(200 * KB);
  expect(fitted.quote!.text).toBe(text);
  expect(fitted.quote!.html).not.toContain('<table');
  expect(fitted.quote!.html).toContain('&#62; a line of the newsletter');
  expect(fitted.attachments.map((a) => a.name)).toEqual(['a.pdf']);
  expect(fitted.warnings).toEqual([
    {
      code: 'quote-shortened',
      message:
        'The original is too big to quote with its formatting (Gmail limits a message to 200 KB), so it is quoted as plain text.',
      text: { id: 'warning.quotePlain', params: {} },
    },
  ]);
});

test('a quote too big even as text is cut, with a note in both parts where it stops', () => {
  const text = `On Mon, Ana wrote:\n\n${'> ünïcödé text of a long thread\n'.repeat(8000)}`; // ~290 KB
  const fitted = fitBody(withQuote(text, '<div>x</div>'));
  const bodies = draftBodies(fitted);
  expect(size(fitted)).toBeLessThanOrEqual(200 * KB);
  expect(size(fitted)).toBeGreaterThan(190 * KB);
  expect(bodies.text).toContain(
    '[Threadsmith left out the rest of the original: Gmail limits a message to 200 KB.',
  );
  expect(bodies.html).toContain('[Threadsmith left out the rest of the original');
  expect(bodies.text.startsWith('Thanks!')).toBe(true);
  expect(fitted.warnings.map((w) => w.code)).toEqual(['quote-shortened']);
  expect(fitted.warnings.some((w) => w.blocking)).toBe(false);
});

test("the reply's own text over the limit blocks the draft, saying to shorten it", () => {
  const big = 'x'.repeat(150 * KB);
  const fitted = fitBody({ ...base, body: { text: big, html: big } });
  expect(fitted.warnings).toEqual([expect.objectContaining({ code: 'body-too-large', blocking: true })]);
});

test('the cut keeps as much as fits: within a character of the limit, with escapes, emoji and CJK', () => {
  const line = '> Tom & Jerry <tj@x.example> said "it\'s 🐈 猫" \n';
  const text = `On Mon, Ana wrote:\n\n${line.repeat(6000)}`;
  const fitted = fitBody(withQuote(text, '<div>x</div>'));
  expect(size(fitted)).toBeLessThanOrEqual(200 * KB);
  // One more character of the text costs at most 4 + 4 bytes (text and HTML parts).
  expect(size(fitted)).toBeGreaterThan(200 * KB - 8);
  // Never half an emoji.
  expect(draftBodies(fitted).text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
});

test('sizes count UTF-8 bytes: ASCII 1, é 2, 猫 3, an emoji 4', () => {
  expect(utf8Length('a')).toBe(1);
  expect(utf8Length('é')).toBe(2);
  expect(utf8Length('猫')).toBe(3);
  expect(utf8Length('🐈')).toBe(4);
  expect(utf8Length('aé猫🐈')).toBe(10);
});

describe('the note where a cut quote stops is in the user’s language, in both parts', () => {
  const long = {
    ...base,
    quote: { text: `Am Mo. schrieb Ana:\n\n${'> ein langer Text\n'.repeat(16000)}`, html: '<div>x</div>' },
  };
  const german =
    '[Threadsmith hat den Rest des Originals weggelassen, da Gmail eine Nachricht auf 200 KB begrenzt. Das Original steht weiterhin in der Unterhaltung.]';

  test('German (de-AT falls back to de)', () => {
    const bodies = draftBodies(fitBody(long, 'de-AT'));
    expect(bodies.text).toContain(german);
    expect(bodies.html).toContain(german);
    expect(bodies.text).not.toContain('left out');
  });

  test('an unknown locale: English', () => {
    expect(draftBodies(fitBody(long, 'xx')).text).toContain('[Threadsmith left out the rest of the original');
  });
});

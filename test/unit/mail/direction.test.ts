// Right-to-left text in drafts and cards: Hebrew and Arabic parts are marked, everything else is not.
import { escapeCardText, isolateRtl } from '../../../src/cards/html';
import { draftBodies, quoteOriginal, textDirection } from '../../../src/mail';
import type { ReplyPlan } from '../../../src/mail/types';
import { snapshot } from './snapshot';

const nyc = { locale: 'en-US', timeZone: 'America/New_York' };

test.each([
  ['שלום, מה שלומך?', 'rtl'],
  ['مرحبا بك', 'rtl'],
  // The first strong character decides, as dir="auto" does: digits and punctuation are neutral.
  ['2026 — שלום', 'rtl'],
  ['«Bonjour» שלום', 'ltr'],
  ['Hello שלום', 'ltr'],
  ['', 'ltr'],
  ['12:30, ok', 'ltr'],
  ['こんにちは', 'ltr'],
])('%j runs %s', (text, expected) => {
  expect(textDirection(text)).toBe(expected);
});

test('a Hebrew original is quoted right to left; the attribution stays as Gmail writes it', () => {
  const quote = quoteOriginal(snapshot({ bodies: { text: 'שלום,\nהמשלוח התעכב.' } }), nyc);
  expect(quote.html).toContain('<div dir="ltr" class="gmail_attr">');
  expect(quote.html).toContain('<blockquote class="gmail_quote" dir="rtl" style=');
});

test('an English original is quoted with no dir of its own, as Gmail quotes it', () => {
  const quote = quoteOriginal(snapshot({ bodies: { text: 'Hello,\nthe parcel is late.' } }), nyc);
  expect(quote.html).toContain('<blockquote class="gmail_quote" style=');
});

test('the reply’s own Arabic text is wrapped right to left; an English one is left as it is', () => {
  const plan = (text: string, html: string) =>
    ({ body: { text, html }, quote: null }) as unknown as ReplyPlan;
  expect(draftBodies(plan('شكرا لك', '<div>شكرا لك</div>')).html).toBe(
    '<div dir="rtl"><div>شكرا لك</div></div>',
  );
  expect(draftBodies(plan('Thanks', '<div>Thanks</div>')).html).toBe('<div>Thanks</div>');
});

test('card text that runs right to left is isolated, so the English around it keeps its order', () => {
  expect(escapeCardText('דוד <כהן>')).toBe('\u2068דוד &lt;כהן&gt;\u2069');
  expect(escapeCardText('David <Cohen>')).toBe('David &lt;Cohen&gt;');
  expect(isolateRtl('أحمد علي')).toBe('\u2068أحمد علي\u2069');
  expect(isolateRtl('Ahmed Ali')).toBe('Ahmed Ali');
});

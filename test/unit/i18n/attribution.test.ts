// The quote attribution as Gmail writes it in each language, in both parts of the draft. The frames are
// written by hand from Gmail's own replies (sources in docs/i18n.md); the date inside is Intl's.
import { formatQuoteDate, quoteAttribution, quoteOriginal } from '../../../src/mail';
import { snapshot } from '../mail/snapshot';

const from = 'Ana Ruiz <ana@example.com>';
const who = 'Ana Ruiz <ana@example.com>';
const env = (locale: string) => ({ locale, timeZone: 'Europe/Berlin' });

describe('Gmail’s frame per language', () => {
  test.each([
    ['en-US', (d: string) => `On ${d}, ${who} wrote:`],
    ['es', (d: string) => `El ${d}, ${who} escribió:`],
    ['pt-BR', (d: string) => `Em ${d}, ${who} escreveu:`],
    ['pt-PT', (d: string) => `Em ${d}, ${who} escreveu:`],
    ['fr', (d: string) => `Le ${d}, ${who} a écrit\u00a0:`],
    ['de', (d: string) => `Am ${d} schrieb ${who}:`],
    ['it', (d: string) => `Il giorno ${d} ${who} ha scritto:`],
    ['nl', (d: string) => `Op ${d} schreef ${who}:`],
    ['pl', (d: string) => `W dniu ${d} ${who} napisał(a):`],
    ['ja', (d: string) => `${d} ${who}:`],
    ['ko', (d: string) => `${d}, ${who}님이 작성:`],
    ['zh-CN', (d: string) => `${who} 于${d}写道：`],
    ['zh-TW', (d: string) => `${who} 於 ${d}寫道：`],
    ['ru', (d: string) => `${d}, ${who}:`],
    ['tr', (d: string) => `${who}, ${d} tarihinde şunu yazdı:`],
    ['ar', (d: string) => `في ${d} تمت كتابة ما يلي بواسطة ${who}:`],
    ['he', (d: string) => `בתאריך ${d} מאת ${who}:`],
    // Unknown or malformed: English.
    ['xx', (d: string) => `On ${d}, ${who} wrote:`],
    ['', (d: string) => `On ${d}, ${who} wrote:`],
  ])('%s', (locale, frame) => {
    const s = snapshot({ from });
    expect(quoteAttribution(s, env(locale))).toBe(frame(formatQuoteDate(s.date, env(locale))));
  });
});

describe('whole attributions, date included', () => {
  test.each([
    ['de', 'Am Mo., 3. Juni 2024, 14:05 schrieb Ana Ruiz <ana@example.com>:'],
    ['fr', 'Le lun. 3 juin 2024, 14:05, Ana Ruiz <ana@example.com> a écrit\u00a0:'],
    ['es', 'El lun, 3 jun 2024, 14:05, Ana Ruiz <ana@example.com> escribió:'],
    ['pt-BR', 'Em seg., 3 de jun. de 2024, 14:05, Ana Ruiz <ana@example.com> escreveu:'],
    ['ja', '2024年6月3日(月) 14:05 Ana Ruiz <ana@example.com>:'],
    ['zh-CN', 'Ana Ruiz <ana@example.com> 于2024年6月3日周一 14:05写道：'],
    ['tr', 'Ana Ruiz <ana@example.com>, 3 Haz 2024 Pzt 14:05 tarihinde şunu yazdı:'],
  ])('%s', (locale, expected) => {
    expect(quoteAttribution(snapshot({ from }), env(locale))).toBe(expected);
  });
});

test('no date: the frame without one', () => {
  const s = snapshot({ from });
  s.date = Number.NaN;
  expect(quoteAttribution(s, env('de'))).toBe('Ana Ruiz <ana@example.com> schrieb:');
  expect(quoteAttribution(s, env('ja'))).toBe('Ana Ruiz <ana@example.com>:');
});

test('an unknown sender in the user’s language', () => {
  expect(quoteAttribution(snapshot({ from: '' }), env('es'))).toMatch(
    /, un remitente desconocido escribió:$/,
  );
});

test('both parts of the draft carry it; Arabic and Hebrew right to left', () => {
  const de = quoteOriginal(snapshot({ from }), env('de'));
  expect(de.text.startsWith('Am Mo., 3. Juni 2024, 14:05 schrieb Ana Ruiz <ana@example.com>:\n\n> ')).toBe(
    true,
  );
  expect(de.html).toContain(
    '<div dir="ltr" class="gmail_attr">Am Mo., 3. Juni 2024, 14:05 schrieb Ana Ruiz &#60;ana@example.com&#62;:<br></div>',
  );
  const ar = quoteOriginal(snapshot({ from }), env('ar'));
  expect(ar.text).toMatch(/^في .* تمت كتابة ما يلي بواسطة Ana Ruiz <ana@example.com>:\n\n> /);
  expect(ar.html).toContain('<div dir="rtl" class="gmail_attr">في ');
  expect(quoteOriginal(snapshot({ from }), env('he')).html).toContain(
    '<div dir="rtl" class="gmail_attr">בתאריך ',
  );
});

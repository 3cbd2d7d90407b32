import { formatQuoteDate, quoteAttribution, quoteOriginal, quoteText } from '../../../src/mail';
import { snapshot } from './snapshot';

// ICU writes a narrow no-break space before AM/PM; what matters to the user is the text.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const nyc = { locale: 'en-US', timeZone: 'America/New_York' };

describe('attribution', () => {
  test.each([
    [nyc, /^Mon, Jun 3, 2024, 8:05 AM$/],
    // ICU versions differ on the comma after the British weekday.
    [{ locale: 'en-GB', timeZone: 'Europe/London' }, /^Mon,? 3 Jun 2024, 13:05$/],
    [{ locale: 'de-DE', timeZone: 'Europe/Berlin' }, /^Mo\., 3\. Juni 2024, 14:05$/],
    [{ locale: 'not a locale!', timeZone: 'America/New_York' }, /^Mon, Jun 3, 2024, 8:05 AM$/],
    [{ locale: 'en-US', timeZone: 'Mars/Olympus' }, /^Mon, Jun 3, 2024, 12:05 PM$/],
  ])('date in %j: %s', (env, expected) => {
    expect(plain(formatQuoteDate(Date.UTC(2024, 5, 3, 12, 5), env))).toMatch(expected);
  });

  test.each([
    ['Ana Ruiz <ana@example.com>', 'On Mon, Jun 3, 2024, 8:05 AM, Ana Ruiz <ana@example.com> wrote:'],
    ['ana@example.com', 'On Mon, Jun 3, 2024, 8:05 AM, ana@example.com wrote:'],
    ['Mailer Daemon', 'On Mon, Jun 3, 2024, 8:05 AM, Mailer Daemon wrote:'],
    ['', 'On Mon, Jun 3, 2024, 8:05 AM, an unknown sender wrote:'],
  ])('from %j', (from, expected) => {
    expect(plain(quoteAttribution(snapshot({ from }), nyc))).toBe(expected);
  });
});

describe('quoteText', () => {
  test.each([
    ['one line', '> one line'],
    ['a\n\nb', '> a\n>\n> b'],
    ['a\r\nb\r\n', '> a\n> b'],
    ['> earlier\n>> older\nnew', '>> earlier\n>>> older\n> new'],
  ])('%j', (text, expected) => {
    expect(quoteText(text)).toBe(expected);
  });
});

describe('quoteOriginal', () => {
  test('HTML part: Gmail quote markup around the sanitized body', () => {
    const q = quoteOriginal(
      snapshot({
        from: 'Ana <ana@example.com>',
        bodies: { text: 'Hi', html: '<body><p>Hi<script>x</script></p></body>' },
      }),
      nyc,
    );
    expect(plain(q.html)).toBe(
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jun 3, 2024, 8:05 AM, Ana &#60;ana@example.com&#62; wrote:<br></div>' +
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><p>Hi</p></blockquote></div>',
    );
    expect(plain(q.text)).toBe('On Mon, Jun 3, 2024, 8:05 AM, Ana <ana@example.com> wrote:\n\n> Hi');
  });

  test('no HTML part: the text, escaped, with <br>', () => {
    const q = quoteOriginal(snapshot({ bodies: { text: 'a < b\n<script>', html: '' } }), nyc);
    expect(q.html).toContain('>a &#60; b<br>&#60;script&#62;</blockquote>');
  });

  test('no text part: the text quote is made from the HTML', () => {
    const q = quoteOriginal(
      snapshot({ bodies: { text: '', html: '<p>One &amp; two</p><p>Three<br>Four</p>' } }),
      nyc,
    );
    expect(q.text.split('\n\n')[1]).toBe('> One & two\n> Three\n> Four');
  });

  test('a name with markup stays text in the attribution', () => {
    const q = quoteOriginal(
      snapshot({ from: '"<a href=\\"https://evil.example\\">Pay</a>" <x@example.com>' }),
      nyc,
    );
    expect(q.html).not.toContain('<a href');
  });
});

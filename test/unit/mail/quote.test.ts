import {
  formatQuoteDate,
  quoteAttribution,
  quoteOriginal,
  quoteText,
  sanitizeQuotedHtml,
} from '../../../src/mail';
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

describe('sanitizeQuotedHtml', () => {
  test.each([
    [
      'keeps ordinary markup',
      '<p style="color:red">Hi <b>there</b></p>',
      '<p style="color:red">Hi <b>there</b></p>',
    ],
    [
      'body content only',
      '<html><head><title>t</title><style>p{}</style></head><body class="x"><p>Hi</p></body></html>',
      '<p>Hi</p>',
    ],
    ['no body tag: head dropped', '<head><script>x()</script></head><div>Hi</div>', '<div>Hi</div>'],
    [
      'scripts removed, any case',
      '<p>a</p><SCRIPT type="text/javascript">alert(1)</SCRIPT><p>b</p>',
      '<p>a</p><p>b</p>',
    ],
    ['styles removed', '<style>body{display:none}</style><p>a</p>', '<p>a</p>'],
    ['event handlers removed', '<img src="x.png" onerror="alert(1)" ONLOAD=alert(2)>', '<img src="x.png">'],
    ['javascript: URLs removed', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['obfuscated javascript: URLs removed', '<a href=" jav&#x61;\tscript&colon;alert(1)">x</a>', '<a>x</a>'],
    [
      'ordinary links kept',
      '<a href="https://example.com/?a=1&amp;b=2">x</a>',
      '<a href="https://example.com/?a=1&amp;b=2">x</a>',
    ],
    [
      'iframes, objects and embeds removed',
      '<iframe src="https://e.example">x</iframe><object data="a">y</object><embed src="b">z',
      'z',
    ],
    [
      'forms removed, their text kept',
      '<form action="https://e.example"><input name="a">Name<button>Go</button></form>',
      'NameGo',
    ],
    ['comments removed', 'a<!-- <script>x</script> -->b', 'ab'],
    ['CSS expressions removed', '<p style="width:expression(alert(1))">a</p>', '<p>a</p>'],
    ['svg with script removed', '<svg><script>x</script></svg>ok', 'ok'],
    [
      'single-quoted values re-quoted safely',
      '<p title=\'say "hi"\'>a</p>',
      '<p title="say &quot;hi&quot;">a</p>',
    ],
    ['a stray < stays text', 'a < b and <3', 'a &lt; b and &lt;3'],
    ['an unclosed tag stays text', '<p>a</p><img src="x', '<p>a</p>&lt;img src="x'],
    ['an unclosed script hides the rest', '<p>a</p><script>alert(1)', '<p>a</p>'],
  ])('%s', (_label, html, expected) => {
    expect(sanitizeQuotedHtml(html).html).toBe(expected);
  });

  test('lists the inline images it shows, once each', () => {
    const { contentIds } = sanitizeQuotedHtml(
      '<img src="cid:logo@x"><img src="CID:chart"><img src="cid:logo@x"><td background="cid:bg">',
    );
    expect(contentIds).toEqual(['logo@x', 'chart', 'bg']);
  });

  test('a 1 MB body full of scripts comes out without a script', () => {
    const chunk =
      '<p onclick="steal()">Text</p><script>var a = "<p>" + document.cookie;</script><img src=x onerror=alert(1)>';
    let html = '<html><body>';
    while (html.length < 1024 * 1024) html += chunk;
    html += '<SCRIPT>unclosed';
    const out = sanitizeQuotedHtml(html).html;
    expect(out).not.toMatch(/<script|onclick|onerror|document\.cookie/i);
    expect(out.match(/<p>Text<\/p>/g)?.length).toBe(Math.floor((html.length - 12) / chunk.length));
  });

  test('hostile unclosed markup is handled', () => {
    const out = sanitizeQuotedHtml(`${'<a title="'.repeat(50000)}${'<b '.repeat(50000)}`).html;
    expect(out).not.toContain('<b ');
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

// The quote's HTML cleaner: expected outputs written by hand; hostile input judged by an independent
// HTML parser (scriptCapable.ts) as a browser would read the output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { htmlToText, quoteOriginal, sanitizeQuotedHtml } from '../../../src/mail';
import { CORPORA } from './corpora';
import { browserView, scriptCapable } from './scriptCapable';
import { snapshot } from './snapshot';
import { XSS_VECTORS } from './xssVectors';

const clean = (html: string) => sanitizeQuotedHtml(html).html;

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

describe('bypasses of the old cleaner (issue 10)', () => {
  test.each([
    ['zero-padded decimal entity', '<a href="&#00000106;avascript:alert(1)">x</a>', '<a>x</a>'],
    ['hex entity', '<a href="&#x6A;avascript:alert(1)">x</a>', '<a>x</a>'],
    ['hex entity without semicolon', '<a href="javascri&#x70t:alert(1)">x</a>', '<a>x</a>'],
    [
      'decimal entities without semicolons',
      '<img src=&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)>',
      '<img>',
    ],
    ['tab inside the scheme', '<a href="java\tscript:alert(1)">x</a>', '<a>x</a>'],
    ['newline inside the scheme', '<a href="java\nscript:alert(1)">x</a>', '<a>x</a>'],
    ['NUL inside the scheme', '<a href="java\u0000script:alert(1)">x</a>', '<a>x</a>'],
    ['&Tab; and &colon;', '<a href="java&Tab;script&colon;alert(1)">x</a>', '<a>x</a>'],
    ['vbscript:', '<a href="VBScript:msgbox(1)">x</a>', '<a>x</a>'],
    ['an unknown scheme', '<a href="livescript:x">x</a>', '<a>x</a>'],
    ['backticks are not quotes', '<img src=`javascript:alert(1)`>', '<img>'],
    [
      'CSS escape \\65 xpression',
      '<p style="width:\\65 xpression(alert(1));color:red">x</p>',
      '<p style="color:red">x</p>',
    ],
    ['CSS escape \\000065', '<p style="width:\\000065xpression(alert(1))">x</p>', '<p>x</p>'],
    ['comment inside expression', '<p style="width:expr/**/ession(alert(1))">x</p>', '<p>x</p>'],
    [
      'url(javascript:)',
      '<div style="background:url(javascript:alert(1));color:red">x</div>',
      '<div style="color:red">x</div>',
    ],
    ['url() of a data: page', '<div style="background:url(data:text/html,x)">x</div>', '<div>x</div>'],
    ['behavior', '<div style="behavior:url(x.htc)">x</div>', '<div>x</div>'],
    ['-moz-binding', '<div style="-moz-binding:url(http://e.example/x.xml#x)">x</div>', '<div>x</div>'],
    ['@import', '<div style="@import \'http://e.example/x.css\'">x</div>', '<div>x</div>'],
    [
      'an escaped semicolon does not start a declaration',
      '<p style="color:red\\3b background:url(javascript:x)">x</p>',
      '<p>x</p>',
    ],
    [
      '<plaintext>: the rest is text',
      '<p>a</p><plaintext><img src=x onerror=alert(1)>',
      '<p>a</p>&lt;img src=x onerror=alert(1)&gt;',
    ],
    ['<xmp>', 'a<xmp><img src=x onerror=alert(1)></xmp>b', 'ab'],
    [
      '<noscript> mutation',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<img src="x">"&gt;',
    ],
    ['<svg>', 'a<svg><a href="javascript:alert(1)">x</a></svg>b', 'ab'],
    ['<math>', 'a<math><mtext><img src=x onerror=alert(1)></mtext></math>b', 'ab'],
    ['<base>', '<base href="https://evil.example/">a', 'a'],
    ['<meta refresh>', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">a', 'a'],
    [
      '<form> and formaction',
      '<form action="https://e.example"><button formaction="javascript:x">Go</button></form>',
      'Go',
    ],
    ['srcdoc', '<div srcdoc="&lt;script&gt;x&lt;/script&gt;">a</div>', '<div>a</div>'],
    ['data: page link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a>x</a>'],
    ['data: SVG image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img>'],
    ['unclosed tag', '<p>a</p><img src=x onerror=alert(1) ', '<p>a</p>&lt;img src=x onerror=alert(1) '],
    ['<scr<script>ipt>', '<scr<script>ipt>alert(1)</scr</script>ipt>', '&lt;script&gt;'],
    [
      'unquoted attributes',
      '<img src=logo.png onerror=alert(1) width=10>',
      '<img src="logo.png" width="10">',
    ],
    ['slash as separator', '<img/src="x.png"/onerror=alert(1)>', '<img src="x.png">'],
    [
      'the first of two attributes counts',
      '<a href="javascript:x" href="https://ok.example">x</a>',
      '<a>x</a>',
    ],
    ['comment closed by --!>', 'a<!-- x --!><b>b</b>', 'a<b>b</b>'],
    ['<!--> is a whole comment', 'a<!--><b>b</b>', 'a<b>b</b>'],
    ['end tag attributes are read as a tag', '<p>a</p title="><img src=x onerror=alert(1)>">b', '<p>a</p>b'],
    ['a non-keyword in a size attribute', '<font size="&{alert(1)}">a</font>', '<font>a</font>'],
    ['JavaScript in a mailto', '<a href="mailto:a@x.example?body=javascript:alert(1)">x</a>', '<a>x</a>'],
  ])('%s', (_label, html, expected) => {
    expect(clean(html)).toBe(expected);
  });
});

describe('a newsletter survives', () => {
  test('tables, colours, fonts, sizes, margins, http/https/mailto links and cid/raster data images', () => {
    const html =
      '<!DOCTYPE html><html><head><style>.x{color:red}</style></head><body style="margin:0">' +
      '<center><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#FFFFFF" align="center" style="margin: 0 auto; border-collapse: collapse;">' +
      '<tr><td background="cid:bg@news" valign="top" style="padding: 16px 24px; font-family: \'Helvetica Neue\', Arial, sans-serif; font-size: 14px; line-height: 1.5; color: #333333;">' +
      '<h1 style="margin:0 0 8px;font-size:22px;color:rgb(26, 115, 232)">Spring &amp; summer</h1>' +
      '<p>Caf&eacute; &mdash; <font color="#c00" face="Georgia">open</font>.</p>' +
      '<a href="https://shop.example/?utm=1&amp;x=2" target="_blank" style="color:#1a73e8;text-decoration:none">Shop</a> · ' +
      '<a href="mailto:hello@shop.example">Write</a> · <a href="http://old.example/">Old</a>' +
      '<img src="cid:logo@news" alt="Logo" width="120" height="40" style="display:block;border:0">' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">' +
      '</td></tr></table></center></body></html>';
    expect(sanitizeQuotedHtml(html)).toEqual({
      html:
        '<center><table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#FFFFFF" align="center" style="margin:0 auto;border-collapse:collapse">' +
        '<tr><td background="cid:bg@news" valign="top" style="padding:16px 24px;font-family:\'Helvetica Neue\', Arial, sans-serif;font-size:14px;line-height:1.5;color:#333333">' +
        '<h1 style="margin:0 0 8px;font-size:22px;color:rgb(26, 115, 232)">Spring &amp; summer</h1>' +
        '<p>Café — <font color="#c00" face="Georgia">open</font>.</p>' +
        '<a href="https://shop.example/?utm=1&amp;x=2" target="_blank" style="color:#1a73e8;text-decoration:none">Shop</a> · ' +
        '<a href="mailto:hello@shop.example">Write</a> · <a href="http://old.example/">Old</a>' +
        '<img src="cid:logo@news" alt="Logo" width="120" height="40" style="display:block;border:0">' +
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">' +
        '</td></tr></table></center>',
      contentIds: ['bg@news', 'logo@news'],
    });
  });

  test('CSS escapes in a font name are decoded, not refused', () => {
    expect(clean('<p style="font-family:\\5FAE\\8F6F\\96C5\\9ED1, sans-serif">x</p>')).toBe(
      '<p style="font-family:微软雅黑, sans-serif">x</p>',
    );
  });

  test('right-to-left mail keeps its direction', () => {
    expect(clean('<div dir="rtl" style="direction:rtl;text-align:right">שלום</div>')).toBe(
      '<div dir="rtl" style="direction:rtl;text-align:right">שלום</div>',
    );
  });
});

describe('every vector of test/unit/mail/xssVectors.ts is stopped', () => {
  test.each(XSS_VECTORS.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    const out = clean(vector.html);
    expect(scriptCapable(out)).toEqual([]);
    const view = browserView(out).toLowerCase();
    for (const s of vector.mustNotSurvive) expect(view).not.toContain(s.toLowerCase());
  });
});

describe('entities in the text part, as a browser decodes them', () => {
  test.each([
    [
      'named entities beyond the basic nine',
      'Caf&eacute; &mdash; &hellip; &euro;5 &notin; &Alpha;',
      'Café — … €5 ∉ Α',
    ],
    ['numeric, decimal and hex, padded, without semicolons', '&#233;&#x00E9;&#0000233 &#xe9 x', 'ééé é x'],
    [
      'NUL, surrogates and out of range become U+FFFD',
      'a&#0;b&#xD800;c&#x110000;d',
      'a\ufffdb\ufffdc\ufffdd',
    ],
    ['C1 references are windows-1252, as in browsers', '&#128; &#150; &#153;', '€ – ™'],
    ['legacy entities without a semicolon', '&copy 2024 &amp co &lt;b&gt;', '© 2024 & co <b>'],
    ['an unknown name stays as written', '&bogus; &', '&bogus; &'],
  ])('%s', (_label, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  test('entities decoded once only: &amp;lt; is the text "&lt;"', () => {
    expect(htmlToText('<p>&amp;lt;script&amp;gt;</p>')).toBe('&lt;script&gt;');
  });
});

describe('control characters in the quote: dropped, line separators made spaces', () => {
  const controls = 'a\u0000b\u0007c\u001bd\u007fe\u0085f\u2028g\u2029h\u202ei\u2066j\u2069k\u0090l\tm';
  const expected = 'abcde f g hijkl\tm';

  test('text part', () => {
    const q = quoteOriginal(snapshot({ bodies: { text: controls, html: '' } }), {
      locale: 'en-US',
      timeZone: 'UTC',
    });
    expect(q.text.split('\n\n')[1]).toBe(`> ${expected}`);
    expect(q.html).toContain(`>${expected}</blockquote>`);
  });

  test('HTML part, raw and as entities, in text and in attribute values', () => {
    expect(clean(`<p title="x\u202ey">${controls}</p>`)).toBe(`<p title="xy">${expected}</p>`);
    expect(clean('<p>invoice&#x202E;fdp.exe &#8232;&#0;</p>')).toBe('<p>invoicefdp.exe  \ufffd</p>');
  });

  test('text made from the HTML part', () => {
    const q = quoteOriginal(snapshot({ bodies: { text: '', html: `<p>${controls}</p>` } }), {
      locale: 'en-US',
      timeZone: 'UTC',
    });
    expect(q.text.split('\n\n')[1]).toBe(`> ${expected}`);
  });
});

// A property of real mail: whatever the message, the quoted HTML has no script-capable construct.
describe('quoted HTML of real mail has no script-capable construct', () => {
  const FIXTURES = join(__dirname, '../../../fixtures/mailbox');
  const CORPUS = join(CORPORA, 'eml');
  const emlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((d) => d.isFile() && d.name.endsWith('.eml'))
      .map((d) => join(d.parentPath, d.name));
  const files = [
    ...emlFiles(FIXTURES),
    ...(() => {
      try {
        return emlFiles(CORPUS);
      } catch {
        console.log(`skipped: ${CORPUS} is absent (third-party corpora not checked out)`);
        return [];
      }
    })(),
  ];

  test.each(
    files.map((f) => [f.slice(f.indexOf(f.includes('/corpora/') ? '/corpora/' : '/fixtures/') + 1), f]),
  )('%s', async (_name, file) => {
    const email = await PostalMime.parse(readFileSync(file));
    const html = email.html ?? '';
    const out = clean(html);
    expect(scriptCapable(out)).toEqual([]);
    expect(out).not.toMatch(/javascript:|<script|expression\(|\son[a-z]+\s*=/i);
  });
});

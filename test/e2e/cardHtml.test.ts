// The card text HTML subset: what the preview's sidebar keeps as formatting and what it shows as text.
import { cardHtmlText, decodeEntities, parseCardHtml } from '../../sim/preview/cardHtml';

test('the honoured tags become nodes', () => {
  expect(
    parseCardHtml(
      '<b>a</b><i>b</i><u>c</u><s>d</s><br><font color="#ff0000">e</font><a href="https://x.example/">f</a>',
    ),
  ).toEqual([
    { kind: 'el', tag: 'b', children: [{ kind: 'text', text: 'a' }] },
    { kind: 'el', tag: 'i', children: [{ kind: 'text', text: 'b' }] },
    { kind: 'el', tag: 'u', children: [{ kind: 'text', text: 'c' }] },
    { kind: 'el', tag: 's', children: [{ kind: 'text', text: 'd' }] },
    { kind: 'br' },
    { kind: 'font', color: '#ff0000', children: [{ kind: 'text', text: 'e' }] },
    { kind: 'a', href: 'https://x.example/', children: [{ kind: 'text', text: 'f' }] },
  ]);
});

test('anything else is shown as the text it is', () => {
  expect(cardHtmlText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  expect(cardHtmlText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  expect(cardHtmlText('<b onclick="x()">bold?</b>')).toBe('<b onclick="x()">bold?</b>');
  expect(cardHtmlText('<p>para</p><div>d</div>')).toBe('<p>para</p><div>d</div>');
  expect(cardHtmlText('a < b > c')).toBe('a < b > c');
  expect(cardHtmlText('</b>stray')).toBe('</b>stray');
});

test('entities decode once; escaped markup stays text', () => {
  expect(cardHtmlText('&lt;a href="https://evil.example"&gt;Pay here&lt;/a&gt;')).toBe(
    '<a href="https://evil.example">Pay here</a>',
  );
  expect(decodeEntities('&amp;lt; &#39; &#x41; &nbsp;&unknown;')).toBe("&lt; ' A \u00a0&unknown;");
});

test('unsafe link targets and colours are dropped, keeping the text', () => {
  expect(parseCardHtml('<a href="javascript:alert(1)">x</a>')).toEqual([
    { kind: 'a', href: null, children: [{ kind: 'text', text: 'x' }] },
  ]);
  expect(parseCardHtml('<font color="red;background:url(x)">x</font>')).toEqual([
    { kind: 'font', color: null, children: [{ kind: 'text', text: 'x' }] },
  ]);
  expect(parseCardHtml('<a href="mailto:a@b.example">m</a>')[0]).toMatchObject({
    href: 'mailto:a@b.example',
  });
});

test('unclosed tags end with the text; nested ones close with their parent', () => {
  expect(cardHtmlText('<b>open')).toBe('open');
  expect(parseCardHtml('<b><i>x</b>y')).toEqual([
    { kind: 'el', tag: 'b', children: [{ kind: 'el', tag: 'i', children: [{ kind: 'text', text: 'x' }] }] },
    { kind: 'text', text: 'y' },
  ]);
});

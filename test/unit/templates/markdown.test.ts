import { droppedLinks, markdownToHtml, toPlainText } from '../../../src/templates/markdown';

const UL = '<ul style="margin:0;padding-left:1.5em">';
const OL = '<ol style="margin:0;padding-left:1.5em">';
const GAP = '<div><br></div>';

// [what it shows, Markdown, HTML part, text part]
const CASES: [string, string, string, string][] = [
  ['a paragraph', 'Hello there', '<div>Hello there</div>', 'Hello there'],
  ['line breaks as typed', 'Best,\nAna', '<div>Best,<br>Ana</div>', 'Best,\nAna'],
  [
    'one blank line between paragraphs',
    'Hi,\n\nThanks',
    `<div>Hi,</div>${GAP}<div>Thanks</div>`,
    'Hi,\n\nThanks',
  ],
  [
    'several blank lines read as one',
    'Hi,\n\n\n\nThanks',
    `<div>Hi,</div>${GAP}<div>Thanks</div>`,
    'Hi,\n\nThanks',
  ],
  [
    'bold and italics',
    '**now** and *then* and _so_',
    '<div><b>now</b> and <i>then</i> and <i>so</i></div>',
    'now and then and so',
  ],
  [
    'a link',
    'See [the docs](https://example.com/docs).',
    '<div>See <a href="https://example.com/docs">the docs</a>.</div>',
    'See the docs (https://example.com/docs).',
  ],
  [
    'a link whose text is its address',
    '[https://example.com](https://example.com)',
    '<div><a href="https://example.com">https://example.com</a></div>',
    'https://example.com',
  ],
  [
    'a typed https address',
    'Go to https://example.com/a now',
    '<div>Go to <a href="https://example.com/a">https://example.com/a</a> now</div>',
    'Go to https://example.com/a now',
  ],
  [
    'a mailto link',
    '[Write to us](mailto:help@example.com)',
    '<div><a href="mailto:help@example.com">Write to us</a></div>',
    'Write to us (help@example.com)',
  ],
  ['an http link dropped to its text', '[site](http://example.com)', '<div>site</div>', 'site'],
  ['a javascript link dropped to its text', '[click](javascript:alert(1))', '<div>click</div>', 'click'],
  ['a data link dropped to its text', '[x](data:text/html,hi)', '<div>x</div>', 'x'],
  [
    'a bare domain stays text',
    'visit example.com today',
    '<div>visit example.com today</div>',
    'visit example.com today',
  ],
  [
    'a bulleted list after a paragraph',
    'Please send:\n\n- the order number\n- a screenshot',
    `<div>Please send:</div>${GAP}${UL}<li>the order number</li><li>a screenshot</li></ul>`,
    'Please send:\n\n- the order number\n- a screenshot',
  ],
  [
    'a numbered list',
    '1. first\n2. second',
    `${OL}<li>first</li><li>second</li></ol>`,
    '1. first\n2. second',
  ],
  [
    'a numbered list that starts later',
    '3. third\n4. fourth',
    '<ol start="3" style="margin:0;padding-left:1.5em"><li>third</li><li>fourth</li></ol>',
    '3. third\n4. fourth',
  ],
  [
    'a nested list',
    '- fruit\n  - apple\n- veg',
    `${UL}<li>fruit${UL}<li>apple</li></ul></li><li>veg</li></ul>`,
    '- fruit\n  - apple\n- veg',
  ],
  ['a list item over two lines', '- one\n  more', `${UL}<li>one<br>more</li></ul>`, '- one\n  more'],
  [
    'a list then text after a blank line',
    '- a\n- b\n\nThanks',
    `${UL}<li>a</li><li>b</li></ul>${GAP}<div>Thanks</div>`,
    '- a\n- b\n\nThanks',
  ],
  [
    'typed HTML is text',
    'a <b>bold</b> claim',
    '<div>a &lt;b&gt;bold&lt;/b&gt; claim</div>',
    'a <b>bold</b> claim',
  ],
  ['a heading marker is text', '# not a heading', '<div># not a heading</div>', '# not a heading'],
  [
    'a signature separator is not a heading',
    'Thanks\n--\nAna',
    '<div>Thanks<br>--<br>Ana</div>',
    'Thanks\n--\nAna',
  ],
  ['a quote marker is text', '> quoted', '<div>&gt; quoted</div>', '> quoted'],
  [
    'an image is not loaded',
    '![logo](https://example.com/l.png)',
    '<div>!<a href="https://example.com/l.png">logo</a></div>',
    '!logo (https://example.com/l.png)',
  ],
  ['an escaped star', '\\*not italic\\*', '<div>*not italic*</div>', '*not italic*'],
  ['entities are shown as typed', 'AT&amp;T', '<div>AT&amp;amp;T</div>', 'AT&amp;T'],
];

describe('Markdown for mail', () => {
  it.each(CASES)('%s', (_what, source, html, text) => {
    expect(markdownToHtml(source)).toBe(html);
    expect(toPlainText(source)).toBe(text);
  });

  it('names the links it would drop', () => {
    expect(droppedLinks('[a](https://ok.example) [b](http://no.example) [c](ftp://x.example/f)')).toEqual([
      'http://no.example',
      'ftp://x.example/f',
    ]);
  });

  it('emits no classes, ids, scripts or style blocks', () => {
    const html = markdownToHtml('**a** [b](https://x.example)\n\n- c\n1. d\n\n<script>x</script>');
    expect(html).not.toMatch(/class=|id=|<script|<style/);
  });
});

import {
  type Rendered,
  type RenderOutcome,
  renderTemplate,
  renderWithOverrides,
} from '../../../src/templates/render';
import { STARTER_TEMPLATES } from '../../../src/templates/starters';
import { context } from './helpers';

function ok(outcome: RenderOutcome): Rendered {
  if (!outcome.ok) throw new Error(`render failed: ${outcome.error.message}`);
  return outcome;
}

const EVIL = '*Bob* <b>x</b> {{ me.email }} [pay](https://evil.example)';

describe('values are data, never markup', () => {
  const ctx = context({ snapshot: { from: `"${EVIL}" <bob@evil.example>` } });

  it('shows a sender name full of markup literally in both parts', () => {
    const r = ok(renderTemplate('Hello {{ sender.name }}!', ctx));
    expect(r.text).toBe(`Hello ${EVIL}!`);
    expect(r.html).toBe(
      '<div>Hello *Bob* &lt;b&gt;x&lt;/b&gt; {{ me.email }} [pay](https://evil.example)!</div>',
    );
    expect(r.html).not.toContain('<a ');
    expect(r.html).not.toContain('sam@example.com');
  });

  it('keeps it literal through filters and | raw', () => {
    const body = '{{ sender.name | upcase | downcase }}\n{{ sender.name | raw }}';
    const r = ok(renderTemplate(body, ctx));
    expect(r.text).toBe([EVIL.toLowerCase(), EVIL].join('\n'));
    expect(r.html).not.toMatch(/<a |<b>|<i>/);
  });

  // These tags would print a value where the missing-field check cannot see it ("Hi ," in a draft), or
  // make a name nobody can fill in: they are refused with the position, never rendered.
  it.each([
    ['Hi {% echo sender.first_name %}'],
    ['{% assign n = sender.first_name %}Hi {{ n }}'],
    ['{% capture c %}{{ sender.first_name }}{% endcapture %}Hi {{ c }}'],
    ['{% cycle "a", sender.first_name %}'],
    ['{% liquid echo sender.first_name %}'],
  ])('refuses %s with a line and column', (body) => {
    const r = renderTemplate(body, context({ snapshot: { from: 'x9@corp.example' } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBe(1);
  });

  it('never lets a value choose where a link goes', () => {
    const c = context({ snapshot: { from: '"javascript:alert(1)" <x@evil.example>' } });
    const r = ok(renderTemplate('[open]({{ sender.name }})', c));
    expect(r.html).toBe('<div>open</div>');
  });

  it('puts a value inside a link target percent-encoded', () => {
    const c = context({ snapshot: { from: '"A \\"B\\" <c>" <ana+x@acme.example>' } });
    const r = ok(
      renderTemplate('[profile](https://crm.example/find?q={{ sender.email }}&n={{ sender.name }})', c),
    );
    expect(r.html).toBe(
      '<div><a href="https://crm.example/find?q=ana%2Bx@acme.example&amp;n=A%20%22B%22%20%3Cc%3E">profile</a></div>',
    );
    // The text part shows the target as sent, decoding only what reads the same either way.
    expect(r.text).toBe('profile (https://crm.example/find?q=ana%2Bx@acme.example&n=A "B" <c>)');
  });

  it('does not let Markdown eat the underscores of merge fields', () => {
    const c = context({ snapshot: { from: '"snake_case_name" <s@acme.example>' } });
    const r = ok(
      renderTemplate('{{ sender.first_name }} and {{ sender.last_name }} - {{ sender.name }}', context()),
    );
    expect(r.html).toBe('<div>Ana and Ruiz - Ana Ruiz</div>');
    expect(ok(renderTemplate('_{{ sender.name }}_', c)).html).toBe('<div><i>snake_case_name</i></div>');
  });
});

describe('merge fields', () => {
  const people = context({
    to: [
      { name: 'Ana Ruiz', email: 'ana@acme.example' },
      { name: '', email: 'info@acme.example' },
    ],
    cc: [{ name: 'Lee, Kim', email: 'kim@acme.example' }],
  });

  it.each([
    [
      '{{ sender.first_name }} {{ sender.last_name }} <{{ sender.email }}> at {{ sender.domain }}',
      'Ana Ruiz <ana.ruiz@acme.example> at acme.example',
    ],
    ['{{ subject }}', 'Invoice 42'],
    ['{{ me.name }} / {{ me.first_name }} / {{ me.email }}', 'Sam Lee / Sam / sam@example.com'],
    ['{{ thread.count }} messages', '3 messages'],
    ['{{ date }} / {{ today }}', '14 March 2025 / 15 March 2025'],
    [
      '{{ sender.first_name | upcase }} {{ sender.last_name | downcase }} {{ "ana" | capitalize }}',
      'ANA ruiz Ana',
    ],
    ['{% if thread.count > 1 %}again{% else %}first{% endif %}', 'again'],
  ])('%s', (body, text) => {
    expect(ok(renderTemplate(body, context())).text).toBe(text);
  });

  it.each([
    ['{{ to.first_name }}', 'Ana'],
    ['{{ to.size }} and {{ cc.size }}', '2 and 1'],
    ['{% for p in to %}{{ p.email }};{% endfor %}', 'ana@acme.example;info@acme.example;'],
    ['{{ to }}', 'Ana Ruiz, info@acme.example'],
    ['{{ cc.first_name }} {{ cc.last_name }}', 'Kim Lee'],
    ['{{ to.first.name }} / {{ to.last.email }}', 'Ana Ruiz / info@acme.example'],
  ])('lists: %s', (body, text) => {
    expect(ok(renderTemplate(body, people)).text).toBe(text);
  });

  it('uses a default for an empty field, and an if guards one', () => {
    const c = context({ snapshot: { from: 'info@acme.example' } });
    expect(ok(renderTemplate('Hi {{ sender.first_name | default: "there" }},', c))).toMatchObject({
      text: 'Hi there,',
      missing: [],
    });
    expect(
      ok(renderTemplate('Hi{% if sender.first_name %} {{ sender.first_name }}{% endif %},', c)),
    ).toMatchObject({
      text: 'Hi,',
      missing: [],
    });
  });
});

describe('never "Hi ,"', () => {
  const noName = context({
    snapshot: { from: 'info@acme.example' },
    me: { name: '', email: 'sam@example.com' },
  });

  it('reports an empty field used without a default, and marks it instead of leaving a hole', () => {
    const r = ok(
      renderTemplate('Hi {{ sender.first_name }},\n\n{{ me.first_name | default: me.name }}', noName),
    );
    expect(r.missing).toEqual(['sender.first_name', 'me.first_name']);
    expect(r.text).toBe('Hi [sender.first_name],\n\n[me.first_name]');
  });

  it('fills what the user typed for the missing fields', () => {
    const r = ok(
      renderWithOverrides('Hi {{ sender.first_name }},\n{% if sender.first_name %}ok{% endif %}', noName, {
        'sender.first_name': ' Ana ',
      }),
    );
    expect(r).toMatchObject({ text: 'Hi Ana,\nok', missing: [] });
  });

  it('asks once for a field empty for some people of a loop, and fills them all', () => {
    const c = context({
      to: [
        { name: 'Ana Ruiz', email: 'ana@acme.example' },
        { name: '', email: 'info@acme.example' },
      ],
    });
    const body = '{% for p in to %}Hi {{ p.first_name }}! {% endfor %}';
    expect(ok(renderTemplate(body, c)).missing).toEqual(['to[].first_name']);
    expect(ok(renderWithOverrides(body, c, { 'to[].first_name': 'team' })).text).toBe('Hi Ana! Hi team!');
  });

  it('in a compose window with no message, the message fields are missing, not blank', () => {
    const c = context({ snapshot: null, to: [{ name: 'Kim Lee', email: 'kim@acme.example' }] });
    const r = ok(renderTemplate('Dear {{ to.first_name }}, about {{ date }} and {{ sender.first_name }}', c));
    expect(r.text).toBe('Dear Kim, about [date] and [sender.first_name]');
    expect(r.missing).toEqual(['date', 'sender.first_name']);
  });

  it.each(STARTER_TEMPLATES.map((t) => [t.name, t.body]))(
    'starter "%s" has no empty field and no leftover Liquid, with and without names',
    (_name, body) => {
      for (const c of [context(), noName]) {
        const r = ok(renderTemplate(body, c));
        for (const part of [r.text, r.html]) {
          expect(part).not.toMatch(/\{\{|\{%|%\}|\}\}/);
          expect(part).not.toMatch(/Hi ,|Hi ,|\*\s*\*|<i><\/i>/);
        }
      }
    },
  );

  it('starters greet "there" when the sender has no usable name, and sign off without one of the user\'s', () => {
    const r = ok(renderTemplate(STARTER_TEMPLATES[0]!.body, noName));
    expect(r.text.startsWith('Hi there,\n')).toBe(true);
    expect(r.text.endsWith('\n\nBest regards,')).toBe(true);
    expect(r.missing).toEqual([]);
  });
});

describe('the date filter uses the user locale and time zone', () => {
  const at = (iso: string, locale: string, timeZone: string) => ({
    ...context(),
    date: Date.parse(iso),
    format: { locale, timeZone },
  });

  it.each([
    ['2025-03-14T09:30:00Z', 'en-GB', 'Europe/London', '{{ date }}', '14 March 2025'],
    ['2025-03-14T09:30:00Z', 'en-US', 'America/New_York', '{{ date }}', 'March 14, 2025'],
    ['2025-03-14T09:30:00Z', 'de-DE', 'Europe/Berlin', '{{ date | date: "long" }}', '14. März 2025'],
    ['2025-03-14T09:30:00Z', 'en-US', 'UTC', '{{ date | date: "short" }}', '3/14/25'],
    ['2025-03-14T09:30:00Z', 'en-GB', 'UTC', '{{ date | date: "full" }}', 'Friday, 14 March 2025'],
    ['2025-03-14T09:30:00Z', 'en-GB', 'Europe/Berlin', '{{ date | date: "time" }}', '10:30'],
    ['2025-03-14T09:30:00Z', 'en-GB', 'UTC', '{{ date | date: "%A %-d %B %Y" }}', 'Friday 14 March 2025'],
    ['2025-03-14T09:30:00Z', 'en-GB', 'UTC', '{{ date | date: "%d/%m/%y %H:%M" }}', '14/03/25 09:30'],
    ['2025-03-14T21:05:00Z', 'en-US', 'UTC', '{{ date | date: "%I:%M %p" }}', '09:05 PM'],
    ['2025-03-14T09:30:00Z', 'de-DE', 'UTC', '{{ date | date: "%A, %-d. %B" }}', 'Freitag, 14. März'],
    // 02:30 UTC is still the evening before in New York.
    [
      '2025-03-14T02:30:00Z',
      'en-GB',
      'America/New_York',
      '{{ date | date: "%a %-d %b %H:%M" }}',
      'Thu 13 Mar 22:30',
    ],
    ['2025-03-14T09:30:00Z', 'en-GB', 'UTC', '{{ "now" | date: "%Y-%m-%d" }}', '2025-03-15'],
    ['2025-03-14T09:30:00Z', 'en-GB', 'UTC', '{{ "2024-12-25" | date: "%-d %B" }}', '25 December'],
    // An unknown zone or locale falls back instead of failing the render.
    ['2025-03-14T09:30:00Z', 'en-GB', 'Mars/Olympus', '{{ date | date: "%H:%M" }}', '09:30'],
  ])('%s in %s, %s: %s → %s', (iso, locale, zone, body, text) => {
    expect(ok(renderTemplate(body, at(iso, locale, zone))).text).toBe(text);
  });
});

describe('bad templates get a clear answer', () => {
  it.each([
    ['Hi {{ sender.first_name | shout }}', 'Unknown filter "shout"', 1, 4],
    ['Hi,\n\n{% if sender.first_name %}Hey', '{% if %} is not closed: add {% endif %}', 3, 1],
    ['Line one\n  {{ sender.name', '"{{" is not closed: add "}}"', 2, 3],
    ['{% include "other" %}', '{% include %} is not available in templates', 1, 1],
    ['{% raw %}{{ x }}{% endraw %}', '{% raw %} is not available in templates', 1, 1],
    ['{% frobnicate %}', 'Unknown tag {% frobnicate %}', 1, 1],
    ['{{ "x" | base64_encode }}', 'Unknown filter "base64_encode"', 1, 1],
  ])('%j', (body, message, line, column) => {
    expect(renderTemplate(body, context())).toEqual({ ok: false, error: { message, line, column } });
  });

  it('stops a loop over a 5,000-entry list with a message, and says how to fix it', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ name: `P ${i}`, email: `p${i}@acme.example` }));
    const r = renderTemplate('{% for p in to %}{{ p.name }}, {% endfor %}', context({ to: many }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(
      /^The template repeats too much: it stopped after 10,000 pieces/,
    );
  });

  it('runs a loop with a limit over the same list', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ name: `Kim ${i}`, email: `p${i}@acme.example` }));
    const r = ok(
      renderTemplate('{% for p in to limit: 3 %}{{ p.name }}; {% endfor %}', context({ to: many })),
    );
    expect(r.text).toBe('Kim 0; Kim 1; Kim 2;');
  });

  it('stops output that grows too long', () => {
    const r = renderTemplate(`{% for i in (1..2500) %}${'x'.repeat(100)}{% endfor %}`, context());
    expect(r).toMatchObject({
      ok: false,
      error: { message: 'The filled-in template is longer than 200,000 characters' },
    });
  });

  it('stops a huge range before building it', () => {
    const r = renderTemplate('{% for i in (1..100000000) %}{% endfor %}', context());
    expect(r).toMatchObject({ ok: false, error: { message: 'The template builds too much text to send' } });
  });

  it('renders a 100 KB body', () => {
    const para = `${'Plain words for a long answer. '.repeat(30)}{{ sender.first_name }}\n\n`;
    const body = para.repeat(Math.floor((100 * 1024) / para.length));
    const r = ok(renderTemplate(body, context()));
    expect(r.missing).toEqual([]);
    expect(r.text.split('Ana').length - 1).toBe(Math.floor((100 * 1024) / para.length));
  });
});

describe('warnings', () => {
  it('says when a link was dropped to its text', () => {
    const r = ok(renderTemplate('[old site](http://acme.example/{{ sender.first_name }})', context()));
    expect(r.html).toBe('<div>old site</div>');
    expect(r.warnings).toEqual([
      {
        code: 'link-dropped',
        message:
          'The link to "http://acme.example/Ana" was kept as text: only https: and mailto: links are sent',
        text: { id: 'editor.render.linkDropped', params: { href: 'http://acme.example/Ana' } },
      },
    ]);
  });
});

import { insertionFor, MERGE_FIELDS } from '../../../src/templates/fields';
import { lintTemplate } from '../../../src/templates/lint';
import { STARTER_TEMPLATES } from '../../../src/templates/starters';

describe('lintTemplate', () => {
  it.each([
    ['Hi {{ sender.first_name | default: "there" }},\n\nThanks!', [], []],
    // Syntax errors with line and column.
    ['Hi,\n\n{% if sender.first_name %}Hey', ['3:1 {% if %} is not closed: add {% endif %}'], []],
    ['Hi,\n  {{ sender.name', ['2:3 "{{" is not closed: add "}}"'], []],
    ['a\nb\n  x {{ subject | shout }}', ['3:5 Unknown filter "shout"'], []],
    ['{% render "x" %}', ['1:1 {% render %} is not available in templates'], []],
    // Unknown fields, with a suggestion when it looks like a typo.
    [
      'Hi {{ sender.first_nme | default: "x" }}',
      ['1:7 Unknown field "sender.first_nme": did you mean "sender.first_name"?'],
      [],
    ],
    ['{{ recipient.name }}', ['1:4 Unknown field "recipient.name"'], []],
    ['{{ thread }}', ['1:4 Unknown field "thread": did you mean "thread.count"?'], []],
    ['{% for p in to %}{{ p.nickname | default: "x" }}{% endfor %}', ['1:18 Unknown field "p.nickname"'], []],
    ['{% if sender.vip %}x{% endif %}', ['1:7 Unknown field "sender.vip"'], []],
    // Known fields of every shape pass.
    [
      '{{ to.first_name | default: "all" }} {{ to.size }} {{ cc.first.email | default: "" }} {{ to[0].email }} {{ date | date: "short" }} {{ today }} {{ me.email }} {{ thread.count }} {{ sender.email }} {{ sender.domain }}',
      [],
      [],
    ],
    // Fields that may be empty, used without a default.
    [
      'Hi {{ sender.first_name }}',
      [],
      [
        '1:4 "sender.first_name" may be empty for some messages: add a default, e.g. {{ sender.first_name | default: "there" }}, or you will be asked for it',
      ],
    ],
    [
      '{% for p in cc %}\n{{ p.name }}{% endfor %}',
      [],
      [
        '2:1 "p.name" may be empty for some messages: add a default, e.g. {{ p.name | default: p.email }}, or you will be asked for it',
      ],
    ],
    // The advice fits the field: a greeting name gets "there", a recipient's name in a loop their
    // address, fields no default fits an {% if %}, and fields that always exist nothing at all.
    [
      'Dear {{ to.name }}',
      [],
      [
        '1:6 "to.name" may be empty for some messages: add a default, e.g. {{ to.name | default: "there" }}, or you will be asked for it',
      ],
    ],
    [
      'Dear Ms {{ sender.last_name }}',
      [],
      [
        '1:9 "sender.last_name" may be empty for some messages, and no default reads well in its place: put what depends on it inside {% if sender.last_name %}…{% endif %}, or you will be asked for it',
      ],
    ],
    [
      'Best,\n{{ me.first_name }}',
      [],
      [
        '2:1 "me.first_name" may be empty until you set your name in Settings, and no default reads well in its place: put what depends on it inside {% if me.first_name %}…{% endif %}, or you will be asked for it',
      ],
    ],
    [
      'Copied: {{ cc.first_name }} ({{ cc }})',
      [],
      [
        '1:9 "cc.first_name" is empty when the reply has no Cc, and no default reads well in its place: put what depends on it inside {% if cc.first_name %}…{% endif %}, or you will be asked for it',
        '1:30 "cc" is empty when the reply has no Cc, and no default reads well in its place: put what depends on it inside {% if cc %}…{% endif %}, or you will be asked for it',
      ],
    ],
    [
      '{% for p in to %}{{ p.first_name }}{% endfor %} {{ to.last.name }}',
      [],
      [
        '1:18 "p.first_name" may be empty for some messages: add a default, e.g. {{ p.first_name | default: p.email }}, or you will be asked for it',
        '1:49 "to.last.name" may be empty for some messages: add a default, e.g. {{ to.last.name | default: to.last.email }}, or you will be asked for it',
      ],
    ],
    [
      'Re {{ subject }} of {{ date }} ({{ today }}), {{ thread.count }} messages, from {{ me.email }} to {{ to }} at {{ sender.domain }}',
      [],
      [],
    ],
    ['{% if me.first_name %}{{ me.first_name }}{% endif %} {{ sender.last_name | default: "" }}', [], []],
    ['{% if sender.first_name %}Hi {{ sender.first_name }}{% endif %}', [], []],
    ['{{ sender.email }} {{ to.email }} {{ me.email }} {{ date }}', [], []],
    // Links that would be dropped.
    [
      'See [our site](http://acme.example/{{ sender.email }}) or [this](javascript:alert(1))',
      [],
      [
        '1:16 The link to "http://acme.example/{{ sender.email }}" will be kept as text: only https: and mailto: links are sent',
        '1:66 The link to "javascript:alert(1)" will be kept as text: only https: and mailto: links are sent',
      ],
    ],
  ])('%j', (body, errors, warnings) => {
    const r = lintTemplate(body);
    const show = (i: { line: number; column: number; message: string }) =>
      `${i.line}:${i.column} ${i.message}`;
    expect(r.errors.map(show)).toEqual(errors);
    expect(r.warnings.map(show)).toEqual(warnings);
  });

  it('refuses a body over 64 KB with its size', () => {
    expect(lintTemplate('x'.repeat(64 * 1024 + 600)).errors).toEqual([
      { message: 'The body is 64.6 KB; a template can be at most 64 KB', line: 1, column: 1 },
    ]);
  });

  it.each(STARTER_TEMPLATES.map((t) => [t.name, t.body]))('starter "%s" lints clean', (_name, body) => {
    expect(lintTemplate(body)).toEqual({ errors: [], warnings: [] });
  });
});

describe('insertionFor: what "Insert field" adds', () => {
  it.each([
    ['sender.first_name', '{{ sender.first_name | default: "there" }}'],
    ['to.name', '{{ to.name | default: "there" }}'],
    ['sender.last_name', '{% if sender.last_name %}{{ sender.last_name }}{% endif %}'],
    ['cc.email', '{% if cc.email %}{{ cc.email }}{% endif %}'],
    ['me.first_name', '{% if me.first_name %}{{ me.first_name }}{% endif %}'],
    ['subject', '{{ subject }}'],
    ['date', '{{ date }}'],
    ['me.email', '{{ me.email }}'],
    ['sender.domain', '{{ sender.domain }}'],
    ['thread.count', '{{ thread.count }}'],
  ])('%s → %s', (path, text) => {
    expect(insertionFor(path)).toBe(text);
  });

  it('never adds a field lint would warn about', () => {
    for (const f of MERGE_FIELDS.filter((m) => !m.path.includes('[]'))) {
      expect([f.path, lintTemplate(`x ${insertionFor(f.path)}`)]).toEqual([
        f.path,
        { errors: [], warnings: [] },
      ]);
    }
  });
});

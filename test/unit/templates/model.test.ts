import { lineColumnAt, memberOf, offsetInString, scanJson } from '../../../src/templates/jsonSource';
import { lintTemplate } from '../../../src/templates/lint';
import { exportLibrary, parseImport, validateTemplateInput } from '../../../src/templates/model';
import type { Template } from '../../../src/templates/types';

const valid = { name: 'Decline', body: 'No, thanks.' };

function template(name: string, over: Partial<Template> = {}): Template {
  return {
    id: `id-${name}`,
    name,
    body: `Body of ${name}`,
    cc: '',
    bcc: '',
    subject: '',
    mode: 'reply',
    tags: [],
    createdAt: 1,
    updatedAt: 2,
    ...over,
  };
}

describe('validateTemplateInput', () => {
  it('normalizes what was typed', () => {
    expect(
      validateTemplateInput({
        name: '  Billing <b>question</b>  ',
        body: 'Hi {{ sender.first_name }}\r\n**bold** <script>x</script>',
        cc: ' Kim Lee <kim@acme.example>, ops@acme.example ',
        bcc: ['log@acme.example'],
        subject: ' Your invoice ',
        mode: 'reply-all',
        tags: ' Billing, invoices ,billing,, ',
      }),
    ).toEqual({
      ok: true,
      value: {
        // Markup is kept as typed: it is escaped where it is shown, not here.
        name: 'Billing <b>question</b>',
        body: 'Hi {{ sender.first_name }}\n**bold** <script>x</script>',
        cc: 'Kim Lee <kim@acme.example>, ops@acme.example',
        bcc: 'log@acme.example',
        subject: 'Your invoice',
        mode: 'reply-all',
        tags: ['billing', 'invoices'],
      },
    });
  });

  it('defaults what is optional', () => {
    expect(validateTemplateInput(valid)).toEqual({
      ok: true,
      value: { name: 'Decline', body: 'No, thanks.', cc: '', bcc: '', subject: '', mode: 'reply', tags: [] },
    });
  });

  it.each([
    [null, ['A template must be an object with a name and a body']],
    [[], ['A template must be an object with a name and a body']],
    [{ body: 'x' }, ['Name is required']],
    [{ name: '   ', body: 'x' }, ['Name is required']],
    [{ name: 42, body: 'x' }, ['Name must be text']],
    [{ name: 'n'.repeat(101), body: 'x' }, ['Name is 101 characters; the limit is 100']],
    [{ name: 'two\nlines', body: 'x' }, ['Name must be a single line of text']],
    [{ name: 'n' }, ['Body is required']],
    [{ name: 'n', body: '  \n ' }, ['Body is empty']],
    [{ name: 'n', body: 'é'.repeat(33 * 1024) }, ['The body is 66 KB; a template can be at most 64 KB']],
    [{ ...valid, cc: 'not an address' }, ['Cc is not a list of email addresses: "not an address"']],
    [{ ...valid, bcc: 'a@acme.example, b@' }, ['Bcc is not a list of email addresses: "a@acme.example, b@"']],
    [{ ...valid, cc: 5 }, ['Cc must be text']],
    [{ ...valid, mode: 'forward' }, ['Mode must be one of reply, reply-all, reply-list']],
    [{ ...valid, tags: 'x'.repeat(31) }, [`Tag "${'x'.repeat(31)}" is longer than 30 characters`]],
    [{ ...valid, tags: [1, 2] }, ['Tags must be a list of words']],
    [
      { ...valid, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      ['A template can have at most 10 tags'],
    ],
    [{ ...valid, subject: 'a\nb' }, ['Subject must be a single line of text']],
    [
      { name: '', body: '', mode: 'x' },
      ['Name is required', 'Body is empty', 'Mode must be one of reply, reply-all, reply-list'],
    ],
  ])('%j is refused', (raw, errors) => {
    expect(validateTemplateInput(raw)).toEqual({ ok: false, errors });
  });

  it('accepts a body of exactly 64 KB', () => {
    expect(validateTemplateInput({ name: 'n', body: 'x'.repeat(64 * 1024) }).ok).toBe(true);
  });
});

describe('export and import', () => {
  const library = [
    template('Decline', { tags: ['no'], cc: 'a@acme.example' }),
    template('Follow up', { mode: 'reply-all' }),
  ];

  it('exports a versioned JSON document without local ids or times', () => {
    const parsed = JSON.parse(exportLibrary(library));
    expect(parsed.version).toBe(1);
    expect(parsed.templates[0]).toEqual({
      name: 'Decline',
      body: 'Body of Decline',
      cc: 'a@acme.example',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['no'],
    });
    expect(JSON.stringify(parsed)).not.toContain('id-Decline');
  });

  it('round-trips into an empty library', () => {
    const r = parseImport(exportLibrary(library), []);
    expect(r).toEqual({
      ok: true,
      skipped: [],
      templates: library.map(({ name, body, cc, bcc, subject, mode, tags }) => ({
        name,
        body,
        cc,
        bcc,
        subject,
        mode,
        tags,
      })),
    });
  });

  it('skips templates identical to ones already there, so importing twice changes nothing', () => {
    expect(parseImport(exportLibrary(library), library)).toEqual({
      ok: true,
      templates: [],
      skipped: ['Decline', 'Follow up'],
    });
  });

  it('accepts a bare list of templates', () => {
    const r = parseImport(JSON.stringify([{ name: 'A', body: 'a' }]), []);
    expect(r.ok && r.templates.map((t) => t.name)).toEqual(['A']);
  });

  it.each([
    ['not json', [{ index: -1, message: expect.stringMatching(/^This is not valid JSON \(/) }]],
    [
      '{"templates": 3}',
      [
        {
          index: -1,
          message: 'Expected an export: {"version": 1, "templates": [...]}, or a list of templates',
        },
      ],
    ],
    [
      '"hello"',
      [
        {
          index: -1,
          message: 'Expected an export: {"version": 1, "templates": [...]}, or a list of templates',
        },
      ],
    ],
    [
      '{"version": 2, "templates": []}',
      [
        {
          index: -1,
          message: 'This export was made by a newer version of Threadsmith (format 2); update first',
        },
      ],
    ],
    ['[]', [{ index: -1, message: 'The import has no templates' }]],
    [
      '[{"name": "A", "body": "a"}, {"name": "B"}, "x", {"name": "a", "body": "other"}]',
      [
        { index: 1, line: 1, message: 'Template “B” (line 1 of the file): Body is required' },
        {
          index: 2,
          line: 1,
          message: 'Template 3 (line 1 of the file): A template must be an object with a name and a body',
        },
        {
          index: 3,
          line: 1,
          message:
            'Template “a” (line 1 of the file): the name is also used by template “A” on line 1 of the import',
        },
      ],
    ],
    [
      '[{"name": "decline", "body": "Different"}]',
      [
        {
          index: 0,
          line: 1,
          message:
            'Template “decline” (line 1 of the file): you already have a template named “Decline” with different content; rename one of them',
        },
      ],
    ],
  ])('refuses %s as a whole', (json, errors) => {
    expect(parseImport(json, library)).toEqual({ ok: false, errors });
  });

  it('refuses a payload larger than the store could ever hold, with its size', () => {
    const big = JSON.stringify([{ name: 'Big', body: 'x'.repeat(460 * 1024) }]);
    expect(parseImport(big, [])).toEqual({
      ok: false,
      errors: [{ index: -1, message: 'The import is 460 KB; at most 450 KB fits in your template storage' }],
    });
  });

  it('imports 200 templates at once', () => {
    const many = Array.from({ length: 200 }, (_, i) => template(`T${i}`));
    const r = parseImport(exportLibrary(many), []);
    expect(r.ok && r.templates.length).toBe(200);
  });
});

test('a subject is plain text: a merge field there is refused, since it would reach the draft raw', () => {
  const r = validateTemplateInput({ name: 'x', body: 'y', subject: 'Hello {{ sender.first_name }}' });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors.join(' ')).toMatch(/Subject is plain text/);
});

describe('an import lists every problem at once, by template name and line of the file', () => {
  const lint = (body: string) => lintTemplate(body).errors;
  // As a person would paste it: one entry a few lines long each, with a Liquid error on the second
  // line of one text, an address and a mode wrong in another, and a name used twice.
  const pasted = [
    '{',
    '  "version": 1,',
    '  "templates": [',
    '    {',
    '      "name": "Welcome",',
    '      "body": "Hi {{ sender.first_name | default: \\"there\\" }},\\n{% if subject %}About {{ subject }}"',
    '    },',
    '    {',
    '      "name": "Refunds",',
    '      "body": "Your refund is on its way.",',
    '      "cc": "not an address",',
    '      "mode": "forward"',
    '    },',
    '    { "name": "welcome", "body": "Again {{ sender.frist_name }}" },',
    '    { "body": "no name" }',
    '  ]',
    '}',
  ].join('\n');

  it('names each template and the line, and maps a Liquid error to its spot in the file', () => {
    const r = parseImport(pasted, [], { bodyErrors: lint });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.line} ${e.message}`)).toEqual([
      // `{% if %}` is at line 2, column 1 of the text: in the file, after `\n` on line 6.
      '6 Template “Welcome” (line 6, column 66 of the file; line 2, column 1 of its text): {% if %} is not closed: add {% endif %}',
      '8 Template “Refunds” (line 8 of the file): Mode must be one of reply, reply-all, reply-list',
      '8 Template “Refunds” (line 8 of the file): Cc is not a list of email addresses: "not an address"',
      '14 Template “welcome” (line 14 of the file): the name is also used by template “Welcome” on line 4 of the import',
      '14 Template “welcome” (line 14, column 44 of the file; line 1, column 10 of its text): Unknown field "sender.frist_name": did you mean "sender.first_name"?',
      '15 Template 4 (line 15 of the file): Name is required',
    ]);
    const line6 = pasted.split('\n')[5]!;
    expect(line6.slice(65, 65 + '{% if'.length)).toBe('{% if');
    const line14 = pasted.split('\n')[13]!;
    expect(line14.slice(43, 43 + 'sender.frist'.length)).toBe('sender.frist');
  });

  it('counts escapes in the text as they are written in the file', () => {
    const json = '[{"name": "Accents", "body": "Caf\\u00e9 \\"ok\\"\\n\\n{{ nope }}"}]';
    const r = parseImport(json, [], { bodyErrors: lint });
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
      'Template “Accents” (line 1, column 54 of the file; line 3, column 4 of its text): Unknown field "nope": did you mean "to"?',
    ]);
    expect(json.slice(53, 57)).toBe('nope');
  });

  it('without a body check, and for a valid file, behaves as before', () => {
    expect(parseImport(pasted, []).ok).toBe(false);
    const good = parseImport('[{"name": "A", "body": "Hi {{ subject }}"}]', [], { bodyErrors: lint });
    expect(good).toEqual({
      ok: true,
      skipped: [],
      templates: [
        { name: 'A', body: 'Hi {{ subject }}', cc: '', bcc: '', subject: '', mode: 'reply', tags: [] },
      ],
    });
  });
});

describe('jsonSource', () => {
  it('finds each value and maps a character of a string to its offset', () => {
    const text = '{ "a": [1, "x\\ny"], "b": {"c": true} }';
    const root = scanJson(text)!;
    const a = memberOf(root, 'a')!;
    expect(a.items!.map((i) => text.slice(i.start, i.end))).toEqual(['1', '"x\\ny"']);
    expect(text.slice(memberOf(root, 'b')!.start, memberOf(root, 'b')!.end)).toBe('{"c": true}');
    const str = a.items![1]!;
    expect(text[offsetInString(text, str, 2)]).toBe('y');
    expect(lineColumnAt('a\nbc', 3)).toEqual({ line: 2, column: 2 });
    expect(scanJson('[1,')).toBeNull();
  });
});

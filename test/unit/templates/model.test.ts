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
        { index: 1, message: 'Template 2 ("B"): Body is required' },
        { index: 2, message: 'Template 3: A template must be an object with a name and a body' },
        { index: 3, message: 'Template 4: the name "a" is also used by template 1 of the import' },
      ],
    ],
    [
      '[{"name": "decline", "body": "Different"}]',
      [
        {
          index: 0,
          message:
            'Template 1: you already have a template named "Decline" with different content; rename one of them',
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

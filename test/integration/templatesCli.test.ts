// The CLI's template commands: --templates loads a library, `render` prints a template for a message,
// `draft --template` drafts with it through the bundle, and fields the message lacks come from --field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftCommand, renderCommand, renderIn } from '../../sim/cli/commands';
import { sessionForEml } from '../../sim/cli/emlRun';
import { ROOT } from '../../sim/sandbox';
import { FIXTURES, storeTemplateAsIs } from '../support/harness';

const dir = mkdtempSync(join(tmpdir(), 'ts-cli-tpl-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const library = file(
  'library.json',
  JSON.stringify({
    format: 'threadsmith-templates',
    version: 1,
    templates: [
      {
        name: 'Import limits',
        body: 'Hi {{ sender.first_name }},\n\nOne import holds **50,000 rows**.\n\n{{ me.first_name }}',
        cc: 'lead@northwind.example',
        bcc: '',
        subject: '',
        mode: 'reply',
        tags: ['imports'],
      },
    ],
  }),
);
// The library's Import refuses a template with an error, as the add-on does for a user.
const broken = file(
  'broken.json',
  JSON.stringify([{ name: 'Unclosed', body: 'Hi,\n{% if sender.name %}x', mode: 'reply' }]),
);

const noName = file(
  'no-name.eml',
  'From: zq7k@vendor.example\r\nTo: Sam Taylor <sam@northwind.example>\r\nSubject: Order 1234\r\nMessage-ID: <m1@vendor.example>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nHello?\r\n',
);
const plainText = join(FIXTURES, 'plain-text.eml');

test('render prints the template for the message: text, html, missing, warnings', async () => {
  const out = await renderCommand({ eml: plainText, templates: library, template: 'import LIMITS' });
  expect(out).toEqual({
    text: 'Hi Marcus,\n\nOne import holds 50,000 rows.\n\nSam',
    html: '<div>Hi Marcus,</div><div><br></div><div>One import holds <b>50,000 rows</b>.</div><div><br></div><div>Sam</div>',
    missing: [],
    warnings: [
      { message: '1 external recipient (outside northwind.example).', blocking: false, tier: 'info' },
    ],
  });
});

test('render names the fields the message has no value for, and --field fills them', async () => {
  const out = await renderCommand({ eml: noName, templates: library, template: 'Import limits' });
  expect(out.missing).toEqual(['sender.first_name']);
  expect(out.text.startsWith('Hi [sender.first_name],')).toBe(true);
  const filled = await renderCommand({
    eml: noName,
    templates: library,
    template: 'Import limits',
    field: ['sender.first_name=Zoe'],
  });
  expect(filled.missing).toEqual([]);
  expect(filled.text.startsWith('Hi Zoe,')).toBe(true);
});

test('the starters are there without --templates, as on a first run', async () => {
  const out = await renderCommand({ eml: plainText, template: 'Follow up' });
  expect(out.text.startsWith('Hi Marcus,')).toBe(true);
});

test('draft --template drafts the template above the quote, with its Cc', async () => {
  const draft = await draftCommand({ eml: plainText, templates: library, template: 'Import limits' });
  expect(draft.subject).toBe('Re: Question about bulk import limits');
  expect(draft.cc).toEqual(['lead@northwind.example']);
  expect(draft.text).toMatch(/^Hi Marcus,\n\nOne import holds 50,000 rows\.\n\nSam\n\nOn .* wrote:/);
});

test('draft --template refuses, naming the missing fields, unless --field supplies them', async () => {
  await expect(draftCommand({ eml: noName, templates: library, template: 'Import limits' })).rejects.toThrow(
    /needs values this message does not have: sender\.first_name \(Sender's first name\); supply them with --field sender\.first_name=VALUE/,
  );
  const draft = await draftCommand({
    eml: noName,
    templates: library,
    template: 'Import limits',
    field: ['sender.first_name=Zoe'],
  });
  expect(draft.text.startsWith('Hi Zoe,\n\n')).toBe(true);
  expect(draft.text).not.toMatch(/\{\{|\{%|\[sender/);
});

test('clear errors: a template with an error, an unknown name, a bad field, a bad library file', async () => {
  await expect(renderCommand({ eml: plainText, templates: broken, template: 'Unclosed' })).rejects.toThrow(
    /--templates .*broken\.json: Template “Unclosed” \(line 1, column 34 of the file; line 2, column 1 of its text\): \{% if %\} is not closed/,
  );
  await expect(renderCommand({ eml: plainText, templates: library, template: 'Nope' })).rejects.toThrow(
    /no template named "Nope"; the library has .*"Import limits"/,
  );
  await expect(
    renderCommand({
      eml: plainText,
      templates: library,
      template: 'Import limits',
      field: ['sender.nick=x'],
    }),
  ).rejects.toThrow(/--field sender\.nick: no such merge field/);
  const bad = file('bad.json', '[{"name": "A"}]');
  await expect(renderCommand({ eml: plainText, templates: bad, template: 'A' })).rejects.toThrow(
    /--templates .*bad\.json: Template “A” \(line 1 of the file\): Body is required/,
  );
});

test('the command line exits 1 with {"error": …} naming the missing field', () => {
  const run = spawnSync(
    'npx',
    [
      'tsx',
      'sim/cli/main.ts',
      'draft',
      '--eml',
      noName,
      '--templates',
      library,
      '--template',
      'Import limits',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.status).toBe(1);
  const out = JSON.parse(run.stdout) as { error: string };
  expect(out.error).toMatch(/sender\.first_name/);
});

test('render reads the preview: html is the draft’s (null while the card makes none), long text is cut as shown', async () => {
  const unfilled = await renderCommand({ eml: noName, templates: library, template: 'Import limits' });
  expect(unfilled.html).toBeNull();
  const long = file(
    'long.json',
    JSON.stringify([{ name: 'Long', body: `Start ${'x'.repeat(4000)} end`, mode: 'reply' }]),
  );
  const out = await renderCommand({ eml: plainText, templates: long, template: 'Long' });
  expect(out.text.length).toBe(3000);
  expect(out.moreCharacters).toBe(4010 - 3000);
  expect(out.html).toMatch(/^<div>Start x+ end<\/div>$/);
});

test('a template is found past the message card’s five, through "All templates" page by page', async () => {
  // 45 and the 4 starters: "All templates" lists 40 a page, by name, so "Zeta 9" is on its second page.
  const many = file(
    'many.json',
    JSON.stringify(
      Array.from({ length: 45 }, (_, i) => ({
        name: `Zeta ${i + 1}`,
        body: `Number ${i + 1}.`,
        mode: 'reply',
      })),
    ),
  );
  const out = await renderCommand({ eml: plainText, templates: many, template: 'zeta 9' });
  expect(out.text).toBe('Number 9.');
});

test('--field for a field the card does not ask for is an error saying what it asks for', async () => {
  await expect(
    renderCommand({
      eml: plainText,
      templates: library,
      template: 'Import limits',
      field: ['sender.first_name=Zoe'],
    }),
  ).rejects.toThrow(
    /--field sender\.first_name: the card asks for no value for it here \(it asks for none\)/,
  );
});

test('a stored template with an error: the preview says it can’t be used, with line and column', async () => {
  const s = await sessionForEml({ eml: plainText });
  // --templates (the library's Import) refuses it, as above: only older or damaged storage holds one.
  storeTemplateAsIs(s.runtime, { id: 'tunclosed', name: 'Unclosed', body: 'Hi,\n{% if sender.name %}x' });
  await expect(renderIn(s, { template: 'Unclosed' })).rejects.toThrow(
    /template "Unclosed" can't be used: Line 2, column 1: \{% if %\} is not closed/,
  );
});

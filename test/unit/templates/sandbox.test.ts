// Proves src/templates runs where Apps Script runs it: bundled the way tools/build.ts bundles the
// add-on, then executed in a vm context that has nothing but ECMAScript built-ins.
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..', '..');

async function bundle(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'templates', 'index.ts')],
    format: 'iife',
    globalName: 't',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    bundle: true,
    write: false,
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('the templates bundle in a sandbox with only built-ins', () => {
  let sandbox: vm.Context;

  beforeAll(async () => {
    sandbox = vm.createContext({});
    vm.runInContext(await bundle(), sandbox);
  });

  // Data crosses the boundary as JSON so nothing from Node's realm leaks in.
  const run = (code: string): unknown =>
    JSON.parse(vm.runInContext(`JSON.stringify(${code})`, sandbox) as string);

  it('has no host globals to lean on', () => {
    expect(
      run(
        `[typeof require, typeof process, typeof Buffer, typeof TextDecoder, typeof URL, typeof setTimeout, typeof window, typeof document]`,
      ),
    ).toEqual(Array(8).fill('undefined'));
  });

  it('renders a template end to end, synchronously, with Liquid, Markdown and Intl dates', () => {
    const snapshot = {
      id: 'm1',
      threadId: 't1',
      from: { addresses: [{ name: 'RUIZ, ANA', email: 'ana.ruiz@acme.example' }], invalid: [] },
      to: { addresses: [{ name: '', email: 'me@example.com' }], invalid: [] },
      cc: { addresses: [], invalid: [] },
      replyTo: { addresses: [], invalid: [] },
      repeated: [],
      subject: 'Invoice 42',
      date: Date.UTC(2025, 2, 14, 9, 30),
      headers: {
        messageId: '',
        inReplyTo: '',
        references: '',
        listPost: '',
        deliveredTo: '',
        xOriginalTo: '',
      },
      bodies: { text: '', html: '' },
      attachments: [],
      thread: { count: 2 },
    };
    const input = {
      snapshot,
      subject: 'Invoice 42',
      me: { name: 'Sam Lee', email: 'me@example.com' },
      now: Date.UTC(2025, 2, 15, 12, 0),
      locale: 'en-US',
      timeZone: 'America/New_York',
    };
    const body =
      'Hi **{{ sender.first_name }}**,\n\nAbout [{{ subject }}](https://acme.example/i):\n\n- sent {{ date | date: "%A %-d %B" }}\n\n{{ me.first_name }}';
    const result = run(`t.renderTemplate(${JSON.stringify(body)}, t.mergeContext(${JSON.stringify(input)}))`);
    expect(result).toEqual({
      ok: true,
      html:
        '<div>Hi <b>Ana</b>,</div><div><br></div><div>About <a href="https://acme.example/i">Invoice 42</a>:</div>' +
        '<div><br></div><ul style="margin:0;padding-left:1.5em"><li>sent Friday 14 March</li></ul><div><br></div><div>Sam</div>',
      text: 'Hi Ana,\n\nAbout Invoice 42 (https://acme.example/i):\n\n- sent Friday 14 March\n\nSam',
      missing: [],
      warnings: [],
    });
  });

  it('lints and parses imports inside the sandbox too', () => {
    expect(run(`t.lintTemplate('Hi {{ sender.first_nme }}').errors.map(e => e.message)`)).toEqual([
      'Unknown field "sender.first_nme": did you mean "sender.first_name"?',
    ]);
    expect(run(`t.parseImport(t.exportLibrary([]), []).ok`)).toBe(false);
  });
});

// The built bundle as Apps Script sees it: every name the manifest or a card calls is a top-level
// function, and the sandbox offers nothing Apps Script lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../sim/sandbox';
import { buttonsOf } from '../../sim/testing/cardQuery';
import { homepageEvent } from '../../sim/testing/events';
import { DISPATCH_FUNCTION } from '../../src/actions';
import { manifestFunctionNames } from '../../tools/build';
import { fixtureRuntime, openMessage } from '../support/harness';

const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));

test('every function the manifest names is a callable global of dist/Code.js', async () => {
  const runtime = await fixtureRuntime();
  const names = manifestFunctionNames(manifest);
  expect(names).toEqual(expect.arrayContaining(['onHomepage', 'onGmailMessage']));
  for (const name of names) expect(runtime.globalFunctions()).toContain(name);
});

test('every action on the cards goes to a callable global (the dispatcher)', async () => {
  const runtime = await fixtureRuntime();
  const { card } = openMessage(runtime, 'plain-text.eml');
  const home = runtime.render('onHomepage', homepageEvent());
  const functions = [...buttonsOf(card), ...buttonsOf(home)].map((b) => b.functionName).filter(Boolean);
  expect(functions.length).toBeGreaterThan(0);
  for (const fn of functions) {
    expect(fn).toBe(DISPATCH_FUNCTION);
    expect(runtime.globalFunctions()).toContain(fn);
  }
});

test('the sandbox has none of the Node or browser globals Apps Script lacks', async () => {
  const runtime = await fixtureRuntime();
  runtime.load(
    `function probeGlobals() { return ${JSON.stringify([
      'setTimeout',
      'setInterval',
      'TextDecoder',
      'TextEncoder',
      'URL',
      'URLSearchParams',
      'Buffer',
      'process',
      'require',
      'fetch',
      'atob',
      'btoa',
      'structuredClone',
      'window',
      'document',
    ])}.filter(function (n) { return typeof globalThis[n] !== 'undefined'; }); }`,
    'probe.js',
  );
  expect(runtime.invoke('probeGlobals', {})).toEqual([]);
});

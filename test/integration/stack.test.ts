// A stack trace from the Apps Script log names minified functions (the bundle has no keepNames):
// `npm run stack` maps each bundle position of the built dist/Code.js back to its src/ file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap } from '@jridgewell/trace-mapping';
import { DIST } from '../../tools/build';
import { symbolicate } from '../../tools/stack';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const map = new TraceMap(readFileSync(join(DIST, 'Code.js.map'), 'utf8'));

/** The 1-based line and column in the bundle where `text` first occurs. */
function bundlePosition(text: string): { line: number; column: number } {
  const at = code.indexOf(text);
  expect(at).toBeGreaterThan(-1);
  const before = code.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

test('a frame of the minified bundle reads back as the src/ file and line it came from', () => {
  // src/platform/lock.ts line 10: this.name = 'LockTimeoutError';
  const { line, column } = bundlePosition('"LockTimeoutError"');
  const trace = `LockTimeoutError: The lock was busy\n    at new r (Code:${line}:${column})\n    at x (Code:${line}:${column})`;
  const out = symbolicate(trace, map).split('\n');
  expect(out[0]).toBe('LockTimeoutError: The lock was busy');
  expect(out[1]).toMatch(/^ {4}at new r \(Code:\d+:\d+ → src\/platform\/lock\.ts:10:\d+\)$/);
  expect(out[2]).toMatch(/src\/platform\/lock\.ts:10:/);
});

test('the Code.gs and Code.js spellings of the file map too, and other text is left as it is', () => {
  const { line, column } = bundlePosition('"LockTimeoutError"');
  expect(symbolicate(`at o (Code.gs:${line}:${column})`, map)).toMatch(/→ src\/platform\/lock\.ts:10:/);
  expect(symbolicate(`at o (Code.js:${line}:${column})`, map)).toMatch(/→ src\/platform\/lock\.ts:10:/);
  expect(symbolicate('Exception: Service invoked too many times (line 3, file "Other")', map)).toBe(
    'Exception: Service invoked too many times (line 3, file "Other")',
  );
});

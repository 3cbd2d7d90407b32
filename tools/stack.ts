// Reads a stack trace from the Apps Script log (stdin or a file) and prints it with every position in
// the minified bundle mapped back to src/: the bundle is built without keepNames (tools/build.ts), so
// its frames say `at o (Code:1:48213)`; the source map of the same build says which function of which
// file that was. Build the commit that was pushed first (`git checkout <tag> && npm run build`).
//
//   npm run --silent stack < trace.txt
//   npm run --silent stack -- trace.txt
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { DIST } from './build';

// "Code:1:48213", "Code.gs:1:48213", "Code.js:1:48213", with or without parentheses around it.
const POSITION = /\b(Code(?:\.gs|\.js)?):(\d+):(\d+)\b/g;

/** The trace with each bundle position followed by its source position and name. */
export function symbolicate(trace: string, map: TraceMap): string {
  return trace.replace(POSITION, (whole, _file: string, line: string, column: string) => {
    // V8 columns are 1-based, source-map columns 0-based.
    const pos = originalPositionFor(map, { line: Number(line), column: Number(column) - 1 });
    if (pos.source === null) return whole;
    const source = pos.source.replace(/^(\.\.\/)+/, '');
    return `${whole} → ${pos.name ? `${pos.name} ` : ''}${source}:${pos.line}:${(pos.column ?? 0) + 1}`;
  });
}

if (require.main === module) {
  const file = process.argv[2];
  const trace = readFileSync(file ?? 0, 'utf8');
  const map = new TraceMap(readFileSync(join(DIST, 'Code.js.map'), 'utf8'));
  process.stdout.write(symbolicate(trace, map));
}

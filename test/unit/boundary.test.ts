// The hard boundary (issue 11): everything in sim/ drives only the built bundle. No file under sim/
// imports from src/, directly or through another module of the repository it imports (tools/, …).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../../sim/runtime';

const SRC = join(ROOT, 'src');
const CODE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return CODE.test(name) ? [path] : [];
  });
}

/** Every module specifier a file names: static and dynamic imports, re-exports, require. */
function specifiersOf(code: string): string[] {
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
  ];
  return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[1]!));
}

/** The repository file a specifier names from `file`, or undefined for a package or a node: module. */
function resolveLocal(file: string, specifier: string): string | undefined {
  const base = specifier.startsWith('.')
    ? resolve(dirname(file), specifier)
    : /^src(?:\/|$)/.test(specifier)
      ? join(ROOT, specifier)
      : undefined;
  if (!base) return undefined;
  const candidates = [
    base,
    ...['.ts', '.tsx', '.js', '.mjs'].map((ext) => base + ext),
    ...['index.ts', 'index.js'].map((index) => join(base, index)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
}

const insideSrc = (path: string) => path === SRC || path.startsWith(`${SRC}/`);

/** Each path from a sim/ file to a module in src/, as "a -> b -> src/…". */
function crossings(): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = filesUnder(join(ROOT, 'sim')).map((f) => [f]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1]!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, specifier);
      if (!target || target.includes('/node_modules/')) continue;
      if (insideSrc(target)) {
        found.push([...chain, target].map((p) => relative(ROOT, p)).join(' -> '));
      } else if (CODE.test(target) && existsSync(target)) {
        queue.push([...chain, target]);
      }
    }
  }
  return found;
}

test('the scanner sees every way of naming a module', () => {
  const code = [
    "import { a } from '../../src/handlers/reply';",
    'import {\n  b,\n  c,\n} from "../src/mail";',
    "export { d } from '../../src/templates';",
    "import '../../src/index';",
    "const e = require('../../src/actions');",
    "const f = await import('../../src/store/settings');",
  ].join('\n');
  expect(specifiersOf(code)).toEqual(
    expect.arrayContaining([
      '../../src/handlers/reply',
      '../src/mail',
      '../../src/templates',
      '../../src/index',
      '../../src/actions',
      '../../src/store/settings',
    ]),
  );
});

test('nothing under sim/ imports from src/: the emulator, CLI and preview drive the built bundle', () => {
  expect(filesUnder(join(ROOT, 'sim')).length).toBeGreaterThan(10);
  expect(crossings()).toEqual([]);
});

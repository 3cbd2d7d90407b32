// The hard boundary (issue 11): everything in sim/ drives only the built bundle. No file under sim/
// imports from src/, directly or through another module of the repository it imports (tools/, …). And
// no behaviour test (test/integration/, test/e2e/) nor the bench reaches around the sandbox into the
// add-on's handlers or store: they set a user up through the cards (sim/testing/setup.ts).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../../sim/sandbox';

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

/**
 * Each path from a file under `roots` to a module of src/ that `forbidden` names, as "a -> b -> src/…",
 * through the repository's other modules it imports (test/support/, sim/, tools/, …); src/ itself is
 * not followed.
 */
function crossings(roots: string[], forbidden: (path: string) => boolean = insideSrc): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = roots.flatMap((root) => filesUnder(root)).map((f) => [f]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1]!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, specifier);
      if (!target || target.includes('/node_modules/')) continue;
      if (forbidden(target)) {
        found.push([...chain, target].map((p) => relative(ROOT, p)).join(' -> '));
      } else if (!insideSrc(target) && CODE.test(target) && existsSync(target)) {
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
  expect(crossings([join(ROOT, 'sim')])).toEqual([]);
});

// The emulator's parts, lowest first: each may import only the parts before it (and packages, tools/).
// The CLI and the preview both sit on top and do not import each other.
const SIM_LAYERS: Record<string, readonly string[]> = {
  mailbox: [],
  services: ['mailbox'],
  sandbox: ['mailbox', 'services'],
  testing: ['mailbox', 'services', 'sandbox'],
  cli: ['mailbox', 'services', 'sandbox', 'testing'],
  preview: ['mailbox', 'services', 'sandbox', 'testing'],
};

function layerImportsBroken(): string[] {
  const simRoot = join(ROOT, 'sim');
  const partOf = (path: string) => relative(simRoot, path).split('/')[0]!;
  const broken: string[] = [];
  for (const file of filesUnder(simRoot)) {
    const from = partOf(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, specifier);
      if (!target?.startsWith(`${simRoot}/`)) continue;
      const to = partOf(target);
      if (to !== from && !SIM_LAYERS[from]?.includes(to)) broken.push(`${relative(ROOT, file)} -> ${to}/`);
    }
  }
  return broken;
}

test('sim/ shows its parts: mailbox, services, sandbox, testing helpers, then the CLI and the preview', () => {
  const parts = readdirSync(join(ROOT, 'sim')).filter((name) =>
    statSync(join(ROOT, 'sim', name)).isDirectory(),
  );
  expect(parts.sort()).toEqual(Object.keys(SIM_LAYERS).sort());
  expect(readdirSync(join(ROOT, 'sim')).filter((name) => CODE.test(name))).toEqual([]);
  expect(layerImportsBroken()).toEqual([]);
});

// Behaviour tests and the bench act as the user: they set a user up through the bundle's cards, never by
// running the add-on's handlers or store host-side (runtime.withServices and a src/ import).
const BEHAVIOUR = ['test/integration', 'test/e2e', 'bench'];
const HANDLERS_OR_STORE = ['src/handlers', 'src/store'].map((dir) => join(ROOT, dir));
const handlersOrStore = (path: string) =>
  HANDLERS_OR_STORE.some((d) => path === d || path.startsWith(`${d}/`));

/** The files that may, and why: each must still need it (a stale exception fails the test). */
const EXCEPTIONS: Record<string, string> = {
  'test/integration/planEqualsDraft.test.ts':
    "a conformance cross-check, not seeding: the add-on's own planner (src/handlers/message/reply) against the draft the bundle makes",
};

test('no behaviour test or bench file imports src/handlers or src/store (they seed through the cards)', () => {
  const found = crossings(
    BEHAVIOUR.map((dir) => join(ROOT, dir)),
    handlersOrStore,
  );
  const excepted = (chain: string) => Object.keys(EXCEPTIONS).some((file) => chain.startsWith(`${file} -> `));
  expect(found.filter((chain) => !excepted(chain))).toEqual([]);
  const stale = Object.keys(EXCEPTIONS).filter((file) => !found.some((c) => c.startsWith(`${file} -> `)));
  expect(stale).toEqual([]);
  // Nor do they run code host-side against a runtime's services, the other way around the sandbox.
  const hostSide = BEHAVIOUR.flatMap((dir) => filesUnder(join(ROOT, dir)))
    .filter((file) => /\.withServices\s*\(/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(ROOT, file));
  expect(hostSide.filter((file) => !(file in EXCEPTIONS))).toEqual([]);
});

test('the check follows a helper module (as test/support/ is) to the store it imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ts-boundary-'));
  for (const sub of ['tests', 'support']) mkdirSync(join(dir, sub));
  const from = (sub: string, ...path: string[]) => relative(join(dir, sub), join(ROOT, ...path));
  writeFileSync(join(dir, 'tests', 'a.test.ts'), "import { seed } from '../support/seed';\n");
  writeFileSync(
    join(dir, 'support', 'seed.ts'),
    `import { TemplateStore } from '${from('support', 'src', 'store', 'templateStore')}';\n`,
  );
  // Other parts of src/ are not what this check is about (bundle.test.ts reads the action names).
  writeFileSync(
    join(dir, 'tests', 'b.test.ts'),
    `import { parseAddresses } from '${from('tests', 'src', 'mail')}';\n`,
  );
  const found = crossings([join(dir, 'tests')], handlersOrStore);
  rmSync(dir, { recursive: true });
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/tests\/a\.test\.ts -> .*support\/seed\.ts -> src\/store\/templateStore\.ts$/);
});

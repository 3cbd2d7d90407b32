// The layer rules live in biome.json (noRestrictedImports, one override per layer) so the editor shows
// a wrong import as it is typed; test/unit/boundary.test.ts stays the backstop for sim/. This test
// proves the linter keeps them: it writes deliberately wrong imports into probe files inside the tree,
// lints them, and expects each to fail with noRestrictedImports, while an allowed import passes.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../sim/sandbox';

const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

interface Probe {
  file: string;
  code: string;
  /** Whether the linter must refuse the import. */
  refused: boolean;
}

// Written by hand: each one names the rule of docs/architecture.md it breaks (or keeps).
const PROBES: Probe[] = [
  { file: 'src/platform/__lintprobe.ts', code: "import { x } from '../handlers/x';", refused: true },
  { file: 'src/platform/__lintprobe2.ts', code: "import { x } from '../store/settings';", refused: true },
  { file: 'src/store/__lintprobe.ts', code: "import { x } from '../handlers/shared/stores';", refused: true },
  { file: 'src/store/__lintprobe2.ts', code: "import { x } from '../cards/html';", refused: true },
  { file: 'src/cards/__lintprobe.ts', code: "import { x } from '../store/settings';", refused: true },
  {
    file: 'src/cards/__lintprobe2.ts',
    code: "import { x } from '../handlers/message/reply';",
    refused: true,
  },
  { file: 'src/mail/__lintprobe.ts', code: "import { x } from '../platform/gmail';", refused: true },
  { file: 'src/templates/__lintprobe.ts', code: "import { x } from '../store/schema';", refused: true },
  { file: 'src/handlers/__lintprobe.ts', code: "import { x } from '../index';", refused: true },
  // A surface reaches another surface only through handlers/shared/; shared/ imports no surface.
  {
    file: 'src/handlers/message/__lintprobe.ts',
    code: "import { x } from '../compose/compose';",
    refused: true,
  },
  { file: 'src/handlers/library/__lintprobe.ts', code: "import { x } from '../dispatch';", refused: true },
  { file: 'src/handlers/settings/__lintprobe.ts', code: "import { x } from '../../index';", refused: true },
  { file: 'src/handlers/shared/__lintprobe.ts', code: "import { x } from '../library/team';", refused: true },
  { file: 'sim/cli/__lintprobe.ts', code: "import { x } from '../../src/mail/address';", refused: true },
  // Downward imports stay allowed.
  { file: 'src/store/__lintprobe3.ts', code: "import { x } from '../platform/ports';", refused: false },
  { file: 'src/handlers/__lintprobe2.ts', code: "import { x } from '../store/settings';", refused: false },
  {
    file: 'src/handlers/compose/__lintprobe.ts',
    code: "import { x } from '../shared/stores';",
    refused: false,
  },
  { file: 'src/handlers/message/__lintprobe2.ts', code: "import { x } from './reply';", refused: false },
];

test('biome refuses an import that goes up a layer, and allows one that goes down', () => {
  const stale = PROBES.filter((p) => existsSync(join(ROOT, p.file)));
  expect(stale.map((p) => p.file)).toEqual([]);
  try {
    for (const p of PROBES) writeFileSync(join(ROOT, p.file), `${p.code}\nexport const y = x;\n`);
    const run = spawnSync(BIOME, ['lint', '--max-diagnostics=200', ...PROBES.map((p) => p.file)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const out = `${run.stdout}\n${run.stderr}`;
    const refused = (file: string) =>
      new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ lint/style/noRestrictedImports`).test(out);
    expect(run.status).not.toBe(0);
    expect(PROBES.filter((p) => refused(p.file) !== p.refused).map((p) => p.file)).toEqual([]);
  } finally {
    for (const p of PROBES) rmSync(join(ROOT, p.file), { force: true });
  }
  expect(PROBES.filter((p) => existsSync(join(ROOT, p.file))).map((p) => p.file)).toEqual([]);
});

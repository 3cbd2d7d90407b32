// `npm run release -- --dry-run` in a clean clone of the repository: every check, no clasp call, the
// clasp commands printed; and the refusals (a dirty tree in its several forms, a failing check).
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHECKS,
  claspCommands,
  dirtyTree,
  INSIDE_RELEASE_ENV,
  manifestPlaceholders,
  parseArgs,
  projectFileProblems,
  ROOT,
  untrackedBundleInputs,
} from '../../tools/release';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=Release test', '-c', 'user.email=release@example.invalid', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Env for a child release: no real clasp credentials reachable, not marked as inside a release. */
function childEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    clasp_config_auth: join(dir, 'no-clasprc.json'),
  };
  delete env[INSIDE_RELEASE_ENV];
  delete env.THREADSMITH_DEPLOYMENT_ID;
  delete env.npm_config_message;
  return env;
}

function npmRelease(cwd: string, home: string, ...args: string[]): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', '--silent', 'release', '--', ...args], {
    cwd,
    env: childEnv(home),
    encoding: 'utf8',
    timeout: 600_000,
  });
}

describe('the dirty-tree check', () => {
  let repo: string;
  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'release-dirty-'));
    git(repo, 'init', '-q');
    writeFileSync(join(repo, '.gitignore'), 'node_modules\ndist/\n.clasp.prod.json\n');
    writeFileSync(join(repo, 'a.txt'), 'a\n');
    git(repo, 'add', '.gitignore', 'a.txt');
    git(repo, 'commit', '-q', '-m', 'init');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('is clean with only ignored things around (a node_modules symlink, dist/, the prod project file)', () => {
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist', 'Code.js'), '');
    writeFileSync(join(repo, '.clasp.prod.json'), '{}');
    expect(dirtyTree(repo)).toEqual([]);
  });

  it.each([
    ['an untracked file', (r: string) => writeFileSync(join(r, 'new.ts'), ''), 'untracked: new.ts'],
    [
      'an untracked file in a new folder',
      (r: string) => {
        mkdirSync(join(r, 'src'));
        writeFileSync(join(r, 'src', 'x.ts'), '');
      },
      'untracked: src/x.ts',
    ],
    ['a modified file', (r: string) => writeFileSync(join(r, 'a.txt'), 'b\n'), 'changed: a.txt'],
    [
      'a staged change',
      (r: string) => {
        writeFileSync(join(r, 'a.txt'), 'b\n');
        git(r, 'add', 'a.txt');
      },
      'changed: a.txt',
    ],
    ['a deleted file', (r: string) => rmSync(join(r, 'a.txt')), 'changed: a.txt'],
    [
      'an edit hidden with assume-unchanged',
      (r: string) => {
        git(r, 'update-index', '--assume-unchanged', 'a.txt');
        writeFileSync(join(r, 'a.txt'), 'b\n');
      },
      'hidden from git status: a.txt',
    ],
    [
      'an edit hidden with skip-worktree',
      (r: string) => {
        git(r, 'update-index', '--skip-worktree', 'a.txt');
        writeFileSync(join(r, 'a.txt'), 'b\n');
      },
      'hidden from git status: a.txt',
    ],
  ])('reports %s', (_name, make, expected) => {
    make(repo);
    expect(dirtyTree(repo)).toContain(expected);
  });
});

describe('release pieces', () => {
  it('runs type check, lint, tests and build, in that order', () => {
    expect(CHECKS.map((c) => c.name)).toEqual(['type check', 'lint', 'tests', 'build']);
  });

  it('pushes, versions and updates the deployment of the prod project only', () => {
    const commands = claspCommands('prod', 'v1', 'DEPLOYMENT', '7').map((c) => c.join(' '));
    expect(commands).toEqual([
      'npx clasp -P .clasp.prod.json push -f',
      'npx clasp -P .clasp.prod.json --json create-version v1',
      'npx clasp -P .clasp.prod.json update-deployment DEPLOYMENT --versionNumber 7 --description v1',
    ]);
    expect(claspCommands('dev', 'v1', '').map((c) => c.join(' '))).toEqual([
      'npx clasp -P .clasp.dev.json push -f',
    ]);
  });

  it('parses its options and refuses unknown ones', () => {
    expect(parseArgs(['--dry-run', '--message', 'v2'])).toEqual({
      target: 'prod',
      dryRun: true,
      message: 'v2',
    });
    expect(parseArgs(['--dev']).target).toBe('dev');
    expect(() => parseArgs(['--force'])).toThrow(/unknown option --force/);
  });

  it('refuses a missing or placeholder clasp project file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-project-'));
    expect(projectFileProblems(dir, 'prod')).toEqual([
      expect.stringContaining('.clasp.prod.json does not exist'),
    ]);
    writeFileSync(
      join(dir, '.clasp.prod.json'),
      '{"scriptId": "REPLACE_WITH_YOUR_PROD_SCRIPT_ID_", "rootDir": "src"}',
    );
    expect(projectFileProblems(dir, 'prod')).toEqual([
      expect.stringContaining('placeholder'),
      expect.stringContaining('rootDir must be "dist"'),
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a prod release refuses the manifest while logoUrl has the OWNER placeholder', () => {
    expect(manifestPlaceholders(ROOT)).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')).addOns.common.logoUrl.includes('OWNER')
        ? [expect.stringContaining('OWNER placeholder')]
        : [],
    );
  });

  it('the committed .clasp.json holds the placeholder, never a real id', () => {
    const project = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
    expect(project).toEqual({ scriptId: 'REPLACE_WITH_YOUR_DEV_SCRIPT_ID', rootDir: 'dist' });
  });
});

// A release runs the whole suite, this file included: inside one, the clone test would start another.
const inClone = process.env[INSIDE_RELEASE_ENV] ? describe.skip : describe;

inClone('npm run release -- --dry-run in a clean clone', () => {
  let clone: string;
  let home: string;
  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), 'release-clone-'));
    home = mkdtempSync(join(tmpdir(), 'release-home-'));
    git(tmpdir(), 'clone', '-q', '--no-hardlinks', ROOT, clone);
    // node_modules is linked, not installed, to save minutes; .gitignore must ignore the link.
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    // The clone's suite is one small test file (committed, so the tree is clean): the full suite runs
    // in the outer `npm test`, and this test is about the release, not the suite.
    const config = readFileSync(join(clone, 'jest.config.js'), 'utf8').replace(
      "testMatch: ['**/*.test.ts'],",
      "testMatch: ['**/test/unit/build.test.ts'],",
    );
    expect(config).toContain('build.test.ts');
    writeFileSync(join(clone, 'jest.config.js'), config);
    git(clone, 'commit', '-q', '-a', '-m', 'release test: a one-file suite');
  });
  afterAll(() => {
    rmSync(clone, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('runs every check and prints the clasp commands without running them', () => {
    const r = npmRelease(clone, home, '--dry-run', '--message', 'v9 test');
    const out = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0) throw new Error(`release exited ${r.status}:\n${out.slice(-4000)}`);
    for (const check of CHECKS) expect(out).toContain(`== ${check.name}: ${check.command.join(' ')}`);
    expect(out).toContain('all checks passed; the bundle is built from committed files only');
    expect(out).toContain('dry run: would run');
    expect(out).toContain('npx clasp -P .clasp.prod.json push -f');
    expect(out).toContain("npx clasp -P .clasp.prod.json --json create-version 'v9 test'");
    expect(out).toMatch(
      /npx clasp -P \.clasp\.prod\.json update-deployment '?\$THREADSMITH_DEPLOYMENT_ID'? --versionNumber '<version from create-version>' --description 'v9 test'/,
    );
    expect(out).toContain('note: .clasp.prod.json does not exist');
    expect(out).toContain('still has the OWNER placeholder');
    expect(out).not.toMatch(/Pushed \d+ files|Created version|Redeployed/);
    // The checks left the clone as they found it.
    expect(dirtyTree(clone)).toEqual([]);
  });

  it('refuses a tree with an untracked file before running anything', () => {
    writeFileSync(join(clone, 'stray.ts'), 'export {};\n');
    const r = npmRelease(clone, home, '--dry-run');
    rmSync(join(clone, 'stray.ts'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('release refused: the working tree is not clean');
    expect(r.stderr).toContain('untracked: stray.ts');
    expect(r.stdout).not.toContain('== type check');
  });

  it('refuses a tree with a modified file, and npm run deploy refuses it too', () => {
    writeFileSync(
      join(clone, 'appsscript.json'),
      `${readFileSync(join(clone, 'appsscript.json'), 'utf8')}\n`,
    );
    const r = npmRelease(clone, home, '--dry-run');
    const deploy = spawnSync('npm', ['run', '--silent', 'deploy', '--', '--dry-run'], {
      cwd: clone,
      env: childEnv(home),
      encoding: 'utf8',
    });
    git(clone, 'checkout', '--', 'appsscript.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('changed: appsscript.json');
    expect(deploy.status).toBe(1);
    expect(deploy.stderr).toContain('deploy refused: the working tree is not clean');
  });

  it('finds a bundle input that git does not track (an excluded file imported by src/)', async () => {
    const exclude = join(clone, '.git', 'info', 'exclude');
    const excludeBefore = readFileSync(exclude, 'utf8');
    writeFileSync(join(clone, 'src', 'localOnly.ts'), 'export const localOnly = 1;\n');
    writeFileSync(exclude, `${excludeBefore}src/localOnly.ts\n`);
    const index = join(clone, 'src', 'index.ts');
    writeFileSync(index, `${readFileSync(index, 'utf8')}export { localOnly } from './localOnly';\n`);
    git(clone, 'commit', '-q', '-a', '-m', 'imports an excluded file');
    const dirty = dirtyTree(clone);
    const stray = await untrackedBundleInputs(clone);
    git(clone, 'reset', '-q', '--hard', 'HEAD~1');
    rmSync(join(clone, 'src', 'localOnly.ts'));
    writeFileSync(exclude, excludeBefore);
    // git status sees a clean tree; the bundle's inputs do not.
    expect(dirty).toEqual([]);
    expect(stray).toEqual(['src/localOnly.ts']);
  });

  it('refuses when a check fails (a type error, committed)', () => {
    writeFileSync(join(clone, 'tools', 'bait.ts'), "export const n: number = 'not a number';\n");
    git(clone, 'add', 'tools/bait.ts');
    git(clone, 'commit', '-q', '-m', 'type error');
    const r = npmRelease(clone, home, '--dry-run');
    git(clone, 'reset', '-q', '--hard', 'HEAD~1');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('release refused: type check failed');
    expect(r.stdout).not.toContain('dry run: would run');
  });
});

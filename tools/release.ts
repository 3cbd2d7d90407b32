// `npm run release` (prod) and `npm run deploy` (dev): refuse a dirty tree, run every check the CI runs
// (type check, lint, tests, build), check that the tree is still clean and that the bundle was built
// from committed files only, then push with clasp 3. `--dry-run` does all of it but talk to Google and
// prints the clasp commands it would run.
//
//   npm run release -- [--dry-run] [--message "v1.2: …"]
//     prod: clasp -P .clasp.prod.json push -f; create-version; update-deployment $THREADSMITH_DEPLOYMENT_ID
//   npm run deploy -- [--dry-run]
//     dev:  clasp -P .clasp.dev.json push -f (install the test deployment from the Apps Script editor)
//
// .clasp.prod.json and .clasp.dev.json are git-ignored and hold the real script ids; nothing here
// prints or commits them. See docs/marketplace.md and README "Deploying with clasp".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = resolve(__dirname, '..');

export type Target = 'prod' | 'dev';

export interface ReleaseOptions {
  target: Target;
  dryRun: boolean;
  /** The version's description (prod); defaults to the package version and the commit. */
  message?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export class ReleaseRefused extends Error {}

/** The checks, in order; each must exit 0. The tests need the bundle, so `npm test` builds first. */
export const CHECKS: ReadonlyArray<{ name: string; command: string[] }> = [
  { name: 'type check', command: ['npm', 'run', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', 'lint'] },
  { name: 'tests', command: ['npm', 'test'] },
  { name: 'build', command: ['npm', 'run', 'build'] },
];

export const PROJECT_FILE: Record<Target, string> = { prod: '.clasp.prod.json', dev: '.clasp.dev.json' };
export const DEPLOYMENT_ENV = 'THREADSMITH_DEPLOYMENT_ID';
/** Set in the environment of the checks, so a test that runs a release can tell it is inside one. */
export const INSIDE_RELEASE_ENV = 'THREADSMITH_INSIDE_RELEASE';

function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new ReleaseRefused(`git ${args.join(' ')} failed: ${(r.stderr || '').trim()}`);
  return r.stdout;
}

/**
 * Why the tree is not clean, or [] when it is. Counts modified, staged, deleted and untracked files
 * (`--untracked-files=all`); only what .gitignore names (node_modules, dist/, the clasp project files
 * with real ids) is left out. Files hidden from `git status` with `update-index --assume-unchanged` or
 * `--skip-worktree` are reported too: status would not show their edits.
 */
export function dirtyTree(cwd: string): string[] {
  const problems = git(cwd, ['status', '--porcelain=v1', '--untracked-files=all'])
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `${l.slice(0, 2).trim() === '??' ? 'untracked' : 'changed'}: ${l.slice(3)}`);
  for (const line of git(cwd, ['ls-files', '-v']).split('\n')) {
    const tag = line.slice(0, 1);
    if (tag === 'S' || (tag >= 'a' && tag <= 'z')) problems.push(`hidden from git status: ${line.slice(2)}`);
  }
  return problems;
}

/** Source files the bundle is made of that git does not track (an ignored file imported by src/). */
export async function untrackedBundleInputs(cwd: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [join(cwd, 'src', 'index.ts')],
    absWorkingDir: cwd,
    bundle: true,
    format: 'esm',
    metafile: true,
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  const tracked = new Set(git(cwd, ['ls-files', '-z']).split('\0').filter(Boolean));
  return Object.keys(result.metafile.inputs)
    .map((p) => relative(cwd, resolve(cwd, p)))
    .filter((p) => !p.startsWith('node_modules/') && !p.startsWith('..') && !tracked.has(p))
    .concat(tracked.has('appsscript.json') ? [] : ['appsscript.json']);
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(command: string[]): string {
  return command.map(shellQuote).join(' ');
}

/** The clasp commands of a release; `versionNumber` is known only after create-version ran. */
export function claspCommands(
  target: Target,
  description: string,
  deploymentId: string,
  versionNumber = '<version from create-version>',
): string[][] {
  const p = ['npx', 'clasp', '-P', PROJECT_FILE[target]];
  if (target === 'dev') return [[...p, 'push', '-f']];
  return [
    [...p, 'push', '-f'],
    [...p, '--json', 'create-version', description],
    [...p, 'update-deployment', deploymentId, '--versionNumber', versionNumber, '--description', description],
  ];
}

/** Problems with the clasp project file (missing, not JSON, a placeholder id, rootDir not dist). */
export function projectFileProblems(cwd: string, target: Target): string[] {
  const file = PROJECT_FILE[target];
  const path = join(cwd, file);
  if (!existsSync(path)) {
    return [`${file} does not exist: create it as {"scriptId": "<script id>", "rootDir": "dist"}`];
  }
  let project: { scriptId?: unknown; rootDir?: unknown };
  try {
    project = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return [`${file} is not JSON`];
  }
  const problems: string[] = [];
  const id = project.scriptId;
  if (typeof id !== 'string' || !/^[\w-]{20,}$/.test(id) || /REPLACE|PLACEHOLDER|YOUR|SCRIPT_ID/i.test(id)) {
    problems.push(`${file}: scriptId is missing or a placeholder`);
  }
  if (project.rootDir !== 'dist') problems.push(`${file}: rootDir must be "dist" (what the build writes)`);
  return problems;
}

/**
 * The manifest's placeholders (docs/marketplace.md): logoUrl's host is `OWNER.github.io` until the
 * site is hosted. A prod release refuses them; Gmail would show a broken icon.
 */
export function manifestPlaceholders(cwd: string): string[] {
  const manifest = JSON.parse(readFileSync(join(cwd, 'appsscript.json'), 'utf8')) as {
    addOns?: { common?: { logoUrl?: string } };
  };
  const logo = manifest.addOns?.common?.logoUrl ?? '';
  return /\bOWNER\b/.test(logo)
    ? [`appsscript.json: logoUrl ${logo} still has the OWNER placeholder (docs/marketplace.md, step 1)`]
    : [];
}

function defaultDescription(cwd: string): string {
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { version?: string };
  const commit = git(cwd, ['rev-parse', '--short=12', 'HEAD']).trim();
  return `threadsmith ${pkg.version ?? '0.0.0'} (${commit})`;
}

function run(command: string[], cwd: string, env: NodeJS.ProcessEnv, capture = false) {
  return spawnSync(command[0]!, command.slice(1), {
    cwd,
    env,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  });
}

/** The whole release; throws ReleaseRefused with the reason on the first failure. */
export async function release(options: ReleaseOptions): Promise<void> {
  const cwd = options.cwd ?? ROOT;
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const { target, dryRun } = options;
  const heading = `${target === 'prod' ? 'release (prod)' : 'deploy (dev)'}${dryRun ? ', dry run' : ''}`;
  log(`${heading}: ${git(cwd, ['log', '-1', '--format=%h %s']).trim()}`);

  const dirty = dirtyTree(cwd);
  if (dirty.length > 0) {
    throw new ReleaseRefused(
      `the working tree is not clean; commit or stash first:\n  ${dirty.slice(0, 20).join('\n  ')}`,
    );
  }
  const deploymentId = env[DEPLOYMENT_ENV] ?? '';
  if (!dryRun) {
    const problems = projectFileProblems(cwd, target);
    if (target === 'prod') problems.push(...manifestPlaceholders(cwd));
    if (target === 'prod' && !deploymentId) {
      problems.push(`${DEPLOYMENT_ENV} is not set (the Marketplace deployment's id)`);
    }
    if (problems.length > 0) throw new ReleaseRefused(problems.join('\n'));
  }

  const checkEnv = { ...env, [INSIDE_RELEASE_ENV]: '1' };
  for (const check of CHECKS) {
    log(`\n== ${check.name}: ${commandLine(check.command)}`);
    const r = run(check.command, cwd, checkEnv);
    if (r.status !== 0) throw new ReleaseRefused(`${check.name} failed (${commandLine(check.command)})`);
  }
  const after = dirtyTree(cwd);
  if (after.length > 0) {
    throw new ReleaseRefused(`the checks changed the working tree:\n  ${after.slice(0, 20).join('\n  ')}`);
  }
  const stray = await untrackedBundleInputs(cwd);
  if (stray.length > 0) {
    throw new ReleaseRefused(`the bundle is built from files git does not track:\n  ${stray.join('\n  ')}`);
  }
  log('\nall checks passed; the bundle is built from committed files only');

  const description = options.message || defaultDescription(cwd);
  if (dryRun) {
    const shownId = deploymentId ? '<$THREADSMITH_DEPLOYMENT_ID>' : '$THREADSMITH_DEPLOYMENT_ID';
    log('\ndry run: would run');
    for (const c of claspCommands(target, description, shownId)) log(`  ${commandLine(c)}`);
    for (const p of projectFileProblems(cwd, target)) log(`note: ${p}`);
    if (target === 'prod') for (const p of manifestPlaceholders(cwd)) log(`note: ${p}`);
    if (target === 'prod' && !deploymentId) log(`note: ${DEPLOYMENT_ENV} is not set`);
    return;
  }

  const [push, createVersion, updateDeployment] = claspCommands(target, description, deploymentId);
  log(`\n== ${commandLine(push!)}`);
  if (run(push!, cwd, env).status !== 0) throw new ReleaseRefused('clasp push failed');
  if (target === 'dev' || !createVersion || !updateDeployment) {
    log('\npushed to the dev script: install or refresh the test deployment from the Apps Script editor');
    return;
  }
  log(`== ${commandLine(createVersion)}`);
  const created = run(createVersion, cwd, env, true);
  let versionNumber: number | undefined;
  try {
    versionNumber = (JSON.parse(created.stdout) as { versionNumber?: number }).versionNumber;
  } catch {
    versionNumber = undefined;
  }
  if (created.status !== 0 || typeof versionNumber !== 'number') {
    throw new ReleaseRefused(`clasp create-version failed: ${created.stdout.trim()}`);
  }
  log(`created version ${versionNumber}`);
  const update = claspCommands(target, description, deploymentId, String(versionNumber))[2]!;
  log(`== ${commandLine(update.map((a) => (a === deploymentId ? '<deployment id>' : a)))}`);
  if (run(update, cwd, env).status !== 0) throw new ReleaseRefused('clasp update-deployment failed');
  log(`\nthe Marketplace deployment serves version ${versionNumber}`);
}

export function parseArgs(argv: string[]): Omit<ReleaseOptions, 'cwd' | 'env' | 'log'> {
  let target: Target = 'prod';
  let dryRun = false;
  let message: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--dev') target = 'dev';
    else if (arg === '--prod') target = 'prod';
    else if (arg === '--message' || arg === '-m') message = argv[++i];
    else if (arg.startsWith('--message=')) message = arg.slice('--message='.length);
    else throw new ReleaseRefused(`unknown option ${arg} (use --dry-run, --dev, --message "…")`);
  }
  return { target, dryRun, message: message ?? process.env.npm_config_message };
}

if (require.main === module) {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`release refused: ${(error as Error).message}`);
    process.exit(2);
  }
  release(options).then(
    () => undefined,
    (error) => {
      console.error(
        `\n${options.target === 'prod' ? 'release' : 'deploy'} refused: ${
          error instanceof ReleaseRefused ? error.message : (error as Error).stack
        }`,
      );
      process.exit(1);
    },
  );
}

// `npm run bench`: builds dist/Code.js, runs every scenario against it in the emulator, prints a table
// (or `--json`), and exits non-zero naming each scenario that is over a budget of docs/performance.md.
// Flags: --json, --verbose (every caller), --only=id[,id] (substring match), --quick (fewer runs),
// --no-build (bench the dist/Code.js already there, e.g. while src/ is mid-change), --bundle=PATH
// (bench another built bundle, e.g. an older version's, to take its baseline numbers).
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Mailbox } from '../sim/mailbox/mailbox';
import { Runtime } from '../sim/sandbox';
import { BUNDLE_PATH, build, ROOT } from '../tools/build';
import {
  type Budget,
  type Check,
  checkBudgets,
  parseBudgets,
  parseReferenceMs,
  type Result,
} from './budgets';
import { calibrationMs, cpuScale } from './calibrate';
import { generateInputs } from './inputs';
import { roundTripMs } from './latency';
import { heavyTemplates, libraryTemplates, seededStore, tenKilobyteTemplate } from './library';
import {
  DEFAULT_SAMPLING,
  gcExposed,
  harnessOverheadMs,
  type Measurement,
  measure,
  type SamplingOptions,
} from './measure';
import { type BenchContext, FIXTURE_FILES, SCENARIOS, type StoreName } from './scenarios';

export const PERFORMANCE_DOC = join(ROOT, 'docs', 'performance.md');

interface Args {
  json: boolean;
  verbose: boolean;
  only: string[];
  quick: boolean;
  build: boolean;
  bundle: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    json: false,
    verbose: false,
    only: [],
    quick: false,
    build: true,
    bundle: BUNDLE_PATH,
  };
  for (const a of argv) {
    if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.build = false;
    else if (a.startsWith('--bundle=')) {
      args.bundle = a.slice('--bundle='.length);
      args.build = false;
    } else if (a.startsWith('--only=')) args.only = a.slice('--only='.length).split(',').filter(Boolean);
    else
      throw new Error(
        `unknown argument ${a} (use --json, --verbose, --quick, --no-build, --bundle=PATH, --only=id[,id])`,
      );
  }
  return args;
}

const progress = (text: string) => process.stderr.write(text);

async function benchContext(
  inputsDir: string,
  inputs: ReturnType<typeof generateInputs>['files'],
  bundlePath: string,
) {
  const fixtures = FIXTURE_FILES.map((f) => join(ROOT, 'fixtures', 'mailbox', f));
  const generated = [inputs.oneMegabyte, inputs.bigAttachment, inputs.wideCc, ...inputs.thread].map((f) =>
    join(inputsDir, f),
  );
  const mailbox = await Mailbox.fromFiles([...fixtures, ...generated]);
  if (mailbox.failures.length > 0) {
    throw new Error(
      `mailbox files failed to load: ${mailbox.failures.map((f) => `${f.file}: ${f.error}`).join('; ')}`,
    );
  }
  const idByFile = new Map<string, string>();
  for (const m of mailbox.messages()) {
    idByFile.set(m.file, m.id);
    if (m.file.startsWith(join(ROOT, 'fixtures'))) idByFile.set(basename(m.file), m.id);
    else idByFile.set(m.file.slice(inputsDir.length + 1), m.id);
  }
  const code = readFileSync(bundlePath, 'utf8');
  const map = readFileSync(`${bundlePath}.map`, 'utf8');
  let loads = 0;
  const freshCode = () => Buffer.from(`${code}\n// bench load ${++loads}\n`, 'utf8').toString('utf8');
  const stores = new Map<StoreName, Record<string, string>>();
  // A returning user (the starters from their first run); one with 200 templates and their name set in
  // Settings (as a user who relies on templates would: sign-offs use it); one 10 KB template.
  const seed: Record<StoreName, () => Record<string, string>> = {
    starters: () => seededStore(mailbox, []),
    library: () => seededStore(mailbox, libraryTemplates(200), { myName: 'Sam Taylor' }),
    tenKilobyte: () => seededStore(mailbox, [tenKilobyteTemplate()]),
    heavy: () => seededStore(mailbox, heavyTemplates()),
  };
  const store = (name: StoreName) => {
    let values = stores.get(name);
    if (!values) {
      values = seed[name]();
      stores.set(name, values);
    }
    return values;
  };
  const ctx: BenchContext = {
    mailbox,
    inputs,
    freshCode,
    store,
    messageId(file) {
      const id = idByFile.get(file);
      if (!id) throw new Error(`no message from ${file} in the bench mailbox`);
      return id;
    },
    runtime(options = {}) {
      const runtime = new Runtime({ mailbox, userProperties: options.userProperties ?? store('starters') });
      if (options.load !== false) runtime.load(freshCode(), 'Code.js', map);
      return runtime;
    },
  };
  return ctx;
}

/**
 * The bundle the ratios are against: `<!-- bench:baseline commit=… bytes=… calibrationMs=…
 * load.cold=… first.<scenario>=… -->` in docs/performance.md, measured with `--bundle=` on the
 * bundle built from that commit. Times are compared after dividing each by its run's calibration,
 * so the ratio holds on a machine faster or slower than the one that measured the baseline.
 */
export interface Baseline {
  commit: string;
  bytes: number;
  calibrationMs: number;
  loadColdMs: number;
  firstCallMs: Record<string, number>;
}

export function parseBaseline(doc: string): Baseline | null {
  const m = /<!-- bench:baseline ([^>]*?) -->/.exec(doc);
  if (!m) return null;
  const fields = new Map(m[1]!.split(/\s+/).map((kv) => kv.split('=') as [string, string]));
  const num = (k: string) => Number(fields.get(k));
  const firstCallMs: Record<string, number> = {};
  for (const [k, v] of fields) if (k.startsWith('first.')) firstCallMs[k.slice('first.'.length)] = Number(v);
  return {
    commit: fields.get('commit') ?? '?',
    bytes: num('bytes'),
    calibrationMs: num('calibrationMs'),
    loadColdMs: num('load.cold'),
    firstCallMs,
  };
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '—'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n < 10 ? fmt(n, 3) : fmt(n, 1);
const limitText = (l: Budget['calls'] | undefined, show: (n: number) => string) =>
  l === undefined ? '?' : l === null ? '—' : l === 'pending' ? 'pending' : show(l);

function table(rows: string[][], rightAligned: boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function report(
  results: Record<string, Result & Partial<Measurement>>,
  budgets: Map<string, Budget>,
  check: Check,
  args: Args,
  meta: {
    bundleBytes: number;
    overheadMs: number;
    calibration: { ms: number; referenceMs: number; scale: number };
    baseline: Baseline | null;
  },
): string {
  const over = (id: string, metric: string) =>
    check.violations.some((v) => v.scenario === id && v.metric === metric) ? ' !' : '';
  const header = [
    'scenario',
    'n',
    'calls',
    'floor',
    'dist',
    'calls≤',
    'cpu med ms',
    'est ms',
    'p90',
    'first call',
    'cpu≤',
    'card B',
    'card≤',
    'heap KB',
  ];
  const rows: string[][] = [header];
  for (const [id, r] of Object.entries(results)) {
    const b = budgets.get(id);
    if ('pending' in r) {
      rows.push([id, '', `pending: ${r.pending}`]);
      continue;
    }
    const m = r as Measurement;
    const floor = b?.floor ?? null;
    rows.push([
      id,
      `${m.n}${m.stable ? '' : '~'}`,
      `${m.calls.total}${over(id, 'calls')}`,
      fmt(floor),
      floor === null ? '—' : `+${m.calls.total - floor}`,
      limitText(b?.calls, (n) => fmt(n)),
      `${ms(m.cpuMs.median)}${over(id, 'cpuMs')}`,
      ms(m.cpuMs.median + roundTripMs(m.callers)),
      ms(m.cpuMs.p90),
      ms(m.firstCallMs),
      limitText(b?.cpuMs, (n) => ms(n)),
      `${fmt(m.cardBytes)}${over(id, 'cardBytes')}`,
      limitText(b?.cardBytes, (n) => fmt(n)),
      fmt(m.heapDeltaKb, 1),
    ]);
  }
  // A pending row spans the columns: align only measured rows.
  const measured = rows.filter((r) => r.length === header.length);
  const pending = rows.filter((r) => r.length !== header.length);
  const right = header.map((_, c) => c > 0);
  const lines = [
    `Threadsmith bench: dist/Code.js ${fmt(meta.bundleBytes)} bytes, node ${process.version}, gc ${
      gcExposed ? 'exposed' : 'NOT exposed (heap numbers are noisy)'
    }; harness overhead ${ms(meta.overheadMs)} ms a call (included in cpu)`,
    `machine speed: calibration ${ms(meta.calibration.ms)} ms against the budgets' reference ${ms(
      meta.calibration.referenceMs,
    )} ms, so CPU budgets (cpu≤, shown unscaled) are checked ×${meta.calibration.scale.toFixed(2)}`,
    ...baselineLines(results, meta),
    '',
    table(measured, right),
    ...pending.map((r) => `${r[0]!.padEnd(Math.max(...rows.map((x) => x[0]!.length)))}  ${r[2]}`),
    '',
    'calls = Apps Script round trips (every service but CardService/Utilities/Blob); dist = calls − floor;',
    'cpu = handler CPU on a warm runtime; first call = CPU of the first call after a fresh load; n~ = median not settled;',
    'est = cpu + each round trip priced (Properties read 34 ms, write 64, Cache put 74, Gmail 100, others 34: docs/performance.md).',
    '',
    'Where the round trips come from (ledger caller):',
  ];
  const slack: string[] = [];
  for (const [id, r] of Object.entries(results)) {
    if ('pending' in r) continue;
    const m = r as Measurement;
    const shown = args.verbose ? m.callers : m.callers.slice(0, 3);
    const local = Object.entries(m.calls.local)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
    const byService = Object.entries(m.calls.byService)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
    lines.push(`  ${id}: ${byService || 'no round trips'}${local ? `; local: ${local}` : ''}`);
    for (const c of shown) {
      const methods = Object.entries(c.methods)
        .map(([method, n]) => (n > 1 ? `${method} ×${n}` : method))
        .join(', ');
      lines.push(`      ${String(c.count).padStart(4)}  ${c.caller.padEnd(42)}  ${methods}`);
    }
    if (!args.verbose && m.callers.length > 3)
      lines.push(`      … ${m.callers.length - 3} more callers (--verbose)`);
    if (m.note) lines.push(`      note: ${m.note}`);
    const budget = budgets.get(id)?.calls;
    if (typeof budget === 'number' && m.calls.total < budget)
      slack.push(`${id} (${m.calls.total} < ${budget})`);
  }
  if (slack.length > 0)
    lines.push('', `Round-trip budgets to tighten in docs/performance.md: ${slack.join(', ')}`);
  return lines.join('\n');
}

/** Bundle bytes, cold load and first calls as ratios to the baseline's (times calibration-normalised). */
function baselineLines(
  results: Record<string, Result & Partial<Measurement>>,
  meta: { bundleBytes: number; calibration: { ms: number }; baseline: Baseline | null },
): string[] {
  const b = meta.baseline;
  if (!b) return [];
  const ratio = (now: number, then: number) =>
    (now / meta.calibration.ms / (then / b.calibrationMs)).toFixed(2);
  const parts = [`bytes ×${(meta.bundleBytes / b.bytes).toFixed(2)} (${fmt(b.bytes)} then)`];
  const cold = results['load.cold'] as Measurement | undefined;
  if (cold?.cpuMs) parts.push(`load.cold ×${ratio(cold.cpuMs.median, b.loadColdMs)}`);
  const firsts = Object.entries(b.firstCallMs)
    .map(([id, then]) => {
      const m = results[id] as Measurement | undefined;
      return m?.firstCallMs ? `${id} ×${ratio(m.firstCallMs, then)}` : null;
    })
    .filter((x): x is string => x !== null);
  if (firsts.length > 0) parts.push(`first call: ${firsts.join(', ')}`);
  return [`against the baseline bundle (${b.commit}): ${parts.join('; ')}`];
}

function round(m: Measurement) {
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  return {
    calls: m.calls,
    cpuMs: { median: r3(m.cpuMs.median), p90: r3(m.cpuMs.p90) },
    estimatedMs: r3(m.cpuMs.median + roundTripMs(m.callers)),
    firstCallMs: m.firstCallMs === null ? null : r3(m.firstCallMs),
    cardBytes: m.cardBytes,
    heapDeltaKb: Math.round(m.heapDeltaKb * 10) / 10,
    n: m.n,
    stable: m.stable,
    topCallers: m.callers.slice(0, 3),
    ...(m.note ? { note: m.note } : {}),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const sampling: SamplingOptions = args.quick
    ? {
        ...DEFAULT_SAMPLING,
        warmupMs: 50,
        minRuns: 50,
        batch: 25,
        maxRuns: 150,
        maxMs: 1000,
        firstCallRuns: 5,
      }
    : DEFAULT_SAMPLING;
  const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
  const budgets = parseBudgets(doc);
  const referenceMs = parseReferenceMs(doc);
  let bundleBytes: number;
  if (args.build) {
    progress('building dist/Code.js… ');
    try {
      bundleBytes = (await build()).bytes;
    } catch (error) {
      throw new Error(`the build failed, nothing was measured:\n${(error as Error).message}`);
    }
    progress(`${bundleBytes} bytes\n`);
  } else bundleBytes = statSync(args.bundle).size;
  const calibrationAtStart = calibrationMs();
  const inputs = generateInputs();
  try {
    const ctx = await benchContext(inputs.dir, inputs.files, args.bundle);
    const chosen = SCENARIOS.filter((s) => args.only.length === 0 || args.only.some((o) => s.id.includes(o)));
    if (chosen.length === 0) throw new Error(`no scenario matches --only=${args.only.join(',')}`);
    const results: Record<string, Result & Partial<Measurement>> = {};
    for (const scenario of chosen) {
      if (!scenario.prepare) {
        results[scenario.id] = { pending: scenario.pending ?? 'not written' };
        continue;
      }
      progress(`measuring ${scenario.id}… `);
      const m = measure(scenario, ctx, sampling);
      progress(`n=${m.n}, ${m.cpuMs.median.toFixed(3)} ms\n`);
      results[scenario.id] = m;
    }
    const overheadMs = harnessOverheadMs(ctx, sampling);
    // Measured after the scenarios too, so a machine that slowed down meanwhile is seen.
    const calibration = { ms: Math.max(calibrationAtStart, calibrationMs()), referenceMs, scale: 1 };
    calibration.scale = cpuScale(calibration.ms, referenceMs);
    const check = checkBudgets(results, budgets, args.only.length === 0, calibration.scale);
    if (args.json) {
      const out: Record<string, unknown> = {};
      for (const [id, r] of Object.entries(results)) out[id] = 'pending' in r ? r : round(r as Measurement);
      out._run = { bundleBytes, calibrationMs: Math.round(calibration.ms * 1000) / 1000 };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      const byId = new Map(budgets.map((b) => [b.scenario, b]));
      process.stdout.write(
        `${report(results, byId, check, args, {
          bundleBytes,
          overheadMs,
          calibration,
          baseline: parseBaseline(doc),
        })}\n`,
      );
    }
    for (const v of check.violations) {
      const show =
        v.metric === 'cpuMs'
          ? `${v.actual.toFixed(3)} ms > ${v.limit.toFixed(3)} ms (scaled)`
          : `${v.actual} > ${v.limit}`;
      process.stderr.write(`OVER BUDGET ${v.scenario}: ${v.metric} ${show} (docs/performance.md)\n`);
    }
    for (const p of check.problems) process.stderr.write(`BUDGET TABLE ${p}\n`);
    return check.violations.length + check.problems.length > 0 ? 1 : 0;
  } finally {
    inputs.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`\nbench failed: ${error instanceof Error ? error.message : error}\n`);
    if (process.env.BENCH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  },
);

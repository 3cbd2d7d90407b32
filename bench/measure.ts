// Runs one scenario: warm-up, then runs until the median settles. Times only the measured call (process
// CPU time), counts its service calls from the ledger, sizes its render JSON and the heap it allocated.
import { getHeapStatistics } from 'node:v8';
import type { Runtime } from '../sim/sandbox';
import { toRenderJson } from '../sim/services/renderJson';
import type { BenchContext, Measured, Scenario } from './scenarios';

/**
 * Services that never leave the Apps Script process: builders and pure helpers. They are counted, but
 * apart from the round trips (every other service crosses to a Google backend and counts against quota).
 */
export const LOCAL_SERVICES: ReadonlySet<string> = new Set(['CardService', 'Utilities', 'Blob']);

export interface Calls {
  /** Round trips: calls to services outside LOCAL_SERVICES. */
  total: number;
  byService: Record<string, number>;
  /** Calls that stay in the Apps Script process (CardService builders, Utilities), by service. */
  local: Record<string, number>;
}

export interface Caller {
  /** src/ file:line and function, from the bundle's source map. */
  caller: string;
  count: number;
  /** Service.method of the calls it made, with counts. */
  methods: Record<string, number>;
}

export interface Measurement {
  calls: Calls;
  /** Where the round trips come from (ledger `caller`), most first. */
  callers: Caller[];
  /** Handler CPU time on a warm runtime. */
  cpuMs: { median: number; p90: number; min: number };
  /** Handler CPU time of the first call after a fresh load (what every Apps Script execution pays). */
  firstCallMs: number | null;
  cardBytes: number | null;
  /** Heap allocated by the call (used after minus used before; young generation collected before). */
  heapDeltaKb: number;
  n: number;
  /** False when the run stopped at its limits before the median settled. */
  stable: boolean;
  /** False when round-trip counts differed between runs (they should not: same input, same calls). */
  deterministic: boolean;
  note?: string;
}

export interface SamplingOptions {
  warmupRuns: number;
  warmupMs: number;
  minRuns: number;
  batch: number;
  maxRuns: number;
  /** Wall-clock limit for one scenario's measured runs. */
  maxMs: number;
  /** The median is stable when two successive batches move it by at most this fraction. */
  tolerance: number;
  firstCallRuns: number;
}

export const DEFAULT_SAMPLING: SamplingOptions = {
  warmupRuns: 5,
  warmupMs: 150,
  minRuns: 200,
  batch: 100,
  maxRuns: 2000,
  maxMs: 5000,
  tolerance: 0.02,
  firstCallRuns: 15,
};

/** A slow scenario stops at its time limit, but not before this many runs. */
const MIN_RUNS_SLOW = 10;

const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
export const gcExposed = gc !== undefined;

interface Run {
  cpuMs: number;
  heapBytes: number;
  result: unknown;
  runtime: Runtime;
}

/**
 * One run. Timed runs switch the ledger's caller attribution off: it captures a stack trace on every
 * service call, which costs several times what the handler itself does, and the add-on would not pay
 * it on Apps Script. An attributed run (untimed) fills in the callers.
 */
function runOnce(measured: Measured, runtime: Runtime, attribute = false): Run {
  const call = measured.arm(runtime);
  runtime.ledger.reset();
  const attributing = runtime.ledger.attributing;
  runtime.ledger.attributing = attribute;
  try {
    gc?.({ type: 'minor' });
    const heapBefore = getHeapStatistics().used_heap_size;
    const start = process.cpuUsage();
    const result = call();
    const used = process.cpuUsage(start);
    const heapAfter = getHeapStatistics().used_heap_size;
    return { cpuMs: (used.user + used.system) / 1000, heapBytes: heapAfter - heapBefore, result, runtime };
  } finally {
    runtime.ledger.attributing = attributing;
  }
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function callsOf(runtime: Runtime): { calls: Calls; callers: Caller[] } {
  const calls: Calls = { total: 0, byService: {}, local: {} };
  const byCaller = new Map<string, Caller>();
  for (const entry of runtime.ledger.entries) {
    if (LOCAL_SERVICES.has(entry.service)) {
      calls.local[entry.service] = (calls.local[entry.service] ?? 0) + 1;
      continue;
    }
    calls.total += 1;
    calls.byService[entry.service] = (calls.byService[entry.service] ?? 0) + 1;
    const name = entry.caller ?? '(not attributed)';
    const caller = byCaller.get(name) ?? { caller: name, count: 0, methods: {} };
    caller.count += 1;
    const method = `${entry.service}.${entry.method}`;
    caller.methods[method] = (caller.methods[method] ?? 0) + 1;
    byCaller.set(name, caller);
  }
  const callers = [...byCaller.values()];
  callers.sort((a, b) => b.count - a.count || a.caller.localeCompare(b.caller));
  return { calls, callers };
}

function cardBytesOf(result: unknown): number {
  return Buffer.byteLength(JSON.stringify(toRenderJson(result)), 'utf8');
}

export function measure(
  scenario: Scenario,
  ctx: BenchContext,
  options: SamplingOptions = DEFAULT_SAMPLING,
): Measurement {
  if (!scenario.prepare) throw new Error(`${scenario.id} is pending: ${scenario.pending}`);
  const measured = scenario.prepare(ctx);
  const store = measured.userProperties;
  const warm = measured.fresh ? undefined : ctx.runtime({ userProperties: store });
  const runtimeFor = () => warm ?? ctx.runtime({ load: false, userProperties: store });
  const once = () => runOnce(measured, runtimeFor());
  const finish = (run: Run) => measured.reset?.(run.runtime);

  gc?.({ type: 'major' });
  const warmupStart = process.cpuUsage();
  for (let i = 0; ; i++) {
    const run = once();
    const problem = i === 0 ? measured.check?.(run.runtime, run.result) : undefined;
    if (problem) throw new Error(`${scenario.id}: ${problem}`);
    finish(run);
    const spent = process.cpuUsage(warmupStart);
    if (i + 1 >= options.warmupRuns && (spent.user + spent.system) / 1000 >= options.warmupMs) break;
    if (i >= 20 * options.warmupRuns || (i >= 2 && (spent.user + spent.system) / 1000 > options.maxMs / 2))
      break;
  }

  const cpu: number[] = [];
  const heap: number[] = [];
  const totals = new Set<number>();
  let previousMedian = Number.NaN;
  let settledBatches = 0;
  let stable = false;
  const started = performance.now();
  const outOfTime = () => performance.now() - started > options.maxMs && cpu.length >= MIN_RUNS_SLOW;
  while (cpu.length < options.maxRuns && !stable && !outOfTime()) {
    const runs = cpu.length < options.minRuns ? options.minRuns : options.batch;
    for (let i = 0; i < runs && !outOfTime(); i++) {
      const run = once();
      cpu.push(run.cpuMs);
      heap.push(run.heapBytes);
      totals.add(run.runtime.ledger.entries.filter((e) => !LOCAL_SERVICES.has(e.service)).length);
      finish(run);
    }
    if (cpu.length < options.minRuns) break;
    const m = median(cpu);
    const settled = Math.abs(m - previousMedian) <= Math.max(options.tolerance * previousMedian, 0.002);
    settledBatches = settled ? settledBatches + 1 : 0;
    previousMedian = m;
    stable = settledBatches >= 2;
  }
  // One more run with caller attribution on, for the callers (its time is not counted).
  const final = runOnce(measured, runtimeFor(), true);
  const { calls, callers } = callsOf(final.runtime);
  totals.add(calls.total);
  const problem = measured.check?.(final.runtime, final.result);
  if (problem) throw new Error(`${scenario.id}: ${problem}`);
  const cardBytes = measured.sized ? cardBytesOf(final.result) : null;
  const note = measured.note?.(final.runtime, final.result);
  finish(final);

  let firstCallMs: number | null = null;
  if (!measured.fresh) {
    const firsts: number[] = [];
    const firstStarted = performance.now();
    for (let i = 0; i < options.firstCallRuns; i++) {
      if (i >= 3 && performance.now() - firstStarted > options.maxMs / 2) break;
      const run = runOnce(measured, ctx.runtime({ userProperties: store }));
      firsts.push(run.cpuMs);
      measured.reset?.(run.runtime);
    }
    firstCallMs = median(firsts);
  }

  const sorted = [...cpu].sort((a, b) => a - b);
  return {
    calls,
    callers,
    cpuMs: { median: median(cpu), p90: quantile(sorted, 0.9), min: sorted[0]! },
    firstCallMs,
    cardBytes,
    heapDeltaKb: median(heap) / 1024,
    n: cpu.length,
    stable,
    deterministic: totals.size === 1,
    note,
  };
}

/** The cost of the harness itself: invoking a function that does nothing, with a homepage-sized event. */
export function harnessOverheadMs(ctx: BenchContext, options: SamplingOptions = DEFAULT_SAMPLING): number {
  const runtime = ctx.runtime({ load: false });
  runtime.load('function benchNoop(e) { return null; }', 'Noop.js');
  const event = { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', userLocale: 'en-US' } };
  const cpu: number[] = [];
  for (let i = 0; i < options.warmupRuns * 10 + options.minRuns * 5; i++) {
    const run = runOnce({ arm: (rt) => () => rt.invoke('benchNoop', event) }, runtime);
    if (i >= options.warmupRuns * 10) cpu.push(run.cpuMs);
  }
  return median(cpu);
}

// The budgets live in one place, the table in docs/performance.md (so the doc cannot drift from what is
// enforced); this reads that table and checks measurements against it.

/** A number to stay at or under; null when the metric is not budgeted; 'pending' until the feature lands. */
export type Limit = number | null | 'pending';

export interface Budget {
  scenario: string;
  calls: Limit;
  /** The fewest round trips the action could possibly need (reasoned out in the doc). */
  floor: number | null;
  cpuMs: Limit;
  cardBytes: Limit;
  reason: string;
}

/** What the checker needs of a scenario's result. */
export interface Measured {
  calls: { total: number };
  cpuMs: { median: number };
  cardBytes: number | null;
  deterministic: boolean;
}

export type Result = Measured | { pending: string };

export interface Violation {
  scenario: string;
  metric: 'calls' | 'cpuMs' | 'cardBytes';
  actual: number;
  limit: number;
}

export interface Check {
  violations: Violation[];
  /** The table and the scenarios disagree (a missing row, a floor above the measured calls, ...). */
  problems: string[];
}

export const BUDGET_MARKER = '<!-- bench:budgets -->';

const COLUMNS = {
  scenario: /^scenario/i,
  calls: /round trips/i,
  floor: /^floor/i,
  cpuMs: /cpu/i,
  cardBytes: /card/i,
  reason: /why|reason/i,
} as const;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

export function parseLimit(text: string): Limit {
  const t = text.replace(/[`*]/g, '').trim();
  if (/^pending\b/i.test(t)) return 'pending';
  if (t === '' || /^[—–-]$/.test(t)) return null;
  const n = Number(t.replace(/[,\s\u202f]/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a budget: "${text}"`);
  return n;
}

/** The budget table: the first Markdown table after the marker comment, columns found by their header. */
const REFERENCE_MARKER = /<!--\s*bench:reference-cpu-ms\s+([\d.]+)\s*-->/;

/** The calibration time (bench/calibrate.ts) of the machine speed the CPU budgets were written for. */
export function parseReferenceMs(markdown: string): number {
  const m = REFERENCE_MARKER.exec(markdown);
  if (!m) throw new Error('no <!-- bench:reference-cpu-ms N --> marker in docs/performance.md');
  return Number(m[1]);
}

export function parseBudgets(markdown: string): Budget[] {
  const lines = markdown.split(/\r?\n/);
  const marker = lines.findIndex((l) => l.includes(BUDGET_MARKER));
  if (marker < 0) throw new Error(`no budget table: the marker ${BUDGET_MARKER} is missing`);
  let i = marker + 1;
  while (i < lines.length && !lines[i]!.trim().startsWith('|')) i++;
  const header = cells(lines[i] ?? '');
  const index = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, pattern] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, RegExp][]) {
    const at = header.findIndex((h) => pattern.test(h));
    if (at < 0) throw new Error(`budget table has no "${key}" column (header: ${header.join(' | ')})`);
    index[key] = at;
  }
  const budgets: Budget[] = [];
  for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
    const row = cells(lines[i]!);
    const scenario = row[index.scenario]!.replace(/`/g, '').trim();
    const at = (key: keyof typeof COLUMNS) => row[index[key]] ?? '';
    try {
      const floor = parseLimit(at('floor'));
      budgets.push({
        scenario,
        calls: parseLimit(at('calls')),
        floor: typeof floor === 'number' ? floor : null,
        cpuMs: parseLimit(at('cpuMs')),
        cardBytes: parseLimit(at('cardBytes')),
        reason: at('reason'),
      });
    } catch (error) {
      throw new Error(`budget row "${scenario}" (line ${i + 1}): ${(error as Error).message}`);
    }
  }
  if (budgets.length === 0) throw new Error('the budget table has no rows');
  const seen = new Set<string>();
  for (const b of budgets) {
    if (seen.has(b.scenario)) throw new Error(`budget row "${b.scenario}" appears twice`);
    seen.add(b.scenario);
  }
  return budgets;
}

/**
 * Checks results against budgets. `complete`: every scenario ran, so a row without a scenario is a
 * problem too (off when the run was filtered).
 */
export function checkBudgets(
  results: Record<string, Result>,
  budgets: Budget[],
  complete = true,
  /** CPU budgets are for the reference machine speed; this machine's slowness multiplies them. */
  cpuScale = 1,
): Check {
  const violations: Violation[] = [];
  const problems: string[] = [];
  const byScenario = new Map(budgets.map((b) => [b.scenario, b]));
  for (const [scenario, result] of Object.entries(results)) {
    const budget = byScenario.get(scenario);
    if (!budget) {
      problems.push(`${scenario}: no row in the budget table of docs/performance.md`);
      continue;
    }
    if ('pending' in result) continue;
    const limits: [Violation['metric'], Limit, number | null][] = [
      ['calls', budget.calls, result.calls.total],
      [
        'cpuMs',
        typeof budget.cpuMs === 'number' ? budget.cpuMs * cpuScale : budget.cpuMs,
        result.cpuMs.median,
      ],
      ['cardBytes', budget.cardBytes, result.cardBytes],
    ];
    for (const [metric, limit, actual] of limits) {
      if (limit === 'pending') {
        problems.push(`${scenario}: measured now, but its ${metric} budget still says pending`);
      } else if (limit !== null && actual !== null && actual > limit) {
        violations.push({ scenario, metric, actual, limit });
      }
    }
    if (budget.floor !== null && result.calls.total < budget.floor) {
      problems.push(
        `${scenario}: ${result.calls.total} round trips is below its floor of ${budget.floor}: the floor's reasoning is wrong`,
      );
    }
    if (!result.deterministic) problems.push(`${scenario}: round-trip counts differed between runs`);
  }
  if (complete) {
    for (const b of budgets) {
      if (!(b.scenario in results))
        problems.push(`${b.scenario}: budget row for a scenario the bench does not have`);
    }
  }
  return { violations, problems };
}

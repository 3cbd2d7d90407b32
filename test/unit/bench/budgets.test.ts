// The bench's budget table: parsed from docs/performance.md and checked against measurements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUDGET_MARKER,
  checkBudgets,
  parseBudgets,
  parseLimit,
  parseReferenceMs,
  type Result,
} from '../../../bench/budgets';
import { cpuScale } from '../../../bench/calibrate';

const doc = (
  rows: string[],
  header = '| Scenario | Round trips ≤ | Floor | CPU median ≤ (ms) | Card ≤ (bytes) | Why |',
) =>
  ['# Perf', '', BUDGET_MARKER, header, '|---|---|---|---|---|---|', ...rows, '', 'after the table'].join(
    '\n',
  );

const measured = (calls: number, cpu: number, card: number | null, deterministic = true): Result => ({
  calls: { total: calls },
  cpuMs: { median: cpu },
  cardBytes: card,
  deterministic,
});

describe('parseLimit', () => {
  test('numbers with thousands separators, dashes for "not budgeted", pending', () => {
    expect(parseLimit('1,500')).toBe(1500);
    expect(parseLimit('0.15')).toBe(0.15);
    expect(parseLimit('—')).toBeNull();
    expect(parseLimit('')).toBeNull();
    expect(parseLimit('pending')).toBe('pending');
    expect(() => parseLimit('lots')).toThrow('not a budget');
  });
});

describe('parseBudgets', () => {
  test('reads the table after the marker, columns found by header, scenario ids without backticks', () => {
    const budgets = parseBudgets(
      doc([
        '| `open.small` | 13 | 5 | 2.1 | 2,000 | the sidebar |',
        '| `library.open` | pending | 2 | pending | pending | later |',
      ]),
    );
    expect(budgets).toEqual([
      { scenario: 'open.small', calls: 13, floor: 5, cpuMs: 2.1, cardBytes: 2000, reason: 'the sidebar' },
      {
        scenario: 'library.open',
        calls: 'pending',
        floor: 2,
        cpuMs: 'pending',
        cardBytes: 'pending',
        reason: 'later',
      },
    ]);
  });

  test('columns may come in another order', () => {
    const [b] = parseBudgets(
      [
        BUDGET_MARKER,
        '| Why | Floor | Scenario | Card ≤ | CPU ≤ | Round trips ≤ |',
        '|-|-|-|-|-|-|',
        '| r | 1 | `x` | — | 3 | 4 |',
      ].join('\n'),
    );
    expect(b).toEqual({ scenario: 'x', calls: 4, floor: 1, cpuMs: 3, cardBytes: null, reason: 'r' });
  });

  test('a missing marker, a missing column, a bad cell or a duplicate row is an error, not a silent pass', () => {
    expect(() => parseBudgets('| Scenario |\n|---|\n| x |')).toThrow('marker');
    expect(() => parseBudgets(doc([], '| Scenario | Floor | CPU | Card | Why |'))).toThrow('"calls" column');
    expect(() => parseBudgets(doc(['| `a` | many | 1 | 1 | 1 | r |']))).toThrow('budget row "a"');
    expect(() => parseBudgets(doc(['| `a` | 1 | 1 | 1 | 1 | r |', '| `a` | 1 | 1 | 1 | 1 | r |']))).toThrow(
      'twice',
    );
  });

  test('the real docs/performance.md parses and has a floor for every row', () => {
    const budgets = parseBudgets(
      readFileSync(join(__dirname, '..', '..', '..', 'docs', 'performance.md'), 'utf8'),
    );
    expect(budgets.length).toBeGreaterThan(5);
    for (const b of budgets) expect(b.floor).not.toBeNull();
  });
});

describe('checkBudgets', () => {
  const budgets = parseBudgets(
    doc([
      '| `open` | 13 | 5 | 2 | 2,000 | r |',
      '| `home` | 0 | 0 | 0.2 | — | r |',
      '| `later` | pending | 2 | pending | pending | r |',
    ]),
  );

  test('within budget: nothing to report', () => {
    const check = checkBudgets(
      { open: measured(13, 1.9, 1999), home: measured(0, 0.1, 99999), later: { pending: 'x' } },
      budgets,
    );
    expect(check).toEqual({ violations: [], problems: [] });
  });

  test('each metric over its limit is named with the scenario', () => {
    const check = checkBudgets(
      { open: measured(14, 2.5, 2001), home: measured(0, 0.1, 1), later: { pending: 'x' } },
      budgets,
    );
    expect(check.violations).toEqual([
      { scenario: 'open', metric: 'calls', actual: 14, limit: 13 },
      { scenario: 'open', metric: 'cpuMs', actual: 2.5, limit: 2 },
      { scenario: 'open', metric: 'cardBytes', actual: 2001, limit: 2000 },
    ]);
  });

  test('table and scenarios must agree: missing rows, stale pending cells, calls under the floor, unstable counts', () => {
    const check = checkBudgets(
      {
        open: measured(4, 1, 1),
        home: measured(0, 0.1, 1, false),
        later: measured(2, 1, 1),
        extra: measured(0, 0, null),
      },
      budgets,
    );
    expect(check.violations).toEqual([]);
    expect(check.problems).toEqual([
      expect.stringContaining('open: 4 round trips is below its floor of 5'),
      expect.stringContaining('home: round-trip counts differed'),
      expect.stringContaining('later: measured now, but its calls budget still says pending'),
      expect.stringContaining('later: measured now, but its cpuMs budget still says pending'),
      expect.stringContaining('later: measured now, but its cardBytes budget still says pending'),
      expect.stringContaining('extra: no row'),
    ]);
  });

  test('a row without a scenario is a problem only when every scenario ran', () => {
    expect(checkBudgets({ open: measured(13, 1, 1) }, budgets, false).problems).toEqual([]);
    expect(checkBudgets({ open: measured(13, 1, 1) }, budgets, true).problems).toEqual([
      expect.stringContaining('home: budget row for a scenario the bench does not have'),
      expect.stringContaining('later: budget row'),
    ]);
  });
});

describe('machine speed', () => {
  const budgets = parseBudgets(doc(['| `open` | 13 | 5 | 2 | 2,000 | r |']));

  test('a slower machine scales CPU budgets, never round trips or card bytes', () => {
    const scale = cpuScale(30, 15);
    expect(scale).toBe(2);
    expect(checkBudgets({ open: measured(13, 3.9, 2000) }, budgets, true, scale).violations).toEqual([]);
    expect(
      checkBudgets({ open: measured(14, 3.9, 2001) }, budgets, true, scale).violations.map((v) => v.metric),
    ).toEqual(['calls', 'cardBytes']);
    expect(checkBudgets({ open: measured(13, 4.1, 2000) }, budgets, true, scale).violations).toEqual([
      { scenario: 'open', metric: 'cpuMs', actual: 4.1, limit: 4 },
    ]);
  });

  test('a faster machine does not tighten them', () => {
    expect(cpuScale(5, 15)).toBe(1);
  });

  test('the reference is read from the doc, and its absence is an error', () => {
    expect(parseReferenceMs('x <!-- bench:reference-cpu-ms 13.5 --> y')).toBe(13.5);
    expect(() => parseReferenceMs('no marker')).toThrow(/reference-cpu-ms/);
    expect(
      parseReferenceMs(readFileSync(join(__dirname, '../../../docs/performance.md'), 'utf8')),
    ).toBeGreaterThan(0);
  });
});

// How fast this machine is right now, on a fixed piece of plain JavaScript like the add-on's (JSON,
// regular expressions, string building, sorting). CPU budgets are written for a reference speed and
// scaled by this, so a busy or slower machine does not fail them and a regression still does.

function workload(): number {
  const rows = Array.from({ length: 2000 }, (_, i) => ({
    id: `t${i}`,
    name: `Template ${i} — ${'x'.repeat(i % 40)}`,
    body: `Hi {{ sender.first_name }},\n\n${'Thanks for your message about the order. '.repeat(8)}`,
    tags: [`tag${i % 17}`, `team${i % 5}`],
  }));
  const json = JSON.stringify(rows);
  const back = JSON.parse(json) as typeof rows;
  const text = back.map((r) => r.body).join('\n');
  const replaced = text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, f: string) => f.toUpperCase());
  const words = replaced.split(/\s+/).sort();
  return words.length + json.length;
}

/** Median CPU milliseconds of the workload over `runs` runs, after a warm-up. */
export function calibrationMs(runs = 15): number {
  for (let i = 0; i < 3; i++) workload();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    workload();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The factor CPU budgets are multiplied by: this machine's slowness against the reference, never below 1. */
export function cpuScale(measuredMs: number, referenceMs: number): number {
  return Math.max(1, measuredMs / referenceMs);
}

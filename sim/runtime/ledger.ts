// Records every emulated service call (the Apps Script round trips) and injects faults on demand.

export interface LedgerEntry {
  service: string;
  method: string;
  /** Short, human-readable summary of the arguments. */
  args: string;
  /** The add-on code that made the call (file:line or function), when it can be told. */
  caller?: string;
}

export interface Fault {
  service: string;
  method?: string;
  remaining: number;
  message: string;
}

export const TOO_MANY_TIMES = 'Service invoked too many times for one day: gmail.';

function summarize(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return `[${value.length}]`;
  if (typeof value === 'function') return 'fn';
  return '{…}';
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];
  private faults: Fault[] = [];
  /** Set by the runtime: maps a stack trace to the add-on code that made the call. */
  callerOf: (stack: string) => string | undefined = () => undefined;
  /**
   * Whether `record` captures a stack trace to attribute each call (`caller`). On by default; the bench
   * turns it off while timing, since a stack trace per call costs more than most handlers do.
   */
  attributing = true;

  /** Record one call; throws the injected fault when one is armed for it. */
  record(service: string, method: string, args: readonly unknown[], makeError: (m: string) => Error): void {
    this.entries.push({
      service,
      method,
      args: args.map(summarize).join(', '),
      caller: this.attributing ? this.callerOf(new Error().stack ?? '') : undefined,
    });
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.service === service && (f.method === undefined || f.method === method),
    );
    if (fault) {
      fault.remaining -= 1;
      throw makeError(fault.message);
    }
  }

  /** Make the next `times` calls to service(.method) throw `message`. */
  failNext(service: string, times: number, message = TOO_MANY_TIMES, method?: string): void {
    this.faults.push({ service, method, remaining: times, message });
  }

  clearFaults(): void {
    this.faults = [];
  }

  reset(): void {
    this.entries.length = 0;
  }

  count(service?: string): number {
    return service ? this.entries.filter((e) => e.service === service).length : this.entries.length;
  }

  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.service] = (out[e.service] ?? 0) + 1;
    return out;
  }
}

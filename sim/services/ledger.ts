// Records every emulated service call (the Apps Script round trips) and injects faults on demand:
// before a call takes effect (failNext) or after it did (failAfter: the write happened, the caller
// still gets an exception, as with a timeout).
import { FAULT, type Localised, messageText } from './messages';

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
  /** Matching calls still to let through before the fault strikes. */
  skip: number;
  /** A literal text, or a catalogue text written in the runtime's language when thrown. */
  message: string | Localised;
}

/** The English text of the default fault (the daily Gmail quota). */
export const TOO_MANY_TIMES = 'Exception: Service invoked too many times for one day: gmail.';

/**
 * The calls that can fail after taking effect (`failAfter`): the writes whose outcome a caller cannot
 * tell from an exception. Each settles itself (`settle`) once its effect is done.
 */
export const AFTER_CAPABLE: readonly string[] = [
  'GmailApp.createDraft',
  'GmailMessage.createDraftReply',
  'GmailMessage.createDraftReplyAll',
  'GmailThread.createDraftReply',
  'GmailThread.createDraftReplyAll',
  'DriveApp.createFile',
  'DriveApp.File.setContent',
  ...['user', 'script'].flatMap((store) =>
    ['setProperty', 'setProperties', 'deleteProperty', 'deleteAllProperties'].map(
      (m) => `PropertiesService.${store}.${m}`,
    ),
  ),
  ...['user', 'script'].flatMap((lock) =>
    ['tryLock', 'waitLock', 'releaseLock'].map((m) => `LockService.${lock}.${m}`),
  ),
];

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
  private afterFaults: Fault[] = [];
  /** The runtime's locale: catalogue faults are thrown in its language (sim/services/messages.ts). */
  locale = 'en-US';
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
    this.trip(this.faults, service, method, makeError);
  }

  /** Called by a call of AFTER_CAPABLE once its effect is done: throws the armed after-fault, if any. */
  settle(service: string, method: string, makeError: (m: string) => Error): void {
    this.trip(this.afterFaults, service, method, makeError);
  }

  private trip(faults: Fault[], service: string, method: string, makeError: (m: string) => Error): void {
    const fault = faults.find(
      (f) => f.remaining > 0 && f.service === service && (f.method === undefined || f.method === method),
    );
    if (!fault) return;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return;
    }
    fault.remaining -= 1;
    throw makeError(messageText(this.locale, fault.message));
  }

  /**
   * Make the next `times` calls to service(.method) throw `message` before they take effect. A
   * Localised message (FAULT.serverError, …) is written in the runtime's language. `skip` lets that
   * many matching calls through first (a read after a save, not the save's own read).
   */
  failNext(
    service: string,
    times: number,
    message: string | Localised = FAULT.gmailDailyLimit,
    method?: string,
    options: { skip?: number } = {},
  ): void {
    this.faults.push({ service, method, remaining: times, skip: options.skip ?? 0, message });
  }

  /**
   * Make the next `times` calls to service.method take effect and then throw `message` (a draft is
   * made, a property written, a lock released, and still the caller gets an exception). Only the calls
   * in AFTER_CAPABLE can; any other throws here, so a test cannot arm a fault that never fires.
   */
  failAfter(
    service: string,
    method: string,
    message: string | Localised = FAULT.serverError,
    times = 1,
  ): void {
    if (!AFTER_CAPABLE.includes(`${service}.${method}`))
      throw new Error(`failAfter: ${service}.${method} cannot fail after its effect (see AFTER_CAPABLE)`);
    this.afterFaults.push({ service, method, remaining: times, skip: 0, message });
  }

  clearFaults(): void {
    this.faults = [];
    this.afterFaults = [];
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

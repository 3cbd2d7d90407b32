// The base of every emulated CardService object: ledger recording, sandbox-realm errors and the argument
// checks Apps Script makes at its Java boundary ("Invalid argument: ...").
import type { ServiceContext } from '../context';
import { type ComposeActionInfo, SIM_KIND } from '../renderJson';
import { ENUMS, type EnumName, type EnumValue } from './enums';

export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** State threaded through a card's build: the context for errors and the compose actions met so far. */
export interface BuildScope {
  ctx: ServiceContext;
  composeActions: ComposeActionInfo[];
}

/** An error raised while building a card, naming where in the card JSON the problem sits. */
export function buildError(scope: BuildScope, path: string, problem: string): Error {
  return scope.ctx.error(`Card build failed at ${path}: ${problem}`);
}

export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value !== 'object' && typeof value !== 'function') return `${typeof value} ${String(value)}`;
  const kind = (value as Record<symbol, unknown>)[SIM_KIND];
  if (typeof kind === 'string') return `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
  return Array.isArray(value) ? 'an array' : `an ${typeof value}`;
}

type Constructor<T> = abstract new (...args: never[]) => T;

export abstract class SimObject {
  readonly [SIM_KIND]: string;
  protected readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext, kind: string) {
    this.ctx = ctx;
    this[SIM_KIND] = kind;
  }

  /** Apps Script prints host objects by class name. */
  toString(): string {
    return this[SIM_KIND];
  }

  /** Every public method starts here, so the ledger counts it (and injected faults fire). */
  protected call(method: string, args: readonly unknown[]): void {
    this.ctx.record('CardService', `${this[SIM_KIND]}.${method}`, args);
  }

  protected invalid(method: string, arg: string, expected: string, value: unknown): Error {
    return this.ctx.error(
      `Invalid argument: ${arg} (${this[SIM_KIND]}.${method} expects ${expected}, got ${describeValue(value)})`,
    );
  }

  protected string(method: string, arg: string, value: unknown): string {
    if (typeof value !== 'string') throw this.invalid(method, arg, 'a string', value);
    return value;
  }

  protected boolean(method: string, arg: string, value: unknown): boolean {
    if (typeof value !== 'boolean') throw this.invalid(method, arg, 'a boolean', value);
    return value;
  }

  protected integer(method: string, arg: string, value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw this.invalid(method, arg, 'a non-negative integer', value);
    }
    return value;
  }

  protected instance<T>(
    method: string,
    arg: string,
    value: unknown,
    type: Constructor<T>,
    expected: string,
  ): T {
    if (!(value instanceof type)) throw this.invalid(method, arg, expected, value);
    return value;
  }

  protected enumValue<N extends EnumName>(
    method: string,
    arg: string,
    value: unknown,
    name: N,
  ): EnumValue<N> {
    const values: readonly unknown[] = Object.values(ENUMS[name]);
    if (!values.includes(value)) throw this.invalid(method, arg, `a CardService.${name} value`, value);
    return value as EnumValue<N>;
  }
}

// Runs the engine alone: parse, then render with an output hook that prints values as plain text
// (nil and objects as nothing, lists run together), so each test reads what the template itself produced.
import { DateValue, LiquidError, parseTemplate, runTemplate } from '../../../../src/templates/engine';

export const show = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof DateValue) return v.valueOf();
  if (Array.isArray(v)) return v.map(show).join('');
  // Objects and the nil/empty/blank literals print nothing.
  if (typeof v === 'object') return '';
  return String(v);
};

export const SCOPE = {
  s: 'Hello World',
  e: '',
  z: 0,
  n: 7,
  f: 3.75,
  t: true,
  no: false,
  nul: null,
  nums: [1, 2, 3, 4, 5],
  names: ['bob', 'Alice', 'carol'],
  people: [{ name: 'Zed', age: 3 }, { name: 'amy', age: 1 }, { name: 'Bo' }],
  obj: { a: 1, b: { c: 'deep' }, 'x y': 2 },
  empty_list: [],
  k: 'b',
  i: 1,
  when: new DateValue(Date.UTC(2025, 2, 14, 9, 30), '14 March 2025'),
};

export function render(body: string, scope: Record<string, unknown> = SCOPE): string {
  return runTemplate(
    parseTemplate(body),
    scope,
    { locale: 'en-GB', timeZone: 'UTC' },
    Date.UTC(2025, 2, 15),
    (_n, v) => show(v),
  );
}

/** The error a template stops with, as code, params and "line:column". */
export function failure(body: string, scope: Record<string, unknown> = SCOPE) {
  try {
    render(body, scope);
  } catch (err) {
    if (err instanceof LiquidError)
      return { code: err.code, params: err.params, at: `${err.position.line}:${err.position.column}` };
    throw err;
  }
  throw new Error(`no error for ${body}`);
}

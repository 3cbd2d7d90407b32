// Turns what an add-on function returned into the platform's render JSON, and rejects what Apps Script
// would reject (unbuilt builders, plain objects, Promises, nothing at all).

/** Built CardService objects (Card and every response) give their render JSON through this method. */
export const RENDER_JSON = Symbol.for('threadsmith.sim.renderJson');
/** A built Card gives its card.proto JSON (a fresh copy) through this method. */
export const CARD_JSON = Symbol.for('threadsmith.sim.cardJson');
/** Every emulated CardService object carries its class name here ("CardBuilder", "Navigation", ...). */
export const SIM_KIND = Symbol.for('threadsmith.sim.kind');
/**
 * Card JSON has no place for ComposedEmailType, so a built Card (and every card JSON copy it hands out,
 * as a non-enumerable property) lists its compose actions here.
 */
export const COMPOSE_ACTIONS = Symbol.for('threadsmith.sim.composeActions');

export interface ComposeActionInfo {
  functionName: string;
  parameters: Record<string, string>;
  type: 'REPLY_AS_DRAFT' | 'STANDALONE_DRAFT';
}

interface RenderSource {
  [RENDER_JSON](): unknown;
}
interface CardSource {
  [CARD_JSON](): unknown;
}

function hasMethod(value: unknown, key: symbol | string): boolean {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as Record<symbol | string, unknown>)[key] === 'function'
  );
}

function isCard(value: unknown): value is CardSource {
  return hasMethod(value, CARD_JSON);
}

const ACCEPTED = 'a built Card, Card[] or a built response (ActionResponse, UniversalActionResponse, ...)';

function withArticle(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** What the value is, in the words a developer would use. */
function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return `a ${typeof value} (${String(value)})`;
  if (hasMethod(value, 'then')) return 'a Promise';
  const kind = (value as Record<symbol, unknown>)[SIM_KIND];
  if (typeof kind === 'string') return withArticle(kind);
  if (typeof value === 'function') return 'a function';
  const keys = Object.keys(value).slice(0, 5);
  return `a plain object {${keys.join(', ')}}`;
}

function rejection(value: unknown): Error {
  const what = describe(value);
  if (what === 'a Promise') {
    return new Error(
      'The function returned a Promise: Apps Script runs add-on functions synchronously and would reject it; ' +
        'return the Card or response itself (no async).',
    );
  }
  if (hasMethod(value, 'build')) {
    return new Error(
      `The function returned ${what}: call build(); Apps Script would reject an unbuilt builder.`,
    );
  }
  return new Error(`The function returned ${what}; Apps Script would reject it: return ${ACCEPTED}.`);
}

/** Render JSON for what a trigger or action function returned; throws what Gmail would refuse. */
export function toRenderJson(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0)
      throw new Error(`The function returned an empty array; Apps Script expects ${ACCEPTED}.`);
    const navigations = value.map((item, index) => {
      if (!isCard(item)) {
        throw new Error(
          `The function returned an array holding ${describe(item)} at index ${index}; ` +
            'Apps Script only accepts an array of built Cards.',
        );
      }
      return { pushCard: item[CARD_JSON]() };
    });
    return { action: { navigations } };
  }
  if (hasMethod(value, RENDER_JSON)) return (value as RenderSource)[RENDER_JSON]();
  throw rejection(value);
}

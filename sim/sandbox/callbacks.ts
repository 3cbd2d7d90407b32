// What each kind of callback may return, as Gmail enforces it (docs/emulator.md "Callbacks"). Gmail
// calls a function in one of five roles and accepts one kind of answer for each: a trigger shows cards, a
// card click answers with an ActionResponse, a universal action with a UniversalActionResponse, a compose
// action with a ComposeActionResponse holding a draft of the button's ComposedEmailType, and a click on
// a card in the compose window with an ActionResponse or an UpdateDraftActionResponse. The runtime learns
// each action's role from the cards it rendered, as Gmail knows it from the button that was pressed.
import { DRAFT_INFO, type DraftInfo } from '../services/context';
import { COMPOSE_ACTIONS, type ComposeActionInfo, SIM_KIND } from '../services/renderJson';

export type Surface = 'homepage' | 'message' | 'compose' | 'drive';
export type ComposedEmailType = ComposeActionInfo['type'];

export type Callback =
  | { kind: 'trigger'; surface: Surface }
  | { kind: 'universal'; surface: Surface }
  | { kind: 'action'; surface: Surface }
  | { kind: 'compose'; type: ComposedEmailType };

export interface AddonManifest {
  addOns?: {
    common?: {
      homepageTrigger?: { runFunction?: string };
      universalActions?: { runFunction?: string; openLink?: string }[];
    };
    gmail?: {
      homepageTrigger?: { runFunction?: string };
      contextualTriggers?: { onTriggerFunction?: string }[];
      composeTrigger?: { selectActions?: { runFunction?: string }[] };
    };
    drive?: {
      homepageTrigger?: { runFunction?: string };
      onItemsSelectedTrigger?: { runFunction?: string };
    };
  };
}

/** The roles the manifest gives its functions by name: triggers and universal actions. */
export function manifestRoles(manifest: AddonManifest): Map<string, Surface | 'universal'> {
  const roles = new Map<string, Surface | 'universal'>();
  const common = manifest.addOns?.common;
  const gmail = manifest.addOns?.gmail;
  const add = (name: string | undefined, role: Surface | 'universal') => {
    if (name) roles.set(name, role);
  };
  add(common?.homepageTrigger?.runFunction, 'homepage');
  add(gmail?.homepageTrigger?.runFunction, 'homepage');
  for (const t of gmail?.contextualTriggers ?? []) add(t.onTriggerFunction, 'message');
  for (const a of gmail?.composeTrigger?.selectActions ?? []) add(a.runFunction, 'compose');
  for (const u of common?.universalActions ?? []) add(u.runFunction, 'universal');
  // Drive's homepage trigger overrides the common one there; the items-selected trigger is Drive's own.
  add(manifest.addOns?.drive?.onItemsSelectedTrigger?.runFunction, 'drive');
  const driveHome = manifest.addOns?.drive?.homepageTrigger?.runFunction;
  if (driveHome && !roles.has(driveHome)) add(driveHome, 'drive');
  return roles;
}

/** The surface an event comes from, for a universal action (which every surface's toolbar offers). */
export function surfaceOfEvent(event: unknown): Surface {
  const e = (event ?? {}) as {
    gmail?: { messageId?: unknown };
    draftMetadata?: unknown;
    drive?: unknown;
    commonEventObject?: { hostApp?: unknown };
  };
  if (e.drive || e.commonEventObject?.hostApp === 'DRIVE') return 'drive';
  if (e.draftMetadata) return 'compose';
  return e.gmail?.messageId ? 'message' : 'homepage';
}

function keyOf(functionName: string, parameters: Record<string, string>): string {
  const sorted = Object.keys(parameters)
    .sort()
    .map((k) => [k, parameters[k]]);
  return JSON.stringify([functionName, sorted]);
}

type JsonNode = Record<string | symbol, unknown>;

/**
 * The actions offered by the cards a runtime rendered, each with its role: Gmail can only call what a
 * card offered, and calls it in the role the button gave it.
 */
export class OfferedActions {
  private readonly offered = new Map<string, Callback>();

  /** Record every action of a rendered response, shown on `surface`. */
  learn(renderJson: unknown, surface: Surface): void {
    const visit = (node: unknown) => {
      if (Array.isArray(node)) {
        for (const n of node) visit(n);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const n = node as JsonNode;
      const compose = n[COMPOSE_ACTIONS] as readonly ComposeActionInfo[] | undefined;
      const composeKeys = new Set<string>();
      for (const c of compose ?? []) {
        const key = keyOf(c.functionName, c.parameters);
        composeKeys.add(key);
        this.offered.set(key, { kind: 'compose', type: c.type });
      }
      // card.proto's Action, wherever it sits (a button's onClick.action, an input's onChangeAction).
      if (typeof n.function === 'string') {
        const params: Record<string, string> = {};
        for (const p of (n.parameters ?? []) as { key: string; value: string }[]) params[p.key] = p.value;
        const key = keyOf(n.function, params);
        if (this.offered.get(key)?.kind !== 'compose') this.offered.set(key, { kind: 'action', surface });
      }
      for (const value of Object.values(n)) visit(value);
    };
    visit(renderJson);
  }

  /** The role Gmail would call `functionName` in for a click carrying `parameters`, if a card offered it. */
  roleOf(functionName: string, parameters: Record<string, string>): Callback | undefined {
    return this.offered.get(keyOf(functionName, parameters));
  }
}

const ANSWERS: Record<string, readonly string[]> = {
  trigger: ['Card', 'Card[]'],
  universal: ['UniversalActionResponse'],
  action: ['ActionResponse'],
  composeWindow: ['ActionResponse', 'UpdateDraftActionResponse'],
  driveWindow: ['ActionResponse', 'DriveItemsSelectedActionResponse'],
  compose: ['ComposeActionResponse'],
};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'Card[]';
  const kind = value && typeof value === 'object' ? (value as JsonNode)[SIM_KIND] : undefined;
  return typeof kind === 'string' ? kind : typeof value;
}

/**
 * Throws what Gmail would make of `value` returned in role `callback` (a click that shows nothing, or
 * an error), naming the function, the role and what that role must return.
 */
export function checkAnswer(name: string, callback: Callback, value: unknown): void {
  const role =
    callback.kind === 'action' && callback.surface === 'compose'
      ? 'composeWindow'
      : callback.kind === 'action' && callback.surface === 'drive'
        ? 'driveWindow'
        : callback.kind;
  const allowed = ANSWERS[role]!;
  const got = kindOf(value);
  // Other wrong values (plain objects, unbuilt builders, Promises) are refused by toRenderJson, in
  // its own words.
  const isSimObject = got === 'Card[]' || /^[A-Z]/.test(got);
  if (isSimObject && !allowed.includes(got)) {
    throw new Error(
      `${name} ran as ${ROLE_NAMES[role]} and returned ${article(got)}; Gmail accepts only ${allowed
        .map(article)
        .join(' or ')} there, so the click would fail.`,
    );
  }
  if (callback.kind === 'compose' && got === 'ComposeActionResponse') {
    const draft = (value as JsonNode)[DRAFT_INFO] as DraftInfo | undefined;
    const made: ComposedEmailType = draft?.reply ? 'REPLY_AS_DRAFT' : 'STANDALONE_DRAFT';
    if (made !== callback.type) {
      throw new Error(
        `${name} ran as a compose action of ComposedEmailType.${callback.type} and returned a ${
          made === 'REPLY_AS_DRAFT' ? 'reply draft' : 'standalone draft'
        }; the draft's kind must match the button's (${made} for this draft).`,
      );
    }
  }
}

const ROLE_NAMES: Record<string, string> = {
  trigger: 'a trigger',
  universal: 'a universal action',
  action: 'a card action (setOnClickAction)',
  composeWindow: 'an action of a card in the compose window',
  driveWindow: 'an action of a card in Drive',
  compose: 'a compose action (setComposeAction)',
};

function article(kind: string): string {
  // "an ActionResponse", "a UniversalActionResponse": by sound, not by letter.
  return `${/^(?:[AEIO]|U(?!ni))/.test(kind) ? 'an' : 'a'} ${kind}`;
}

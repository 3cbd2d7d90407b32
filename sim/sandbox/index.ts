// The Apps Script runtime emulator: a vm sandbox with only what Apps Script V8 has, the emulated services,
// and a ledger of every service call. Tests, the CLI, the preview and the benchmarks all run the built
// bundle through this.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import vm from 'node:vm';
import type { Mailbox } from '../mailbox/mailbox';
import { CacheStore, createCacheService } from '../services/cache';
import { createCardService } from '../services/cardService';
import { permissionMessage, type ServiceContext } from '../services/context';
import { createDriveAdvanced, driveSymbol } from '../services/driveAdvanced';
import { createDriveApp, DRIVE_SCOPE, DriveWorld } from '../services/driveApp';
import { createGmailApp } from '../services/gmailApp';
import { Ledger } from '../services/ledger';
import { createLockService, type LockState } from '../services/lock';
import { createConsole, createLogger, type LogEntry } from '../services/logging';
import { messageText } from '../services/messages';
import { createPropertiesService, PropertyStore } from '../services/properties';
import { toRenderJson } from '../services/renderJson';
import { createScriptApp } from '../services/scriptApp';
import { createSession } from '../services/session';
import { createUtilities } from '../services/utilities';
import {
  type AddonManifest,
  type Callback,
  checkAnswer,
  manifestRoles,
  OfferedActions,
  type Surface,
  surfaceOfEvent,
} from './callbacks';

export const ROOT = join(__dirname, '..', '..');
export const DEFAULT_BUNDLE = join(ROOT, 'dist', 'Code.js');
export const DEFAULT_USER = { email: 'sam@northwind.example', name: 'Sam Taylor' };

export type Manifest = AddonManifest & { oauthScopes?: string[]; timeZone?: string; dependencies?: unknown };

export interface RuntimeOptions {
  mailbox: Mailbox;
  user?: { email: string; name?: string };
  /** The manifest (appsscript.json) whose scopes the services enforce; defaults to dist/appsscript.json. */
  manifest?: Manifest;
  /**
   * The user's locale (default en-US): Session reports it, and exception texts (scopes, limits, lock
   * timeouts, catalogue faults) are written in its language, German and Japanese besides English.
   */
  locale?: string;
  /**
   * Partial consent (granular OAuth consent reaches published add-ons): the scopes the user granted,
   * a subset of the manifest's; default all of them. A scope the manifest lacks cannot be granted.
   */
  grantedScopes?: string[];
  userProperties?: Record<string, string>;
  /** Clock for CacheService expiry; defaults to Date.now. */
  now?: () => number;
  /**
   * The Drive this user reaches (DriveApp): pass one DriveWorld to the runtimes of several users so
   * they share files, sharing and the script lock, as the users of one add-on do. Default: a Drive of
   * this user's own.
   */
  drive?: DriveWorld;
}

export class Runtime {
  readonly ledger = new Ledger();
  readonly logs: LogEntry[] = [];
  readonly userStore: PropertyStore;
  readonly scriptStore = new PropertyStore();
  readonly userLock: LockState = { heldElsewhere: false, held: false };
  readonly mailbox: Mailbox;
  readonly drive: DriveWorld;
  /** The scopes this user has granted so far (granular consent): grantScopes adds to them. */
  private readonly scopes: string[];
  readonly user: { email: string; name?: string };
  readonly manifest: Manifest;
  /** The actions the cards rendered so far offer, with the role Gmail would call each in. */
  readonly offered = new OfferedActions();
  readonly utilities: ReturnType<typeof createUtilities>;
  /** The emulated globals (CardService, GmailApp, …) as put into the sandbox. */
  readonly services: Readonly<Record<string, unknown>>;
  private readonly context: vm.Context;
  private loaded = false;

  constructor(options: RuntimeOptions) {
    this.mailbox = options.mailbox;
    this.user = options.user ?? DEFAULT_USER;
    this.manifest =
      options.manifest ?? JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));
    this.userStore = new PropertyStore(options.userProperties);
    const now = options.now ?? Date.now;
    const locale = options.locale ?? 'en-US';
    const declared = this.manifest.oauthScopes ?? [];
    const undeclared = (options.grantedScopes ?? []).filter((s) => !declared.includes(s));
    if (undeclared.length > 0) {
      throw new Error(`grantedScopes must come from the manifest; not declared: ${undeclared.join(', ')}`);
    }
    const scopes = [...(options.grantedScopes ?? declared)];
    this.scopes = scopes;
    this.drive = options.drive ?? new DriveWorld(now);
    this.ledger.locale = locale;
    this.context = vm.createContext({});
    const SandboxError = vm.runInContext('Error', this.context) as ErrorConstructor;
    const error = (message: Parameters<ServiceContext['error']>[0]) =>
      new SandboxError(messageText(locale, message));
    const ctx: ServiceContext = {
      ledger: this.ledger,
      scopes,
      user: this.user,
      locale,
      error,
      isGlobalFunction: (name) => this.globalFunctions().includes(name),
      requireScope: (scope, what) => {
        if (!scopes.includes(scope)) throw error(permissionMessage(what, scope));
      },
      record: (service, method, args) =>
        this.ledger.record(service, method, args, (m) => new SandboxError(m)),
      settle: (service, method) => this.ledger.settle(service, method, (m) => new SandboxError(m)),
    };
    this.utilities = createUtilities(ctx);
    const globals: Record<string, unknown> = {
      console: createConsole(this.logs),
      Logger: createLogger(this.logs),
      CardService: createCardService(ctx),
      GmailApp: createGmailApp(ctx, this.mailbox),
      PropertiesService: createPropertiesService(ctx, this.userStore, this.scriptStore),
      CacheService: createCacheService(ctx, new CacheStore(now), new CacheStore(now), now),
      LockService: createLockService(ctx, this.userLock, this.drive.scriptLock),
      DriveApp: createDriveApp(ctx, this.drive),
      ScriptApp: createScriptApp(ctx, declared),
      Session: createSession(ctx, locale, this.manifest.timeZone ?? 'Etc/UTC'),
      Utilities: this.utilities,
    };
    // An advanced service is defined only when the manifest enables it, under its userSymbol.
    const driveName = driveSymbol(this.manifest.dependencies);
    if (driveName) globals[driveName] = createDriveAdvanced(ctx, this.drive);
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(this.context, name, { value, enumerable: false, writable: false });
    }
    this.services = globals;
  }

  /**
   * The user consents to more of the manifest's scopes (the consent page an AuthorizationInfo URL or a
   * requestFileScope opens): only scopes the manifest declares can be granted.
   */
  grantScopes(scopes: readonly string[]): void {
    const declared = this.manifest.oauthScopes ?? [];
    for (const scope of scopes) {
      if (!declared.includes(scope)) throw new Error(`${scope} is not in the manifest: it cannot be granted`);
      if (!this.scopes.includes(scope)) this.scopes.push(scope);
    }
  }

  /** Whether the user has granted `scope`. */
  hasScope(scope: string): boolean {
    return this.scopes.includes(scope);
  }

  /**
   * Drive's answer to requestFileScope(itemId): the user says yes on Drive's dialog, so `drive.file`
   * is granted (if it was not) and this user's add-on may open the item from now on.
   */
  grantFileScope(itemId: string): void {
    if (!this.hasScope(DRIVE_SCOPE.file)) this.grantScopes([DRIVE_SCOPE.file]);
    this.drive.grant(this.user.email, itemId);
  }

  /**
   * Run host-side TypeScript of the add-on against this runtime's services: only for conformance
   * cross-checks that compare src/'s own functions with what the bundle does, and unit tests of the
   * services. Behaviour tests seed through the cards (sim/testing/setup.ts), and nothing in sim/ uses it.
   */
  withServices<T>(fn: () => T): T {
    const host = globalThis as Record<string, unknown>;
    const saved = Object.keys(this.services).map((name) => [name, host[name]] as const);
    Object.assign(host, this.services);
    try {
      return fn();
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete host[name];
        else host[name] = value;
      }
    }
  }

  /** Evaluate a bundle in the sandbox, as Apps Script does when a project loads. */
  load(code: string, filename = 'Code.js', sourceMapJson?: string): void {
    vm.runInContext(code, this.context, { filename });
    this.loaded = true;
    if (sourceMapJson)
      this.ledger.callerOf = callerFromStack(filename, new SourceMap(JSON.parse(sourceMapJson)));
  }

  /** Load dist/Code.js (and its source map, for attributing ledger calls to src/ files). */
  loadBundle(path = DEFAULT_BUNDLE): void {
    let map: string | undefined;
    try {
      map = readFileSync(`${path}.map`, 'utf8');
    } catch {
      map = undefined;
    }
    this.load(readFileSync(path, 'utf8'), 'Code.js', map);
  }

  /** Names of the top-level functions of the loaded bundle (what Apps Script can call by name). */
  globalFunctions(): string[] {
    if (!this.loaded) return [];
    return vm.runInContext(
      'Object.getOwnPropertyNames(globalThis).filter(function (n) { return typeof globalThis[n] === "function"; })',
      this.context,
    ) as string[];
  }

  /** Call a global function by name with an event, as Apps Script does for triggers and actions. */
  invoke(name: string, event: unknown): unknown {
    if (!this.globalFunctions().includes(name)) {
      throw new Error(`Script function not found: ${name}`);
    }
    const fn = vm.runInContext(name, this.context) as (e: unknown) => unknown;
    // The event arrives as a sandbox-realm object, as the platform's JSON would.
    const parse = vm.runInContext('JSON.parse', this.context) as (s: string) => unknown;
    const result = fn(parse(JSON.stringify(event ?? {})));
    if (result && typeof (result as { then?: unknown }).then === 'function') {
      throw new Error(`${name} returned a Promise: Apps Script needs the card or response itself`);
    }
    return result;
  }

  /**
   * The role Gmail calls `name` in for `event`: a trigger or universal action by the manifest, else the
   * role the card that offered the clicked action gave it (docs/emulator.md "Callbacks").
   */
  roleOf(name: string, event: unknown): Callback {
    const role = manifestRoles(this.manifest).get(name);
    if (role === 'universal') return { kind: 'universal', surface: surfaceOfEvent(event) };
    if (role) return { kind: 'trigger', surface: role };
    const parameters =
      (event as { commonEventObject?: { parameters?: Record<string, string> } } | undefined)
        ?.commonEventObject?.parameters ?? {};
    const offered = this.offered.roleOf(name, parameters);
    if (!offered) {
      throw new Error(
        `${name} ${JSON.stringify(parameters)} was not offered by any card this runtime rendered: Gmail ` +
          'only calls what a card offers (render the card first, or pass the role to render()).',
      );
    }
    return offered;
  }

  /**
   * Invoke in the role Gmail would (`as`, else roleOf) and turn the result into the platform's render
   * JSON; throws on what Gmail would reject, including an answer of the wrong kind for the role.
   */
  render(name: string, event: unknown, as?: Callback): unknown {
    const callback = as ?? this.roleOf(name, event);
    const value = this.invoke(name, event);
    checkAnswer(name, callback, value);
    const json = toRenderJson(value);
    checkFileScopeRequest(name, event, json);
    // A universal action's surface is its event's (roleOf), so every role but compose carries one.
    const surface: Surface = callback.kind === 'compose' ? 'compose' : callback.surface;
    this.offered.learn(json, surface);
    return json;
  }
}

/**
 * requestFileScope asks for "the contextually-relevant item in Drive" (DriveItemsSelectedActionResponse
 * Builder reference): an id that is not one of the event's selected items is refused.
 */
function checkFileScopeRequest(name: string, event: unknown, json: unknown): void {
  const itemId = (
    json as {
      renderActions?: { hostAppAction?: { driveAction?: { requestFileScope?: { itemId?: string } } } };
    }
  )?.renderActions?.hostAppAction?.driveAction?.requestFileScope?.itemId;
  if (itemId === undefined) return;
  const drive = (
    event as { drive?: { activeCursorItem?: { id?: string }; selectedItems?: { id?: string }[] } }
  )?.drive;
  const ids = [drive?.activeCursorItem?.id, ...(drive?.selectedItems ?? []).map((i) => i.id)];
  if (!ids.includes(itemId)) {
    throw new Error(
      `${name} asked for file scope on ${itemId}, which is not an item selected in Drive for this event: Drive only grants the contextual item.`,
    );
  }
}

/** Maps a stack trace to the first add-on frame in src/, via the bundle's source map. */
function callerFromStack(filename: string, map: SourceMap) {
  const frame = new RegExp(`(?:at (\\S+) \\()?${filename.replace('.', '\\.')}:(\\d+):(\\d+)`);
  return (stack: string): string | undefined => {
    for (const line of stack.split('\n')) {
      const m = frame.exec(line);
      if (!m) continue;
      const entry = map.findEntry(Number(m[2]) - 1, Number(m[3]) - 1) as {
        originalSource?: string;
        originalLine?: number;
      };
      if (!entry.originalSource || entry.originalSource.includes('node_modules')) continue;
      const file = relative(ROOT, entry.originalSource.replace(/^file:\/\//, '')).replace(/^(\.\.\/)+/, '');
      return `${file}:${(entry.originalLine ?? 0) + 1}${m[1] ? ` ${m[1].replace(/^__threadsmith\./, '')}` : ''}`;
    }
    return undefined;
  };
}

// One preview session: the mailbox, one Runtime over the built bundle (reloaded when the bundle changes,
// user properties and drafts kept), and the base events of the cards on screen, so a click runs its
// function with the same V8-shaped event Gmail would send.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BuildError, bundleIsStale, build as realBuild } from '../../tools/build';
import { type DraftRecord, Mailbox, type MessageRecord, type ThreadRecord } from '../mailbox/mailbox';
import { DEFAULT_BUNDLE, DEFAULT_USER, ROOT, Runtime } from '../sandbox';
import { surfaceOfEvent } from '../sandbox/callbacks';
import { COMPOSE_ACTIONS, type ComposeActionInfo } from '../services/cardService';
import { DriveWorld } from '../services/driveApp';
import {
  type AddonEvent,
  actionEvent,
  composeEvent,
  driveHomepageEvent,
  driveItemsEvent,
  homepageEvent,
  messageEvent,
  universalEvent,
} from '../testing/events';
import type {
  ActionRequest,
  ComposeRequest,
  ComposeTriggerInfo,
  ContextResult,
  DriveView,
  MailboxView,
  MessageView,
  ThreadSummary,
  ThreadView,
  UniversalActionInfo,
  UniversalRequest,
} from './api';

export interface SessionOptions {
  mailboxDir: string;
  /** The emulated user's address (default sam@northwind.example). */
  me?: string;
  /** The other signed-in user the page can switch to (default ana@northwind.example, or sam@). */
  other?: string;
  /** Builds dist/Code.js; injectable so tests can simulate a broken build. */
  build?: () => Promise<unknown>;
  /** True when the bundle needs a rebuild. */
  isStale?: () => boolean;
  bundlePath?: string;
  /** Where the events say they come from: WEB (default), or a phone (Gmail's Android and iOS apps). */
  platform?: Platform;
  /** The events' userLocale (default en-US): the add-on's language (`--locale`, `?locale=`). */
  locale?: string;
}

/** commonEventObject.platform. The Gmail apps for Android and iOS have no add-on compose actions. */
export type Platform = 'WEB' | 'IOS' | 'ANDROID';

/** `--phone`, `--phone=ios`, `?phone=android`…: the platform a phone-layout value names (null: not one). */
export function platformOf(value: string | undefined | null): Platform | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'android' || v === 'on' || v === '1' || v === 'true') return 'ANDROID';
  if (v === 'ios' || v === 'iphone') return 'IOS';
  if (v === 'off' || v === 'web' || v === '0' || v === 'false') return 'WEB';
  return null;
}

/** The page shows dates in this machine's zone, so the sidebar's events use it too. */
const PAGE_ENV = { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };

/** The second fixture user: the teammate a team library is shared with. */
export const SECOND_USER = { email: 'ana@northwind.example', name: 'Ana Ruiz' };

interface Manifest {
  oauthScopes?: string[];
  timeZone?: string;
  addOns?: {
    drive?: {
      homepageTrigger?: { runFunction?: string; enabled?: boolean };
      onItemsSelectedTrigger?: { runFunction?: string };
    };
    common?: {
      name?: string;
      homepageTrigger?: { runFunction?: string; enabled?: boolean };
      universalActions?: { label?: string; runFunction?: string; openLink?: string }[];
    };
    gmail?: {
      homepageTrigger?: { runFunction?: string; enabled?: boolean };
      contextualTriggers?: { onTriggerFunction?: string }[];
      composeTrigger?: { selectActions?: { text?: string; runFunction?: string }[] };
    };
  };
}

/** Compose trigger of a manifest, as the compose window's add-on icon needs it. */
export function composeTriggerOf(manifest: Manifest): ComposeTriggerInfo | null {
  const action = manifest.addOns?.gmail?.composeTrigger?.selectActions?.[0];
  if (!action?.runFunction) return null;
  return { text: action.text ?? action.runFunction, runFunction: action.runFunction };
}

/** The add-on's toolbar menu: the manifest's universal actions, in its order (unusable entries left out). */
export function universalActionsOf(manifest: Manifest): UniversalActionInfo[] {
  return (manifest.addOns?.common?.universalActions ?? [])
    .filter((u) => u.runFunction || u.openLink)
    .map((u) => ({
      label: u.label ?? u.runFunction ?? u.openLink ?? '',
      runFunction: u.runFunction ?? null,
      openLink: u.runFunction ? null : (u.openLink ?? null),
    }));
}

function buildMessage(error: unknown): string {
  if (error instanceof BuildError) return error.message;
  if (error instanceof Error) return error.message || String(error);
  return String(error);
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

const HTML_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

/** A message's HTML as a complete document for a sandboxed iframe: no scripts, nothing remote. */
function htmlDocument(message: MessageRecord): string | null {
  if (!message.html) return null;
  const cids = new Map(
    message.attachments
      .filter((a) => a.contentId)
      .map((a) => [
        a.contentId!.toLowerCase(),
        `data:${a.mimeType};base64,${Buffer.from(a.content).toString('base64')}`,
      ]),
  );
  const html = message.html.replace(/(["'(])cid:([^"')\s]+)/gi, (whole, q: string, id: string) => {
    const data = cids.get(decodeURIComponent(id).toLowerCase());
    return data ? `${q}${data}` : whole;
  });
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">` +
    '<style>body{font:14px/1.45 Arial,Helvetica,sans-serif;color:#202124;margin:0;overflow-wrap:anywhere}' +
    'img{max-width:100%}</style></head><body>' +
    html +
    '</body></html>'
  );
}

function snippetOf(text: string): string {
  const flat = text
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('>'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

export class PreviewSession {
  readonly mailbox: Mailbox;
  readonly mailboxDir: string;
  /** The signed-in users the page switches between; they share one Drive (and the script lock). */
  readonly users: { email: string; name?: string }[];
  /** One Drive for every user of the preview, as for every user of one add-on. */
  readonly drive = new DriveWorld();
  private current = 0;
  buildError: string | null = null;
  /** The platform the next events carry (the page's phone switch changes it). */
  platform: Platform;
  /** Each user's runtime (their own properties, cache and user lock; the shared Drive). */
  private readonly runtimes = new Map<string, Runtime>();
  /** The locale the next events carry (the page's ?locale= changes it). */
  locale: string;
  private loadedMtime = -1;
  private manifest: Manifest = {};
  private readonly contexts = new Map<string, AddonEvent>();
  private readonly build: () => Promise<unknown>;
  private readonly isStale: () => boolean;
  private readonly bundlePath: string;
  private pending: Promise<void> = Promise.resolve();

  private constructor(mailbox: Mailbox, options: SessionOptions) {
    this.mailbox = mailbox;
    this.mailboxDir = options.mailboxDir;
    const me = options.me ? { email: options.me } : DEFAULT_USER;
    const fallback = me.email.toLowerCase() === SECOND_USER.email ? DEFAULT_USER : SECOND_USER;
    const other = options.other ? { email: options.other } : fallback;
    this.users = [me, other];
    this.build = options.build ?? realBuild;
    this.isStale = options.isStale ?? bundleIsStale;
    this.bundlePath = options.bundlePath ?? DEFAULT_BUNDLE;
    this.platform = options.platform ?? 'WEB';
    this.locale = options.locale ?? 'en-US';
  }

  get user(): { email: string; name?: string } {
    return this.users[this.current]!;
  }

  private get runtime(): Runtime | null {
    return this.runtimes.get(this.user.email) ?? null;
  }

  /** Signs the page in as another of its users (their runtime is made on first use). */
  switchUser(email: string): boolean {
    const at = this.users.findIndex((u) => u.email.toLowerCase() === email.toLowerCase());
    if (at < 0) return false;
    this.current = at;
    this.contexts.clear();
    if (!this.runtimes.has(this.user.email) && this.loadedMtime >= 0) {
      try {
        this.runtimes.set(this.user.email, this.newRuntime(this.user));
      } catch (error) {
        this.buildError = `The bundle failed to load: ${buildMessage(error)}`;
      }
    }
    return true;
  }

  private newRuntime(user: { email: string; name?: string }, previous?: Runtime): Runtime {
    const runtime = new Runtime({
      mailbox: this.mailbox,
      user,
      manifest: this.manifest,
      drive: this.drive,
      userProperties: previous?.userStore.toObject(),
    });
    runtime.loadBundle(this.bundlePath);
    return runtime;
  }

  get onPhone(): boolean {
    return this.platform !== 'WEB';
  }

  /** The environment of the events the page sends: this machine's zone, the chosen platform and locale. */
  private get env() {
    return { ...PAGE_ENV, platform: this.platform, locale: this.locale };
  }

  /** Loads the mailbox (throws Mailbox's one-line errors for a missing folder or one without .eml). */
  static async open(options: SessionOptions): Promise<PreviewSession> {
    const mailbox = await Mailbox.fromDirectory(options.mailboxDir);
    return new PreviewSession(mailbox, options);
  }

  /**
   * Rebuilds when stale, then (re)loads the runtime when the bundle changed. Returns the build error, or
   * null when the add-on is ready. Calls are serialized.
   */
  ensureBundle(rebuild = true): Promise<string | null> {
    const run = this.pending.then(async () => {
      if (rebuild && this.isStale()) {
        try {
          await this.build();
          this.buildError = null;
        } catch (error) {
          this.buildError = buildMessage(error);
          return;
        }
      } else if (rebuild) {
        this.buildError = null;
      }
      const at = mtime(this.bundlePath);
      if (at < 0) {
        this.buildError ??= `${relative(ROOT, this.bundlePath)} does not exist; run npm run build`;
        return;
      }
      if (this.runtime && at === this.loadedMtime) return;
      try {
        this.manifest = JSON.parse(readFileSync(join(this.bundlePath, '..', 'appsscript.json'), 'utf8'));
        // The signed-in user's runtime, and every other user's that exists: their properties are kept.
        const emails = new Set([this.user.email, ...this.runtimes.keys()]);
        for (const email of emails) {
          const user = this.users.find((u) => u.email === email) ?? this.user;
          this.runtimes.set(email, this.newRuntime(user, this.runtimes.get(email)));
        }
        this.loadedMtime = at;
      } catch (error) {
        this.buildError = `The bundle failed to load: ${buildMessage(error)}`;
      }
    });
    this.pending = run.catch(() => undefined);
    return run.then(() => this.buildError);
  }

  get ready(): boolean {
    return this.runtime !== null && this.buildError === null;
  }

  get addonName(): string {
    return this.manifest.addOns?.common?.name ?? 'Add-on';
  }

  mailboxView(): MailboxView {
    const listed = new Set(this.mailbox.threads().map((t) => t.id));
    const standalone = this.mailbox.drafts
      .filter((d) => !listed.has(d.threadId))
      .map((d) => this.mailbox.thread(d.threadId))
      .filter((t): t is ThreadRecord => t !== undefined);
    const threads = [
      ...new Map([...standalone.reverse(), ...this.mailbox.threads()].map((t) => [t.id, t])).values(),
    ];
    return {
      me: this.user.email,
      users: this.users.map((u) => u.email),
      addonName: this.addonName,
      mailboxDir: relative(process.cwd(), this.mailboxDir).startsWith('..')
        ? this.mailboxDir
        : relative(process.cwd(), this.mailboxDir) || '.',
      platform: this.platform,
      locale: this.locale,
      // The Gmail apps offer no add-on in the compose window: on a phone the compose icon is not there.
      composeTrigger: this.onPhone ? null : composeTriggerOf(this.manifest),
      universalActions: universalActionsOf(this.manifest),
      threads: threads.map((t) => this.summary(t)),
      failures: this.mailbox.failures.map((f) => ({
        file: relative(this.mailboxDir, f.file),
        error: f.error,
      })),
    };
  }

  private isMe(address: string): boolean {
    return address.toLowerCase() === this.user.email.toLowerCase();
  }

  private summary(thread: ThreadRecord): ThreadSummary {
    const received = thread.messages.filter((m) => !m.isDraft);
    const distinct = new Set(received.map((m) => m.from.address.toLowerCase()));
    const names: string[] = [];
    for (const m of received) {
      const full = m.from.name || m.from.address || '(no sender)';
      // Gmail's list: the full name for one correspondent, first names when several take part.
      const name = this.isMe(m.from.address)
        ? 'me'
        : distinct.size > 1
          ? (full.split(/[\s,]+/)[0] ?? full)
          : full;
      if (!names.includes(name)) names.push(name);
    }
    const last = received[received.length - 1] ?? thread.messages[thread.messages.length - 1];
    const newest = Math.max(...thread.messages.map((m) => m.receivedAt.getTime()));
    return {
      id: thread.id,
      senders: `${names.join(', ') || 'Draft'}${received.length > 1 ? ` (${received.length})` : ''}`,
      subject: thread.messages[0]?.subject ?? '',
      snippet: snippetOf(last?.text ?? ''),
      date: new Date(newest).toISOString(),
      count: thread.messages.length,
      drafts: thread.messages.length - received.length,
    };
  }

  private draftOf(message: MessageRecord): DraftRecord | undefined {
    return message.isDraft ? this.mailbox.drafts.find((d) => d.messageId === message.id) : undefined;
  }

  threadView(id: string): ThreadView | null {
    const thread = this.mailbox.thread(id);
    if (!thread) return null;
    return {
      id: thread.id,
      subject: thread.messages[0]?.subject ?? '',
      messages: thread.messages.map((m) => this.messageView(m)),
    };
  }

  private messageView(m: MessageRecord): MessageView {
    const draft = this.draftOf(m);
    return {
      id: m.id,
      threadId: m.threadId,
      file: m.file ? relative(this.mailboxDir, m.file) : null,
      from: m.from,
      to: m.to,
      cc: m.cc,
      replyTo: m.replyTo,
      subject: m.subject,
      date: m.receivedAt.toISOString(),
      text: draft ? draft.text : m.text,
      htmlDocument: htmlDocument(draft ? { ...m, html: draft.html } : m),
      attachments: m.attachments.map((a) => ({ filename: a.filename, mimeType: a.mimeType, size: a.size })),
      draft: draft
        ? {
            draftId: draft.draftId,
            to: draft.to,
            cc: draft.cc,
            bcc: draft.bcc,
            subject: draft.subject,
            inReplyTo: draft.inReplyTo,
            references: draft.references,
            attachments: draft.attachments
              .filter((a) => !a.inline)
              .map((a) => ({ filename: a.filename, mimeType: a.mimeType, size: a.size })),
          }
        : null,
    };
  }

  /** The RFC 5322 source: the file as read, or the draft as the emulator wrote it. */
  raw(messageId: string): string | null {
    const message = this.mailbox.message(messageId);
    if (!message) return null;
    return this.draftOf(message)?.raw ?? message.rawText;
  }

  private run(
    functionName: string,
    event: AddonEvent,
    contextId: string,
    as?: Parameters<Runtime['render']>[2],
  ): ContextResult {
    const runtime = this.runtime;
    const started = performance.now();
    if (!runtime) {
      return {
        contextId,
        response: null,
        error: this.buildError ?? 'The add-on is not loaded',
        composeActions: [],
        ms: 0,
      };
    }
    try {
      const response = runtime.render(functionName, event, as);
      return {
        contextId,
        response,
        error: null,
        composeActions: composeActionsOf(response),
        ms: performance.now() - started,
      };
    } catch (error) {
      const message =
        error instanceof Error || (error && typeof error === 'object' && 'message' in error)
          ? String((error as Error).message)
          : String(error);
      return {
        contextId,
        response: null,
        error: message,
        composeActions: [],
        ms: performance.now() - started,
      };
    }
  }

  private remember(event: AddonEvent): string {
    const id = randomBytes(9).toString('base64url');
    this.contexts.set(id, event);
    return id;
  }

  openHomepage(): ContextResult {
    const gmail = this.manifest.addOns?.gmail?.homepageTrigger;
    const common = this.manifest.addOns?.common?.homepageTrigger;
    const trigger = gmail?.runFunction ? gmail : common;
    const event = homepageEvent(this.env);
    const contextId = this.remember(event);
    if (!trigger?.runFunction || trigger.enabled === false) {
      // Gmail's generic card when there is no homepage trigger.
      const card = {
        header: { title: this.addonName },
        sections: [{ widgets: [{ textParagraph: { text: 'Open a message to use this add-on.' } }] }],
      };
      return {
        contextId,
        response: { action: { navigations: [{ pushCard: card }] } },
        error: null,
        composeActions: [],
        ms: 0,
      };
    }
    return this.run(trigger.runFunction, event, contextId);
  }

  openMessage(messageId: string): ContextResult {
    const trigger = this.manifest.addOns?.gmail?.contextualTriggers?.[0]?.onTriggerFunction;
    const event = messageEvent(this.mailbox, messageId, this.env);
    const contextId = this.remember(event);
    if (!trigger) return this.openHomepage();
    return this.run(trigger, event, contextId);
  }

  openCompose(request: ComposeRequest): ContextResult {
    const trigger = composeTriggerOf(this.manifest);
    const event = composeEvent(this.mailbox, request, this.env);
    const contextId = this.remember(event);
    if (!trigger || this.onPhone) {
      return {
        contextId,
        response: null,
        error: this.onPhone
          ? "Gmail's Android and iOS apps run no add-on compose actions"
          : 'The manifest has no compose trigger',
        composeActions: [],
        ms: 0,
      };
    }
    return this.run(trigger.runFunction, event, contextId);
  }

  /**
   * A choice in the sidebar's toolbar menu: the manifest's universal action, called *as* a universal
   * action (it must answer with a UniversalActionResponse) on the event of what the sidebar shows. Its
   * cards become a new context, so their buttons run on the universal action's event, as in Gmail.
   */
  runUniversal(request: UniversalRequest): ContextResult {
    const action = universalActionsOf(this.manifest)[request.index];
    const base = request.contextId === null ? homepageEvent(this.env) : this.contexts.get(request.contextId);
    const failed = (error: string): ContextResult => ({
      contextId: request.contextId ?? '',
      response: null,
      error,
      composeActions: [],
      ms: 0,
    });
    if (!action?.runFunction) return failed(`The manifest has no universal action ${request.index} to run`);
    if (!base) return failed('This card is from an earlier session of the preview; reopen the message.');
    const event = universalEvent(base);
    const contextId = this.remember(event);
    return this.run(action.runFunction, event, contextId, {
      kind: 'universal',
      surface: surfaceOfEvent(event),
    });
  }

  /** What this user sees in Drive: the files they own or that are shared with them. */
  driveView(): DriveView {
    const me = this.user.email;
    const files = [...this.drive.files.values()]
      .filter((f) => !f.deleted && this.drive.roleOf(f.id, me))
      .map((f) => ({
        id: f.id,
        name: f.name,
        owner: f.owner,
        role: this.drive.roleOf(f.id, me)!,
        trashed: f.trashed,
        sharedWith: [...f.shared].map(([email, role]) => ({ email, role })),
        addonHasFileScopePermission: this.drive.hasGrant(me, f.id),
      }));
    return { me, users: this.users.map((u) => u.email), files };
  }

  /** Drive's own Share dialog: the owner or an editor gives `email` access (null: removes it). */
  shareFile(fileId: string, email: string, role: 'editor' | 'viewer' | null): string | null {
    const f = this.drive.files.get(fileId);
    const mine = f && !f.deleted ? this.drive.roleOf(fileId, this.user.email) : null;
    if (!f || !mine) return `No file ${fileId} in your Drive`;
    if (mine === 'viewer') return 'Only the owner and editors can share the file';
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) return `Not an email address: ${email}`;
    this.drive.share(fileId, email, role);
    return null;
  }

  /**
   * The add-on in Drive's side panel: the items-selected trigger with `fileId` selected (the Drive
   * homepage trigger when null). Its cards become a context, so their buttons run on Drive's event.
   */
  openDrive(fileId: string | null): ContextResult {
    const drive = this.manifest.addOns?.drive;
    const selected = fileId !== null && this.drive.roleOf(fileId, this.user.email) !== null;
    const event = selected
      ? driveItemsEvent(this.drive, this.user.email, [fileId!], this.env)
      : driveHomepageEvent(this.env);
    const contextId = this.remember(event);
    const fn = selected ? drive?.onItemsSelectedTrigger?.runFunction : drive?.homepageTrigger?.runFunction;
    if (!fn)
      return {
        contextId,
        response: null,
        error: 'The manifest does not extend Drive',
        composeActions: [],
        ms: 0,
      };
    return this.run(fn, event, contextId);
  }

  /**
   * Drive's file-access dialog answered yes (what a DriveItemsSelectedActionResponse's
   * requestFileScope opens): drive.file for that item; Drive then runs the trigger again.
   */
  grantFileScope(itemId: string): ContextResult {
    const runtime = this.runtime;
    if (runtime && this.drive.roleOf(itemId, this.user.email)) runtime.grantFileScope(itemId);
    return this.openDrive(itemId);
  }

  runAction(request: ActionRequest): ContextResult {
    const base = this.contexts.get(request.contextId);
    if (!base) {
      return {
        contextId: request.contextId,
        response: null,
        error: 'This card is from an earlier session of the preview; reopen the message.',
        composeActions: [],
        ms: 0,
      };
    }
    return this.run(
      request.functionName,
      actionEvent(base, request.parameters, request.formValues),
      request.contextId,
    );
  }
}

/** Compose actions recorded beside the card JSON of every card in a response. */
function composeActionsOf(response: unknown): { functionName: string; type: string }[] {
  const out: { functionName: string; type: string }[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const infos = (node as Record<symbol, readonly ComposeActionInfo[] | undefined>)[COMPOSE_ACTIONS];
    if (infos) for (const i of infos) out.push({ functionName: i.functionName, type: i.type });
    for (const value of Object.values(node)) visit(value);
  };
  visit(response);
  return out;
}

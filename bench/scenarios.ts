// The benchmark scenarios: one small entry each. A scenario names the user action, prepares its input
// (unmeasured) and returns the one call to measure. A feature that has not landed yet is listed as
// `pending` so it shows in the output; filling it in is replacing `pending` with `prepare`.

import type { Mailbox } from '../sim/mailbox/mailbox';
import type { Runtime } from '../sim/sandbox';
import { toRenderJson } from '../sim/services/renderJson';
import {
  buttonsOf,
  type CardButton,
  cardsOf,
  formDefaults,
  notificationOf,
  textsOf,
} from '../sim/testing/cardQuery';
import {
  type AddonEvent,
  actionEvent,
  composeEvent,
  type FormValues,
  homepageEvent,
  messageEvent,
} from '../sim/testing/events';
import { joinTeamLibrary } from '../sim/testing/team';
import { libraryTemplates } from './library';

/**
 * The user stores scenarios run against (property values, copied into every fresh runtime): `starters`
 * is a returning user's store (the starter templates added by their first run), `library` adds 200
 * templates, `tenKilobyte` adds one 10 KB template to the starters, `heavy` four 64 KB templates of
 * `*a` (Markdown's worst case for emphasis). See bench/library.ts.
 */
export type StoreName = 'starters' | 'library' | 'tenKilobyte' | 'heavy';

export interface BenchContext {
  mailbox: Mailbox;
  /** Id of the mailbox message read from this file (a fixture name or a generated input's name). */
  messageId(file: string): string;
  /**
   * A fresh runtime over the bench mailbox; `load: false` leaves the bundle unloaded (for cold load).
   * Its user store holds `userProperties` (a copy), by default the `starters` store.
   */
  runtime(options?: { load?: boolean; userProperties?: Record<string, string> }): Runtime;
  /** A seeded user store's property values (built once through the bundle's cards, never timed). */
  store(name: StoreName): Record<string, string>;
  /** The bundle's source with a unique trailing comment, so V8's compilation cache cannot make it warm. */
  freshCode(): string;
  /** Files of the generated inputs. */
  inputs: { oneMegabyte: string; bigAttachment: string; wideCc: string; threadLast: string };
}

export interface Measured {
  /** A new, unloaded runtime for every run (cold load), instead of one warm runtime for all runs. */
  fresh?: boolean;
  /** The user store every runtime of this scenario starts with (default: the `starters` store). */
  userProperties?: Record<string, string>;
  /** Unmeasured per-run setup; returns the call that is measured. */
  arm(runtime: Runtime): () => unknown;
  /** Unmeasured, after each run: undo what the call changed, so every run sees the same state. */
  reset?(runtime: Runtime): void;
  /** The result is a card or action response: its render JSON is sized (cardBytes). */
  sized?: boolean;
  /** One line on what the result shows (e.g. a feature the measured call does not have yet). */
  note?(runtime: Runtime, result: unknown): string | undefined;
  /**
   * What is wrong with the result, if anything: the bench stops rather than time an action that failed
   * (an error card is not the action's cost).
   */
  check?(runtime: Runtime, result: unknown): string | undefined;
}

export interface Scenario {
  id: string;
  title: string;
  /** The feature this scenario waits for; it is listed, never measured, until `prepare` exists. */
  pending?: string;
  prepare?(ctx: BenchContext): Measured;
}

type Json = Record<string, unknown>;

/** The add-on's error card, when the result shows one: the scenario's setup is wrong, or the code is. */
export function errorShown(_runtime: Runtime, result: unknown): string | undefined {
  const error = cardsOf(toRenderJson(result)).find((c) => c.name === 'error');
  return error ? `the action showed an error card: ${textsOf(error).join(' ')}` : undefined;
}

/** Measure one trigger or action function on a warm runtime, with an event made once. */
function handler(name: string, event: (ctx: BenchContext) => AddonEvent, extra: Partial<Measured> = {}) {
  return (ctx: BenchContext): Measured => {
    const e = event(ctx);
    return { sized: true, check: errorShown, ...extra, arm: (runtime) => () => runtime.invoke(name, e) };
  };
}

/** A click's event, measured through the add-on's single action entry point. */
const dispatch = (
  event: (ctx: BenchContext, runtime: Runtime) => AddonEvent,
  store: StoreName = 'starters',
  extra: Partial<Measured> = {},
) =>
  function prepare(ctx: BenchContext): Measured {
    const userProperties = ctx.store(store);
    const e = event(ctx, ctx.runtime({ userProperties }));
    return {
      sized: true,
      check: errorShown,
      userProperties,
      ...extra,
      arm: (runtime) => () => runtime.invoke('dispatchAction', e),
    };
  };

/** The first card of a render response (the card pushed or updated, or the card itself). */
function cardOf(response: unknown, what: string): Json {
  const card = cardsOf(response)[0];
  if (!card) throw new Error(`${what} returned no card: ${JSON.stringify(response).slice(0, 300)}`);
  return card;
}

/**
 * The button or clickable row on `card` whose action is `action` (and whose text is `label`, when
 * given): the bench follows the real buttons, by their typed action names.
 */
function buttonFor(card: Json, action: string, label?: string): CardButton {
  const buttons = buttonsOf(card);
  const found = buttons.find(
    (b) =>
      b.functionName === 'dispatchAction' && b.parameters.action === action && (!label || b.text === label),
  );
  if (!found) {
    throw new Error(
      `no "${action}"${label ? ` "${label}"` : ''} button on the card; buttons: ${buttons
        .map((b) => `${b.text} (${b.parameters.action})`)
        .join(', ')}`,
    );
  }
  return found;
}

/** A decorated-text row whose text is `label` (a template's name, as the compose list shows it). */
function rowFor(card: Json, action: string, label: string): CardButton {
  let found: CardButton | undefined;
  JSON.stringify(card, (_key, node: unknown) => {
    const d = (node as { decoratedText?: Json } | null)?.decoratedText;
    if (!found && d && d.text === label) {
      const a = (
        d.onClick as { action?: { function?: string; parameters?: { key: string; value: string }[] } }
      )?.action;
      const parameters = Object.fromEntries((a?.parameters ?? []).map((p) => [p.key, p.value]));
      if (parameters.action === action)
        found = { text: label, functionName: a?.function, parameters, disabled: false };
    }
    return node;
  });
  if (!found) throw new Error(`no "${action}" row "${label}" on the card`);
  return found;
}

/** The change action of the input named `field` (a text input, selection or switch). */
function changeActionOf(card: Json, field: string): CardButton {
  let found: CardButton | undefined;
  JSON.stringify(card, (_key, node: unknown) => {
    for (const kind of ['textInput', 'selectionInput', 'switchControl']) {
      const input = (node as Record<string, Json> | null)?.[kind];
      if (found || !input || input.name !== field) continue;
      const a = input.onChangeAction as
        | { function?: string; parameters?: { key: string; value: string }[] }
        | undefined;
      if (!a?.function) continue;
      const parameters = Object.fromEntries((a.parameters ?? []).map((p) => [p.key, p.value]));
      found = { text: field, functionName: a.function, parameters, disabled: false };
    }
    return node;
  });
  if (!found) throw new Error(`no input "${field}" with a change action on the card`);
  return found;
}

/** The event of `button` clicked on `card` (shown for `base`): the card's form values as Gmail sends them. */
function click(base: AddonEvent, card: Json, button: CardButton, changes: FormValues = {}): AddonEvent {
  return actionEvent(base, button.parameters, { ...formDefaults(card), ...changes });
}

/** Follow a click in setup (unmeasured): the card it shows. */
function follow(
  runtime: Runtime,
  base: AddonEvent,
  card: Json,
  button: CardButton,
  changes: FormValues = {},
) {
  return cardOf(
    runtime.render(button.functionName ?? 'dispatchAction', click(base, card, button, changes)),
    button.text,
  );
}

const openEvent = (file: string) => (ctx: BenchContext) => messageEvent(ctx.mailbox, ctx.messageId(file));

/** The card shown for `file` and its event. */
function messageCardFor(ctx: BenchContext, runtime: Runtime, file: string) {
  const base = messageEvent(ctx.mailbox, ctx.messageId(file));
  return { base, card: cardOf(runtime.render('onGmailMessage', base), `the message card of ${file}`) };
}

/**
 * The event of clicking the button for `action` on the card shown for `file`, with the card's form
 * values as they stand (the reply switches: the quote is on by default).
 */
const clickEvent = (file: string, action: string) => (ctx: BenchContext, runtime: Runtime) => {
  const { base, card } = messageCardFor(ctx, runtime, file);
  return click(base, card, buttonFor(card, action));
};

/** Drafts made by a run are taken back out, so the thread (and the next run) stays the same. */
function discardDrafts(runtime: Runtime): void {
  const { mailbox } = runtime;
  for (const draft of [...mailbox.drafts]) mailbox.discardDraft(draft.draftId);
}

/** The user store back to the values it started with (after a run that wrote to it). */
const restoreStore = (values: Record<string, string>) => (runtime: Runtime) => {
  const store = runtime.userStore.values;
  store.clear();
  for (const [key, value] of Object.entries(values)) store.set(key, value);
};

/** What the draft carries that a reply should: a quote, attachments. */
function draftNote(runtime: Runtime): string | undefined {
  const draft = runtime.mailbox.drafts.at(-1);
  if (!draft) return 'no draft was made';
  const quoted = /gmail_quote|<blockquote/i.test(draft.html ?? '') || /^>/m.test(draft.text);
  return `draft: ${quoted ? 'quoted' : 'no quote'}, ${draft.attachments.length} attachment(s), ${Buffer.byteLength(draft.raw)} bytes raw`;
}

const draft = (file: string) =>
  dispatch(clickEvent(file, 'draftReply'), 'starters', { reset: discardDrafts, note: draftNote });

/** How many templates a user store holds, and its size. */
function storeNote(values: Record<string, string>): string {
  const heads = Object.keys(values).filter((k) => /^tpl:[^:]+$/.test(k)).length;
  const bytes = Object.entries(values).reduce(
    (n, [k, v]) => n + Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8'),
    0,
  );
  return `${heads} templates, ${(bytes / 1024).toFixed(0)} KB stored`;
}

/** What a user types into the fields a template card asks for (`fill:<field>` inputs left empty). */
function typedFills(card: Json): FormValues {
  const typed: FormValues = {};
  for (const [name, value] of Object.entries(formDefaults(card))) {
    if (!name.startsWith('fill:') || (value[0] ?? '') !== '') continue;
    typed[name] = /date|today/.test(name) ? 'Tuesday, 3 March 2026' : 'Kim';
  }
  return typed;
}

/** The visible texts of the card a response shows. */
const cardTexts = (result: unknown) => textsOf(cardsOf(toRenderJson(result))[0] ?? {});

/** What the 10 KB template's preview shows: the draft's text, and whether it can be drafted as it is. */
function renderNote(_runtime: Runtime, result: unknown): string {
  const card = cardsOf(toRenderJson(result))[0] ?? {};
  const longest = Math.max(...textsOf(card).map((t) => t.length));
  const draftable = buttonsOf(card).some((b) => b.parameters.action === 'draftTemplate' && !b.disabled);
  return `preview: longest text ${longest.toLocaleString('en-US')} characters, ${draftable ? 'ready to draft' : 'NOT ready to draft'}`;
}

/** What the insert does to the draft: the HTML put at the cursor, and the Cc it sets. */
function insertNote(_runtime: Runtime, result: unknown): string {
  const update = (
    toRenderJson(result) as {
      renderActions?: {
        hostAppAction?: {
          gmailAction?: {
            updateDraftActionMarkup?: {
              updateBody?: { insertContents?: { content: string }[]; type?: string };
              updateCcRecipients?: { ccRecipients: { email: string }[] };
            };
          };
        };
      };
    }
  ).renderActions?.hostAppAction?.gmailAction?.updateDraftActionMarkup;
  const html = update?.updateBody?.insertContents?.[0]?.content ?? '';
  const cc = update?.updateCcRecipients?.ccRecipients.map((r) => r.email) ?? [];
  return `insert: ${update?.updateBody?.type ?? 'no body update'}, ${Buffer.byteLength(html, 'utf8')} bytes of HTML; Cc ${cc.join(', ') || 'unchanged'}`;
}

/** The message the template scenarios answer: the last of a 3-message billing thread, with a Cc. */
const BILLING = 'thread-billing-3-follow-up.eml';
/** The draft's recipients in the compose scenarios. */
const COMPOSE_TO = { to: ['m.webb@fabrikam.example'], cc: ['lena.vogel@contoso.example'] };

/**
 * A 200-template team library shared with the bench user, joined as a teammate joins it (Drive's
 * "Use as team library"). The file is written into the runtime's Drive as its owner (another user)
 * would have it; the join and everything after go through the cards. Done once per runtime.
 */
function teamLibraryFor(runtime: Runtime): string {
  const existing = [...runtime.drive.files.values()].find((f) => f.name === 'Bench team.json');
  if (existing) return existing.id;
  const templates = libraryTemplates(200).map((t, i) => ({
    ...t,
    name: `Team ${t.name}`,
    id: `team_bench${i}`,
    revision: 1,
  }));
  const content = JSON.stringify({
    format: 'threadsmith-templates',
    version: 1,
    teamLibrary: { schema: 1, name: 'Bench team', revision: 1 },
    templates,
  });
  const file = runtime.drive.addFile('owner@northwind.example', 'Bench team.json', content);
  runtime.drive.share(file.id, runtime.user.email, 'viewer');
  joinTeamLibrary(runtime, file.id);
  return file.id;
}

/** Opening a small message with the team library joined; `cold`: the file changed since the last read. */
function openWithTeam(cold: boolean) {
  return (ctx: BenchContext): Measured => {
    const e = messageEvent(ctx.mailbox, ctx.messageId('plain-text.eml'));
    return {
      sized: true,
      check: errorShown,
      arm: (runtime) => {
        const id = teamLibraryFor(runtime);
        if (cold) runtime.drive.writeContent(id, runtime.drive.file(id).content);
        else runtime.invoke('onGmailMessage', e);
        return () => runtime.invoke('onGmailMessage', e);
      },
      note: (runtime) => {
        const of = (service: string) => runtime.ledger.entries.filter((x) => x.service === service).length;
        return `${of('Drive')} Drive + ${of('DriveApp')} DriveApp calls in the last run`;
      },
    };
  };
}

export const SCENARIOS: Scenario[] = [
  {
    id: 'load.cold',
    title: 'cold load of dist/Code.js (parse + evaluate, fresh sandbox)',
    prepare: (ctx) => ({
      fresh: true,
      arm: (runtime) => {
        const code = ctx.freshCode();
        return () => runtime.load(code, 'Code.js');
      },
    }),
  },
  {
    id: 'homepage',
    title: 'homepage: the library of a returning user (the 4 starters)',
    prepare: handler('onHomepage', () => homepageEvent()),
  },
  {
    id: 'open.small',
    title: 'open a small message',
    prepare: handler('onGmailMessage', openEvent('plain-text.eml')),
  },
  {
    id: 'open.team.cached',
    title: 'open a small message with a 200-template team library, unchanged since the last read',
    prepare: openWithTeam(false),
  },
  {
    id: 'open.team.cold',
    title: 'open a small message with a 200-template team library that changed (read from Drive)',
    prepare: openWithTeam(true),
  },
  {
    id: 'open.1mb',
    title: 'open a 1 MB message',
    prepare: (ctx) => handler('onGmailMessage', openEvent(ctx.inputs.oneMegabyte))(ctx),
  },
  {
    // A 25 MB PDF attached: getRawContent returns a 35 MB string (base64 plus a CRLF every 76 columns).
    id: 'open.25mb',
    title: 'open a message with a 25 MB attachment (a 35 MB raw source)',
    prepare: (ctx) => handler('onGmailMessage', openEvent(ctx.inputs.bigAttachment))(ctx),
  },
  {
    id: 'open.thread100',
    title: 'open the last message of a 100-message thread',
    prepare: (ctx) => handler('onGmailMessage', openEvent(ctx.inputs.threadLast))(ctx),
  },
  {
    id: 'open.cc5000',
    title: 'open a message with 5,000 Cc',
    prepare: (ctx) => handler('onGmailMessage', openEvent(ctx.inputs.wideCc))(ctx),
  },
  {
    // The live preview: picking "Reply all" on the message card re-plans it in place (refreshReply).
    id: 'reply.preview',
    title: 'reply preview refresh: "Reply all" picked on the message card (3-message thread, Cc)',
    prepare: dispatch((ctx, runtime) => {
      const { base, card } = messageCardFor(ctx, runtime, BILLING);
      return click(base, card, changeActionOf(card, 'mode'), { mode: ['reply-all'] });
    }),
  },
  { id: 'draft.plain', title: 'draft a reply to a plain message', prepare: draft('plain-text.eml') },
  {
    id: 'draft.attachments',
    title: 'draft a reply to a message with attachments',
    prepare: draft('attachments-csv-and-pdf.eml'),
  },
  {
    // The reply without the 25 MB attachment (the switch is off by default): the click reads the message again.
    id: 'draft.25mb',
    title: 'draft a reply to the message with a 25 MB attachment (not carrying it)',
    prepare: (ctx) => draft(ctx.inputs.bigAttachment)(ctx),
  },
  {
    id: 'draft.quote',
    title: 'draft a reply quoting the original (3-message thread)',
    prepare: draft(BILLING),
  },
  {
    id: 'library.open',
    title: 'template library open: the homepage with 200 templates (+ 4 starters) in the user store',
    prepare: (ctx) => {
      const userProperties = ctx.store('library');
      return {
        ...handler('onHomepage', () => homepageEvent())(ctx),
        userProperties,
        note: () => storeNote(userProperties),
      };
    },
  },
  {
    id: 'library.search',
    title: 'template library search over 200 templates ("invoice": names, tags and text)',
    prepare: dispatch(
      (_ctx, runtime) => {
        const base = homepageEvent();
        const card = cardOf(runtime.render('onHomepage', base), 'the homepage');
        return click(base, card, changeActionOf(card, 'search'), { search: 'invoice' });
      },
      'library',
      { note: (_runtime, result) => cardTexts(result).find((t) => /matching/.test(t)) },
    ),
  },
  {
    // Edit "Refund" (opened from the library), change its text, Save: a locked read-modify-write that
    // checks the revision, then the library card again. The store is put back after every run.
    id: 'library.save',
    title: 'template save: an edited template into a library of 200, with its revision',
    prepare: (ctx) => {
      const userProperties = ctx.store('library');
      return dispatch(
        (_ctx, runtime) => {
          const base = homepageEvent();
          const home = cardOf(runtime.render('onHomepage', base), 'the homepage');
          const edit = follow(runtime, base, home, buttonFor(home, 'editTemplate', 'Account migration'));
          const save = buttonFor(edit, 'saveTemplate');
          if (!save.parameters.revision) throw new Error('the Save button carries no revision');
          const body = formDefaults(edit).templateBody?.[0] ?? '';
          return click(base, edit, save, {
            templateBody: `${body}\n\nP.S. The migration guide moved to [our new help centre](https://help.northwind.example/migrate).`,
          });
        },
        'library',
        {
          reset: restoreStore(userProperties),
          note: (_runtime, result) => notificationOf(toRenderJson(result)),
        },
      )(ctx);
    },
  },
  {
    // The preview of a 10 KB template (bold headings, lists, links, merge fields with defaults, a loop
    // over the Cc) applied to the open message: lint, render (Liquid, then Markdown to HTML and text).
    id: 'template.render10k',
    title: 'render a 10 KB template: its preview on the open message (3-message thread, Cc)',
    prepare: dispatch(
      (ctx, runtime) => {
        const { base, card } = messageCardFor(ctx, runtime, BILLING);
        return click(base, card, buttonFor(card, 'previewTemplate', 'Onboarding guide (10 KB)'));
      },
      'tenKilobyte',
      { note: renderNote },
    ),
  },
  {
    // "Invoice copy", suggested on the billing thread's card, previewed, then "Create draft": the reply
    // with the template above the quote. The draft and the recorded use are undone after every run.
    id: 'template.draft',
    title: 'draft with a template ("Invoice copy", library of 200, 3-message thread)',
    prepare: (ctx) => {
      const userProperties = ctx.store('library');
      return dispatch(
        (ctx, runtime) => {
          const { base, card } = messageCardFor(ctx, runtime, BILLING);
          const preview = follow(runtime, base, card, buttonFor(card, 'previewTemplate', 'Invoice copy'));
          return click(base, preview, buttonFor(preview, 'draftTemplate'));
        },
        'library',
        {
          reset: (runtime) => {
            discardDrafts(runtime);
            restoreStore(userProperties)(runtime);
          },
          note: draftNote,
        },
      )(ctx);
    },
  },
  {
    id: 'compose.open',
    title: 'compose card open (library of 200: recently used first, 30 shown with a preview line)',
    prepare: (ctx) => ({
      ...handler('onCompose', (ctx) => composeEvent(ctx.mailbox, COMPOSE_TO))(ctx),
      userProperties: ctx.store('library'),
    }),
  },
  {
    id: 'compose.open.heavy',
    title: 'compose card open (the starters and four 64 KB templates of `*a`: preview lines bounded)',
    prepare: (ctx) => ({
      ...handler('onCompose', (ctx) => composeEvent(ctx.mailbox, COMPOSE_TO))(ctx),
      userProperties: ctx.store('heavy'),
    }),
  },
  {
    id: 'compose.open.starters',
    title: 'compose card open (a returning user: the 4 starter templates)',
    prepare: handler('onCompose', (ctx) => composeEvent(ctx.mailbox, COMPOSE_TO)),
  },
  {
    // Search "escalation", choose "Escalation", fill in what it asks, then Insert (measured): the
    // rendered text at the cursor, and the template's Cc added to the draft's. The recorded use is
    // undone after every run.
    id: 'compose.insert',
    title: 'compose insert of a template ("Escalation", adds a Cc; library of 200)',
    prepare: (ctx) => {
      const userProperties = ctx.store('library');
      return dispatch(
        (ctx, runtime) => {
          const base = composeEvent(ctx.mailbox, COMPOSE_TO);
          const list = cardOf(runtime.render('onCompose', base), 'the compose card');
          const found = follow(runtime, base, list, changeActionOf(list, 'composeQuery'), {
            composeQuery: 'escalation',
          });
          const preview = follow(runtime, base, found, rowFor(found, 'composePreview', 'Escalation'));
          // A new message has no date of its own: the card asks for it, and the user types one.
          return click(base, preview, buttonFor(preview, 'composeInsert'), typedFills(preview));
        },
        'library',
        { reset: restoreStore(userProperties), note: insertNote },
      )(ctx);
    },
  },
];

/** Fixture files the scenarios use (the mailbox loads these plus the generated inputs). */
export const FIXTURE_FILES = [
  'plain-text.eml',
  'attachments-csv-and-pdf.eml',
  'thread-billing-1-question.eml',
  'thread-billing-2-reply-from-me.eml',
  'thread-billing-3-follow-up.eml',
];

// The benchmark scenarios: one small entry each. A scenario names the user action, prepares its input
// (unmeasured) and returns the one call to measure. A feature that has not landed yet is listed as
// `pending` so it shows in the output; filling it in is replacing `pending` with `prepare`.
import { buttonsOf, cardsOf } from '../sim/cardQuery';
import type { Runtime } from '../sim/runtime';
import {
  type AddonEvent,
  actionEvent,
  composeEvent,
  homepageEvent,
  messageEvent,
} from '../sim/runtime/events';
import type { Mailbox } from '../sim/runtime/gmail/mailbox';

export interface BenchContext {
  mailbox: Mailbox;
  /** Id of the mailbox message read from this file (a fixture name or a generated input's name). */
  messageId(file: string): string;
  /** A fresh runtime over the bench mailbox; `load: false` leaves the bundle unloaded (for cold load). */
  runtime(options?: { load?: boolean }): Runtime;
  /** The bundle's source with a unique trailing comment, so V8's compilation cache cannot make it warm. */
  freshCode(): string;
  /** Files of the generated inputs. */
  inputs: { oneMegabyte: string; wideCc: string; threadLast: string };
}

export interface Measured {
  /** A new, unloaded runtime for every run (cold load), instead of one warm runtime for all runs. */
  fresh?: boolean;
  /** Unmeasured per-run setup; returns the call that is measured. */
  arm(runtime: Runtime): () => unknown;
  /** Unmeasured, after each run: undo what the call changed, so every run sees the same state. */
  reset?(runtime: Runtime): void;
  /** The result is a card or action response: its render JSON is sized (cardBytes). */
  sized?: boolean;
  /** One line on what the result shows (e.g. a feature the measured call does not have yet). */
  note?(runtime: Runtime, result: unknown): string | undefined;
}

export interface Scenario {
  id: string;
  title: string;
  /** The feature this scenario waits for; it is listed, never measured, until `prepare` exists. */
  pending?: string;
  prepare?(ctx: BenchContext): Measured;
}

/** Measure one trigger or action function on a warm runtime, with an event made once. */
function handler(name: string, event: (ctx: BenchContext) => AddonEvent, extra: Partial<Measured> = {}) {
  return (ctx: BenchContext): Measured => {
    const e = event(ctx);
    return { sized: true, ...extra, arm: (runtime) => () => runtime.invoke(name, e) };
  };
}

const openEvent = (file: string) => (ctx: BenchContext) => messageEvent(ctx.mailbox, ctx.messageId(file));

/**
 * The event of clicking the button for `action` on the card shown for `file`: found on the rendered card,
 * so the bench follows the real button, by its typed action name (labels are copy and change).
 */
const clickEvent = (file: string, action: string) => (ctx: BenchContext) => {
  const base = messageEvent(ctx.mailbox, ctx.messageId(file));
  const card = cardsOf(ctx.runtime().render('onGmailMessage', base))[0];
  const buttons = buttonsOf(card);
  const found = buttons.find((b) => b.functionName === 'dispatchAction' && b.parameters.action === action);
  if (!found) {
    throw new Error(
      `no "${action}" button on the card for ${file}; buttons: ${buttons.map((b) => `${b.text} (${b.parameters.action})`).join(', ')}`,
    );
  }
  return actionEvent(base, found.parameters);
};

/** Drafts made by a run are taken back out, so the thread (and the next run) stays the same. */
function discardDrafts(runtime: Runtime): void {
  const { mailbox } = runtime;
  for (const draft of mailbox.drafts.splice(0)) {
    const thread = mailbox.thread(draft.threadId);
    if (!thread) continue;
    const at = thread.messages.findIndex((m) => m.id === draft.messageId);
    if (at >= 0) thread.messages.splice(at, 1);
  }
}

/** What the draft carries that a reply should: a quote, attachments. */
function draftNote(runtime: Runtime): string | undefined {
  const draft = runtime.mailbox.drafts.at(-1);
  if (!draft) return 'no draft was made';
  const quoted = /gmail_quote|<blockquote/i.test(draft.html ?? '') || /^>/m.test(draft.text);
  return `draft: ${quoted ? 'quoted' : 'no quote'}, ${draft.attachments.length} attachment(s), ${Buffer.byteLength(draft.raw)} bytes raw`;
}

const draft = (file: string) =>
  handler('dispatchAction', clickEvent(file, 'draftReply'), {
    reset: discardDrafts,
    note: draftNote,
  });

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
  { id: 'homepage', title: 'homepage card', prepare: handler('onHomepage', () => homepageEvent()) },
  {
    id: 'open.small',
    title: 'open a small message',
    prepare: handler('onGmailMessage', openEvent('plain-text.eml')),
  },
  {
    id: 'open.1mb',
    title: 'open a 1 MB message',
    prepare: (ctx) => handler('onGmailMessage', openEvent(ctx.inputs.oneMegabyte))(ctx),
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
  { id: 'reply.preview', title: 'reply preview card (plan shown before drafting)', pending: 'reply preview' },
  { id: 'draft.plain', title: 'draft a reply to a plain message', prepare: draft('plain-text.eml') },
  {
    id: 'draft.attachments',
    title: 'draft a reply to a message with attachments',
    prepare: draft('attachments-csv-and-pdf.eml'),
  },
  {
    id: 'draft.quote',
    title: 'draft a reply quoting the original (3-message thread)',
    prepare: draft('thread-billing-3-follow-up.eml'),
  },
  { id: 'library.open', title: 'template library open (200 templates)', pending: 'template library' },
  { id: 'library.search', title: 'template library search (200 templates)', pending: 'template library' },
  { id: 'library.save', title: 'template save into a library of 200', pending: 'template library' },
  { id: 'template.render10k', title: 'render a 10 KB template', pending: 'template rendering in a handler' },
  {
    // The user store starts empty, so this is the compose card over the starter templates; with 200
    // templates it waits for the library seed (see library.*).
    id: 'compose.open',
    title: 'compose card open (empty user store)',
    prepare: handler('onCompose', (ctx) =>
      composeEvent(ctx.mailbox, { to: ['m.webb@fabrikam.example'], cc: ['lena.vogel@contoso.example'] }),
    ),
  },
  { id: 'compose.insert', title: 'compose insert of a template', pending: 'compose insert' },
];

/** Fixture files the scenarios use (the mailbox loads these plus the generated inputs). */
export const FIXTURE_FILES = [
  'plain-text.eml',
  'attachments-csv-and-pdf.eml',
  'thread-billing-1-question.eml',
  'thread-billing-2-reply-from-me.eml',
  'thread-billing-3-follow-up.eml',
];

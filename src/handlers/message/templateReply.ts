// Templates on the open message: which ones fit it, the preview of one applied to it (asking for the
// values the message lacks), and the draft made from that same plan and render.

import { type ActionParams, FIELD } from '../../actions';
import { allTemplatesCard } from '../../cards/allTemplatesCard';
import type { AskedField } from '../../cards/fillSection';
import type { ReplyChoicesView, SuggestedRow } from '../../cards/messageCard';
import { openDraft, pushCard, updateCard } from '../../cards/responses';
import type { TemplateRow } from '../../cards/templateList';
import { templatePreviewCard } from '../../cards/templatePreviewCard';
import { type AddonEvent, formValue } from '../../events';
import { t } from '../../i18n';
import { fitBody, isBlocked, isMe, ownTextTooLarge, stripReplyPrefixes } from '../../mail';
import type { Identity, MessageSnapshot, ReplyMode, ReplyPlan } from '../../mail/types';
import type { Library, StoredTemplate, TemplateStore } from '../../store/templateStore';
import {
  type FieldOverrides,
  type MergeContext,
  mergeContext,
  missingFieldLabel,
  summaryLine,
} from '../../templates';
import { userStore } from '../shared/stores';
import { fieldLabel } from '../shared/templateForm';
import {
  askedField,
  draftableRender,
  fieldOverrides,
  findTemplate,
  issueTextIn,
  keepMyName,
  pageOf,
  pageParam,
  renderForContext,
  searchTemplates,
  suggestedRows,
  type TemplateOutcome,
} from '../shared/templates';
import {
  choicesFrom,
  draftFromPlan,
  draftKind,
  messageView,
  modeLabel,
  planReply,
  type ReplyContext,
  replyContext,
} from './reply';

/**
 * The user's name as this message writes it: the display name on their own address in From, To or Cc.
 * Apps Script tells us only the user's address, and the people who write to them know their name.
 */
export function myNameIn(snapshot: MessageSnapshot, identity: Identity): string {
  for (const header of [snapshot.from, snapshot.to, snapshot.cc]) {
    const mine = header.addresses.find((a) => a.name.trim() !== '' && isMe(a, identity));
    if (mine) return mine.name.trim();
  }
  return '';
}

/**
 * The merge context of a reply: the message, the people the plan reaches, the user. The user's name is
 * the one set in Settings, else the one this message writes on their address.
 */
export function replyMergeContext(
  ctx: ReplyContext,
  plan: ReplyPlan,
  now = Date.now(),
  myName = '',
): MergeContext {
  return mergeContext({
    snapshot: ctx.open.snapshot,
    recipients: { to: plan.to, cc: plan.cc },
    subject: stripReplyPrefixes(ctx.open.snapshot.subject),
    me: { name: myName.trim() || myNameIn(ctx.open.snapshot, ctx.identity), email: ctx.identity.email },
    now,
    locale: ctx.env.locale,
    timeZone: ctx.env.timeZone,
  });
}

export interface TemplateReply {
  ctx: ReplyContext;
  template: StoredTemplate;
  /** The user's own choices (their extra Cc/Bcc without the template's). */
  choices: ReplyChoicesView;
  /** The plan, routed, with the template's text as its body (empty when the template has errors). */
  plan: ReplyPlan;
  outcome: TemplateOutcome;
}

const joinLists = (...lists: string[]) =>
  lists
    .map((l) => l.trim())
    .filter(Boolean)
    .join(', ');

/** The routed plan and render of one template for the open message, with `choices` as the user's. */
function applyTemplate(
  ctx: ReplyContext,
  library: Library,
  template: StoredTemplate,
  choices: ReplyChoicesView,
  overrides: FieldOverrides,
  now?: number,
  fit = true,
): Omit<TemplateReply, 'ctx' | 'template' | 'choices'> {
  const plan = planReply(ctx, {
    ...choices,
    extraCc: joinLists(choices.extraCc, template.cc),
    extraBcc: joinLists(choices.extraBcc, template.bcc),
  });
  const outcome = renderForContext(
    template.body,
    replyMergeContext(ctx, plan, now, library.settings.myName),
    overrides,
  );
  const body = outcome.ok
    ? { text: outcome.rendered.text, html: outcome.rendered.html }
    : { text: '', html: '' };
  // A list only needs to know whether the draft could be made: fitting the quote is the draft's work.
  return { plan: fit ? fitBody({ ...plan, body }) : { ...plan, body }, outcome };
}

/**
 * Whether a template body may read `thread` (its only field is the message count): any mention of the
 * word, so an alias (`{% assign t = thread %}`) counts too. Over-approximating costs two round trips.
 */
function mayUseThread(body: string): boolean {
  return /thread/i.test(body);
}

/** The mode a template's draft uses: the one asked for, else the template's own where the message offers it. */
function modeFor(ctx: ReplyContext, template: StoredTemplate, asked: string, fallback: ReplyMode): ReplyMode {
  if (ctx.modes.includes(asked as ReplyMode)) return asked as ReplyMode;
  return ctx.modes.includes(template.mode) ? template.mode : fallback;
}

/**
 * One template applied to the open message: read the library and the message once, plan the reply
 * with the template's Cc/Bcc added, and render the template for the people the plan reaches with the
 * values the user typed. `mode` (when not '') is the mode to use, as a message card's row promised;
 * `templateMode` starts from the template's own mode instead of the card's.
 */
export function templateReply(
  e: AddonEvent,
  templateId: string,
  options: {
    mode?: string;
    templateMode?: boolean;
    store?: TemplateStore;
    now?: number;
    /** For a draft: the thread's length is read only when the template may print it. */
    draft?: boolean;
  } = {},
): TemplateReply {
  const store = options.store ?? userStore();
  const library = store.loadLibrary();
  const template = findTemplate(library, templateId);
  const threadCount = !options.draft || mayUseThread(template.body);
  const ctx = replyContext(e, { settings: library.settings, store }, { threadCount });
  const choices = choicesFrom(e, ctx.modes, template.mode);
  if (options.mode || options.templateMode) {
    choices.mode = modeFor(ctx, template, options.mode ?? '', choices.mode);
  }
  return {
    ctx,
    template,
    choices,
    ...applyTemplate(ctx, library, template, choices, fieldOverrides(e), options.now),
  };
}

/**
 * The message card's suggested rows: each template applied to the message in its mode (the card's once
 * the user picked one, else the template's own), so the row can show the line it writes here and offer
 * its draft in one click when nothing is missing and nothing blocks it.
 */
export function suggestedTemplateRows(
  ctx: ReplyContext,
  library: Library,
  rows: TemplateRow[],
  choices: ReplyChoicesView,
  modeSet: boolean,
): SuggestedRow[] {
  return rows.map((row) => {
    const template = findTemplate(library, row.id);
    const mode = modeFor(ctx, template, modeSet ? choices.mode : '', choices.mode);
    const { plan, outcome } = applyTemplate(
      ctx,
      library,
      template,
      { ...choices, mode },
      // The message card asks for no values: a row renders with the message alone.
      {},
      undefined,
      false,
    );
    const missing = outcome.ok ? outcome.rendered.missing : [];
    const locale = ctx.env.locale;
    const what = !outcome.ok
      ? t(locale, 'card.templates.hasError')
      : missing.length > 0
        ? t(locale, 'card.templates.asksFor', {
            fields: missing.map(missingFieldLabel).join(t(locale, 'list.separator')),
          })
        : summaryLine(outcome.rendered.text);
    const detail = [mode === choices.mode ? '' : modeLabel(mode, locale), row.detail, what]
      .filter(Boolean)
      .join(' · ');
    const ready = outcome.ok && missing.length === 0 && !isBlocked(plan.warnings) && !ownTextTooLarge(plan);
    return { ...row, detail, mode, ready: ready ? { draft: draftKind(plan.route) } : null };
  });
}

function askedFields(e: AddonEvent, reply: TemplateReply, asked: string[]): AskedField[] {
  const addressOf = (root: string) =>
    root === 'sender'
      ? reply.ctx.sender.email
      : root === 'to'
        ? reply.plan.to[0]?.email
        : root === 'cc'
          ? reply.plan.cc[0]?.email
          : undefined;
  return asked.map((field) =>
    askedField(e, field, fieldLabel(field, reply.ctx.env.locale), addressOf, reply.ctx.identity.email),
  );
}

function previewCard(e: AddonEvent, reply: TemplateReply) {
  const view = messageView(reply.ctx, reply.choices, reply.plan);
  const outcome = reply.outcome;
  const warnings = [
    ...view.preview.warnings,
    ...(outcome.ok
      ? outcome.rendered.warnings.map((w) => ({ message: w.message, tier: 'caution' as const }))
      : []),
  ];
  return templatePreviewCard({
    locale: view.locale,
    templateId: reply.template.id,
    name: reply.template.name,
    reply: { ...view, preview: { ...view.preview, warnings } },
    templateCc: reply.template.cc,
    templateBcc: reply.template.bcc,
    templateSubject: reply.template.subject,
    result: outcome.ok
      ? {
          ok: true,
          text: outcome.rendered.text,
          asked: askedFields(e, reply, outcome.asked),
          missing: outcome.rendered.missing,
        }
      : { ok: false, issues: outcome.issues.map(issueTextIn(view.locale)) },
  });
}

/** From a message card's row: the template applied to this message, in the row's mode. */
export function previewTemplate(e: AddonEvent, params: ActionParams['previewTemplate']) {
  const reply = templateReply(e, params.templateId, { mode: params.mode, templateMode: true });
  return pushCard(previewCard(e, reply));
}

/** A choice or a typed value changed: show the new plan and text in place (keeping my name if asked). */
export function refreshTemplate(e: AddonEvent, params: { templateId: string }) {
  const store = userStore();
  const kept = keepMyName(e, store);
  const reply = templateReply(e, params.templateId, { store });
  return updateCard(previewCard(e, reply), kept);
}

/**
 * The draft from the preview's inputs: the template's text above the quote. Refused, with nothing made,
 * while the template has errors, a field has no value, or the plan is blocked.
 */
export function draftTemplate(e: AddonEvent, params: ActionParams['draftTemplate']) {
  const store = userStore();
  const reply = templateReply(e, params.templateId, { store, mode: params.mode, draft: true });
  const { plan } = reply;
  // Throws, naming what to fix, while the template has errors or a field has no value.
  draftableRender(reply.template.name, reply.outcome, reply.ctx.env.locale);
  const draft = draftFromPlan(reply.ctx.open, plan, params.draft);
  try {
    store.recordUse(reply.template.id);
  } catch (error) {
    // The draft exists; a busy or full store only costs the "used recently" order.
    console.warn(`Template use not recorded: ${String(error)}`);
  }
  return openDraft(draft);
}

/** Every template for the open message, suggested first; searchable and paged. */
export function allTemplates(e: AddonEvent, params: ActionParams['allTemplates']) {
  const store = userStore();
  const library = store.loadLibrary();
  const ctx = replyContext(e, { settings: library.settings, store });
  const query = params.inPlace ? formValue(e, FIELD.search) : '';
  const rows = suggestedRows(library, ctx.sender.email, ctx.open.snapshot.subject);
  const matching = new Set(searchTemplates(library.templates, query).map((t) => t.id));
  const page = pageOf(
    rows.filter((r) => matching.has(r.id)),
    pageParam(params.page),
  );
  const list = { ...page, rows: page.items };
  const card = allTemplatesCard({ locale: ctx.env.locale, query, mode: params.mode ?? '', list });
  return params.inPlace ? updateCard(card) : pushCard(card);
}

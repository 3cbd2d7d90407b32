// The compose window: find a template, render it for the draft's recipients, and insert it at the
// cursor, adding the template's Cc/Bcc to (never replacing) the recipients the user already has.

import { type ActionParams, FIELD } from '../../actions';
import {
  type ComposeListView,
  type ComposePreviewView,
  composeListCard,
  composePreviewCard,
} from '../../cards/composeCard';
import type { AskedField } from '../../cards/fillSection';
import { pushCard, updateCard, updateDraft } from '../../cards/responses';
import { type AddonEvent, formValue, formValues, userEnv } from '../../events';
import { t } from '../../i18n';
import { displayAddress, identityOf, isMe, stripReplyPrefixes, withDirection } from '../../mail';
import type { Address, Identity, MessageSnapshot } from '../../mail/types';
import { isDraft, openMessage, threadIdOf } from '../../platform/gmail';
import type { Settings, StoredTemplate, TemplateStore } from '../../store/templateStore';
import {
  mergeContext,
  mergePerson,
  missingFieldLabel,
  previewSource,
  type RenderOptions,
  summaryLine,
} from '../../templates';
import { cardOrErrorCard } from '../shared/boundary';
import { myAddress } from '../shared/me';
import { userStore } from '../shared/stores';
import {
  askedField,
  draftableRender,
  fieldOverrides,
  findTemplate,
  issueText,
  keepMyName,
  loadTemplates,
  renderForContext,
  searchTemplates,
  type TemplateOutcome,
} from '../shared/templates';
import {
  type DraftRecipients,
  draftRecipients,
  recipientWarnings,
  templateAdditions,
} from './composeRecipients';

/** The most templates the list shows before asking for a narrower search. */
const LIST_LIMIT = 30;

/**
 * The message being replied to, when the event names one. Compose events may name the draft itself or
 * the message replied to (undocumented: docs/manual-test.md), so the named message counts only when it is
 * a received message (not a draft, not from me) in the event's thread; anything else, missing or refused
 * means "a new message".
 */
function repliedMessage(
  e: AddonEvent,
  identity: (from: readonly Address[]) => Identity,
): MessageSnapshot | null {
  if (!e.gmail?.messageId || !e.gmail.accessToken) return null;
  try {
    const open = openMessage(e);
    const snapshot = open.snapshot;
    // The free check first (my own message, which every draft of mine also is), then one call each.
    if (snapshot.from.addresses.some((a) => isMe(a, identity(snapshot.from.addresses)))) return null;
    if (e.gmail.threadId && threadIdOf(open) !== e.gmail.threadId) return null;
    return isDraft(open) ? null : snapshot;
  } catch {
    return null;
  }
}

interface ComposeContext {
  /** The one store of the click: its handle is a round trip, so an insert records the use through it. */
  store: TemplateStore;
  templates: StoredTemplate[];
  recent: string[];
  recipients: DraftRecipients;
  replied: MessageSnapshot | null;
  me: Address;
  env: { locale: string; timeZone: string };
}

function composeContext(e: AddonEvent): ComposeContext {
  const store = userStore();
  const library = loadTemplates(store, userEnv(e).locale);
  const settings: Settings = library.settings;
  // The user's address, settled once: against the replied message's From when there is one (me.ts).
  let email: string | undefined;
  const addressFor = (from: readonly Address[]) => {
    email ??= myAddress(store, settings, from);
    return email;
  };
  const replied = repliedMessage(e, (from) => identityOf(addressFor(from), settings.otherAddresses));
  return {
    store,
    templates: library.templates,
    recent: settings.recentTemplateIds,
    recipients: draftRecipients(e),
    replied,
    me: { name: settings.myName, email: addressFor([]) },
    env: userEnv(e),
  };
}

/**
 * The first line of the template as it would read in this draft (the source's, if it cannot render):
 * from the start of its text only (render.ts previewOnly), so a row costs the same for a 64 KB template.
 */
function previewLine(ctx: ComposeContext, template: StoredTemplate, e: AddonEvent): string {
  const outcome = render(ctx, template, e, { previewOnly: true });
  return summaryLine(outcome.ok ? outcome.rendered.text : previewSource(template.body));
}

function listView(ctx: ComposeContext, query: string, e: AddonEvent): ComposeListView {
  const rank = (t: StoredTemplate) => {
    const i = ctx.recent.indexOf(t.id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  // Recently used first; the search's own order (name matches first) otherwise.
  const matches = searchTemplates(ctx.templates, query)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
    .map(({ t }) => t);
  return {
    locale: ctx.env.locale,
    query,
    items: matches
      .slice(0, LIST_LIMIT)
      .map((t) => ({ id: t.id, name: t.name, preview: previewLine(ctx, t, e) })),
    more: Math.max(0, matches.length - LIST_LIMIT),
    empty: ctx.templates.length === 0 ? 'library' : matches.length === 0 ? 'search' : null,
    recipients: ctx.recipients.to.map(displayAddress),
    warnings: recipientWarnings(ctx.recipients, ctx.env.locale),
  };
}

function render(
  ctx: ComposeContext,
  template: StoredTemplate,
  e: AddonEvent,
  options: RenderOptions = {},
): TemplateOutcome {
  const context = mergeContext({
    snapshot: ctx.replied,
    recipients: { to: ctx.recipients.to, cc: ctx.recipients.cc },
    subject: ctx.replied ? stripReplyPrefixes(ctx.replied.subject) : '',
    me: ctx.me,
    now: Date.now(),
    locale: ctx.env.locale,
    timeZone: ctx.env.timeZone,
  });
  // A new message has no sender: the person written to stands in, so reply templates ("Hi
  // {{ sender.first_name }}") read right in a fresh draft too.
  const first = ctx.recipients.to[0];
  if (!ctx.replied && first) context.sender = mergePerson(first);
  return renderForContext(template.body, context, fieldOverrides(e), options);
}

/** The template's subject, when a new message may take it ('' for a reply or a subject with fields). */
function subjectToSet(ctx: ComposeContext, template: StoredTemplate): string {
  return template.subject && !ctx.replied && !/\{\{|\{%/.test(template.subject) ? template.subject : '';
}

function previewView(ctx: ComposeContext, template: StoredTemplate, e: AddonEvent): ComposePreviewView {
  const { cc, bcc } = templateAdditions(ctx.recipients, template);
  const locale = ctx.env.locale;
  const unknownList = (
    list: Address[],
    known: boolean,
    id: 'compose.warning.unknownCc' | 'compose.warning.unknownBcc',
  ) =>
    list.length > 0 && !known
      ? [t(locale, id, { emails: list.map((a) => a.email).join(t(locale, 'list.separator')) })]
      : [];
  const warnings = [
    ...recipientWarnings(ctx.recipients, locale),
    ...[...cc.invalid, ...bcc.invalid].map((value) =>
      t(locale, 'compose.warning.templateNotAddress', { value }),
    ),
    ...unknownList(cc.add, ctx.recipients.known.cc, 'compose.warning.unknownCc'),
    ...unknownList(bcc.add, ctx.recipients.known.bcc, 'compose.warning.unknownBcc'),
  ];
  const base = {
    locale,
    templateId: template.id,
    name: template.name,
    recipients: ctx.recipients.to.map(displayAddress),
    addsCc: cc.add.map(displayAddress),
    addsBcc: bcc.add.map(displayAddress),
    subject: subjectToSet(ctx, template),
  };
  const outcome = render(ctx, template, e);
  if (!outcome.ok) {
    return {
      ...base,
      text: '',
      asked: [],
      missing: [],
      error: outcome.issues.map(issueText).join('\n'),
      warnings,
    };
  }
  return {
    ...base,
    text: outcome.rendered.text,
    asked: outcome.asked.map((field) => composeAskedField(ctx, field, e)),
    missing: outcome.rendered.missing,
    error: null,
    warnings: [...warnings, ...outcome.rendered.warnings.map((w) => w.message)],
  };
}

/** An input for a field with no value here; a name is guessed from the draft's first To address. */
function composeAskedField(ctx: ComposeContext, field: string, e: AddonEvent): AskedField {
  const recipient = (root: string) =>
    root === 'sender' || root === 'to' ? ctx.recipients.to[0]?.email : undefined;
  return askedField(e, field, missingFieldLabel(field), recipient, ctx.me.email);
}

/** The compose trigger: the template list, recently used first. */
export function onCompose(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrErrorCard(() => composeListCard(listView(composeContext(e), '', e)), userEnv(e).locale);
}

export function composeSearch(e: AddonEvent) {
  const card = composeListCard(listView(composeContext(e), formValue(e, FIELD.composeQuery), e));
  return updateCard(card);
}

/** The compose context and the template a compose button names. */
function composeTemplate(e: AddonEvent, templateId: string) {
  const ctx = composeContext(e);
  const template = findTemplate(
    { templates: ctx.templates } as Parameters<typeof findTemplate>[0],
    templateId,
  );
  return { ctx, template };
}

/** The template's preview for this draft: pushed from the list, or in place (`update`) as values are typed. */
function previewResponse(e: AddonEvent, templateId: string, update: boolean, notice = '') {
  const { ctx, template } = composeTemplate(e, templateId);
  const card = composePreviewCard(previewView(ctx, template, e));
  return update ? updateCard(card, notice) : pushCard(card, notice);
}

/** A value was typed for a missing field: the preview again, in place, with Insert enabled once all are in. */
export function composeRefresh(e: AddonEvent, params: ActionParams['composeRefresh']) {
  const kept = keepMyName(e, userStore());
  return previewResponse(e, params.templateId, true, kept);
}

export function composePreview(e: AddonEvent, params: ActionParams['composePreview']) {
  return previewResponse(e, params.templateId, false);
}

/** Put the rendered template at the cursor; add the template's Cc/Bcc to what the draft already has. */
export function composeInsert(e: AddonEvent, params: ActionParams['composeInsert']) {
  const { ctx, template } = composeTemplate(e, params.templateId);
  const rendered = draftableRender(template.name, render(ctx, template, e));
  const update: Parameters<typeof updateDraft>[0] = { html: withDirection(rendered.html, rendered.text) };
  const r = ctx.recipients;
  const { cc: ccAdd, bcc: bccAdd } = templateAdditions(ctx.recipients, template);
  const cc = ccAdd.add;
  const bcc = bccAdd.add;
  // These actions replace the whole list, so the draft's own recipients go first, and a list the event
  // did not hold is never set (it would erase what the user typed; the preview said to add them).
  if (cc.length > 0 && r.known.cc) update.cc = [...r.rawCc, ...cc.map((a) => a.email)];
  if (bcc.length > 0 && r.known.bcc) update.bcc = [...r.rawBcc, ...bcc.map((a) => a.email)];
  // Only when the user left the switch on: whether a compose window is a reply is not in the event for
  // sure, and a changed reply subject breaks the thread.
  if (subjectToSet(ctx, template) && formValues(e, FIELD.composeSubject).length > 0) {
    update.subject = template.subject;
  }
  try {
    ctx.store.recordUse(template.id);
  } catch (error) {
    // The text is in; a busy or full store only costs the "recently used" order.
    console.warn(`Template use not recorded: ${String(error)}`);
  }
  return updateDraft(update);
}

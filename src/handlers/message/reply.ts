// Turns one event into one reply plan: read the open message once, know who "me" is, read the user's
// choices from the card, and route the plan through the Apps Script calls that can make it.
import { type DraftKind, FIELD } from '../../actions';
import type { MessageView, ReplyChoicesView } from '../../cards/messageCard';
import { UserError, userError } from '../../errors';
import { type AddonEvent, formValue, formValues, userEnv } from '../../events';
import { t } from '../../i18n';
import {
  availableModes,
  buildReplyPlan,
  type DraftRoute,
  displayAddress,
  fitBody,
  formatAddress,
  identityOf,
  isBlocked,
  isMe,
  routeDraft,
  textWarning,
  WarningCode,
  warningText,
  warningTier,
  withoutMissingAttachments,
} from '../../mail';
import type { Address, Identity, ReplyMode, ReplyPlan } from '../../mail/types';
import { createDraft, missingAttachments, type OpenMessage, openMessage } from '../../platform/gmail';
import type { Settings, TemplateStore } from '../../store/templateStore';
import { myAddress } from '../shared/me';
import { userStore } from '../shared/stores';

/** The reply mode in the user's language, Gmail's own words for Reply / Reply all. */
export function modeLabel(mode: ReplyMode, locale: string): string {
  return t(locale, `mode.${mode}`);
}

export interface ReplyContext {
  open: OpenMessage;
  identity: Identity;
  sender: Address;
  modes: ReplyMode[];
  env: { locale: string; timeZone: string };
  otherAddresses: string[];
  /** Attachments Gmail no longer lists, once asked (one round trip however many plans are made). */
  missingFiles?: ReturnType<typeof missingAttachments>;
}

/**
 * `settings` when the caller already read them (with the library, say, from `store`): saves a property
 * read. `threadCount: false` when nothing the action makes shows or renders the thread's length (a draft).
 */
export function replyContext(
  e: AddonEvent,
  known?: { settings: Settings; store: TemplateStore },
  options: { threadCount?: boolean } = {},
): ReplyContext {
  const store = known?.store ?? userStore();
  const settings = known?.settings ?? store.loadSettings();
  let found: Identity | undefined;
  // The user's address is settled once the message's From is known (me.ts): asked as the message is read.
  const open = openMessage(
    e,
    (from) => {
      found = identityOf(myAddress(store, settings, from), settings.otherAddresses);
      return from.some((a) => isMe(a, found!));
    },
    options,
  );
  const identity =
    found ?? identityOf(myAddress(store, settings, open.snapshot.from.addresses), settings.otherAddresses);
  const sender = open.snapshot.from.addresses[0];
  if (!sender) {
    throw userError({ title: 'error.noSender.title', message: 'error.noSender' });
  }
  return {
    open,
    identity,
    sender,
    modes: availableModes(open.snapshot, identity),
    env: userEnv(e),
    otherAddresses: settings.otherAddresses,
  };
}

/** The actions sent from a card that shows the reply choices (mode, switches, Cc/Bcc). */
const REPLY_CARD_ACTIONS: readonly string[] = [
  'refreshReply',
  'draftReply',
  'refreshTemplate',
  'draftTemplate',
];

/**
 * The user's choices: from the card's inputs when the action comes from a card that shows them, else the
 * defaults (quote on). Decided by the action, not by whether inputs arrived: Gmail may leave them out
 * when every switch is off and every field empty, and other cards (a search) send inputs of their own.
 */
export function choicesFrom(e: AddonEvent, modes: ReplyMode[], preferred?: ReplyMode): ReplyChoicesView {
  const fromCard = REPLY_CARD_ACTIONS.includes(e.commonEventObject?.parameters?.action ?? '');
  const asked = (fromCard ? formValue(e, FIELD.mode) : '') || preferred || 'reply';
  return {
    mode: modes.includes(asked as ReplyMode) ? (asked as ReplyMode) : (modes[0] ?? 'reply'),
    includeQuote: fromCard ? formValues(e, FIELD.quote).length > 0 : true,
    includeAttachments: fromCard ? formValues(e, FIELD.attachments).length > 0 : false,
    extraCc: fromCard ? formValue(e, FIELD.cc) : '',
    extraBcc: fromCard ? formValue(e, FIELD.bcc) : '',
  };
}

/**
 * The plan, routed (it carries its route). With `body` (the reply's final text) the plan is also fitted to Gmail's body
 * size (fitBody); without it the caller fits it once it has rendered the body (a template's text needs
 * the plan's recipients first).
 */
export function planReply(
  ctx: ReplyContext,
  choices: ReplyChoicesView,
  body?: { text: string; html: string },
): ReplyPlan {
  const planned = buildReplyPlan(
    ctx.open.snapshot,
    ctx.identity,
    { ...choices, body: body ?? { text: '', html: '' } },
    ctx.env,
    ctx.modes,
  );
  let plan = body ? fitBody(planned) : planned;
  if (choices.includeAttachments) {
    // Asked only when the user wants the files (one round trip), so the card names any Gmail lacks.
    ctx.missingFiles ??= missingAttachments(
      ctx.open,
      plan.attachments.filter((a) => !a.inline),
    );
    plan = withoutMissingAttachments(plan, ctx.missingFiles);
  }
  const routed = routeDraft(ctx.open.snapshot, plan, ctx.env);
  if (ctx.identity.email.trim() === '') {
    // Session returns '' when the user declined the email scope (granular consent) or a policy hides
    // it: without my address a reply-all could go to myself, so no draft until it is known.
    return {
      ...routed,
      warnings: [textWarning(WarningCode.unknownUser, 'warning.unknownUser', {}, true), ...routed.warnings],
    };
  }
  return routed;
}

export function draftKind(route: DraftRoute): DraftKind {
  return route.kind === 'standalone' ? 'standalone' : 'reply';
}

/** What a card shows of a plan: the choices, who the draft reaches, its warnings in tiers, its kind. */
export function messageView(
  ctx: ReplyContext,
  choices: ReplyChoicesView,
  plan: ReplyPlan,
): Omit<MessageView, 'modeSet'> {
  const snapshot = ctx.open.snapshot;
  const locale = ctx.env.locale;
  return {
    locale,
    sender: ctx.sender,
    modes: ctx.modes.map((mode) => ({ mode, label: modeLabel(mode, locale) })),
    choices,
    attachmentCount: snapshot.attachments.filter((a) => !a.inline).length,
    preview: {
      to: plan.to.map(displayAddress),
      cc: plan.cc.map(displayAddress),
      bcc: plan.bcc.map(displayAddress),
      subject: plan.subject,
      warnings: plan.warnings.map((w) => ({ message: warningText(w, locale), tier: warningTier(w) })),
    },
    blocked: isBlocked(plan.warnings),
    draft: draftKind(plan.route),
  };
}

/**
 * The draft for a plan the user saw. The card disables its button while a warning blocks the plan, so
 * a refusal here (in the plan's own words) only meets a click on a stale card; likewise a plan whose
 * route changed since the card was drawn, since Gmail refuses a draft of another kind than the button's.
 */
export function draftFromPlan(
  open: OpenMessage,
  plan: ReplyPlan,
  promised: DraftKind,
): GoogleAppsScript.Gmail.GmailDraft {
  const blocking = plan.warnings.filter((w) => w.blocking);
  if (blocking.length > 0) {
    // Plan warnings carry their words as ids (src/mail/warning.ts textWarning): the error says them.
    const parts = blocking.flatMap((w) => (w.text ? [w.text] : []));
    if (parts.length < blocking.length)
      throw new UserError(blocking.map((w) => w.message).join(' '), t('en', 'error.noDraft.title'));
    throw userError({ title: 'error.noDraft.title', message: 'error.noDraft.title', parts });
  }
  if (draftKind(plan.route) !== promised) {
    throw userError({ title: 'error.noDraft.title', message: 'error.cardChanged' });
  }
  return createDraft(open, plan, formatAddress);
}

// Turns one event into one reply plan: read the open message once, know who "me" is, read the user's
// choices from the card, and route the plan through the Apps Script calls that can make it.
import { FIELD } from '../actions';
import type { ReplyChoicesView } from '../cards/messageCard';
import { UserError } from '../errors';
import { type AddonEvent, formValue, formValues, userEnv } from '../events';
import {
  availableModes,
  buildReplyPlan,
  type DraftRoute,
  fitBody,
  identityOf,
  isMe,
  routeDraft,
  WarningCode,
  warning,
  withoutMissingAttachments,
} from '../mail';
import type { Address, Identity, ReplyMode, ReplyPlan } from '../mail/types';
import { missingAttachments, type OpenMessage, openMessage } from '../platform/gmail';
import { userEmail } from '../platform/session';
import type { Settings } from '../store/templateStore';
import { userStore } from './stores';

export const MODE_LABELS: Record<ReplyMode, string> = {
  reply: 'Reply',
  'reply-all': 'Reply all',
  'reply-list': 'Reply to list',
};

export interface ReplyContext {
  open: OpenMessage;
  identity: Identity;
  sender: Address;
  modes: ReplyMode[];
  env: { locale: string; timeZone: string };
  otherAddresses: string[];
}

/** `settings` when the caller already read them (with the library, say): saves a property read. */
export function replyContext(e: AddonEvent, known?: Settings): ReplyContext {
  const settings = known ?? userStore().loadSettings();
  const identity = identityOf(userEmail(), settings.otherAddresses);
  const open = openMessage(e, (from) => from.some((a) => isMe(a, identity)));
  const sender = open.snapshot.from.addresses[0];
  if (!sender) {
    throw new UserError(
      'This message has no sender address (its From line is missing or unreadable), so there is nobody to reply to.',
      'No sender',
    );
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
 * The plan and its route. With `body` (the reply's final text) the plan is also fitted to Gmail's body
 * size (fitBody); without it the caller fits it once it has rendered the body (a template's text needs
 * the plan's recipients first).
 */
export function planReply(
  ctx: ReplyContext,
  choices: ReplyChoicesView,
  body?: { text: string; html: string },
): { plan: ReplyPlan; route: DraftRoute } {
  const planned = buildReplyPlan(
    ctx.open.snapshot,
    ctx.identity,
    { ...choices, body: body ?? { text: '', html: '' } },
    ctx.env,
  );
  let plan = body ? fitBody(planned) : planned;
  if (choices.includeAttachments) {
    // Asked only when the user wants the files (one round trip), so the card names any Gmail lacks.
    const files = plan.attachments.filter((a) => !a.inline);
    plan = withoutMissingAttachments(plan, missingAttachments(ctx.open, files));
  }
  const routed = routeDraft(ctx.open.snapshot, plan, ctx.env);
  if (ctx.identity.email.trim() === '') {
    // Session returns '' when the user declined the email scope (granular consent) or a policy hides
    // it: without my address a reply-all could go to myself, so no draft until it is known.
    routed.plan = {
      ...routed.plan,
      warnings: [
        warning(
          WarningCode.unknownUser,
          'Gmail did not give Threadsmith your email address, so it cannot keep you off the reply. Threadsmith needs permission to see your email address: if you declined it, remove Threadsmith’s access at myaccount.google.com/permissions, open it again and allow it.',
          true,
        ),
        ...routed.plan.warnings,
      ],
    };
  }
  return routed;
}

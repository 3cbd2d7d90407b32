// The contextual surface: the card beside an open message, its live preview, and the draft made from it.
import type { ActionParams, DraftKind } from '../actions';
import { type MessageView, messageCard, SHOWN_TEMPLATES } from '../cards/messageCard';
import { UserError } from '../errors';
import type { AddonEvent } from '../events';
import {
  type DraftRoute,
  displayAddress,
  formatAddress,
  formatDate,
  isBlocked,
  summarizeConversation,
} from '../mail';
import type { ReplyPlan } from '../mail/types';
import { createDraft, type OpenMessage } from '../platform/gmail';
import { cardOrErrorCard } from './boundary';
import { choicesFrom, MODE_LABELS, planReply, type ReplyContext, replyContext } from './reply';
import { userStore } from './stores';
import { loadTemplates, suggestedRows } from './templates';

/** The plain reply: no text of its own above the quote. */
const NO_BODY = { text: '', html: '' };

export function messageView(
  ctx: ReplyContext,
  choices: MessageView['choices'],
  plan: ReplyPlan,
  route: DraftRoute,
): MessageView {
  const snapshot = ctx.open.snapshot;
  return {
    sender: ctx.sender,
    subject: snapshot.subject,
    dateText: formatDate(snapshot.date, ctx.env, { dateStyle: 'medium', timeStyle: 'short' }),
    summary: summarizeConversation(snapshot),
    modes: ctx.modes.map((mode) => ({ mode, label: MODE_LABELS[mode] })),
    choices,
    attachmentCount: snapshot.attachments.filter((a) => !a.inline).length,
    preview: {
      to: plan.to.map(displayAddress),
      cc: plan.cc.map(displayAddress),
      bcc: plan.bcc.map(displayAddress),
      subject: plan.subject,
      warnings: plan.warnings.map((w) => ({ message: w.message, blocking: w.blocking === true })),
    },
    blocked: isBlocked(plan.warnings),
    draft: draftKind(route),
  };
}

function currentCard(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  // One read gives the templates and the settings the reply needs.
  const library = loadTemplates(userStore());
  const ctx = replyContext(e, library.settings);
  const choices = choicesFrom(e, ctx.modes);
  const { plan, route } = planReply(ctx, choices, NO_BODY);
  const view = messageView(ctx, choices, plan, route);
  const rows = suggestedRows(library, ctx.sender.email, ctx.open.snapshot.subject);
  return messageCard({ ...view, templates: { rows: rows.slice(0, SHOWN_TEMPLATES), total: rows.length } });
}

export function onGmailMessage(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrErrorCard(() => currentCard(e));
}

/** A reply choice changed: show the new plan in place. */
export function refreshReply(e: AddonEvent) {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().updateCard(currentCard(e)))
    .build();
}

export function draftKind(route: DraftRoute): DraftKind {
  return route.kind === 'standalone' ? 'standalone' : 'reply';
}

/**
 * The draft for a plan the user saw. The card disables its button while a warning blocks the plan, so
 * a refusal here (in the plan's own words) only meets a click on a stale card; likewise a plan whose
 * route changed since the card was drawn, since Gmail refuses a draft of another kind than the button's.
 */
export function draftFromPlan(
  open: OpenMessage,
  plan: ReplyPlan,
  route: DraftRoute,
  promised: DraftKind,
): GoogleAppsScript.Gmail.GmailDraft {
  const blocking = plan.warnings.filter((w) => w.blocking);
  if (blocking.length > 0) throw new UserError(blocking.map((w) => w.message).join(' '), 'No draft made');
  if (draftKind(route) !== promised) {
    throw new UserError(
      'The reply changed since this card was drawn. Nothing was made: change any choice on the card to refresh it, then create the draft again.',
      'No draft made',
    );
  }
  return createDraft(open, plan, route, formatAddress);
}

/** Make the draft from the plan the card showed, and open it in a compose window. */
export function draftReply(e: AddonEvent, params: ActionParams['draftReply']) {
  const ctx = replyContext(e);
  const { plan, route } = planReply(ctx, choicesFrom(e, ctx.modes), NO_BODY);
  const draft = draftFromPlan(ctx.open, plan, route, params.draft);
  return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}

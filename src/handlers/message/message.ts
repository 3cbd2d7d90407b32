// The contextual surface: the card beside an open message, its live preview, and the draft made from it.

import type { ActionParams } from '../../actions';
import { messageCard, SHOWN_TEMPLATES } from '../../cards/messageCard';
import { openDraft, updateCard } from '../../cards/responses';
import { type AddonEvent, userEnv } from '../../events';
import { cardOrErrorCard } from '../shared/boundary';
import { userStore } from '../shared/stores';
import { loadTemplates, suggestedRows } from '../shared/templates';
import { choicesFrom, draftFromPlan, messageView, planReply, replyContext } from './reply';
import { suggestedTemplateRows } from './templateReply';

/** The plain reply: no text of its own above the quote. */
const NO_BODY = { text: '', html: '' };

function currentCard(e: AddonEvent, modeSet: boolean): GoogleAppsScript.Card_Service.Card {
  // One read gives the templates and the settings the reply needs.
  const store = userStore();
  const library = loadTemplates(store, userEnv(e).locale);
  const ctx = replyContext(e, { settings: library.settings, store });
  const choices = choicesFrom(e, ctx.modes);
  const plan = planReply(ctx, choices, NO_BODY);
  const view = messageView(ctx, choices, plan);
  const ranked = suggestedRows(library, ctx.sender.email, ctx.open.snapshot.subject);
  const rows = suggestedTemplateRows(ctx, library, ranked.slice(0, SHOWN_TEMPLATES), choices, modeSet);
  return messageCard({ ...view, modeSet, templates: { rows, total: ranked.length } });
}

export function onGmailMessage(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrErrorCard(() => currentCard(e, false), userEnv(e).locale);
}

/** A reply choice changed: show the new plan in place. */
export function refreshReply(e: AddonEvent, params: ActionParams['refreshReply']) {
  return updateCard(currentCard(e, params.modeSet === '1'));
}

/** Make the draft from the plan the card showed, and open it in a compose window. */
export function draftReply(e: AddonEvent, params: ActionParams['draftReply']) {
  // The draft shows no thread length: two round trips fewer than the card that offered it.
  const ctx = replyContext(e, undefined, { threadCount: false });
  const plan = planReply(ctx, choicesFrom(e, ctx.modes), NO_BODY);
  const draft = draftFromPlan(ctx.open, plan, params.draft);
  return openDraft(draft);
}

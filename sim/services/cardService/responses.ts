// What action callbacks return: Navigation and Notification, the ActionResponse, UniversalActionResponse,
// ComposeActionResponse and SuggestionsResponse builders, and the built responses' render JSON.
import { DRAFT_INFO, type DraftInfo, type ServiceContext } from '../context';
import { CARD_JSON, RENDER_JSON } from '../renderJson';
import { OpenLink } from './actions';
import { type JsonObject, SimObject } from './base';
import { Card } from './card';
import { Suggestions } from './inputs';

/** A built response: immutable; renders fresh JSON (with fresh card copies) every time it is asked. */
export class BuiltResponse extends SimObject {
  private readonly render: () => JsonObject;

  constructor(ctx: ServiceContext, kind: string, render: () => JsonObject) {
    super(ctx, kind);
    this.render = render;
  }

  printJson(): string {
    this.call('printJson', []);
    return JSON.stringify(this.render(), null, 2);
  }

  [RENDER_JSON](): JsonObject {
    return this.render();
  }
}

type Step =
  | { pushCard: Card }
  | { updateCard: Card }
  | { pop: true }
  | { popToRoot: true }
  | { popToCard: string };

function stepJson(step: Step): JsonObject {
  if ('pushCard' in step) return { pushCard: step.pushCard[CARD_JSON]() };
  if ('updateCard' in step) return { updateCard: step.updateCard[CARD_JSON]() };
  return { ...step };
}

export class Navigation extends SimObject {
  private readonly steps: Step[] = [];

  constructor(ctx: ServiceContext) {
    super(ctx, 'Navigation');
  }

  pushCard(card: unknown): this {
    this.call('pushCard', [card]);
    this.steps.push({
      pushCard: this.instance('pushCard', 'card', card, Card, 'a built Card (call build())'),
    });
    return this;
  }

  updateCard(card: unknown): this {
    this.call('updateCard', [card]);
    this.steps.push({
      updateCard: this.instance('updateCard', 'card', card, Card, 'a built Card (call build())'),
    });
    return this;
  }

  popCard(): this {
    this.call('popCard', []);
    this.steps.push({ pop: true });
    return this;
  }

  popToRoot(): this {
    this.call('popToRoot', []);
    this.steps.push({ popToRoot: true });
    return this;
  }

  popToNamedCard(cardName: unknown): this {
    this.call('popToNamedCard', [cardName]);
    this.steps.push({ popToCard: this.string('popToNamedCard', 'cardName', cardName) });
    return this;
  }

  printJson(): string {
    this.call('printJson', []);
    return JSON.stringify(this.snapshot().map(stepJson), null, 2);
  }

  snapshot(): readonly Step[] {
    return [...this.steps];
  }
}

export class Notification extends SimObject {
  private text?: string;

  constructor(ctx: ServiceContext) {
    super(ctx, 'Notification');
  }

  setText(text: unknown): this {
    this.call('setText', [text]);
    this.text = this.string('setText', 'text', text);
    return this;
  }

  get textSet(): string | undefined {
    return this.text;
  }
}

export class ActionResponseBuilder extends SimObject {
  private navigation?: Navigation;
  private notification?: Notification;
  private openLink?: OpenLink;
  private stateChanged = false;

  constructor(ctx: ServiceContext) {
    super(ctx, 'ActionResponseBuilder');
  }

  setNavigation(navigation: unknown): this {
    this.call('setNavigation', [navigation]);
    this.navigation = this.instance('setNavigation', 'navigation', navigation, Navigation, 'a Navigation');
    return this;
  }

  setNotification(notification: unknown): this {
    this.call('setNotification', [notification]);
    this.notification = this.instance(
      'setNotification',
      'notification',
      notification,
      Notification,
      'a Notification',
    );
    return this;
  }

  setOpenLink(openLink: unknown): this {
    this.call('setOpenLink', [openLink]);
    this.openLink = this.instance('setOpenLink', 'openLink', openLink, OpenLink, 'an OpenLink');
    return this;
  }

  setStateChanged(stateChanged: unknown): this {
    this.call('setStateChanged', [stateChanged]);
    this.stateChanged = this.boolean('setStateChanged', 'stateChanged', stateChanged);
    return this;
  }

  build(): BuiltResponse {
    this.call('build', []);
    const fail = (problem: string) => this.ctx.error(`ActionResponseBuilder.build: ${problem}`);
    const steps = this.navigation?.snapshot();
    if (steps && steps.length === 0) {
      throw fail(
        'the Navigation is empty; call pushCard(), updateCard(), popCard(), popToRoot() or popToNamedCard()',
      );
    }
    const text = this.notification?.textSet;
    if (this.notification && !text) throw fail('the Notification has no text; call setText()');
    const link = this.openLink?.toJson(fail);
    const stateChanged = this.stateChanged;
    return new BuiltResponse(this.ctx, 'ActionResponse', () => {
      const action: JsonObject = {};
      if (steps) action.navigations = steps.map(stepJson);
      if (text) action.notification = { text };
      if (link) action.link = { ...link };
      const json: JsonObject = { renderActions: { action } };
      if (stateChanged) json.stateChanged = true;
      return json;
    });
  }
}

export class UniversalActionResponseBuilder extends SimObject {
  private content?: { cards: Card[] } | { link: OpenLink };

  constructor(ctx: ServiceContext) {
    super(ctx, 'UniversalActionResponseBuilder');
  }

  displayAddOnCards(cardObjects: unknown): this {
    this.call('displayAddOnCards', [cardObjects]);
    if (!Array.isArray(cardObjects) || cardObjects.length === 0) {
      throw this.invalid('displayAddOnCards', 'cardObjects', 'a non-empty array of built Cards', cardObjects);
    }
    const cards = cardObjects.map((c: unknown, i) =>
      this.instance('displayAddOnCards', `cardObjects[${i}]`, c, Card, 'a built Card (call build())'),
    );
    this.content = { cards };
    return this;
  }

  setOpenLink(openLink: unknown): this {
    this.call('setOpenLink', [openLink]);
    this.content = { link: this.instance('setOpenLink', 'openLink', openLink, OpenLink, 'an OpenLink') };
    return this;
  }

  build(): BuiltResponse {
    this.call('build', []);
    const fail = (problem: string) => this.ctx.error(`UniversalActionResponseBuilder.build: ${problem}`);
    const content = this.content;
    if (!content) throw fail('nothing to show; call displayAddOnCards() or setOpenLink()');
    if ('link' in content) {
      const link = content.link.toJson(fail);
      return new BuiltResponse(this.ctx, 'UniversalActionResponse', () => ({
        renderActions: { action: { link: { ...link } } },
      }));
    }
    const cards = [...content.cards];
    return new BuiltResponse(this.ctx, 'UniversalActionResponse', () => ({
      renderActions: { action: { navigations: cards.map((card) => ({ pushCard: card[CARD_JSON]() })) } },
    }));
  }
}

/** An emulated GmailDraft carries its ids under DRAFT_INFO; reading them is not a service call. */
function draftInfo(draft: unknown): DraftInfo | undefined {
  if (typeof draft !== 'object' || draft === null) return undefined;
  const candidate = draft as { getId?: unknown; [DRAFT_INFO]?: unknown };
  const info = candidate[DRAFT_INFO] as Partial<DraftInfo> | undefined;
  if (typeof candidate.getId !== 'function' || typeof info !== 'object' || info === null) return undefined;
  if (typeof info.draftId !== 'string' || typeof info.threadId !== 'string') return undefined;
  return {
    draftId: info.draftId,
    threadId: info.threadId,
    messageId: String(info.messageId ?? ''),
    reply: info.reply === true,
  };
}

export class ComposeActionResponseBuilder extends SimObject {
  private draft?: DraftInfo;

  constructor(ctx: ServiceContext) {
    super(ctx, 'ComposeActionResponseBuilder');
  }

  setGmailDraft(draft: unknown): this {
    this.call('setGmailDraft', [draft]);
    const info = draftInfo(draft);
    if (!info)
      throw this.invalid(
        'setGmailDraft',
        'draft',
        'a GmailDraft (from createDraftReply or createDraft)',
        draft,
      );
    this.draft = info;
    return this;
  }

  build(): BuiltResponse {
    this.call('build', []);
    const draft = this.draft;
    if (!draft) throw this.ctx.error('ComposeActionResponseBuilder.build: no draft; call setGmailDraft()');
    const response = new BuiltResponse(this.ctx, 'ComposeActionResponse', () => ({
      renderActions: {
        hostAppAction: {
          gmailAction: {
            openCreatedDraftActionMarkup: { draftId: draft.draftId, draftThreadId: draft.threadId },
          },
        },
      },
    }));
    // The runtime checks the draft's kind against the button's ComposedEmailType (sim/sandbox/callbacks.ts).
    Object.defineProperty(response, DRAFT_INFO, { value: Object.freeze({ ...draft }), enumerable: false });
    return response;
  }
}

export class SuggestionsResponseBuilder extends SimObject {
  private suggestions?: Suggestions;

  constructor(ctx: ServiceContext) {
    super(ctx, 'SuggestionsResponseBuilder');
  }

  setSuggestions(suggestions: unknown): this {
    this.call('setSuggestions', [suggestions]);
    this.suggestions = this.instance(
      'setSuggestions',
      'suggestions',
      suggestions,
      Suggestions,
      'a Suggestions',
    );
    return this;
  }

  build(): BuiltResponse {
    this.call('build', []);
    if (!this.suggestions)
      throw this.ctx.error('SuggestionsResponseBuilder.build: no suggestions; call setSuggestions()');
    const items = this.suggestions.toJson();
    return new BuiltResponse(this.ctx, 'SuggestionsResponse', () => ({
      autoComplete: structuredClone(items),
    }));
  }
}

/**
 * A Drive add-on's answer to a click on its items-selected card: "Specifies that the response requests
 * file scope for the contextually-relevant item in Drive" (DriveItemsSelectedActionResponseBuilder
 * reference). Drive then asks the user to grant `drive.file` for that item.
 */
export class DriveItemsSelectedActionResponseBuilder extends SimObject {
  private itemId?: string;

  constructor(ctx: ServiceContext) {
    super(ctx, 'DriveItemsSelectedActionResponseBuilder');
  }

  requestFileScope(itemId: unknown): this {
    this.call('requestFileScope', [itemId]);
    const id = this.string('requestFileScope', 'itemId', itemId);
    if (id === '') throw this.invalid('requestFileScope', 'itemId', 'a Drive item id', itemId);
    this.itemId = id;
    return this;
  }

  build(): BuiltResponse {
    this.call('build', []);
    const itemId = this.itemId;
    if (!itemId)
      throw this.ctx.error(
        'DriveItemsSelectedActionResponseBuilder.build: nothing asked; call requestFileScope()',
      );
    return new BuiltResponse(this.ctx, 'DriveItemsSelectedActionResponse', () => ({
      renderActions: { hostAppAction: { driveAction: { requestFileScope: { itemId } } } },
    }));
  }
}

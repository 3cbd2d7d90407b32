// CardBuilder and its parts (header, sections, card actions, fixed footer) and the built Card, whose JSON
// is checked against card.proto on every build.
import { validateCard } from '../cardProto';
import type { ServiceContext } from '../context';
import { CARD_JSON, COMPOSE_ACTIONS, type ComposeActionInfo, RENDER_JSON } from '../renderJson';
import { Clickable } from './actions';
import { type BuildScope, buildError, type JsonObject, SimObject } from './base';
import { Button, ButtonSet, TextButton } from './buttons';
import type { EnumValue } from './enums';
import { SelectionInput, TextInput } from './inputs';
import { DecoratedText, Divider, Image, TextParagraph } from './widgets';

/** Documented card limits [CRD]. */
export const MAX_SECTIONS = 100;
/**
 * card.proto: "You can add up to 100 widgets per card. Any widgets beyond this limit are ignored." A card
 * that would lose widgets fails to build here, so no test passes on a card Gmail would cut short.
 */
export const MAX_WIDGETS_PER_CARD = 100;

type Widget =
  | TextParagraph
  | DecoratedText
  | Divider
  | Image
  | ButtonSet
  | Button
  | TextInput
  | SelectionInput;
const WIDGET_TYPES = [
  TextParagraph,
  DecoratedText,
  Divider,
  Image,
  ButtonSet,
  Button,
  TextInput,
  SelectionInput,
];

function isWidget(value: unknown): value is Widget {
  return WIDGET_TYPES.some((type) => value instanceof type);
}

export class CardHeader extends SimObject {
  private title?: string;
  private subtitle?: string;
  private imageUrl?: string;
  private imageStyle?: EnumValue<'ImageStyle'>;
  private imageAltText?: string;

  constructor(ctx: ServiceContext) {
    super(ctx, 'CardHeader');
  }

  setTitle(title: unknown): this {
    this.call('setTitle', [title]);
    this.title = this.string('setTitle', 'title', title);
    return this;
  }

  setSubtitle(subtitle: unknown): this {
    this.call('setSubtitle', [subtitle]);
    this.subtitle = this.string('setSubtitle', 'subtitle', subtitle);
    return this;
  }

  setImageUrl(imageUrl: unknown): this {
    this.call('setImageUrl', [imageUrl]);
    this.imageUrl = this.string('setImageUrl', 'imageUrl', imageUrl);
    return this;
  }

  setImageStyle(imageStyle: unknown): this {
    this.call('setImageStyle', [imageStyle]);
    this.imageStyle = this.enumValue('setImageStyle', 'imageStyle', imageStyle, 'ImageStyle');
    return this;
  }

  setImageAltText(imageAltText: unknown): this {
    this.call('setImageAltText', [imageAltText]);
    this.imageAltText = this.string('setImageAltText', 'imageAltText', imageAltText);
    return this;
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    if (this.title === undefined) throw buildError(scope, path, 'CardHeader has no title; call setTitle()');
    const json: JsonObject = { title: this.title };
    if (this.subtitle !== undefined) json.subtitle = this.subtitle;
    if (this.imageStyle !== undefined) json.imageType = this.imageStyle;
    if (this.imageUrl !== undefined) json.imageUrl = this.imageUrl;
    if (this.imageAltText !== undefined) json.imageAltText = this.imageAltText;
    return json;
  }
}

export class CardSection extends SimObject {
  private header?: string;
  private readonly widgets: Widget[] = [];
  private collapsible?: boolean;
  private uncollapsible?: number;

  constructor(ctx: ServiceContext) {
    super(ctx, 'CardSection');
  }

  setHeader(header: unknown): this {
    this.call('setHeader', [header]);
    this.header = this.string('setHeader', 'header', header);
    return this;
  }

  addWidget(widget: unknown): this {
    this.call('addWidget', [widget]);
    if (!isWidget(widget))
      throw this.invalid('addWidget', 'widget', 'a widget (TextParagraph, TextButton, ...)', widget);
    this.widgets.push(widget);
    return this;
  }

  setCollapsible(collapsible: unknown): this {
    this.call('setCollapsible', [collapsible]);
    this.collapsible = this.boolean('setCollapsible', 'collapsible', collapsible);
    return this;
  }

  setNumUncollapsibleWidgets(numUncollapsibleWidgets: unknown): this {
    this.call('setNumUncollapsibleWidgets', [numUncollapsibleWidgets]);
    this.uncollapsible = this.integer(
      'setNumUncollapsibleWidgets',
      'numUncollapsibleWidgets',
      numUncollapsibleWidgets,
    );
    return this;
  }

  widgetCount(): number {
    return this.widgets.length;
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    if (this.widgets.length === 0)
      throw buildError(scope, path, 'CardSection has no widgets; call addWidget()');
    const json: JsonObject = {};
    if (this.header !== undefined) json.header = this.header;
    json.widgets = this.widgets.map((w, i) => w.widgetJson(scope, `${path}.widgets[${i}]`));
    if (this.collapsible !== undefined) json.collapsible = this.collapsible;
    if (this.uncollapsible !== undefined) json.uncollapsibleWidgetsCount = this.uncollapsible;
    return json;
  }
}

export class CardAction extends Clickable {
  private text?: string;

  constructor(ctx: ServiceContext) {
    super(ctx, 'CardAction');
  }

  setText(text: unknown): this {
    this.call('setText', [text]);
    this.text = this.string('setText', 'text', text);
    return this;
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    if (!this.text) throw buildError(scope, path, 'CardAction has no text; call setText()');
    const onClick = this.onClickJson(scope, `${path}.onClick`);
    if (!onClick)
      throw buildError(scope, path, 'CardAction has no action; call setOnClickAction() or setOpenLink()');
    return { actionLabel: this.text, onClick };
  }
}

export class FixedFooter extends SimObject {
  private primary?: TextButton;
  private secondary?: TextButton;

  constructor(ctx: ServiceContext) {
    super(ctx, 'FixedFooter');
  }

  setPrimaryButton(button: unknown): this {
    this.call('setPrimaryButton', [button]);
    this.primary = this.instance('setPrimaryButton', 'button', button, TextButton, 'a TextButton');
    return this;
  }

  setSecondaryButton(button: unknown): this {
    this.call('setSecondaryButton', [button]);
    this.secondary = this.instance('setSecondaryButton', 'button', button, TextButton, 'a TextButton');
    return this;
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    if (!this.primary)
      throw buildError(scope, path, 'FixedFooter has no primary button; call setPrimaryButton()');
    const json: JsonObject = { primaryButton: this.primary.buttonJson(scope, `${path}.primaryButton`) };
    if (this.secondary) json.secondaryButton = this.secondary.buttonJson(scope, `${path}.secondaryButton`);
    return json;
  }
}

function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A built card: immutable; hands out fresh JSON copies tagged with its compose actions. */
export class Card extends SimObject {
  readonly [COMPOSE_ACTIONS]: readonly ComposeActionInfo[];
  private readonly json: JsonObject;

  constructor(ctx: ServiceContext, json: JsonObject, composeActions: ComposeActionInfo[]) {
    super(ctx, 'Card');
    this.json = json;
    this[COMPOSE_ACTIONS] = Object.freeze(composeActions.map((c) => Object.freeze({ ...c })));
  }

  printJson(): string {
    this.call('printJson', []);
    return JSON.stringify(this.json, null, 2);
  }

  [CARD_JSON](): JsonObject {
    const json = copyJson(this.json);
    Object.defineProperty(json, COMPOSE_ACTIONS, { value: this[COMPOSE_ACTIONS], enumerable: false });
    return json;
  }

  /** Returned from a trigger, a card is pushed as the one card shown. */
  [RENDER_JSON](): JsonObject {
    return { action: { navigations: [{ pushCard: this[CARD_JSON]() }] } };
  }
}

export class CardBuilder extends SimObject {
  private header?: CardHeader;
  private readonly sections: CardSection[] = [];
  private readonly cardActions: CardAction[] = [];
  private name?: string;
  private fixedFooter?: FixedFooter;
  private displayStyle?: EnumValue<'DisplayStyle'>;
  private peekCardHeader?: CardHeader;

  constructor(ctx: ServiceContext) {
    super(ctx, 'CardBuilder');
  }

  setHeader(cardHeader: unknown): this {
    this.call('setHeader', [cardHeader]);
    this.header = this.instance('setHeader', 'cardHeader', cardHeader, CardHeader, 'a CardHeader');
    return this;
  }

  addSection(section: unknown): this {
    this.call('addSection', [section]);
    this.sections.push(this.instance('addSection', 'section', section, CardSection, 'a CardSection'));
    return this;
  }

  addCardAction(cardAction: unknown): this {
    this.call('addCardAction', [cardAction]);
    this.cardActions.push(
      this.instance('addCardAction', 'cardAction', cardAction, CardAction, 'a CardAction'),
    );
    return this;
  }

  setName(name: unknown): this {
    this.call('setName', [name]);
    this.name = this.string('setName', 'name', name);
    return this;
  }

  setFixedFooter(fixedFooter: unknown): this {
    this.call('setFixedFooter', [fixedFooter]);
    this.fixedFooter = this.instance(
      'setFixedFooter',
      'fixedFooter',
      fixedFooter,
      FixedFooter,
      'a FixedFooter',
    );
    return this;
  }

  setDisplayStyle(displayStyle: unknown): this {
    this.call('setDisplayStyle', [displayStyle]);
    this.displayStyle = this.enumValue('setDisplayStyle', 'displayStyle', displayStyle, 'DisplayStyle');
    return this;
  }

  setPeekCardHeader(peekCardHeader: unknown): this {
    this.call('setPeekCardHeader', [peekCardHeader]);
    this.peekCardHeader = this.instance(
      'setPeekCardHeader',
      'peekCardHeader',
      peekCardHeader,
      CardHeader,
      'a CardHeader',
    );
    return this;
  }

  /** May be called again: each call builds (and validates) a new Card from the current state. */
  build(): Card {
    this.call('build', []);
    const scope: BuildScope = { ctx: this.ctx, composeActions: [] };
    const json = this.toJson(scope);
    try {
      validateCard(json);
    } catch (e) {
      throw this.ctx.error(`CardBuilder.build: ${(e as Error).message}`);
    }
    return new Card(this.ctx, json, scope.composeActions);
  }

  private toJson(scope: BuildScope): JsonObject {
    if (this.sections.length === 0)
      throw buildError(scope, 'card', 'the card has no section; call addSection()');
    if (this.sections.length > MAX_SECTIONS) {
      throw buildError(
        scope,
        'card',
        `the card has ${this.sections.length} sections; the limit is ${MAX_SECTIONS}`,
      );
    }
    const widgets = this.sections.reduce((n, s) => n + s.widgetCount(), 0);
    if (widgets > MAX_WIDGETS_PER_CARD) {
      throw buildError(
        scope,
        'card',
        `the card has ${widgets} widgets; Gmail shows at most ${MAX_WIDGETS_PER_CARD} per card and drops the rest`,
      );
    }
    const json: JsonObject = {};
    if (this.header) json.header = this.header.toJson(scope, 'card.header');
    json.sections = this.sections.map((s, i) => s.toJson(scope, `card.sections[${i}]`));
    if (this.cardActions.length > 0) {
      json.cardActions = this.cardActions.map((a, i) => a.toJson(scope, `card.cardActions[${i}]`));
    }
    if (this.name !== undefined) json.name = this.name;
    if (this.fixedFooter) json.fixedFooter = this.fixedFooter.toJson(scope, 'card.fixedFooter');
    if (this.displayStyle !== undefined) json.displayStyle = this.displayStyle;
    if (this.peekCardHeader) json.peekCardHeader = this.peekCardHeader.toJson(scope, 'card.peekCardHeader');
    return json;
  }
}

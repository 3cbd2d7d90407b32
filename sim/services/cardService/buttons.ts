// Buttons (TextButton, ImageButton), ButtonSet and IconImage, as card.proto Button / ButtonList / Icon.
import type { ServiceContext } from '../context';
import { Clickable } from './actions';
import { type BuildScope, buildError, type JsonObject, SimObject } from './base';
import type { EnumValue } from './enums';

/**
 * MaterialIcon (CardService.newMaterialIcon): a Google Font Icon by name. Per the reference, a weight
 * outside {100…700} or a grade outside {-25, 0, 200} falls back to the default (400, 0), and an invalid
 * name renders no icon; a name with anything but lower-case letters, digits and `_` is refused here so
 * a typo shows in tests rather than as a blank in Gmail.
 */
export class MaterialIcon extends SimObject {
  private name?: string;
  private fill = false;
  private weight = 400;
  private grade = 0;

  constructor(ctx: ServiceContext) {
    super(ctx, 'MaterialIcon');
  }

  setName(name: unknown): this {
    this.call('setName', [name]);
    const value = this.string('setName', 'name', name);
    if (!/^[a-z0-9_]+$/.test(value)) throw this.invalid('setName', 'name', 'a Google Font Icons name', name);
    this.name = value;
    return this;
  }

  setFill(fill: unknown): this {
    this.call('setFill', [fill]);
    this.fill = this.boolean('setFill', 'fill', fill);
    return this;
  }

  setWeight(weight: unknown): this {
    this.call('setWeight', [weight]);
    const value = this.integer('setWeight', 'weight', weight);
    this.weight = [100, 200, 300, 400, 500, 600, 700].includes(value) ? value : 400;
    return this;
  }

  setGrade(grade: unknown): this {
    this.call('setGrade', [grade]);
    const value = this.integer('setGrade', 'grade', grade);
    this.grade = [-25, 0, 200].includes(value) ? value : 0;
    return this;
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    if (!this.name) throw buildError(scope, path, 'MaterialIcon has no name; call setName()');
    const json: JsonObject = { name: this.name };
    if (this.fill) json.fill = true;
    if (this.weight !== 400) json.weight = this.weight;
    if (this.grade !== 0) json.grade = this.grade;
    return json;
  }
}

export class IconImage extends SimObject {
  private icon?: { knownIcon: string } | { iconUrl: string } | { materialIcon: MaterialIcon };
  private altText?: string;
  private circle = false;

  constructor(ctx: ServiceContext) {
    super(ctx, 'IconImage');
  }

  /** For setters that take an icon directly (ImageButton.setIcon): no ledger entry of its own. */
  static of(ctx: ServiceContext, icon: { knownIcon: string } | { iconUrl: string }): IconImage {
    const image = new IconImage(ctx);
    image.icon = icon;
    return image;
  }

  setIcon(icon: unknown): this {
    this.call('setIcon', [icon]);
    this.icon = { knownIcon: this.enumValue('setIcon', 'icon', icon, 'Icon') };
    return this;
  }

  setIconUrl(url: unknown): this {
    this.call('setIconUrl', [url]);
    this.icon = { iconUrl: this.string('setIconUrl', 'url', url) };
    return this;
  }

  setMaterialIcon(icon: unknown): this {
    this.call('setMaterialIcon', [icon]);
    this.icon = {
      materialIcon: this.instance('setMaterialIcon', 'icon', icon, MaterialIcon, 'a MaterialIcon'),
    };
    return this;
  }

  setAltText(altText: unknown): this {
    this.call('setAltText', [altText]);
    this.altText = this.string('setAltText', 'altText', altText);
    return this;
  }

  /** Only SQUARE and CIRCLE have a card.proto Icon.imageType; the rest are refused. */
  setImageCropType(imageCropType: unknown): this {
    this.call('setImageCropType', [imageCropType]);
    if (imageCropType !== 'SQUARE' && imageCropType !== 'CIRCLE') {
      throw this.invalid(
        'setImageCropType',
        'imageCropType',
        'ImageCropType.SQUARE or CIRCLE',
        imageCropType,
      );
    }
    this.circle = imageCropType === 'CIRCLE';
    return this;
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    if (!this.icon) throw buildError(scope, path, 'IconImage has no icon; call setIcon() or setIconUrl()');
    const json: JsonObject =
      'materialIcon' in this.icon
        ? { materialIcon: this.icon.materialIcon.toJson(scope, `${path}.materialIcon`) }
        : { ...this.icon };
    if (this.altText !== undefined) json.altText = this.altText;
    if (this.circle) json.imageType = 'CIRCLE';
    return json;
  }
}

/** Both button kinds; a button added straight to a section becomes a one-button buttonList. */
export abstract class Button extends Clickable {
  abstract buttonJson(scope: BuildScope, path: string): JsonObject;

  widgetJson(scope: BuildScope, path: string): JsonObject {
    return { buttonList: { buttons: [this.buttonJson(scope, `${path}.buttonList.buttons[0]`)] } };
  }

  protected requireOnClick(scope: BuildScope, path: string): JsonObject {
    const onClick = this.onClickJson(scope, `${path}.onClick`);
    if (!onClick) {
      throw buildError(
        scope,
        path,
        `${this} has no action; call setOnClickAction(), setOpenLink() or setComposeAction()`,
      );
    }
    return onClick;
  }
}

/**
 * Apps Script's TEXT style is drawn outlined: "DO NOT USE. Deprecated version of OUTLINED."
 * (CardService TextButtonStyle reference). The other styles share card.proto's names.
 */
const BUTTON_TYPE: Record<EnumValue<'TextButtonStyle'>, string> = {
  TEXT: 'OUTLINED',
  OUTLINED: 'OUTLINED',
  FILLED: 'FILLED',
  FILLED_TONAL: 'FILLED_TONAL',
  BORDERLESS: 'BORDERLESS',
};

function hexColor(value: string): JsonObject | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(value) ?? /^#([0-9a-f]{3})$/i.exec(value);
  if (!m?.[1]) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const channel = (i: number) => Math.round((Number.parseInt(hex.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { red: channel(0), green: channel(2), blue: channel(4) };
}

export class TextButton extends Button {
  private text?: string;
  private style?: EnumValue<'TextButtonStyle'>;
  private color?: JsonObject;
  private disabled?: boolean;
  private altText?: string;
  private icon?: IconImage;

  constructor(ctx: ServiceContext) {
    super(ctx, 'TextButton');
  }

  setText(text: unknown): this {
    this.call('setText', [text]);
    this.text = this.string('setText', 'text', text);
    return this;
  }

  setTextButtonStyle(textButtonStyle: unknown): this {
    this.call('setTextButtonStyle', [textButtonStyle]);
    this.style = this.enumValue('setTextButtonStyle', 'textButtonStyle', textButtonStyle, 'TextButtonStyle');
    return this;
  }

  setBackgroundColor(backgroundColor: unknown): this {
    this.call('setBackgroundColor', [backgroundColor]);
    const color = hexColor(this.string('setBackgroundColor', 'backgroundColor', backgroundColor));
    if (!color)
      throw this.invalid('setBackgroundColor', 'backgroundColor', 'a #rrggbb colour', backgroundColor);
    this.color = color;
    return this;
  }

  setDisabled(disabled: unknown): this {
    this.call('setDisabled', [disabled]);
    this.disabled = this.boolean('setDisabled', 'disabled', disabled);
    return this;
  }

  setAltText(altText: unknown): this {
    this.call('setAltText', [altText]);
    this.altText = this.string('setAltText', 'altText', altText);
    return this;
  }

  setIcon(icon: unknown): this {
    this.call('setIcon', [icon]);
    this.icon = this.instance('setIcon', 'icon', icon, IconImage, 'an IconImage');
    return this;
  }

  buttonJson(scope: BuildScope, path: string): JsonObject {
    if (this.text === undefined || this.text === '') {
      throw buildError(scope, path, 'TextButton has no text; call setText()');
    }
    const json: JsonObject = { text: this.text };
    if (this.icon) json.icon = this.icon.toJson(scope, `${path}.icon`);
    // card.proto: a colour forces FILLED, so FILLED with a background colour is the colour itself.
    if (this.color) json.color = this.color;
    if (this.style !== undefined) json.type = BUTTON_TYPE[this.style];
    json.onClick = this.requireOnClick(scope, path);
    if (this.disabled !== undefined) json.disabled = this.disabled;
    if (this.altText !== undefined) json.altText = this.altText;
    return json;
  }
}

export class ImageButton extends Button {
  private icon?: IconImage;
  private altText?: string;

  constructor(ctx: ServiceContext) {
    super(ctx, 'ImageButton');
  }

  setIcon(icon: unknown): this {
    this.call('setIcon', [icon]);
    this.icon = IconImage.of(this.ctx, { knownIcon: this.enumValue('setIcon', 'icon', icon, 'Icon') });
    return this;
  }

  setIconUrl(url: unknown): this {
    this.call('setIconUrl', [url]);
    this.icon = IconImage.of(this.ctx, { iconUrl: this.string('setIconUrl', 'url', url) });
    return this;
  }

  setAltText(altText: unknown): this {
    this.call('setAltText', [altText]);
    this.altText = this.string('setAltText', 'altText', altText);
    return this;
  }

  buttonJson(scope: BuildScope, path: string): JsonObject {
    if (!this.icon) throw buildError(scope, path, 'ImageButton has no icon; call setIcon() or setIconUrl()');
    const icon = this.icon.toJson(scope, `${path}.icon`);
    if (this.altText !== undefined) icon.altText = this.altText;
    const json: JsonObject = { icon, onClick: this.requireOnClick(scope, path) };
    if (this.altText !== undefined) json.altText = this.altText;
    return json;
  }
}

export class ButtonSet extends SimObject {
  private readonly buttons: Button[] = [];

  constructor(ctx: ServiceContext) {
    super(ctx, 'ButtonSet');
  }

  addButton(button: unknown): this {
    this.call('addButton', [button]);
    this.buttons.push(this.instance('addButton', 'button', button, Button, 'a TextButton or ImageButton'));
    return this;
  }

  widgetJson(scope: BuildScope, path: string): JsonObject {
    if (this.buttons.length === 0)
      throw buildError(scope, path, 'ButtonSet has no buttons; call addButton()');
    const buttons = this.buttons.map((b, i) => b.buttonJson(scope, `${path}.buttonList.buttons[${i}]`));
    return { buttonList: { buttons } };
  }
}

// Display widgets (TextParagraph, DecoratedText with its Switch, Image, Divider) as card.proto JSON.
import type { ServiceContext } from '../context';
import { Action, Clickable } from './actions';
import { type BuildScope, buildError, type JsonObject, SimObject } from './base';
import { Button, IconImage } from './buttons';
import type { EnumValue } from './enums';

export class TextParagraph extends SimObject {
  private text?: string;
  private maxLines?: number;

  constructor(ctx: ServiceContext) {
    super(ctx, 'TextParagraph');
  }

  setText(text: unknown): this {
    this.call('setText', [text]);
    this.text = this.string('setText', 'text', text);
    return this;
  }

  setMaxLines(maxLines: unknown): this {
    this.call('setMaxLines', [maxLines]);
    this.maxLines = this.integer('setMaxLines', 'maxLines', maxLines);
    return this;
  }

  widgetJson(): JsonObject {
    const json: JsonObject = { text: this.text ?? '' };
    if (this.maxLines !== undefined) json.maxLines = this.maxLines;
    return { textParagraph: json };
  }
}

export class Divider extends SimObject {
  constructor(ctx: ServiceContext) {
    super(ctx, 'Divider');
  }

  widgetJson(): JsonObject {
    return { divider: {} };
  }
}

export class Image extends Clickable {
  private url?: string;
  private altText?: string;

  constructor(ctx: ServiceContext) {
    super(ctx, 'Image');
  }

  setImageUrl(url: unknown): this {
    this.call('setImageUrl', [url]);
    this.url = this.string('setImageUrl', 'url', url);
    return this;
  }

  setAltText(altText: unknown): this {
    this.call('setAltText', [altText]);
    this.altText = this.string('setAltText', 'altText', altText);
    return this;
  }

  widgetJson(scope: BuildScope, path: string): JsonObject {
    if (this.url === undefined) throw buildError(scope, path, 'Image has no URL; call setImageUrl()');
    const json: JsonObject = { imageUrl: this.url };
    const onClick = this.onClickJson(scope, `${path}.image.onClick`);
    if (onClick) json.onClick = onClick;
    if (this.altText !== undefined) json.altText = this.altText;
    return { image: json };
  }
}

export class Switch extends SimObject {
  private fieldName?: string;
  private value?: string;
  private selected?: boolean;
  private onChange?: Action;
  private controlType?: EnumValue<'SwitchControlType'>;

  constructor(ctx: ServiceContext) {
    super(ctx, 'Switch');
  }

  setFieldName(fieldName: unknown): this {
    this.call('setFieldName', [fieldName]);
    this.fieldName = this.string('setFieldName', 'fieldName', fieldName);
    return this;
  }

  setValue(value: unknown): this {
    this.call('setValue', [value]);
    this.value = this.string('setValue', 'value', value);
    return this;
  }

  setSelected(selected: unknown): this {
    this.call('setSelected', [selected]);
    this.selected = this.boolean('setSelected', 'selected', selected);
    return this;
  }

  setOnChangeAction(action: unknown): this {
    this.call('setOnChangeAction', [action]);
    this.onChange = this.instance('setOnChangeAction', 'action', action, Action, 'an Action');
    return this;
  }

  setControlType(controlType: unknown): this {
    this.call('setControlType', [controlType]);
    this.controlType = this.enumValue('setControlType', 'controlType', controlType, 'SwitchControlType');
    return this;
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    const json: JsonObject = {};
    if (this.fieldName !== undefined) json.name = this.fieldName;
    if (this.value !== undefined) json.value = this.value;
    if (this.selected !== undefined) json.selected = this.selected;
    if (this.onChange) json.onChangeAction = this.onChange.toJson(scope, `${path}.onChangeAction`);
    if (this.controlType !== undefined) json.controlType = this.controlType;
    return json;
  }
}

/** card.proto's `control` oneof: the last of setButton / setSwitchControl / setEndIcon wins. */
type Control = { button: Button } | { switchControl: Switch } | { endIcon: IconImage };

export class DecoratedText extends Clickable {
  private text?: string;
  private topLabel?: string;
  private bottomLabel?: string;
  private wrapText?: boolean;
  private startIcon?: IconImage;
  private iconAltText?: string;
  private control?: Control;

  constructor(ctx: ServiceContext) {
    super(ctx, 'DecoratedText');
  }

  setText(text: unknown): this {
    this.call('setText', [text]);
    this.text = this.string('setText', 'text', text);
    return this;
  }

  setTopLabel(text: unknown): this {
    this.call('setTopLabel', [text]);
    this.topLabel = this.string('setTopLabel', 'text', text);
    return this;
  }

  setBottomLabel(text: unknown): this {
    this.call('setBottomLabel', [text]);
    this.bottomLabel = this.string('setBottomLabel', 'text', text);
    return this;
  }

  setWrapText(wrapText: unknown): this {
    this.call('setWrapText', [wrapText]);
    this.wrapText = this.boolean('setWrapText', 'wrapText', wrapText);
    return this;
  }

  setStartIcon(startIcon: unknown): this {
    this.call('setStartIcon', [startIcon]);
    this.startIcon = this.instance('setStartIcon', 'startIcon', startIcon, IconImage, 'an IconImage');
    return this;
  }

  /** Deprecated Apps Script form of setStartIcon with a built-in icon. */
  setIcon(icon: unknown): this {
    this.call('setIcon', [icon]);
    this.startIcon = IconImage.of(this.ctx, { knownIcon: this.enumValue('setIcon', 'icon', icon, 'Icon') });
    return this;
  }

  setIconUrl(url: unknown): this {
    this.call('setIconUrl', [url]);
    this.startIcon = IconImage.of(this.ctx, { iconUrl: this.string('setIconUrl', 'url', url) });
    return this;
  }

  setIconAltText(altText: unknown): this {
    this.call('setIconAltText', [altText]);
    this.iconAltText = this.string('setIconAltText', 'altText', altText);
    return this;
  }

  setEndIcon(endIcon: unknown): this {
    this.call('setEndIcon', [endIcon]);
    this.control = { endIcon: this.instance('setEndIcon', 'endIcon', endIcon, IconImage, 'an IconImage') };
    return this;
  }

  setButton(button: unknown): this {
    this.call('setButton', [button]);
    this.control = {
      button: this.instance('setButton', 'button', button, Button, 'a TextButton or ImageButton'),
    };
    return this;
  }

  setSwitchControl(switchToSet: unknown): this {
    this.call('setSwitchControl', [switchToSet]);
    this.control = {
      switchControl: this.instance('setSwitchControl', 'switchToSet', switchToSet, Switch, 'a Switch'),
    };
    return this;
  }

  private controlJson(scope: BuildScope, path: string): JsonObject {
    const control = this.control;
    if (!control) return {};
    if ('button' in control) return { button: control.button.buttonJson(scope, `${path}.button`) };
    if ('switchControl' in control) {
      return { switchControl: control.switchControl.toJson(scope, `${path}.switchControl`) };
    }
    return { endIcon: control.endIcon.toJson(scope, `${path}.endIcon`) };
  }

  widgetJson(scope: BuildScope, path: string): JsonObject {
    const at = `${path}.decoratedText`;
    if (this.text === undefined) throw buildError(scope, at, 'DecoratedText has no text; call setText()');
    const json: JsonObject = {};
    if (this.startIcon) {
      json.startIcon = this.startIcon.toJson(scope, `${at}.startIcon`);
      if (this.iconAltText !== undefined) json.startIcon.altText = this.iconAltText;
    }
    if (this.topLabel !== undefined) json.topLabel = this.topLabel;
    json.text = this.text;
    if (this.wrapText !== undefined) json.wrapText = this.wrapText;
    if (this.bottomLabel !== undefined) json.bottomLabel = this.bottomLabel;
    const onClick = this.onClickJson(scope, `${at}.onClick`);
    if (onClick) json.onClick = onClick;
    Object.assign(json, this.controlJson(scope, at));
    return { decoratedText: json };
  }
}

// Action and OpenLink, and Clickable: the onClick slot of buttons, DecoratedText, Image and CardAction.
import type { ServiceContext } from '../context';
import type { ComposeActionInfo } from '../renderJson';
import { type BuildScope, buildError, type JsonObject, SimObject } from './base';
import type { EnumValue } from './enums';

export class Action extends SimObject {
  private functionName?: string;
  private parameters: Record<string, string> = {};
  private loadIndicator?: EnumValue<'LoadIndicator'>;
  private persistValues?: boolean;

  constructor(ctx: ServiceContext) {
    super(ctx, 'Action');
  }

  /** Checked now, as Apps Script does: the handler is looked up by global name when the user clicks. */
  setFunctionName(functionName: unknown): this {
    this.call('setFunctionName', [functionName]);
    const name = this.string('setFunctionName', 'functionName', functionName);
    if (!this.ctx.isGlobalFunction(name)) {
      throw this.ctx.error(
        `Action.setFunctionName: "${name}" is not a top-level function of the script; ` +
          'Apps Script finds action handlers by global name, so the click would fail.',
      );
    }
    this.functionName = name;
    return this;
  }

  setParameters(parameters: unknown): this {
    this.call('setParameters', [parameters]);
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
      throw this.invalid('setParameters', 'parameters', 'an object of string values', parameters);
    }
    const copy: Record<string, string> = {};
    for (const [key, value] of Object.entries(parameters)) {
      if (typeof value !== 'string') {
        throw this.invalid(
          'setParameters',
          `parameters.${key}`,
          'a string (action parameters are strings)',
          value,
        );
      }
      copy[key] = value;
    }
    this.parameters = copy;
    return this;
  }

  setLoadIndicator(loadIndicator: unknown): this {
    this.call('setLoadIndicator', [loadIndicator]);
    this.loadIndicator = this.enumValue('setLoadIndicator', 'loadIndicator', loadIndicator, 'LoadIndicator');
    return this;
  }

  setPersistValues(persistValues: unknown): this {
    this.call('setPersistValues', [persistValues]);
    this.persistValues = this.boolean('setPersistValues', 'persistValues', persistValues);
    return this;
  }

  /** The compose-action record kept beside the card JSON (which has no place for it). */
  composeInfo(scope: BuildScope, path: string, type: ComposeActionInfo['type']): ComposeActionInfo {
    this.toJson(scope, path);
    return { functionName: this.functionName ?? '', parameters: { ...this.parameters }, type };
  }

  toJson(scope: BuildScope, path: string): JsonObject {
    if (this.functionName === undefined) {
      throw buildError(scope, path, 'Action has no function name; call setFunctionName()');
    }
    const json: JsonObject = { function: this.functionName };
    const entries = Object.entries(this.parameters);
    if (entries.length > 0) json.parameters = entries.map(([key, value]) => ({ key, value }));
    if (this.loadIndicator !== undefined) json.loadIndicator = this.loadIndicator;
    if (this.persistValues !== undefined) json.persistValues = this.persistValues;
    return json;
  }
}

export class OpenLink extends SimObject {
  private url?: string;
  private openAs?: EnumValue<'OpenAs'>;
  private onClose?: EnumValue<'OnClose'>;

  constructor(ctx: ServiceContext) {
    super(ctx, 'OpenLink');
  }

  setUrl(url: unknown): this {
    this.call('setUrl', [url]);
    this.url = this.string('setUrl', 'url', url);
    return this;
  }

  setOpenAs(openAs: unknown): this {
    this.call('setOpenAs', [openAs]);
    this.openAs = this.enumValue('setOpenAs', 'openAs', openAs, 'OpenAs');
    return this;
  }

  setOnClose(onClose: unknown): this {
    this.call('setOnClose', [onClose]);
    this.onClose = this.enumValue('setOnClose', 'onClose', onClose, 'OnClose');
    return this;
  }

  /** `report` names the place for the error: a card path, or the response being built. */
  toJson(report: (problem: string) => Error): JsonObject {
    if (this.url === undefined) throw report('OpenLink has no URL; call setUrl()');
    const json: JsonObject = { url: this.url };
    if (this.openAs !== undefined) json.openAs = this.openAs;
    if (this.onClose !== undefined) json.onClose = this.onClose === 'RELOAD_ADD_ON' ? 'RELOAD' : this.onClose;
    return json;
  }
}

type OnClick =
  | { kind: 'action'; action: Action }
  | { kind: 'dynamicLink'; action: Action }
  | { kind: 'link'; link: OpenLink }
  | { kind: 'compose'; action: Action; type: ComposeActionInfo['type'] };

/** An object with one onClick: the last setter called wins, as in Apps Script. */
export abstract class Clickable extends SimObject {
  protected onClick?: OnClick;

  setOnClickAction(action: unknown): this {
    this.call('setOnClickAction', [action]);
    this.onClick = {
      kind: 'action',
      action: this.instance('setOnClickAction', 'action', action, Action, 'an Action'),
    };
    return this;
  }

  setOnClickOpenLinkAction(action: unknown): this {
    this.call('setOnClickOpenLinkAction', [action]);
    const checked = this.instance('setOnClickOpenLinkAction', 'action', action, Action, 'an Action');
    this.onClick = { kind: 'dynamicLink', action: checked };
    return this;
  }

  setOpenLink(openLink: unknown): this {
    this.call('setOpenLink', [openLink]);
    this.onClick = {
      kind: 'link',
      link: this.instance('setOpenLink', 'openLink', openLink, OpenLink, 'an OpenLink'),
    };
    return this;
  }

  setComposeAction(action: unknown, composedEmailType: unknown): this {
    this.call('setComposeAction', [action, composedEmailType]);
    const checked = this.instance('setComposeAction', 'action', action, Action, 'an Action');
    const type = this.enumValue(
      'setComposeAction',
      'composedEmailType',
      composedEmailType,
      'ComposedEmailType',
    );
    this.onClick = { kind: 'compose', action: checked, type };
    return this;
  }

  protected hasOnClick(): boolean {
    return this.onClick !== undefined;
  }

  /** card.proto OnClick JSON; a compose action is an ordinary action plus an out-of-band record. */
  protected onClickJson(scope: BuildScope, path: string): JsonObject | undefined {
    const onClick = this.onClick;
    if (!onClick) return undefined;
    switch (onClick.kind) {
      case 'action':
        return { action: onClick.action.toJson(scope, `${path}.action`) };
      case 'dynamicLink':
        return { openDynamicLinkAction: onClick.action.toJson(scope, `${path}.openDynamicLinkAction`) };
      case 'link':
        return { openLink: onClick.link.toJson((problem) => buildError(scope, `${path}.openLink`, problem)) };
      case 'compose':
        scope.composeActions.push(onClick.action.composeInfo(scope, `${path}.action`, onClick.type));
        return { action: onClick.action.toJson(scope, `${path}.action`) };
    }
  }
}

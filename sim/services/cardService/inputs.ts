// Form inputs (TextInput with its Suggestions, SelectionInput) as card.proto JSON; both need a field name,
// since that is the key the add-on reads back from the event's formInputs.
import type { ServiceContext } from '../context';
import { Action } from './actions';
import { type BuildScope, buildError, type JsonObject, SimObject } from './base';
import type { EnumValue } from './enums';

export class Suggestions extends SimObject {
  private readonly items: string[] = [];

  constructor(ctx: ServiceContext) {
    super(ctx, 'Suggestions');
  }

  addSuggestion(suggestion: unknown): this {
    this.call('addSuggestion', [suggestion]);
    this.items.push(this.string('addSuggestion', 'suggestion', suggestion));
    return this;
  }

  addSuggestions(suggestions: unknown): this {
    this.call('addSuggestions', [suggestions]);
    if (!Array.isArray(suggestions))
      throw this.invalid('addSuggestions', 'suggestions', 'an array of strings', suggestions);
    const checked = suggestions.map((s: unknown, i) => this.string('addSuggestions', `suggestions[${i}]`, s));
    this.items.push(...checked);
    return this;
  }

  toJson(): JsonObject {
    return { items: this.items.map((text) => ({ text })) };
  }
}

export class TextInput extends SimObject {
  private fieldName?: string;
  private title?: string;
  private hint?: string;
  private value?: string;
  private multiline?: boolean;
  private onChange?: Action;
  private suggestions?: Suggestions;
  private suggestionsAction?: Action;

  constructor(ctx: ServiceContext) {
    super(ctx, 'TextInput');
  }

  setFieldName(fieldName: unknown): this {
    this.call('setFieldName', [fieldName]);
    this.fieldName = this.string('setFieldName', 'fieldName', fieldName);
    return this;
  }

  setTitle(title: unknown): this {
    this.call('setTitle', [title]);
    this.title = this.string('setTitle', 'title', title);
    return this;
  }

  setHint(hint: unknown): this {
    this.call('setHint', [hint]);
    this.hint = this.string('setHint', 'hint', hint);
    return this;
  }

  setValue(value: unknown): this {
    this.call('setValue', [value]);
    this.value = this.string('setValue', 'value', value);
    return this;
  }

  setMultiline(multiline: unknown): this {
    this.call('setMultiline', [multiline]);
    this.multiline = this.boolean('setMultiline', 'multiline', multiline);
    return this;
  }

  setOnChangeAction(action: unknown): this {
    this.call('setOnChangeAction', [action]);
    this.onChange = this.instance('setOnChangeAction', 'action', action, Action, 'an Action');
    return this;
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

  setSuggestionsAction(suggestionsAction: unknown): this {
    this.call('setSuggestionsAction', [suggestionsAction]);
    this.suggestionsAction = this.instance(
      'setSuggestionsAction',
      'suggestionsAction',
      suggestionsAction,
      Action,
      'an Action',
    );
    return this;
  }

  widgetJson(scope: BuildScope, path: string): JsonObject {
    const at = `${path}.textInput`;
    if (!this.fieldName) throw buildError(scope, at, 'TextInput has no field name; call setFieldName()');
    const json: JsonObject = { name: this.fieldName };
    if (this.title !== undefined) json.label = this.title;
    if (this.hint !== undefined) json.hintText = this.hint;
    if (this.value !== undefined) json.value = this.value;
    if (this.multiline !== undefined) json.type = this.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    if (this.onChange) json.onChangeAction = this.onChange.toJson(scope, `${at}.onChangeAction`);
    if (this.suggestions) json.initialSuggestions = this.suggestions.toJson();
    if (this.suggestionsAction) {
      json.autoCompleteAction = this.suggestionsAction.toJson(scope, `${at}.autoCompleteAction`);
    }
    return { textInput: json };
  }
}

interface SelectionItem {
  text: string;
  value: string;
  selected: boolean;
}

export class SelectionInput extends SimObject {
  private fieldName?: string;
  private title?: string;
  private type?: EnumValue<'SelectionInputType'>;
  private readonly items: SelectionItem[] = [];
  private onChange?: Action;

  constructor(ctx: ServiceContext) {
    super(ctx, 'SelectionInput');
  }

  setFieldName(fieldName: unknown): this {
    this.call('setFieldName', [fieldName]);
    this.fieldName = this.string('setFieldName', 'fieldName', fieldName);
    return this;
  }

  setTitle(title: unknown): this {
    this.call('setTitle', [title]);
    this.title = this.string('setTitle', 'title', title);
    return this;
  }

  setType(type: unknown): this {
    this.call('setType', [type]);
    this.type = this.enumValue('setType', 'type', type, 'SelectionInputType');
    return this;
  }

  /** Apps Script turns primitive text and value into strings; objects are refused. */
  addItem(text: unknown, value: unknown, selected: unknown): this {
    this.call('addItem', [text, value, selected]);
    const primitive = (arg: string, v: unknown): string => {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw this.invalid('addItem', arg, 'a string', v);
    };
    this.items.push({
      text: primitive('text', text),
      value: primitive('value', value),
      selected: this.boolean('addItem', 'selected', selected),
    });
    return this;
  }

  setOnChangeAction(action: unknown): this {
    this.call('setOnChangeAction', [action]);
    this.onChange = this.instance('setOnChangeAction', 'action', action, Action, 'an Action');
    return this;
  }

  widgetJson(scope: BuildScope, path: string): JsonObject {
    const at = `${path}.selectionInput`;
    if (!this.fieldName) throw buildError(scope, at, 'SelectionInput has no field name; call setFieldName()');
    const json: JsonObject = { name: this.fieldName };
    if (this.title !== undefined) json.label = this.title;
    if (this.type !== undefined) json.type = this.type;
    json.items = this.items.map((item) => ({ ...item }));
    if (this.onChange) json.onChangeAction = this.onChange.toJson(scope, `${at}.onChangeAction`);
    return { selectionInput: json };
  }
}

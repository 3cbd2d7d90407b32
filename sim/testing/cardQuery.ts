// Reading rendered cards the way a person does: find the text on it, find a button by its label and
// follow its action (the gas-csm idea), instead of comparing JSON blobs.

import { COMPOSE_ACTIONS, type ComposeActionInfo } from '../services/renderJson';

type Json = Record<string, unknown>;
export interface CardButton {
  text: string;
  functionName?: string;
  parameters: Record<string, string>;
  url?: string;
  disabled: boolean;
}

function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    visit(node as Json);
    for (const v of Object.values(node as Json)) walk(v, visit);
  }
}

/** The cards pushed or updated by a render response (or the card itself). */
export function cardsOf(response: unknown): Json[] {
  const cards: Json[] = [];
  walk(response, (n) => {
    for (const key of ['pushCard', 'updateCard']) if (n[key]) cards.push(n[key] as Json);
  });
  if (cards.length === 0 && response && typeof response === 'object' && 'sections' in (response as Json)) {
    cards.push(response as Json);
  }
  return cards;
}

/** Every piece of visible text on a card, HTML tags removed and entities decoded, in order. */
export function textsOf(card: unknown): string[] {
  const out: string[] = [];
  walk(card, (n) => {
    for (const key of [
      'title',
      'subtitle',
      'text',
      'topLabel',
      'bottomLabel',
      'header',
      'label',
      'hintText',
      'value',
    ]) {
      const v = n[key];
      if (typeof v === 'string' && v !== '') out.push(plain(v));
    }
  });
  return out;
}

/** Text without the isolation marks the cards put around right-to-left labels (FSI U+2068 … PDI U+2069). */
export function unisolated(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

export function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function buttonsOf(card: unknown): CardButton[] {
  const out: CardButton[] = [];
  walk(card, (n) => {
    if (typeof n.text !== 'string' || !n.onClick || typeof n.onClick !== 'object') return;
    const onClick = n.onClick as {
      action?: { function?: string; parameters?: { key: string; value: string }[] };
      openLink?: { url?: string };
    };
    out.push({
      text: plain(n.text),
      functionName: onClick.action?.function,
      parameters: Object.fromEntries((onClick.action?.parameters ?? []).map((p) => [p.key, p.value])),
      url: onClick.openLink?.url,
      disabled: n.disabled === true,
    });
  });
  return out;
}

export function findButton(card: unknown, text: string): CardButton {
  const button = buttonsOf(card).find((b) => b.text === text);
  if (!button)
    throw new Error(
      `no button "${text}" on the card; buttons: ${buttonsOf(card)
        .map((b) => b.text)
        .join(', ')}`,
    );
  return button;
}

/**
 * The action an input of the card (`field`, else the first found) runs when its value changes, as a button to
 * click: what Gmail calls when the user picks a radio, flips a switch or leaves a text field.
 */
export function changeAction(card: unknown, field?: string): CardButton {
  let found: CardButton | undefined;
  walk(card, (n) => {
    const action = n.onChangeAction as
      | { function?: string; parameters?: { key: string; value: string }[] }
      | undefined;
    if (found || !action?.function) return;
    if (field !== undefined && n.fieldName !== field && n.name !== field) return;
    found = {
      text: String(n.fieldName ?? n.title ?? 'input'),
      functionName: action.function,
      parameters: Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value])),
      disabled: false,
    };
  });
  if (!found) throw new Error(`no input ${field ?? ''} on the card runs an action when it changes`);
  return found;
}

export function hasText(card: unknown, needle: string): boolean {
  return textsOf(card).some((t) => t.includes(needle));
}

/** The notification text of an action response, if any. */
export function notificationOf(response: unknown): string | undefined {
  let text: string | undefined;
  walk(response, (n) => {
    if (n.notification && typeof (n.notification as Json).text === 'string')
      text = (n.notification as Json).text as string;
  });
  return text;
}

/**
 * The form values a card submits when nothing was touched, as Gmail sends them: text inputs' values,
 * selected items of selection inputs, and switches that are on.
 */
export function formDefaults(card: unknown): Record<string, string[]> {
  const form: Record<string, string[]> = {};
  walk(card, (n) => {
    const input = n.textInput as { name?: string; value?: string } | undefined;
    if (input?.name) form[input.name] = [input.value ?? ''];
    const selection = n.selectionInput as
      | { name?: string; items?: { value?: string; selected?: boolean }[] }
      | undefined;
    if (selection?.name) {
      const picked = (selection.items ?? []).filter((i) => i.selected).map((i) => i.value ?? '');
      if (picked.length > 0) form[selection.name] = picked;
    }
    const control = n.switchControl as { name?: string; value?: string; selected?: boolean } | undefined;
    if (control?.name && control.selected) form[control.name] = [control.value ?? ''];
  });
  return form;
}

/** The text of the decoratedText labelled `label` (its topLabel), tags removed; '' when there is none. */
export function fieldText(card: unknown, label: string): string {
  let found = '';
  walk(card, (n) => {
    const d = n.decoratedText as { topLabel?: string; text?: string } | undefined;
    if (!found && unisolated(plain(d?.topLabel ?? '')) === label && typeof d?.text === 'string')
      found = plain(d.text);
  });
  return found;
}

/** The section of a card whose header reads `header` (tags removed), if there is one. */
export function sectionOf(card: unknown, header: string): Json | undefined {
  let found: Json | undefined;
  walk(card, (n) => {
    if (
      !found &&
      Array.isArray(n.widgets) &&
      typeof n.header === 'string' &&
      unisolated(plain(n.header)) === header
    ) {
      found = n;
    }
  });
  return found;
}

/** One input of a card as the user sees it: what it is called, what it holds, what it offers. */
export interface CardInput {
  name: string;
  kind: 'text' | 'selection' | 'switch';
  /** The text input's or selection's title; for a switch, the text of the row it sits in. */
  label: string;
  hint: string;
  /** A text input's value; a switch's value when on. */
  value: string;
  /** A switch: on or off. */
  selected: boolean;
  /** A selection input's items, in order. */
  items: { text: string; value: string; selected: boolean }[];
}

/** Every input of a card (or section), in order. */
export function inputsOf(card: unknown): CardInput[] {
  const out: CardInput[] = [];
  const blank = { label: '', hint: '', value: '', selected: false, items: [] };
  walk(card, (n) => {
    const text = n.textInput as
      | { name?: string; label?: string; hintText?: string; value?: string }
      | undefined;
    if (text?.name) {
      out.push({
        ...blank,
        name: text.name,
        kind: 'text',
        label: plain(text.label ?? ''),
        hint: plain(text.hintText ?? ''),
        value: text.value ?? '',
      });
    }
    const selection = n.selectionInput as
      | { name?: string; label?: string; items?: { text?: string; value?: string; selected?: boolean }[] }
      | undefined;
    if (selection?.name) {
      out.push({
        ...blank,
        name: selection.name,
        kind: 'selection',
        label: plain(selection.label ?? ''),
        items: (selection.items ?? []).map((i) => ({
          text: plain(i.text ?? ''),
          value: i.value ?? '',
          selected: i.selected === true,
        })),
      });
    }
    const control = n.switchControl as { name?: string; value?: string; selected?: boolean } | undefined;
    if (control?.name) {
      out.push({
        ...blank,
        name: control.name,
        kind: 'switch',
        label: typeof n.text === 'string' ? plain(n.text) : '',
        value: control.value ?? '',
        selected: control.selected === true,
      });
    }
  });
  return out;
}

/**
 * The ComposedEmailType a compose-action button was given (card JSON has no place for it: the runtime
 * lists a card's compose actions under COMPOSE_ACTIONS), or undefined for an ordinary button.
 */
export function composeTypeOf(card: unknown, button: CardButton): ComposeActionInfo['type'] | undefined {
  const key = (p: Record<string, string>) => JSON.stringify(Object.entries(p).sort());
  let type: ComposeActionInfo['type'] | undefined;
  const visit = (node: unknown) => {
    if (type || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const listed = (node as Record<symbol, unknown>)[COMPOSE_ACTIONS] as ComposeActionInfo[] | undefined;
    const hit = listed?.find(
      (c) => c.functionName === button.functionName && key(c.parameters) === key(button.parameters),
    );
    if (hit) type = hit.type;
    for (const v of Object.values(node)) visit(v);
  };
  visit(card);
  return type;
}

/** A row the user can click (a decoratedText with an action): its text, its label and the click. */
export interface CardRow {
  text: string;
  topLabel: string;
  bottomLabel: string;
  button: CardButton;
}

/** Every clickable row of a card (or section), in order. */
export function rowsOf(card: unknown): CardRow[] {
  const out: CardRow[] = [];
  walk(card, (n) => {
    const d = n.decoratedText as
      | {
          text?: string;
          topLabel?: string;
          bottomLabel?: string;
          onClick?: { action?: { function?: string; parameters?: { key: string; value: string }[] } };
        }
      | undefined;
    const action = d?.onClick?.action;
    if (!d || !action?.function) return;
    const text = plain(d.text ?? '');
    out.push({
      text,
      topLabel: plain(d.topLabel ?? ''),
      bottomLabel: d.bottomLabel ?? '',
      button: {
        text,
        functionName: action.function,
        parameters: Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value])),
        disabled: false,
      },
    });
  });
  return out;
}

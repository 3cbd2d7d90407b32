// Reading rendered cards the way a person does: find the text on it, find a button by its label and
// follow its action (the gas-csm idea), instead of comparing JSON blobs.

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
 * The action an input of the card runs when its value changes (the first one found), as a button to
 * click: what Gmail calls when the user picks a radio, flips a switch or leaves a text field.
 */
export function changeAction(card: unknown): CardButton {
  let found: CardButton | undefined;
  walk(card, (n) => {
    const action = n.onChangeAction as
      | { function?: string; parameters?: { key: string; value: string }[] }
      | undefined;
    if (found || !action?.function) return;
    found = {
      text: String(n.fieldName ?? n.title ?? 'input'),
      functionName: action.function,
      parameters: Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value])),
      disabled: false,
    };
  });
  if (!found) throw new Error('no input on the card runs an action when it changes');
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
    if (!found && d?.topLabel === label && typeof d.text === 'string') found = plain(d.text);
  });
  return found;
}

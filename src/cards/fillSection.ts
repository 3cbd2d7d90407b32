// The small form that asks for exactly the merge fields a template needs and the message or draft
// lacks, so no draft ever says "Hi ,". Used by the template preview and the compose window alike.
import { FIELD } from '../actions';
import { type MessageId, type Params, t } from '../i18n';
import { escapeCardText, muted } from './html';

/** A merge field with no value here, asked for in the card. */
export interface AskedField {
  field: string;
  /** The input's name (handlers/shared/templates.ts fillInputName). */
  input: string;
  label: string;
  /** What the user typed so far ('' for nothing). */
  value: string;
  /** Offered, not filled in: a guess the user may pick. */
  suggestion?: string;
  /** The user's own name: offered to keep for every draft (saved in Settings). */
  mine?: boolean;
}

export const red = (html: string) => `<font color="#c5221f">${html}</font>`;

/** A button that waits for values says so: "Create draft (fill in 2 values)". */
export function waitingText(text: string, missing: number, locale?: string): string {
  return missing === 0 ? text : t(locale, 'fill.waiting', { text, count: missing });
}

/**
 * One input per asked field; `missing` are those still without a value. `onChange` re-renders the
 * preview as the user types, where the surface has such an action.
 */
export function fillSection(
  asked: AskedField[],
  missing: string[],
  onChange?: GoogleAppsScript.Card_Service.Action,
  locale?: string,
): GoogleAppsScript.Card_Service.CardSection {
  const say = (id: MessageId, params?: Params) => t(locale, id, params);
  const still = asked.filter((a) => missing.includes(a.field)).length;
  const section = CardService.newCardSection()
    .setHeader(escapeCardText(say('fill.header')))
    .addWidget(
      CardService.newTextParagraph().setText(
        still > 0
          ? red(escapeCardText(say('fill.noValue', { count: still })))
          : muted(escapeCardText(say(asked.some((a) => a.mine) ? 'fill.thisTimeName' : 'fill.thisTime'))),
      ),
    );
  for (const a of asked) {
    const input = CardService.newTextInput()
      .setFieldName(a.input)
      .setTitle(a.label)
      .setHint(escapeCardText(`{{ ${a.field} }}`))
      .setValue(a.value);
    if (onChange) input.setOnChangeAction(onChange);
    if (a.suggestion) input.setSuggestions(CardService.newSuggestions().addSuggestion(a.suggestion));
    section.addWidget(input);
  }
  if (asked.some((a) => a.mine)) {
    // Asked once, not on every draft: switched on, the name typed above is saved in Settings.
    const keep = CardService.newSwitch().setFieldName(FIELD.keepMyName).setValue('on').setSelected(false);
    if (onChange) keep.setOnChangeAction(onChange);
    section.addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(say('fill.keepName')))
        .setBottomLabel(say('fill.keepNameHint'))
        .setWrapText(true)
        .setSwitchControl(keep),
    );
  }
  return section;
}

// Settings: the name the user signs with, and the addresses that are "me", so a reply never goes to the
// user under another name. A refused save shows the card again with what was typed and the reason next
// to the input, so nothing typed is lost.
import { FIELD } from '../actions';
import { type MessageId, type Params, t } from '../i18n';
import { actionButton } from './actions';
import { red } from './fillSection';
import { escapeCardText, muted } from './html';

export interface SettingsView {
  /** The user's locale (the event's userLocale): the card's words come from the catalogue in it. */
  locale?: string;
  email: string;
  /** How the user signs; templates use it as me.name. */
  myName: string;
  otherAddresses: string[];
  /** The address the open message was delivered to, when it is not yet known as mine. */
  suggestion: string | null;
  /** A name read from the user's address ("Sam" for sam@…), offered while none is set. */
  nameSuggestion?: string;
  /** Text as typed, shown instead of the stored values after a refused save. */
  typed?: { myName: string; otherAddresses: string };
  /** Why the save was refused, shown under the addresses. */
  error?: string;
}

export function settingsCard(view: SettingsView): GoogleAppsScript.Card_Service.Card {
  const say = (id: MessageId, params?: Params) => t(view.locale, id, params);
  const name = CardService.newTextInput()
    .setFieldName(FIELD.myName)
    .setTitle(say('settings.name'))
    .setHint(say('settings.nameHint', { field: '{{ me.name }}' }))
    .setValue(view.typed?.myName ?? view.myName);
  if (view.nameSuggestion) {
    name.setSuggestions(CardService.newSuggestions().addSuggestion(view.nameSuggestion));
  }
  const section = CardService.newCardSection()
    .setHeader(say('settings.you'))
    .addWidget(name)
    .addWidget(
      CardService.newTextParagraph().setText(
        say('settings.neverMe', {
          email: escapeCardText(view.email),
          variants: muted(escapeCardText(say('settings.variants'))),
        }),
      ),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName(FIELD.otherAddresses)
        .setTitle(say('settings.otherAddresses'))
        .setHint(say('settings.onePerLine'))
        .setMultiline(true)
        .setValue(view.typed?.otherAddresses ?? view.otherAddresses.join('\n')),
    );
  if (view.error) section.addWidget(CardService.newTextParagraph().setText(red(escapeCardText(view.error))));
  section.addWidget(actionButton(say('settings.save'), 'saveSettings', { add: '' }, true));
  const card = CardService.newCardBuilder()
    .setName('settings')
    .setHeader(CardService.newCardHeader().setTitle(say('settings.header')))
    .addSection(section);
  if (view.suggestion) {
    card.addSection(
      CardService.newCardSection()
        .setHeader(say('settings.suggested'))
        .addWidget(
          CardService.newDecoratedText()
            .setTopLabel(say('settings.deliveredTo'))
            .setText(escapeCardText(view.suggestion))
            .setWrapText(true)
            .setButton(actionButton(say('settings.addAsMine'), 'saveSettings', { add: view.suggestion })),
        ),
    );
  }
  return card.build();
}

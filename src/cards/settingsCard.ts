// Settings: the name the user signs with, and the addresses that are "me", so a reply never goes to the
// user under another name. A refused save shows the card again with what was typed and the reason next
// to the input, so nothing typed is lost.
import { FIELD } from '../actions';
import { actionButton } from './actions';
import { red } from './fillSection';
import { escapeCardText, muted } from './html';

export interface SettingsView {
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
  const name = CardService.newTextInput()
    .setFieldName(FIELD.myName)
    .setTitle('Your name')
    .setHint('As you sign your mail: templates use it for {{ me.name }}')
    .setValue(view.typed?.myName ?? view.myName);
  if (view.nameSuggestion) {
    name.setSuggestions(CardService.newSuggestions().addSuggestion(view.nameSuggestion));
  }
  const section = CardService.newCardSection()
    .setHeader('You')
    .addWidget(name)
    .addWidget(
      CardService.newTextParagraph().setText(
        `Threadsmith never puts you in a reply. You are ${escapeCardText(view.email)}; list any other addresses you receive mail at. ${muted('Variants with +tag, and dots in Gmail addresses, count as yours automatically.')}`,
      ),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName(FIELD.otherAddresses)
        .setTitle('My other addresses')
        .setHint('One per line')
        .setMultiline(true)
        .setValue(view.typed?.otherAddresses ?? view.otherAddresses.join('\n')),
    );
  if (view.error) section.addWidget(CardService.newTextParagraph().setText(red(escapeCardText(view.error))));
  section.addWidget(actionButton('Save', 'saveSettings', { add: '' }, true));
  const card = CardService.newCardBuilder()
    .setName('settings')
    .setHeader(CardService.newCardHeader().setTitle('Settings'))
    .addSection(section);
  if (view.suggestion) {
    card.addSection(
      CardService.newCardSection()
        .setHeader('Suggested')
        .addWidget(
          CardService.newDecoratedText()
            .setTopLabel('This message was delivered to')
            .setText(escapeCardText(view.suggestion))
            .setWrapText(true)
            .setButton(actionButton('Add as mine', 'saveSettings', { add: view.suggestion })),
        ),
    );
  }
  return card.build();
}

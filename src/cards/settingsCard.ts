// Settings: the addresses that are "me", so a reply never goes to the user under another name.
import { FIELD } from '../actions';
import { actionButton } from './actions';
import { escapeCardText, muted } from './html';

export interface SettingsView {
  email: string;
  /** How the user signs; templates use it as me.name. */
  myName: string;
  otherAddresses: string[];
  /** The address the open message was delivered to, when it is not yet known as mine. */
  suggestion: string | null;
}

export function settingsCard(view: SettingsView): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection()
    .setHeader('You')
    .addWidget(
      CardService.newTextInput()
        .setFieldName(FIELD.myName)
        .setTitle('Your name')
        .setHint('As you sign your mail: templates use it for {{ me.name }}')
        .setValue(view.myName),
    )
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
        .setValue(view.otherAddresses.join('\n')),
    )
    .addWidget(actionButton('Save', 'saveSettings', { add: '' }, true));
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

// The homepage: what Threadsmith does and how to start.
import { muted } from './html';

export function homeCard(): GoogleAppsScript.Card_Service.Card {
  const intro = CardService.newCardSection()
    .addWidget(
      CardService.newTextParagraph().setText(
        'Threadsmith writes reply drafts that stay in the right thread, reach the right people (never you), and carry both an HTML and a plain-text part.',
      ),
    )
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel('To start')
        .setText('Open any message: the sidebar shows who it is from and a <b>Draft reply</b> button.')
        .setWrapText(true),
    )
    .addWidget(
      CardService.newTextParagraph().setText(
        muted(
          'Threadsmith reads only the message you have open, and only while you use it. Nothing leaves your account.',
        ),
      ),
    );
  return CardService.newCardBuilder()
    .setName('home')
    .setHeader(CardService.newCardHeader().setTitle('Threadsmith').setSubtitle('Replies done right'))
    .addSection(intro)
    .build();
}

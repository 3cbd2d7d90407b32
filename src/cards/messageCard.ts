// The card shown beside an open message: who it is from, what it is about, and the reply button.
import type { ReplyMode } from '../mail/types';
import { draftButton } from './actions';
import { escapeCardText } from './html';

export interface MessageView {
  sender: { name: string; email: string };
  subject: string;
  /** Already formatted in the user's locale and time zone. */
  dateText: string;
  modes: ReplyMode[];
}

function field(label: string, html: string): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText().setTopLabel(label).setText(html).setWrapText(true);
}

export function messageCard(view: MessageView): GoogleAppsScript.Card_Service.Card {
  const from = view.sender.name
    ? `${escapeCardText(view.sender.name)} &lt;${escapeCardText(view.sender.email)}&gt;`
    : escapeCardText(view.sender.email);
  const about = CardService.newCardSection()
    .addWidget(field('From', from))
    .addWidget(field('Subject', view.subject ? escapeCardText(view.subject) : '(no subject)'))
    .addWidget(field('Date', escapeCardText(view.dateText)));
  return CardService.newCardBuilder()
    .setName('message')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(view.sender.name || view.sender.email)
        .setSubtitle(view.sender.name ? view.sender.email : ''),
    )
    .addSection(about)
    .setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        draftButton('Draft reply', 'draftReply', { mode: 'reply' }),
      ),
    )
    .build();
}

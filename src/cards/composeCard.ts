// The compose window's cards: find a template, see it rendered for the draft's recipients, insert it.

import { FIELD } from '../actions';
import { isTeamTemplateId, TEAM_LABEL } from '../templates/teamId';
import { cardAction, chevron } from './actions';
import { type AskedField, fillSection, waitingText } from './fillSection';
import { escapeCardText, muted } from './html';
import { recipientLine } from './recipients';

export interface ComposeListView {
  query: string;
  items: { id: string; name: string; preview: string }[];
  /** Matching templates not shown (the card stays small). */
  more: number;
  /** Why the list is empty, when it is. */
  empty: 'library' | 'search' | null;
  recipients: string[];
  warnings: string[];
}

export interface ComposePreviewView {
  templateId: string;
  name: string;
  /** The rendered plain-text part (shown escaped; the draft gets the HTML part). */
  text: string;
  recipients: string[];
  addsCc: string[];
  addsBcc: string[];
  /** The subject the insert will set, '' when it leaves the subject alone. */
  subject: string;
  /** Fields with no value here, asked for in the card; `missing` are those still empty. */
  asked: AskedField[];
  missing: string[];
  error: string | null;
  warnings: string[];
}

function warningWidgets(section: GoogleAppsScript.Card_Service.CardSection, warnings: string[]): void {
  for (const w of warnings) {
    section.addWidget(
      CardService.newDecoratedText().setTopLabel('Check').setText(escapeCardText(w)).setWrapText(true),
    );
  }
}

export function composeListCard(view: ComposeListView): GoogleAppsScript.Card_Service.Card {
  const search = CardService.newCardSection()
    .addWidget(
      CardService.newTextInput()
        .setFieldName(FIELD.composeQuery)
        .setTitle('Search templates')
        .setHint('Name, tag or text')
        .setValue(view.query)
        .setOnChangeAction(cardAction('composeSearch', {})),
    )
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel('For')
        .setText(
          escapeCardText(view.recipients.length > 0 ? recipientLine(view.recipients) : 'No recipients yet'),
        )
        .setWrapText(true),
    );
  warningWidgets(search, view.warnings);
  const list = CardService.newCardSection().setHeader('Templates');
  if (view.empty === 'library') {
    list.addWidget(
      CardService.newTextParagraph().setText(
        'Your template library is empty. Open Threadsmith from Gmail’s side panel (with no message open) and choose <b>New template</b> to write your first one.',
      ),
    );
  } else if (view.empty === 'search') {
    list.addWidget(
      CardService.newTextParagraph().setText(escapeCardText(`No template matches “${view.query}”.`)),
    );
  }
  for (const item of view.items) {
    // The name leads (it tells the rows apart); the line it would write is the detail.
    const row = CardService.newDecoratedText()
      .setText(escapeCardText(item.name))
      .setWrapText(true)
      .setEndIcon(chevron())
      .setOnClickAction(cardAction('composePreview', { templateId: item.id }));
    // Labels are plain text in cards: the line is shown as rendered, never as markup.
    const line = item.preview || '(empty)';
    row.setBottomLabel(isTeamTemplateId(item.id) ? `${TEAM_LABEL} · ${line}` : line);
    list.addWidget(row);
  }
  if (view.more > 0) {
    list.addWidget(
      CardService.newTextParagraph().setText(muted(escapeCardText(`${view.more} more: refine the search.`))),
    );
  }
  return CardService.newCardBuilder()
    .setName('compose')
    .setHeader(CardService.newCardHeader().setTitle('Insert a template'))
    .addSection(search)
    .addSection(list)
    .build();
}

export function composePreviewCard(view: ComposePreviewView): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('compose-preview')
    .setHeader(CardService.newCardHeader().setTitle(view.name).setSubtitle('Preview for this draft'));
  const about = CardService.newCardSection().addWidget(
    CardService.newDecoratedText()
      .setTopLabel('For')
      .setText(
        escapeCardText(view.recipients.length > 0 ? recipientLine(view.recipients) : 'No recipients yet'),
      )
      .setWrapText(true),
  );
  if (view.addsCc.length > 0) {
    about.addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Adds Cc')
        .setText(escapeCardText(recipientLine(view.addsCc)))
        .setWrapText(true),
    );
  }
  if (view.addsBcc.length > 0) {
    about.addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Adds Bcc')
        .setText(escapeCardText(recipientLine(view.addsBcc)))
        .setWrapText(true),
    );
  }
  if (view.subject) {
    // A switch, not a silent change: Gmail's event does not reliably say whether this draft is a reply.
    about.addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Subject')
        .setText(escapeCardText(`Set the subject to “${view.subject}”`))
        .setBottomLabel('Turn off for a reply: a changed subject breaks the thread.')
        .setWrapText(true)
        .setSwitchControl(
          CardService.newSwitch().setFieldName(FIELD.composeSubject).setValue('on').setSelected(true),
        ),
    );
  }
  warningWidgets(about, view.warnings);
  card.addSection(about);
  if (view.error) {
    card.addSection(
      CardService.newCardSection()
        .setHeader('This template has a problem')
        .addWidget(CardService.newTextParagraph().setText(escapeCardText(view.error))),
    );
    return card.build();
  }
  if (view.asked.length > 0)
    card.addSection(
      fillSection(view.asked, view.missing, cardAction('composeRefresh', { templateId: view.templateId })),
    );
  card.addSection(
    CardService.newCardSection()
      .setHeader('Text')
      .addWidget(
        CardService.newTextParagraph().setText(
          escapeCardText(view.text).replace(/\n/g, '<br>') || muted('(empty)'),
        ),
      ),
  );
  const insert = CardService.newTextButton()
    .setText(waitingText('Insert', view.missing.length))
    .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
    .setOnClickAction(cardAction('composeInsert', { templateId: view.templateId }))
    // Waits for the values asked for above, so Insert never has to refuse.
    .setDisabled(view.missing.length > 0);
  return card.setFixedFooter(CardService.newFixedFooter().setPrimaryButton(insert)).build();
}

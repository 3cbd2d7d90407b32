// The compose window's cards: find a template, see it rendered for the draft's recipients, insert it.

import { FIELD } from '../actions';
import { type MessageId, type Params, t } from '../i18n';
import { isTeamTemplateId } from '../templates/teamId';
import { cardAction, chevron } from './actions';
import { type AskedField, fillSection } from './fillSection';
import { bold, escapeCardText, isolateRtl, muted } from './html';
import { recipientLine } from './recipients';

export interface ComposeListView {
  /** The user's locale (the event's userLocale): the card's words come from the catalogue in it. */
  locale?: string;
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
  locale?: string;
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

/** The view's words: `say` for the card HTML subset (escaped), `label` for plain-text labels. */
function words(locale: string | undefined) {
  return {
    say: (id: MessageId, params?: Params) => escapeCardText(t(locale, id, params)),
    label: (id: MessageId, params?: Params) => isolateRtl(t(locale, id, params)),
  };
}

function warningWidgets(
  section: GoogleAppsScript.Card_Service.CardSection,
  warnings: string[],
  locale: string | undefined,
): void {
  for (const w of warnings) {
    section.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(words(locale).label('compose.check'))
        .setText(escapeCardText(w))
        .setWrapText(true),
    );
  }
}

/** Who the draft goes to, or that nobody is on it yet. */
function forLine(recipients: string[], locale: string | undefined): string {
  return recipients.length > 0
    ? escapeCardText(recipientLine(recipients, locale))
    : words(locale).say('compose.noRecipients');
}

export function composeListCard(view: ComposeListView): GoogleAppsScript.Card_Service.Card {
  const { say, label } = words(view.locale);
  const search = CardService.newCardSection()
    .addWidget(
      CardService.newTextInput()
        .setFieldName(FIELD.composeQuery)
        .setTitle(label('compose.search'))
        .setHint(label('compose.searchHint'))
        .setValue(view.query)
        .setOnChangeAction(cardAction('composeSearch', {})),
    )
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel(label('compose.for'))
        .setText(forLine(view.recipients, view.locale))
        .setWrapText(true),
    );
  warningWidgets(search, view.warnings, view.locale);
  const list = CardService.newCardSection().setHeader(say('compose.templates'));
  if (view.empty === 'library') {
    // Translations are data, escaped like mail text; the button's name is set in bold after escaping.
    const mark = '\uE000';
    const text = say('compose.emptyLibrary', { button: mark }).replace(
      mark,
      bold(say('compose.newTemplate')),
    );
    list.addWidget(CardService.newTextParagraph().setText(text));
  } else if (view.empty === 'search') {
    list.addWidget(CardService.newTextParagraph().setText(say('compose.noMatch', { query: view.query })));
  }
  for (const item of view.items) {
    // The name leads (it tells the rows apart); the line it would write is the detail.
    const row = CardService.newDecoratedText()
      .setText(escapeCardText(item.name))
      .setWrapText(true)
      .setEndIcon(chevron(view.locale))
      .setOnClickAction(cardAction('composePreview', { templateId: item.id }));
    // Labels are plain text in cards: the line is shown as rendered, never as markup.
    const line = item.preview || t(view.locale, 'compose.empty');
    row.setBottomLabel(isTeamTemplateId(item.id) ? `${label('compose.team')} · ${line}` : line);
    list.addWidget(row);
  }
  if (view.more > 0) {
    list.addWidget(CardService.newTextParagraph().setText(muted(say('compose.more', { count: view.more }))));
  }
  return CardService.newCardBuilder()
    .setName('compose')
    .setHeader(CardService.newCardHeader().setTitle(label('compose.header')))
    .addSection(search)
    .addSection(list)
    .build();
}

export function composePreviewCard(view: ComposePreviewView): GoogleAppsScript.Card_Service.Card {
  const { say, label } = words(view.locale);
  const card = CardService.newCardBuilder()
    .setName('compose-preview')
    .setHeader(
      CardService.newCardHeader().setTitle(view.name).setSubtitle(label('compose.preview.subtitle')),
    );
  const about = CardService.newCardSection().addWidget(
    CardService.newDecoratedText()
      .setTopLabel(label('compose.for'))
      .setText(forLine(view.recipients, view.locale))
      .setWrapText(true),
  );
  if (view.addsCc.length > 0) {
    about.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(label('compose.addsCc'))
        .setText(escapeCardText(recipientLine(view.addsCc, view.locale)))
        .setWrapText(true),
    );
  }
  if (view.addsBcc.length > 0) {
    about.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(label('compose.addsBcc'))
        .setText(escapeCardText(recipientLine(view.addsBcc, view.locale)))
        .setWrapText(true),
    );
  }
  if (view.subject) {
    // A switch, not a silent change: Gmail's event does not reliably say whether this draft is a reply.
    about.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(label('compose.subject'))
        .setText(say('compose.setSubject', { subject: view.subject }))
        .setBottomLabel(label('compose.setSubjectHint'))
        .setWrapText(true)
        .setSwitchControl(
          CardService.newSwitch().setFieldName(FIELD.composeSubject).setValue('on').setSelected(true),
        ),
    );
  }
  warningWidgets(about, view.warnings, view.locale);
  card.addSection(about);
  if (view.error) {
    card.addSection(
      CardService.newCardSection()
        .setHeader(say('compose.problem'))
        .addWidget(CardService.newTextParagraph().setText(escapeCardText(view.error))),
    );
    return card.build();
  }
  if (view.asked.length > 0)
    card.addSection(
      fillSection(
        view.asked,
        view.missing,
        cardAction('composeRefresh', { templateId: view.templateId }),
        view.locale,
      ),
    );
  card.addSection(
    CardService.newCardSection()
      .setHeader(say('compose.text'))
      .addWidget(
        CardService.newTextParagraph().setText(
          escapeCardText(view.text).replace(/\n/g, '<br>') || muted(say('compose.empty')),
        ),
      ),
  );
  const insert = CardService.newTextButton()
    .setText(
      view.missing.length === 0
        ? t(view.locale, 'compose.insert')
        : t(view.locale, 'compose.insertWaiting', { count: view.missing.length }),
    )
    .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
    .setOnClickAction(cardAction('composeInsert', { templateId: view.templateId }))
    // Waits for the values asked for above, so Insert never has to refuse.
    .setDisabled(view.missing.length > 0);
  return card.setFixedFooter(CardService.newFixedFooter().setPrimaryButton(insert)).build();
}

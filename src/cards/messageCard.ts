// The card beside an open message: who it is from, the conversation, the reply choices, and a preview
// of exactly what "Create draft" will make.
import { FIELD } from '../actions';
import type { ReplyMode } from '../mail/types';
import { cardAction, draftButton } from './actions';
import { bold, escapeCardText, muted } from './html';
import { recipientLine } from './recipients';

export interface ReplyChoicesView {
  mode: ReplyMode;
  includeQuote: boolean;
  includeAttachments: boolean;
  extraCc: string;
  extraBcc: string;
}

export interface MessageView {
  sender: { name: string; email: string };
  subject: string;
  dateText: string;
  summary: string;
  modes: { mode: ReplyMode; label: string }[];
  choices: ReplyChoicesView;
  /** Attachments of the original that can be carried (inline images excluded). */
  attachmentCount: number;
  preview: {
    to: string[];
    cc: string[];
    bcc: string[];
    subject: string;
    warnings: { message: string; blocking: boolean }[];
  };
  blocked: boolean;
}

function field(label: string, html: string): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText().setTopLabel(label).setText(html).setWrapText(true);
}

function switchRow(label: string, name: string, on: boolean): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText()
    .setText(escapeCardText(label))
    .setWrapText(true)
    .setSwitchControl(
      CardService.newSwitch()
        .setFieldName(name)
        .setValue('on')
        .setSelected(on)
        .setOnChangeAction(cardAction('refreshReply', {})),
    );
}

function choicesSection(view: MessageView): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader('Reply');
  if (view.modes.length > 1) {
    const modes = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.RADIO_BUTTON)
      .setTitle('Reply to')
      .setFieldName(FIELD.mode)
      .setOnChangeAction(cardAction('refreshReply', {}));
    for (const m of view.modes) modes.addItem(m.label, m.mode, m.mode === view.choices.mode);
    section.addWidget(modes);
  }
  section.addWidget(switchRow('Include the original message', FIELD.quote, view.choices.includeQuote));
  if (view.attachmentCount > 0) {
    section.addWidget(
      switchRow(
        `Include the original attachments (${view.attachmentCount})`,
        FIELD.attachments,
        view.choices.includeAttachments,
      ),
    );
  }
  for (const [name, title, value] of [
    [FIELD.cc, 'Add Cc', view.choices.extraCc],
    [FIELD.bcc, 'Add Bcc', view.choices.extraBcc],
  ] as const) {
    section.addWidget(
      CardService.newTextInput()
        .setFieldName(name)
        .setTitle(title)
        .setHint('Addresses, separated by commas')
        .setValue(value)
        .setOnChangeAction(cardAction('refreshReply', {})),
    );
  }
  return section;
}

function previewSection(view: MessageView): GoogleAppsScript.Card_Service.CardSection {
  const p = view.preview;
  const section = CardService.newCardSection()
    .setHeader('The draft')
    .addWidget(field('To', escapeCardText(recipientLine(p.to))));
  if (p.cc.length > 0) section.addWidget(field('Cc', escapeCardText(recipientLine(p.cc))));
  if (p.bcc.length > 0) section.addWidget(field('Bcc', escapeCardText(recipientLine(p.bcc))));
  section.addWidget(field('Subject', escapeCardText(p.subject)));
  for (const w of p.warnings) {
    const text = escapeCardText(w.message);
    section.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(w.blocking ? 'No draft' : 'Check')
        .setText(w.blocking ? `<font color="#c5221f">${text}</font>` : text)
        .setWrapText(true),
    );
  }
  return section;
}

export function messageCard(view: MessageView): GoogleAppsScript.Card_Service.Card {
  const from = view.sender.name
    ? `${bold(escapeCardText(view.sender.name))} ${muted(`&lt;${escapeCardText(view.sender.email)}&gt;`)}`
    : bold(escapeCardText(view.sender.email));
  const about = CardService.newCardSection()
    .addWidget(field('From', from))
    .addWidget(field('Subject', view.subject ? escapeCardText(view.subject) : '(no subject)'))
    .addWidget(field('Conversation', escapeCardText(`${view.summary} · ${view.dateText}`)));
  const create = draftButton('Create draft', 'draftReply', {}).setDisabled(view.blocked);
  return CardService.newCardBuilder()
    .setName('message')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(view.sender.name || view.sender.email)
        .setSubtitle(view.sender.name ? view.sender.email : ''),
    )
    .addSection(about)
    .addSection(choicesSection(view))
    .addSection(previewSection(view))
    .setFixedFooter(CardService.newFixedFooter().setPrimaryButton(create))
    .build();
}

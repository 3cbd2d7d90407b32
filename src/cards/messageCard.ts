// The card beside an open message: who it is from, the conversation, the reply choices, and a preview
// of exactly what "Create draft" will make.
import { type DraftKind, FIELD } from '../actions';
import type { ReplyMode } from '../mail/types';
import { actionButton, cardAction, draftButton } from './actions';
import { bold, escapeCardText, muted } from './html';
import { recipientLine } from './recipients';
import { type TemplateRow, templateRowWidget } from './templateList';

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
  /** The kind of draft the plan makes: the Create draft button must say the same to Gmail. */
  draft: DraftKind;
  /** The Templates section: suggested ones first, at most a few; absent where templates are not offered. */
  templates?: { rows: TemplateRow[]; total: number };
}

/** How many templates the message card lists before "All templates". */
export const SHOWN_TEMPLATES = 5;

function field(label: string, html: string): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText().setTopLabel(label).setText(html).setWrapText(true);
}

type OnChange = () => GoogleAppsScript.Card_Service.Action;

function switchRow(
  label: string,
  name: string,
  on: boolean,
  onChange: OnChange,
): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText()
    .setText(escapeCardText(label))
    .setWrapText(true)
    .setSwitchControl(
      CardService.newSwitch().setFieldName(name).setValue('on').setSelected(on).setOnChangeAction(onChange()),
    );
}

/** Mode, quote and attachment switches, extra Cc/Bcc; every change runs `onChange` (re-plans the card). */
export function choicesSection(
  view: Pick<MessageView, 'modes' | 'choices' | 'attachmentCount'>,
  onChange: OnChange = () => cardAction('refreshReply', {}),
): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader('Reply');
  if (view.modes.length > 1) {
    const modes = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.RADIO_BUTTON)
      .setTitle('Reply to')
      .setFieldName(FIELD.mode)
      .setOnChangeAction(onChange());
    for (const m of view.modes) modes.addItem(m.label, m.mode, m.mode === view.choices.mode);
    section.addWidget(modes);
  }
  section.addWidget(
    switchRow('Include the original message', FIELD.quote, view.choices.includeQuote, onChange),
  );
  if (view.attachmentCount > 0) {
    section.addWidget(
      switchRow(
        `Include the original attachments (${view.attachmentCount})`,
        FIELD.attachments,
        view.choices.includeAttachments,
        onChange,
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
        .setOnChangeAction(onChange()),
    );
  }
  return section;
}

/** Who the draft reaches, its subject and the plan's warnings. */
export function previewSection(
  view: Pick<MessageView, 'preview'>,
): GoogleAppsScript.Card_Service.CardSection {
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
  const create = draftButton('Create draft', 'draftReply', { draft: view.draft }).setDisabled(view.blocked);
  const card = CardService.newCardBuilder()
    .setName('message')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(view.sender.name || view.sender.email)
        .setSubtitle(view.sender.name ? view.sender.email : ''),
    )
    .addSection(about);
  if (view.templates) card.addSection(templatesSection(view.templates));
  return card
    .addSection(choicesSection(view))
    .addSection(previewSection(view))
    .setFixedFooter(CardService.newFixedFooter().setPrimaryButton(create))
    .build();
}

function templatesSection(templates: NonNullable<MessageView['templates']>) {
  const section = CardService.newCardSection().setHeader('Templates');
  if (templates.total === 0) {
    section.addWidget(
      CardService.newTextParagraph().setText(muted('No templates yet: create one in your library.')),
    );
  }
  for (const row of templates.rows.slice(0, SHOWN_TEMPLATES)) {
    section.addWidget(templateRowWidget(row, cardAction('previewTemplate', { templateId: row.id })));
  }
  const buttons = CardService.newButtonSet();
  if (templates.total > Math.min(templates.rows.length, SHOWN_TEMPLATES)) {
    buttons.addButton(
      actionButton(`All templates (${templates.total})`, 'allTemplates', { page: '0', inPlace: '' }),
    );
  }
  buttons.addButton(actionButton('Manage templates', 'openLibrary', {}));
  return section.addWidget(buttons);
}

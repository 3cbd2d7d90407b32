// The card beside an open message, led by what to do: the suggested templates, each a draft one click
// away; then the reply choices (the mode picked here holds for every template on the card), who the
// draft reaches with its warnings, and "Create draft" for a reply without a template.
import { type DraftKind, FIELD } from '../actions';
import { type MessageId, t } from '../i18n';
import type { ReplyMode } from '../mail/types';
import { actionButton, cardAction, draftButton } from './actions';
import { escapeCardText, isolateRtl, muted } from './html';
import { recipientLine } from './recipients';
import { type TemplateRow, templateRowWidget } from './templateList';

export interface ReplyChoicesView {
  mode: ReplyMode;
  includeQuote: boolean;
  includeAttachments: boolean;
  extraCc: string;
  extraBcc: string;
}

/**
 * How much a warning asks of the user: `blocking` stops the draft, `caution` is worth a look before
 * sending (many recipients, a new conversation, Reply-To), `info` is said once, quietly (external domains).
 */
export type WarningTier = 'blocking' | 'caution' | 'info';

export interface WarningView {
  message: string;
  tier: WarningTier;
}

/** A suggested template on the message card. */
export interface SuggestedRow extends TemplateRow {
  /** The mode its draft uses: the card's once the user picked one, else the template's own. */
  mode: ReplyMode;
  /** Its draft can be made from this card in one click (nothing missing, nothing blocking). */
  ready: { draft: DraftKind } | null;
}

export interface MessageView {
  /** The user's locale (the event's userLocale): the card's words come from the catalogue in it. */
  locale?: string;
  sender: { name: string; email: string };
  modes: { mode: ReplyMode; label: string }[];
  choices: ReplyChoicesView;
  /** The user picked the mode on this card (so it overrides each template's own mode). */
  modeSet: boolean;
  /** Attachments of the original that can be carried (inline images excluded). */
  attachmentCount: number;
  preview: {
    to: string[];
    cc: string[];
    bcc: string[];
    subject: string;
    warnings: WarningView[];
  };
  blocked: boolean;
  /** The kind of draft the plan makes: the Create draft button must say the same to Gmail. */
  draft: DraftKind;
  /** The Templates section: suggested ones first, at most a few; absent where templates are not offered. */
  templates?: { rows: SuggestedRow[]; total: number };
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

/**
 * Mode, quote and attachment switches, extra Cc/Bcc; every change runs `onChange` (re-plans the card),
 * a change of mode `onModeChange`.
 */
export function choicesSection(
  view: Pick<MessageView, 'modes' | 'choices' | 'attachmentCount' | 'locale'>,
  onChange: OnChange,
  onModeChange: OnChange = onChange,
): GoogleAppsScript.Card_Service.CardSection {
  const say = (id: MessageId, params?: Record<string, number>) => t(view.locale, id, params);
  const section = CardService.newCardSection().setHeader(escapeCardText(say('card.reply.header')));
  if (view.modes.length > 1) {
    const modes = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.RADIO_BUTTON)
      .setTitle(say('card.reply.to'))
      .setFieldName(FIELD.mode)
      .setOnChangeAction(onModeChange());
    for (const m of view.modes) modes.addItem(m.label, m.mode, m.mode === view.choices.mode);
    section.addWidget(modes);
  }
  section.addWidget(
    switchRow(say('card.reply.includeQuote'), FIELD.quote, view.choices.includeQuote, onChange),
  );
  if (view.attachmentCount > 0) {
    section.addWidget(
      switchRow(
        say('card.reply.includeAttachments', { count: view.attachmentCount }),
        FIELD.attachments,
        view.choices.includeAttachments,
        onChange,
      ),
    );
  }
  for (const [name, title, value] of [
    [FIELD.cc, say('card.reply.addCc'), view.choices.extraCc],
    [FIELD.bcc, say('card.reply.addBcc'), view.choices.extraBcc],
  ] as const) {
    section.addWidget(
      CardService.newTextInput()
        .setFieldName(name)
        .setTitle(title)
        .setHint(say('card.reply.addressesHint'))
        .setValue(value)
        .setOnChangeAction(onChange()),
    );
  }
  return section;
}

/** Who the draft reaches, its subject and the plan's warnings. */
export function previewSection(
  view: Pick<MessageView, 'preview' | 'locale'>,
): GoogleAppsScript.Card_Service.CardSection {
  const p = view.preview;
  // Top labels are plain text (isolated when right to left); the header goes through the card HTML subset.
  const say = (id: MessageId) => isolateRtl(t(view.locale, id));
  const section = CardService.newCardSection()
    .setHeader(escapeCardText(t(view.locale, 'card.draft.header')))
    .addWidget(field(say('card.draft.to'), escapeCardText(recipientLine(p.to, view.locale))));
  if (p.cc.length > 0)
    section.addWidget(field(say('card.draft.cc'), escapeCardText(recipientLine(p.cc, view.locale))));
  if (p.bcc.length > 0)
    section.addWidget(field(say('card.draft.bcc'), escapeCardText(recipientLine(p.bcc, view.locale))));
  section.addWidget(field(say('card.draft.subject'), escapeCardText(p.subject)));
  addWarnings(section, p.warnings, view.locale);
  return section;
}

/** Blocking ones in red, cautions marked "Check", the informational ones together in one quiet line. */
export function addWarnings(
  section: GoogleAppsScript.Card_Service.CardSection,
  warnings: WarningView[],
  locale?: string,
): void {
  const label = (id: MessageId) => isolateRtl(t(locale, id));
  for (const w of warnings.filter((w) => w.tier !== 'info')) {
    const text = escapeCardText(w.message);
    const widget = CardService.newDecoratedText().setWrapText(true);
    if (w.tier === 'blocking')
      widget.setTopLabel(label('card.warning.blocking')).setText(`<font color="#c5221f">${text}</font>`);
    else {
      widget
        .setTopLabel(label('card.warning.check'))
        .setText(text)
        .setStartIcon(
          CardService.newIconImage()
            .setMaterialIcon(CardService.newMaterialIcon().setName('warning'))
            .setAltText(t(locale, 'card.warning.check')),
        );
    }
    section.addWidget(widget);
  }
  const info = warnings.filter((w) => w.tier === 'info').map((w) => escapeCardText(w.message));
  if (info.length > 0) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(muted(info.join(' ')))
        .setWrapText(true)
        .setStartIcon(
          CardService.newIconImage()
            .setMaterialIcon(CardService.newMaterialIcon().setName('info'))
            .setAltText(t(locale, 'card.warning.note')),
        ),
    );
  }
}

export function messageCard(view: MessageView): GoogleAppsScript.Card_Service.Card {
  // Gmail shows the sender, subject and date right beside the card: the header names the sender only.
  const header = CardService.newCardHeader()
    .setTitle(isolateRtl(view.sender.name || view.sender.email))
    .setSubtitle(view.sender.name ? view.sender.email : '');
  const refresh = (modeSet: boolean) => () => cardAction('refreshReply', { modeSet: modeSet ? '1' : '' });
  const create = draftButton(t(view.locale, 'card.createDraft'), 'draftReply', {
    draft: view.draft,
  }).setDisabled(view.blocked);
  const card = CardService.newCardBuilder().setName('message').setHeader(header);
  if (view.templates)
    card.addSection(templatesSection(view.templates, view.modeSet ? view.choices.mode : '', view.locale));
  return card
    .addSection(choicesSection(view, refresh(view.modeSet), refresh(true)))
    .addSection(previewSection(view))
    .setFixedFooter(CardService.newFixedFooter().setPrimaryButton(create))
    .build();
}

/**
 * The suggested templates: a row opens the template's preview; a row whose draft is ready has a Draft
 * button making it at once, in the row's mode. `chosenMode` ('' for none) travels to "All templates".
 */
function templatesSection(
  templates: NonNullable<MessageView['templates']>,
  chosenMode: ReplyMode | '',
  locale: string | undefined,
) {
  const say = (id: MessageId, params?: Record<string, string | number>) => t(locale, id, params);
  const section = CardService.newCardSection().setHeader(escapeCardText(say('card.templates.header')));
  if (templates.total === 0) {
    section.addWidget(
      CardService.newTextParagraph().setText(muted(escapeCardText(say('card.templates.none')))),
    );
  }
  for (const row of templates.rows.slice(0, SHOWN_TEMPLATES)) {
    const open = cardAction('previewTemplate', { templateId: row.id, mode: row.mode });
    // Several rows say "Draft": the alternative text names the template for a screen reader.
    const draft = row.ready
      ? draftButton(
          say('card.templates.draft'),
          'draftTemplate',
          { templateId: row.id, draft: row.ready.draft, mode: row.mode },
          false,
        ).setAltText(say('card.templates.draftAlt', { name: row.name }))
      : undefined;
    section.addWidget(templateRowWidget(row, open, draft, locale));
  }
  const buttons = CardService.newButtonSet();
  if (templates.total > Math.min(templates.rows.length, SHOWN_TEMPLATES)) {
    buttons.addButton(
      actionButton(say('card.templates.all', { count: templates.total }), 'allTemplates', {
        page: '0',
        inPlace: '',
        mode: chosenMode,
      }),
    );
  }
  buttons.addButton(actionButton(say('card.templates.manage'), 'openLibrary', {}));
  return section.addWidget(buttons);
}

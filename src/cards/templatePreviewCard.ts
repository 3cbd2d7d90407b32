// A template applied to the open message, before the draft exists: the text it will hold, the values
// to fill in where the message has none, who the draft reaches, warnings, then "Create draft".
import { type MessageId, type Params, t } from '../i18n';
import { cardAction, draftButton } from './actions';
import { type AskedField, fillSection, red, waitingText } from './fillSection';
import { escapeCardText, muted } from './html';
import { choicesSection, type MessageView, previewSection } from './messageCard';

export interface TemplatePreviewView {
  /** The user's locale (the event's userLocale): the card's words come from the catalogue in it. */
  locale?: string;
  templateId: string;
  name: string;
  reply: Pick<
    MessageView,
    'modes' | 'choices' | 'attachmentCount' | 'preview' | 'blocked' | 'draft' | 'locale'
  >;
  /** The template's own Cc and Bcc (already in the preview's recipients); '' for none. */
  templateCc: string;
  templateBcc: string;
  /** The template's subject, which a reply never uses ('' for none). */
  templateSubject: string;
  result:
    | { ok: false; issues: string[] }
    | { ok: true; text: string; asked: AskedField[]; missing: string[] };
}

/** The longest text the card shows; the draft always gets all of it. */
export const PREVIEW_CHARS = 3000;

/** The plain-text part as card text: escaped, line breaks kept, unfilled fields in red. */
export function previewText(text: string, missing: string[], locale?: string): string {
  const shown = text.length > PREVIEW_CHARS ? text.slice(0, PREVIEW_CHARS) : text;
  let html = escapeCardText(shown);
  for (const field of missing) {
    const hole = escapeCardText(`[${field}]`);
    html = html.split(hole).join(red(hole));
  }
  html = html.replace(/\r?\n/g, '<br>');
  if (shown.length < text.length) {
    html += `<br>${muted(
      escapeCardText(
        // Digits as written, no grouping: the English line is read back by the CLI (sim/cli/user.ts).
        t(locale, 'preview.moreChars', { count: String(text.length - shown.length) }),
      ),
    )}`;
  }
  return html || muted(escapeCardText(t(locale, 'preview.noText')));
}

export function templatePreviewCard(view: TemplatePreviewView): GoogleAppsScript.Card_Service.Card {
  const say = (id: MessageId, params?: Params) => t(view.locale, id, params);
  const card = CardService.newCardBuilder()
    .setName('templatePreview')
    .setHeader(CardService.newCardHeader().setTitle(view.name).setSubtitle(say('preview.subtitle')));
  const result = view.result;
  if (!result.ok) {
    const section = CardService.newCardSection().setHeader(escapeCardText(say('preview.cantUse')));
    for (const issue of result.issues) {
      section.addWidget(CardService.newTextParagraph().setText(red(escapeCardText(issue))));
    }
    section.addWidget(CardService.newTextParagraph().setText(muted(escapeCardText(say('preview.fixIt')))));
    section.addWidget(
      CardService.newTextButton()
        .setText(say('preview.manage'))
        .setOnClickAction(cardAction('openLibrary', {})),
    );
    return card.addSection(section).build();
  }
  if (result.asked.length > 0)
    card.addSection(
      fillSection(
        result.asked,
        result.missing,
        cardAction('refreshTemplate', { templateId: view.templateId }),
        view.locale,
      ),
    );
  card.addSection(
    CardService.newCardSection()
      .setHeader(escapeCardText(say('preview.text')))
      .addWidget(
        CardService.newTextParagraph().setText(previewText(result.text, result.missing, view.locale)),
      ),
  );
  card.addSection(
    choicesSection(view.reply, () => cardAction('refreshTemplate', { templateId: view.templateId })),
  );
  const draft = previewSection(view.reply);
  const cc = view.templateCc ? say('preview.addsCc', { addresses: view.templateCc }) : '';
  const bcc = view.templateBcc ? say('preview.addsBcc', { addresses: view.templateBcc }) : '';
  if (cc || bcc) {
    const added =
      cc && bcc ? say('preview.addsBoth', { cc, bcc }) : say('preview.adds', { added: cc || bcc });
    draft.addWidget(CardService.newTextParagraph().setText(muted(escapeCardText(added))));
  }
  if (view.templateSubject) {
    draft.addWidget(
      CardService.newTextParagraph().setText(muted(escapeCardText(say('preview.subjectNote')))),
    );
  }
  card.addSection(draft);
  const create = draftButton(
    waitingText(say('preview.createDraft'), result.missing.length, view.locale),
    'draftTemplate',
    {
      templateId: view.templateId,
      draft: view.reply.draft,
      mode: '',
    },
  )
    // A compose action can only answer with a draft, so whatever would refuse it is stopped here: the
    // missing values are asked for above, and the button waits for them.
    .setDisabled(view.reply.blocked || result.missing.length > 0);
  return card.setFixedFooter(CardService.newFixedFooter().setPrimaryButton(create)).build();
}

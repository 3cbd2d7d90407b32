// A template applied to the open message, before the draft exists: the text it will hold, the values
// to fill in where the message has none, who the draft reaches, warnings, then "Create draft".
import { cardAction, draftButton } from './actions';
import { type AskedField, fillSection, red, waitingText } from './fillSection';
import { escapeCardText, muted } from './html';
import { choicesSection, type MessageView, previewSection } from './messageCard';

export interface TemplatePreviewView {
  templateId: string;
  name: string;
  reply: Pick<MessageView, 'modes' | 'choices' | 'attachmentCount' | 'preview' | 'blocked' | 'draft'>;
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
export function previewText(text: string, missing: string[]): string {
  const shown = text.length > PREVIEW_CHARS ? text.slice(0, PREVIEW_CHARS) : text;
  let html = escapeCardText(shown);
  for (const field of missing) {
    const hole = escapeCardText(`[${field}]`);
    html = html.split(hole).join(red(hole));
  }
  html = html.replace(/\r?\n/g, '<br>');
  if (shown.length < text.length) {
    html += `<br>${muted(`… and ${text.length - shown.length} more characters, all in the draft`)}`;
  }
  return html || muted('(no text)');
}

export function templatePreviewCard(view: TemplatePreviewView): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('templatePreview')
    .setHeader(CardService.newCardHeader().setTitle(view.name).setSubtitle('Template for this message'));
  const result = view.result;
  if (!result.ok) {
    const section = CardService.newCardSection().setHeader('This template can’t be used yet');
    for (const issue of result.issues) {
      section.addWidget(CardService.newTextParagraph().setText(red(escapeCardText(issue))));
    }
    section.addWidget(
      CardService.newTextParagraph().setText(
        muted('Fix it in your template library; nothing is drafted from a template with errors.'),
      ),
    );
    section.addWidget(
      CardService.newTextButton().setText('Manage templates').setOnClickAction(cardAction('openLibrary', {})),
    );
    return card.addSection(section).build();
  }
  if (result.asked.length > 0)
    card.addSection(
      fillSection(
        result.asked,
        result.missing,
        cardAction('refreshTemplate', { templateId: view.templateId }),
      ),
    );
  card.addSection(
    CardService.newCardSection()
      .setHeader('The text')
      .addWidget(CardService.newTextParagraph().setText(previewText(result.text, result.missing))),
  );
  card.addSection(
    choicesSection(view.reply, () => cardAction('refreshTemplate', { templateId: view.templateId })),
  );
  const draft = previewSection(view.reply);
  const added = [
    view.templateCc ? `Cc ${view.templateCc}` : '',
    view.templateBcc ? `Bcc ${view.templateBcc}` : '',
  ].filter(Boolean);
  if (added.length > 0) {
    draft.addWidget(
      CardService.newTextParagraph().setText(
        muted(escapeCardText(`The template adds ${added.join(' and ')}.`)),
      ),
    );
  }
  if (view.templateSubject) {
    draft.addWidget(
      CardService.newTextParagraph().setText(
        muted(
          'The template’s subject is for new messages: a reply keeps the thread’s subject, so it threads for everyone.',
        ),
      ),
    );
  }
  card.addSection(draft);
  const create = draftButton(waitingText('Create draft', result.missing.length), 'draftTemplate', {
    templateId: view.templateId,
    draft: view.reply.draft,
    mode: '',
  })
    // A compose action can only answer with a draft, so whatever would refuse it is stopped here: the
    // missing values are asked for above, and the button waits for them.
    .setDisabled(view.reply.blocked || result.missing.length > 0);
  return card.setFixedFooter(CardService.newFixedFooter().setPrimaryButton(create)).build();
}

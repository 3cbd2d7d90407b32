// The template editor: name, text, the "Insert field" picker right under the text, tags, reply mode,
// Cc/Bcc and subject; what a refused save got wrong is shown next to the input it is about. Also the
// delete confirmation it opens.
import { FIELD } from '../actions';
import { type MessageId, type Params, t } from '../i18n';
import type { ReplyMode } from '../mail/types';
import { TEAM_ID_PREFIX } from '../templates/teamId';
import { actionButton, cardAction } from './actions';
import { bold, escapeCardText, muted } from './html';
import { red } from './libraryCards';

export interface TemplateFormValues {
  name: string;
  body: string;
  tags: string;
  cc: string;
  bcc: string;
  subject: string;
  mode: string;
}

/** The input a problem is shown next to; `template` problems are shown at the top. */
export type EditorField = 'template' | keyof TemplateFormValues;

export interface EditorProblem {
  field: EditorField;
  message: string;
}

export interface EditView {
  /** '' for a new template. */
  templateId: string;
  /** The revision the user started from ('' for a new template): a save names it. */
  revision: string;
  values: TemplateFormValues;
  /** Why the last save was refused (nothing was saved), each by the input it is about. */
  errors: EditorProblem[];
  /** Lint's findings on the text: it can be used, but may read badly for some messages. */
  warnings: string[];
  /** The save hit a change made elsewhere: offer to open the stored version. */
  conflict: boolean;
  /** Merge fields the picker offers, in order. */
  fields: { path: string; label: string }[];
  /** A team template (saved to the team library's file): the library's name. */
  team?: string;
  /** The user's locale (the event's userLocale): the card's words come from the catalogue in it. */
  locale?: string;
}

const MODE_CHOICES: ReplyMode[] = ['reply', 'reply-all', 'reply-list'];

function input(name: string, title: string, value: string, hint?: string) {
  const w = CardService.newTextInput().setFieldName(name).setTitle(title).setValue(value);
  return hint ? w.setHint(hint) : w;
}

const problemText = (message: string) => CardService.newTextParagraph().setText(red(escapeCardText(message)));

/**
 * The editor. Gmail draws a multiline text input at a fixed height of a few lines, whatever the
 * text (card.proto TextInput.Type MULTIPLE_LINE: "a fixed height of multiple lines"; CardService has
 * no rows or height setting): the text comes first, a new template starts from a greeting and a
 * sign-off, and fields are added from the picker right under it.
 */
export function editCard(view: EditView): GoogleAppsScript.Card_Service.Card {
  const say = (id: MessageId, params?: Params) => t(view.locale, id, params);
  const v = view.values;
  const card = CardService.newCardBuilder()
    .setName('template')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(
          say(
            view.team
              ? view.templateId === TEAM_ID_PREFIX
                ? 'editor.newTeam'
                : 'editor.editTeam'
              : view.templateId
                ? 'editor.edit'
                : 'editor.new',
          ),
        )
        .setSubtitle(view.team ? say('editor.teamSubtitle', { team: view.team }) : v.name),
    );
  const about = (field: EditorField) => view.errors.filter((e) => e.field === field);
  if (view.errors.length > 0) {
    const section = CardService.newCardSection().setHeader(red(escapeCardText(say('editor.notSaved'))));
    for (const e of about('template')) section.addWidget(problemText(e.message));
    const byField = view.errors.length - about('template').length;
    if (byField > 0) {
      section.addWidget(
        CardService.newTextParagraph().setText(
          muted(
            escapeCardText(byField === 1 ? say('editor.oneToFix') : say('editor.toFix', { count: byField })),
          ),
        ),
      );
    }
    if (view.conflict) {
      section.addWidget(
        CardService.newTextParagraph().setText(muted(escapeCardText(say('editor.conflictKept')))),
      );
      section.addWidget(
        actionButton(say('editor.openSaved'), 'editTemplate', { templateId: view.templateId }),
      );
    }
    card.addSection(section);
  }

  const form = CardService.newCardSection();
  const withProblems = (field: EditorField, widget: GoogleAppsScript.Card_Service.Widget) => {
    form.addWidget(widget);
    for (const e of about(field)) form.addWidget(problemText(e.message));
  };
  withProblems('name', input(FIELD.templateName, say('editor.name'), v.name));
  withProblems(
    'body',
    input(FIELD.templateBody, say('editor.text'), v.body, say('editor.textHint')).setMultiline(true),
  );
  if (view.warnings.length > 0) {
    form.addWidget(
      CardService.newTextParagraph().setText(
        `${bold(escapeCardText(say('editor.check')))}<br>${view.warnings.map((w) => escapeCardText(w)).join('<br>')}`,
      ),
    );
  }
  const picker = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle(say('editor.insertField'))
    .setFieldName(FIELD.insertField)
    .setOnChangeAction(cardAction('insertField', { templateId: view.templateId, revision: view.revision }))
    .addItem(say('editor.chooseField'), '', true);
  for (const f of view.fields) picker.addItem(`${f.label}: {{ ${f.path} }}`, f.path, false);
  form.addWidget(picker);
  form.addWidget(
    CardService.newTextParagraph().setText(
      muted(
        escapeCardText(say('editor.insertHelp', { example: '{{ sender.first_name | default: "there" }}' })),
      ),
    ),
  );
  withProblems('tags', input(FIELD.templateTags, say('editor.tags'), v.tags, say('editor.tagsHint')));
  const mode = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle(say('editor.defaultReply'))
    .setFieldName(FIELD.templateMode);
  for (const m of MODE_CHOICES) mode.addItem(say(`mode.${m}`), m, (v.mode || 'reply') === m);
  withProblems('mode', mode);
  withProblems('cc', input(FIELD.templateCc, say('editor.addCc'), v.cc, say('editor.addressesHint')));
  withProblems('bcc', input(FIELD.templateBcc, say('editor.addBcc'), v.bcc, say('editor.addressesHint')));
  withProblems(
    'subject',
    input(FIELD.templateSubject, say('editor.subject'), v.subject, say('editor.subjectHint')),
  );
  card.addSection(form);

  if (view.templateId && view.templateId !== TEAM_ID_PREFIX) {
    card.addSection(
      CardService.newCardSection().addWidget(
        CardService.newButtonSet()
          .addButton(
            actionButton(say(view.team ? 'editor.copyToMine' : 'editor.duplicate'), 'duplicateTemplate', {
              templateId: view.templateId,
            }),
          )
          .addButton(
            actionButton(say('editor.delete'), 'confirmDeleteTemplate', {
              templateId: view.templateId,
              revision: view.revision,
            }),
          ),
      ),
    );
  }
  const save = actionButton(
    say('editor.save'),
    'saveTemplate',
    { templateId: view.templateId, revision: view.revision },
    true,
  );
  return card
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(save)
        .setSecondaryButton(actionButton(say('editor.cancel'), 'goBack', {})),
    )
    .build();
}

export function confirmDeleteCard(template: {
  id: string;
  name: string;
  revision: string;
  locale?: string;
}): GoogleAppsScript.Card_Service.Card {
  const say = (id: MessageId, params?: Params) => t(template.locale, id, params);
  const name = '\u0001';
  return CardService.newCardBuilder()
    .setName('confirmDelete')
    .setHeader(CardService.newCardHeader().setTitle(say('editor.confirmDelete.header')))
    .addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextParagraph().setText(
            // The message is escaped around the name, which is card HTML (bold) made here.
            escapeCardText(say('editor.confirmDelete.text', { name })).replace(name, () =>
              bold(`“${escapeCardText(template.name)}”`),
            ),
          ),
        )
        .addWidget(
          CardService.newButtonSet()
            .addButton(
              actionButton(
                say('editor.delete'),
                'deleteTemplate',
                { templateId: template.id, revision: template.revision },
                true,
              ),
            )
            .addButton(actionButton(say('editor.keep'), 'goBack', {})),
        ),
    )
    .build();
}

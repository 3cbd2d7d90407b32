// The template editor: name, text, the "Insert field" picker right under the text, tags, reply mode,
// Cc/Bcc and subject; what a refused save got wrong is shown next to the input it is about. Also the
// delete confirmation it opens.
import { FIELD } from '../actions';
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
}

const MODE_CHOICES: { mode: ReplyMode; label: string }[] = [
  { mode: 'reply', label: 'Reply' },
  { mode: 'reply-all', label: 'Reply all' },
  { mode: 'reply-list', label: 'Reply to list' },
];

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
  const v = view.values;
  const card = CardService.newCardBuilder()
    .setName('template')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(
          view.team
            ? view.templateId === TEAM_ID_PREFIX
              ? 'New team template'
              : 'Edit team template'
            : view.templateId
              ? 'Edit template'
              : 'New template',
        )
        .setSubtitle(view.team ? `Team · ${view.team}` : v.name),
    );
  const about = (field: EditorField) => view.errors.filter((e) => e.field === field);
  if (view.errors.length > 0) {
    const section = CardService.newCardSection().setHeader(red('Not saved'));
    for (const e of about('template')) section.addWidget(problemText(e.message));
    const byField = view.errors.length - about('template').length;
    if (byField > 0) {
      section.addWidget(
        CardService.newTextParagraph().setText(
          muted(
            byField === 1
              ? 'One thing to fix, shown under its field below.'
              : `${byField} things to fix, each shown under its field below.`,
          ),
        ),
      );
    }
    if (view.conflict) {
      section.addWidget(
        CardService.newTextParagraph().setText(
          muted('What you typed is still below: copy it before opening the saved version.'),
        ),
      );
      section.addWidget(
        actionButton('Open the saved version', 'editTemplate', { templateId: view.templateId }),
      );
    }
    card.addSection(section);
  }

  const form = CardService.newCardSection();
  const withProblems = (field: EditorField, widget: GoogleAppsScript.Card_Service.Widget) => {
    form.addWidget(widget);
    for (const e of about(field)) form.addWidget(problemText(e.message));
  };
  withProblems('name', input(FIELD.templateName, 'Name', v.name));
  withProblems(
    'body',
    input(
      FIELD.templateBody,
      'Text',
      v.body,
      'Markdown: **bold**, *italics*, [text](https://…), lists with - or 1.',
    ).setMultiline(true),
  );
  if (view.warnings.length > 0) {
    form.addWidget(
      CardService.newTextParagraph().setText(
        `${bold('Check')}<br>${view.warnings.map((w) => escapeCardText(w)).join('<br>')}`,
      ),
    );
  }
  const picker = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle('Insert field')
    .setFieldName(FIELD.insertField)
    .setOnChangeAction(cardAction('insertField', { templateId: view.templateId, revision: view.revision }))
    .addItem('Choose a field to add to the text…', '', true);
  for (const f of view.fields) picker.addItem(`${f.label}: {{ ${f.path} }}`, f.path, false);
  form.addWidget(picker);
  form.addWidget(
    CardService.newTextParagraph().setText(
      muted(
        escapeCardText(
          'Added at the end of the text, with a fallback where the message may lack it: {{ sender.first_name | default: "there" }}. Fields without one are asked for before the draft is made.',
        ),
      ),
    ),
  );
  withProblems(
    'tags',
    input(FIELD.templateTags, 'Tags', v.tags, 'Comma-separated, e.g. billing, acme.example'),
  );
  const mode = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle('Default reply')
    .setFieldName(FIELD.templateMode);
  for (const m of MODE_CHOICES) mode.addItem(m.label, m.mode, (v.mode || 'reply') === m.mode);
  withProblems('mode', mode);
  withProblems('cc', input(FIELD.templateCc, 'Add Cc', v.cc, 'Addresses added to every draft'));
  withProblems('bcc', input(FIELD.templateBcc, 'Add Bcc', v.bcc, 'Addresses added to every draft'));
  withProblems(
    'subject',
    input(
      FIELD.templateSubject,
      'Subject for new messages',
      v.subject,
      'Never used for replies: they keep the thread’s subject',
    ),
  );
  card.addSection(form);

  if (view.templateId && view.templateId !== TEAM_ID_PREFIX) {
    card.addSection(
      CardService.newCardSection().addWidget(
        CardService.newButtonSet()
          .addButton(
            actionButton(view.team ? 'Copy to my templates' : 'Duplicate', 'duplicateTemplate', {
              templateId: view.templateId,
            }),
          )
          .addButton(
            actionButton('Delete', 'confirmDeleteTemplate', {
              templateId: view.templateId,
              revision: view.revision,
            }),
          ),
      ),
    );
  }
  const save = actionButton(
    'Save',
    'saveTemplate',
    { templateId: view.templateId, revision: view.revision },
    true,
  );
  return card
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(save)
        .setSecondaryButton(actionButton('Cancel', 'goBack', {})),
    )
    .build();
}

export function confirmDeleteCard(template: {
  id: string;
  name: string;
  revision: string;
}): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setName('confirmDelete')
    .setHeader(CardService.newCardHeader().setTitle('Delete template?'))
    .addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextParagraph().setText(
            `Delete ${bold(`“${escapeCardText(template.name)}”`)}? This can’t be undone: export your templates first if you may want it back.`,
          ),
        )
        .addWidget(
          CardService.newButtonSet()
            .addButton(
              actionButton(
                'Delete',
                'deleteTemplate',
                { templateId: template.id, revision: template.revision },
                true,
              ),
            )
            .addButton(actionButton('Keep it', 'goBack', {})),
        ),
    )
    .build();
}

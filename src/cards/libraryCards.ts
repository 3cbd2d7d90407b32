// The template library (the homepage): the searchable list with its storage figure and damaged entries,
// the editor, the delete confirmation, import, export and a damaged entry's raw text.
import { FIELD } from '../actions';
import type { ReplyMode } from '../mail/types';
import { actionButton, cardAction } from './actions';
import { bold, escapeCardText, muted } from './html';
import { listHeader, type RowPage, rowsSection, searchInput } from './templateList';

const red = (html: string) => `<font color="#c5221f">${html}</font>`;

/** "168 KB" (binary kilobytes, as the quota is stated); one decimal below 10 KB so small stores show. */
export function kilobytes(bytes: number): string {
  const kb = bytes / 1024;
  return `${kb < 10 ? kb.toFixed(1).replace(/\.0$/, '') : Math.round(kb)} KB`;
}

export interface DamagedRow {
  id: string;
  /** The name the entry seems to have, or '' when none could be read. */
  name: string;
  problem: string;
}

export interface LibraryView {
  query: string;
  list: RowPage;
  usage: { bytes: number; limit: number };
  damaged: DamagedRow[];
}

/** Damaged entries listed; more are rare, and the list says how many it leaves out. */
export const SHOWN_DAMAGED = 20;

export function usageText(usage: { bytes: number; limit: number }): string {
  return `Uses ${kilobytes(usage.bytes)} of ${kilobytes(usage.limit)}`;
}

export function libraryCard(view: LibraryView): GoogleAppsScript.Card_Service.Card {
  const top = CardService.newCardSection()
    .addWidget(searchInput(FIELD.search, view.query, cardAction('showLibrary', { page: '0' })))
    .addWidget(
      CardService.newButtonSet()
        .addButton(actionButton('New template', 'newTemplate', {}, true))
        .addButton(actionButton('Import', 'openImport', {}))
        .addButton(actionButton('Export', 'exportTemplates', {})),
    );
  const list = rowsSection(
    listHeader(view.list.total, view.query),
    view.list,
    (row) => cardAction('editTemplate', { templateId: row.id }),
    (page) => cardAction('showLibrary', { page: String(page) }),
    view.query.trim() ? 'No template matches this search.' : 'No templates yet: create one or import some.',
  );
  const card = CardService.newCardBuilder()
    .setName('library')
    .setHeader(CardService.newCardHeader().setTitle('Templates').setSubtitle(usageText(view.usage)))
    .addSection(top)
    .addSection(list);
  if (view.damaged.length > 0) {
    const section = CardService.newCardSection()
      .setHeader(red(`Damaged (${view.damaged.length})`))
      .addWidget(
        CardService.newTextParagraph().setText(
          'These stored entries could not be read; your other templates are not affected. Open one to copy its text, then delete it.',
        ),
      );
    for (const d of view.damaged.slice(0, SHOWN_DAMAGED)) {
      section.addWidget(
        CardService.newDecoratedText()
          .setText(escapeCardText(d.name || '(no readable name)'))
          .setBottomLabel(d.problem)
          .setWrapText(true)
          .setOnClickAction(cardAction('showDamaged', { entryId: d.id })),
      );
    }
    if (view.damaged.length > SHOWN_DAMAGED) {
      section.addWidget(
        CardService.newTextParagraph().setText(
          muted(`${view.damaged.length - SHOWN_DAMAGED} more — delete some of these to see the rest`),
        ),
      );
    }
    card.addSection(section);
  }
  card.addSection(
    CardService.newCardSection().addWidget(
      CardService.newTextParagraph().setText(
        muted(
          `${escapeCardText(usageText(view.usage))} of your template storage. Open a message to use a template: its card lists the ones that fit, suggested first.`,
        ),
      ),
    ),
  );
  return card.build();
}

export interface TemplateFormValues {
  name: string;
  body: string;
  tags: string;
  cc: string;
  bcc: string;
  subject: string;
  mode: string;
}

export interface EditView {
  /** '' for a new template. */
  templateId: string;
  /** The revision the user started from ('' for a new template): a save names it. */
  revision: string;
  values: TemplateFormValues;
  /** Why the last save was refused (nothing was saved). */
  errors: string[];
  /** Lint warnings: the template can be used, but may read badly for some messages. */
  warnings: string[];
  /** The save hit a change made elsewhere: offer to open the stored version. */
  conflict: boolean;
  /** Merge fields a template can use, for the help section. */
  fields: { path: string; label: string }[];
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

export function editCard(view: EditView): GoogleAppsScript.Card_Service.Card {
  const v = view.values;
  const card = CardService.newCardBuilder()
    .setName('template')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(view.templateId ? 'Edit template' : 'New template')
        .setSubtitle(v.name),
    );
  if (view.errors.length > 0) {
    const section = CardService.newCardSection().setHeader(red('Not saved'));
    for (const e of view.errors)
      section.addWidget(CardService.newTextParagraph().setText(red(escapeCardText(e))));
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
  if (view.warnings.length > 0) {
    const section = CardService.newCardSection().setHeader('Check');
    for (const w of view.warnings)
      section.addWidget(CardService.newTextParagraph().setText(escapeCardText(w)));
    card.addSection(section);
  }
  const mode = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle('Default reply')
    .setFieldName(FIELD.templateMode);
  for (const m of MODE_CHOICES) mode.addItem(m.label, m.mode, (v.mode || 'reply') === m.mode);
  card.addSection(
    CardService.newCardSection()
      .addWidget(input(FIELD.templateName, 'Name', v.name))
      .addWidget(
        input(
          FIELD.templateBody,
          'Text',
          v.body,
          'Markdown with merge fields, e.g. Hi {{ sender.first_name | default: "there" }},',
        ).setMultiline(true),
      )
      .addWidget(input(FIELD.templateTags, 'Tags', v.tags, 'Comma-separated, e.g. billing, acme.example'))
      .addWidget(mode)
      .addWidget(input(FIELD.templateCc, 'Add Cc', v.cc, 'Addresses added to every draft'))
      .addWidget(input(FIELD.templateBcc, 'Add Bcc', v.bcc, 'Addresses added to every draft'))
      .addWidget(
        input(
          FIELD.templateSubject,
          'Subject for new messages',
          v.subject,
          'Never used for replies: they keep the thread’s subject',
        ),
      ),
  );
  if (view.templateId) {
    card.addSection(
      CardService.newCardSection().addWidget(
        CardService.newButtonSet()
          .addButton(actionButton('Duplicate', 'duplicateTemplate', { templateId: view.templateId }))
          .addButton(
            actionButton('Delete', 'confirmDeleteTemplate', {
              templateId: view.templateId,
              revision: view.revision,
            }),
          ),
      ),
    );
  }
  const help = view.fields.map(
    (f) => `${bold(escapeCardText(`{{ ${f.path} }}`))} ${escapeCardText(f.label)}`,
  );
  card.addSection(
    CardService.newCardSection()
      .setHeader('Merge fields')
      .setCollapsible(true)
      .setNumUncollapsibleWidgets(1)
      .addWidget(
        CardService.newTextParagraph().setText(
          muted(
            escapeCardText(
              'Filled in from the open message. Give a default for fields that may be empty, e.g. {{ sender.first_name | default: "there" }}; without one you are asked for the value before the draft is made. Markdown: **bold**, *italics*, [text](https://…), lists with - or 1.',
            ),
          ),
        ),
      )
      .addWidget(CardService.newTextParagraph().setText(help.join('<br>'))),
  );
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

export function importCard(view: { json: string; errors: string[] }): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('import')
    .setHeader(CardService.newCardHeader().setTitle('Import templates'));
  if (view.errors.length > 0) {
    const section = CardService.newCardSection().setHeader(red('Nothing was imported'));
    for (const e of view.errors)
      section.addWidget(CardService.newTextParagraph().setText(red(escapeCardText(e))));
    card.addSection(section);
  }
  return card
    .addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextParagraph().setText(
            muted(
              'Paste an export from Threadsmith (or a list of templates with a name and a body). Every template is checked first: either all are added, or none.',
            ),
          ),
        )
        .addWidget(
          CardService.newTextInput()
            .setFieldName(FIELD.importJson)
            .setTitle('Templates as JSON')
            .setMultiline(true)
            .setValue(view.json),
        )
        .addWidget(actionButton('Import', 'importTemplates', {}, true)),
    )
    .build();
}

export function exportCard(view: { json: string; count: number; damaged: number }) {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(
      `${view.count} template${view.count === 1 ? '' : 's'}. Copy the text below and keep it, or paste it into Import in another account.`,
    ),
  );
  if (view.damaged > 0) {
    section.addWidget(
      CardService.newTextParagraph().setText(
        red(
          `${view.damaged} damaged entr${view.damaged === 1 ? 'y is' : 'ies are'} not included: open ${view.damaged === 1 ? 'it' : 'them'} from the library to copy the stored text.`,
        ),
      ),
    );
  }
  section.addWidget(
    CardService.newTextInput()
      .setFieldName(FIELD.importJson)
      .setTitle('Export (JSON)')
      .setMultiline(true)
      .setValue(view.json),
  );
  return CardService.newCardBuilder()
    .setName('export')
    .setHeader(CardService.newCardHeader().setTitle('Export templates'))
    .addSection(section)
    .build();
}

export function damagedCard(entry: DamagedRow & { raw: string }): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setName('damaged')
    .setHeader(
      CardService.newCardHeader()
        .setTitle('Damaged entry')
        .setSubtitle(entry.name || '(no readable name)'),
    )
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextParagraph().setText(escapeCardText(entry.problem)))
        .addWidget(
          CardService.newTextInput()
            .setFieldName(FIELD.importJson)
            .setTitle('Stored text (copy it before deleting)')
            .setMultiline(true)
            .setValue(entry.raw),
        )
        .addWidget(
          CardService.newButtonSet()
            .addButton(actionButton('Delete for good', 'deleteDamaged', { entryId: entry.id }))
            .addButton(actionButton('Back', 'goBack', {})),
        ),
    )
    .build();
}

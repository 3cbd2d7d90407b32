// The template library (the homepage): the searchable list with its storage figure and damaged entries,
// import, export and a damaged entry's raw text. The editor is editorCard.ts.
import { FIELD } from '../actions';
import { actionButton, cardAction, chevron } from './actions';
import { escapeCardText, muted } from './html';
import { type TeamSectionView, teamSection } from './teamCards';
import { listHeader, type RowPage, rowsSection, searchInput } from './templateList';

/**
 * Gmail's Android and iOS apps run the message card but no add-on in the compose window: the library
 * says where each way of using a template works (one card for every platform, so it is always said).
 */
export const PHONE_NOTE =
  "In Gmail's Android and iOS apps, use Draft on a message's card; inserting a template into a message you are writing works in Gmail on the web.";

export const red = (html: string) => `<font color="#c5221f">${html}</font>`;

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
  /** The team library's section (how to create or join one, or what it holds). */
  team?: TeamSectionView;
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
  if (view.team) card.addSection(teamSection(view.team));
  card.addSection(
    CardService.newCardSection().addWidget(
      CardService.newTextParagraph().setText(
        muted(
          `${escapeCardText(usageText(view.usage))} of your template storage. Open a message to use a template: its card lists the ones that fit, suggested first. ${PHONE_NOTE}`,
        ),
      ),
    ),
  );
  // Settings are in Gmail's toolbar menu too, which few people find: the name templates sign with is here.
  card.addSection(
    CardService.newCardSection().addWidget(
      CardService.newDecoratedText()
        .setText('Settings')
        .setBottomLabel('Your name for templates, and your other addresses')
        .setWrapText(true)
        .setEndIcon(chevron())
        .setOnClickAction(cardAction('openSettings', {})),
    ),
  );
  return card.build();
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

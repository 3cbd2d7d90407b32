// The template library (the homepage): the searchable list with its storage figure and damaged entries,
// import, export and a damaged entry's raw text. The editor is editorCard.ts.
import { FIELD } from '../actions';
import { type MessageId, type Params, t } from '../i18n';
import { formatDecimal } from '../mail/numberFormat';
import { actionButton, cardAction, chevron } from './actions';
import { escapeCardText, muted } from './html';
import { type TeamSectionView, teamSection } from './teamCards';
import { listHeader, type RowPage, rowsSection, searchInput } from './templateList';

export const red = (html: string) => `<font color="#c5221f">${html}</font>`;

/**
 * "168 KB" (binary kilobytes, as the quota is stated); one decimal below 10 KB so small stores show. The
 * unit is the catalogue's, not Intl's "kilobyte" (decimal kB, which the quota is not).
 */
export function kilobytes(bytes: number, locale?: string): string {
  const kb = bytes / 1024;
  // Ungrouped, as the sizes always were ("1010 KB").
  return t(locale, 'library.kilobytes', { size: formatDecimal(kb, locale, kb < 10 ? 1 : 0) });
}

export interface DamagedRow {
  id: string;
  /** The name the entry seems to have, or '' when none could be read. */
  name: string;
  problem: string;
}

export interface LibraryView {
  /** The user's locale (the event's userLocale): the card's words come from the catalogue in it. */
  locale?: string;
  query: string;
  list: RowPage;
  usage: { bytes: number; limit: number };
  damaged: DamagedRow[];
  /** The team library's section (how to create or join one, or what it holds). */
  team?: TeamSectionView;
}

/** Damaged entries listed; more are rare, and the list says how many it leaves out. */
export const SHOWN_DAMAGED = 20;

export function usageText(usage: { bytes: number; limit: number }, locale?: string): string {
  return t(locale, 'library.usage', {
    used: kilobytes(usage.bytes, locale),
    limit: kilobytes(usage.limit, locale),
  });
}

export function libraryCard(view: LibraryView): GoogleAppsScript.Card_Service.Card {
  const say = (id: MessageId, params?: Params) => t(view.locale, id, params);
  const top = CardService.newCardSection()
    .addWidget(searchInput(FIELD.search, view.query, cardAction('showLibrary', { page: '0' }), view.locale))
    .addWidget(
      CardService.newButtonSet()
        .addButton(actionButton(say('library.new'), 'newTemplate', {}, true))
        .addButton(actionButton(say('library.import'), 'openImport', {}))
        .addButton(actionButton(say('library.export'), 'exportTemplates', {})),
    );
  const list = rowsSection(
    listHeader(view.list.total, view.query, view.locale),
    view.list,
    (row) => cardAction('editTemplate', { templateId: row.id }),
    (page) => cardAction('showLibrary', { page: String(page) }),
    say(view.query.trim() ? 'library.noMatch' : 'library.empty'),
    view.locale,
  );
  const card = CardService.newCardBuilder()
    .setName('library')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(say('library.header'))
        .setSubtitle(usageText(view.usage, view.locale)),
    )
    .addSection(top)
    .addSection(list);
  if (view.damaged.length > 0) {
    const section = CardService.newCardSection()
      .setHeader(red(escapeCardText(say('library.damaged.header', { count: view.damaged.length }))))
      .addWidget(CardService.newTextParagraph().setText(escapeCardText(say('library.damaged.intro'))));
    for (const d of view.damaged.slice(0, SHOWN_DAMAGED)) {
      section.addWidget(
        CardService.newDecoratedText()
          .setText(escapeCardText(d.name || say('library.damaged.noName')))
          .setBottomLabel(d.problem)
          .setWrapText(true)
          .setOnClickAction(cardAction('showDamaged', { entryId: d.id })),
      );
    }
    if (view.damaged.length > SHOWN_DAMAGED) {
      section.addWidget(
        CardService.newTextParagraph().setText(
          muted(escapeCardText(say('library.damaged.more', { count: view.damaged.length - SHOWN_DAMAGED }))),
        ),
      );
    }
    card.addSection(section);
  }
  if (view.team) card.addSection(teamSection(view.team, view.locale));
  card.addSection(
    CardService.newCardSection().addWidget(
      CardService.newTextParagraph().setText(
        muted(
          say('library.footer', {
            usage: escapeCardText(usageText(view.usage, view.locale)),
            phone: escapeCardText(say('library.phoneNote')),
          }),
        ),
      ),
    ),
  );
  // Settings are in Gmail's toolbar menu too, which few people find: the name templates sign with is here.
  card.addSection(
    CardService.newCardSection().addWidget(
      CardService.newDecoratedText()
        .setText(escapeCardText(say('library.settings')))
        .setBottomLabel(say('library.settingsHint'))
        .setWrapText(true)
        .setEndIcon(chevron())
        .setOnClickAction(cardAction('openSettings', {})),
    ),
  );
  return card.build();
}

export function importCard(view: {
  json: string;
  errors: string[];
  locale?: string;
}): GoogleAppsScript.Card_Service.Card {
  const say = (id: MessageId, params?: Params) => t(view.locale, id, params);
  const card = CardService.newCardBuilder()
    .setName('import')
    .setHeader(CardService.newCardHeader().setTitle(say('import.header')));
  if (view.errors.length > 0) {
    const section = CardService.newCardSection().setHeader(red(escapeCardText(say('import.nothing'))));
    for (const e of view.errors)
      section.addWidget(CardService.newTextParagraph().setText(red(escapeCardText(e))));
    card.addSection(section);
  }
  return card
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextParagraph().setText(muted(escapeCardText(say('import.intro')))))
        .addWidget(
          CardService.newTextInput()
            .setFieldName(FIELD.importJson)
            .setTitle(say('import.json'))
            .setMultiline(true)
            .setValue(view.json),
        )
        .addWidget(actionButton(say('import.button'), 'importTemplates', {}, true)),
    )
    .build();
}

export function exportCard(view: { json: string; count: number; damaged: number; locale?: string }) {
  const say = (id: MessageId, params?: Params) => t(view.locale, id, params);
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(escapeCardText(say('export.intro', { count: view.count }))),
  );
  if (view.damaged > 0) {
    section.addWidget(
      CardService.newTextParagraph().setText(
        red(escapeCardText(say('export.damaged', { count: view.damaged }))),
      ),
    );
  }
  section.addWidget(
    CardService.newTextInput()
      .setFieldName(FIELD.importJson)
      .setTitle(say('export.json'))
      .setMultiline(true)
      .setValue(view.json),
  );
  return CardService.newCardBuilder()
    .setName('export')
    .setHeader(CardService.newCardHeader().setTitle(say('export.header')))
    .addSection(section)
    .build();
}

export function damagedCard(
  entry: DamagedRow & { raw: string; locale?: string },
): GoogleAppsScript.Card_Service.Card {
  const say = (id: MessageId, params?: Params) => t(entry.locale, id, params);
  return CardService.newCardBuilder()
    .setName('damaged')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(say('damaged.header'))
        .setSubtitle(entry.name || say('library.damaged.noName')),
    )
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextParagraph().setText(escapeCardText(entry.problem)))
        .addWidget(
          CardService.newTextInput()
            .setFieldName(FIELD.importJson)
            .setTitle(say('damaged.stored'))
            .setMultiline(true)
            .setValue(entry.raw),
        )
        .addWidget(
          CardService.newButtonSet()
            .addButton(actionButton(say('damaged.delete'), 'deleteDamaged', { entryId: entry.id }))
            .addButton(actionButton(say('library.back'), 'goBack', {})),
        ),
    )
    .build();
}

// Every template for the open message, searchable and paged; choosing one opens its preview.
import { FIELD } from '../actions';
import { t } from '../i18n';
import { cardAction } from './actions';
import { listHeader, type RowPage, rowsSection, searchInput } from './templateList';

export interface AllTemplatesView {
  /** The user's locale (the event's userLocale): the card's words come from the catalogue in it. */
  locale?: string;
  query: string;
  /** The mode picked on the message card ('' for none: each template's own). */
  mode: string;
  list: RowPage;
}

export function allTemplatesCard(view: AllTemplatesView): GoogleAppsScript.Card_Service.Card {
  const search = CardService.newCardSection().addWidget(
    searchInput(
      FIELD.search,
      view.query,
      cardAction('allTemplates', { page: '0', inPlace: '1', mode: view.mode }),
      view.locale,
    ),
  );
  const list = rowsSection(
    listHeader(view.list.total, view.query, view.locale),
    view.list,
    (row) => cardAction('previewTemplate', { templateId: row.id, mode: view.mode }),
    (page) => cardAction('allTemplates', { page: String(page), inPlace: '1', mode: view.mode }),
    t(view.locale, view.query.trim() ? 'library.noMatch' : 'all.empty'),
    view.locale,
  );
  return CardService.newCardBuilder()
    .setName('allTemplates')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(t(view.locale, 'all.header'))
        .setSubtitle(t(view.locale, 'all.subtitle')),
    )
    .addSection(search)
    .addSection(list)
    .build();
}

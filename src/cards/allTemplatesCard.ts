// Every template for the open message, searchable and paged; choosing one opens its preview.
import { FIELD } from '../actions';
import { cardAction } from './actions';
import { listHeader, type RowPage, rowsSection, searchInput } from './templateList';

export interface AllTemplatesView {
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
    ),
  );
  const list = rowsSection(
    listHeader(view.list.total, view.query),
    view.list,
    (row) => cardAction('previewTemplate', { templateId: row.id, mode: view.mode }),
    (page) => cardAction('allTemplates', { page: String(page), inPlace: '1', mode: view.mode }),
    view.query.trim() ? 'No template matches this search.' : 'No templates yet: create one in your library.',
  );
  return CardService.newCardBuilder()
    .setName('allTemplates')
    .setHeader(CardService.newCardHeader().setTitle('All templates').setSubtitle('Suggested ones first'))
    .addSection(search)
    .addSection(list)
    .build();
}

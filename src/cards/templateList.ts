// A list of templates as card rows (name, then a small line of detail), paged so no card nears the 100
// widgets it may hold (card.proto). Shared by the message card, "All templates" and the library.

import { type MessageId, type Params, t } from '../i18n';
import { isTeamTemplateId } from '../templates/teamId';
import { chevron } from './actions';
import { escapeCardText, muted } from './html';

export interface TemplateRow {
  id: string;
  /** As the user typed it; escaped here. */
  name: string;
  /** Small text under the name (why it is suggested, its tags…); plain text. */
  detail: string;
}

export interface RowPage {
  rows: TemplateRow[];
  /** 0-based. */
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

/** A row: the name, its detail below, a click that opens it, and a chevron or the row's own button. */
export function templateRowWidget(
  row: TemplateRow,
  onClick: GoogleAppsScript.Card_Service.Action,
  button?: GoogleAppsScript.Card_Service.TextButton,
  locale?: string,
): GoogleAppsScript.Card_Service.DecoratedText {
  const widget = CardService.newDecoratedText()
    .setText(escapeCardText(row.name))
    .setWrapText(true)
    .setOnClickAction(onClick);
  if (button) widget.setButton(button);
  else widget.setEndIcon(chevron());
  // Labels are plain text in cards: the detail is shown as typed, never as markup. Team templates say so.
  const detail = isTeamTemplateId(row.id)
    ? [t(locale, 'rows.team'), row.detail].filter(Boolean).join(' · ')
    : row.detail;
  if (detail) widget.setBottomLabel(detail);
  return widget;
}

/**
 * One page of rows, a line saying which part of the list this is, and Previous/Next buttons
 * (`pageAction(n)` for page n). `empty` is shown when there are no rows at all.
 */
export function rowsSection(
  header: string,
  list: RowPage,
  onClick: (row: TemplateRow) => GoogleAppsScript.Card_Service.Action,
  pageAction: (page: number) => GoogleAppsScript.Card_Service.Action,
  empty: string,
  locale?: string,
): GoogleAppsScript.Card_Service.CardSection {
  const say = (id: MessageId, params?: Params) => t(locale, id, params);
  const section = CardService.newCardSection().setHeader(escapeCardText(header));
  if (list.total === 0) {
    return section.addWidget(CardService.newTextParagraph().setText(muted(escapeCardText(empty))));
  }
  for (const row of list.rows) section.addWidget(templateRowWidget(row, onClick(row), undefined, locale));
  if (list.pages > 1) {
    const rest = list.total - list.last;
    section.addWidget(
      CardService.newTextParagraph().setText(
        muted(
          escapeCardText(
            rest > 0
              ? say('rows.showingMore', { first: list.first, last: list.last, total: list.total, rest })
              : say('rows.showing', { first: list.first, last: list.last, total: list.total }),
          ),
        ),
      ),
    );
    const buttons = CardService.newButtonSet();
    if (list.page > 0) {
      buttons.addButton(
        CardService.newTextButton()
          .setText(say('rows.previous'))
          .setOnClickAction(pageAction(list.page - 1)),
      );
    }
    if (list.page < list.pages - 1) {
      buttons.addButton(
        CardService.newTextButton()
          .setText(say('rows.next'))
          .setOnClickAction(pageAction(list.page + 1)),
      );
    }
    section.addWidget(buttons);
  }
  return section;
}

/** The search box over a list: every change re-runs `onChange` with the query in the form. */
export function searchInput(
  name: string,
  query: string,
  onChange: GoogleAppsScript.Card_Service.Action,
  locale?: string,
): GoogleAppsScript.Card_Service.TextInput {
  return CardService.newTextInput()
    .setFieldName(name)
    .setTitle(t(locale, 'rows.search'))
    .setHint(t(locale, 'rows.searchHint'))
    .setValue(query)
    .setOnChangeAction(onChange);
}

/** The header of a list: its size, or how many match the search. */
export function listHeader(total: number, query: string, locale?: string): string {
  return query.trim()
    ? t(locale, 'rows.matching', { count: total, query: query.trim() })
    : t(locale, 'rows.templates', { count: total });
}

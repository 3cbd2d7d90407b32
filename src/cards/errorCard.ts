// The one card every failure ends in: plain words, and for unexpected errors a reference to quote.
import { t } from '../i18n';
import { escapeCardText, isolateRtl, muted } from './html';

export interface ErrorView {
  title: string;
  message: string;
  /** Present for unexpected errors: the reference logged with the details. */
  reference?: string;
  /** A write may have happened (a draft made though Gmail threw): no "try again" may be offered. */
  mayHaveWritten?: boolean;
  /** The user's locale, for the card's own words (title and message come in it already). */
  locale?: string;
}

export function errorCard(view: ErrorView): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(escapeCardText(view.message)),
  );
  if (view.reference) {
    section.addWidget(
      CardService.newTextParagraph().setText(
        muted(escapeCardText(t(view.locale, 'error.reference', { reference: view.reference }))),
      ),
    );
  }
  return CardService.newCardBuilder()
    .setName('error')
    .setHeader(CardService.newCardHeader().setTitle(isolateRtl(view.title)))
    .addSection(section)
    .build();
}

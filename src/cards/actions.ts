// Card buttons and their actions: every action goes to dispatchAction with typed parameters.
import {
  type ActionName,
  type ActionParams,
  actionParameters,
  DISPATCH_FUNCTION,
  type DraftKind,
} from '../actions';
import { t } from '../i18n';

export function cardAction<K extends ActionName>(
  name: K,
  params: ActionParams[K],
): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction()
    .setFunctionName(DISPATCH_FUNCTION)
    .setParameters(actionParameters(name, params))
    .setLoadIndicator(CardService.LoadIndicator.SPINNER);
}

/**
 * A filled button that opens the draft made by the action in a compose window. Its ComposedEmailType
 * must be the kind of draft the action returns (Gmail refuses the other): a reply, or a draft that
 * starts a new conversation.
 */
export function draftButton<K extends ActionName>(
  text: string,
  name: K,
  params: ActionParams[K] & { draft: DraftKind },
  filled = true,
): GoogleAppsScript.Card_Service.TextButton {
  const type =
    params.draft === 'standalone'
      ? CardService.ComposedEmailType.STANDALONE_DRAFT
      : CardService.ComposedEmailType.REPLY_AS_DRAFT;
  return CardService.newTextButton()
    .setText(text)
    .setTextButtonStyle(filled ? CardService.TextButtonStyle.FILLED : CardService.TextButtonStyle.OUTLINED)
    .setComposeAction(cardAction(name, params), type);
}

export function actionButton<K extends ActionName>(
  text: string,
  name: K,
  params: ActionParams[K],
  filled = false,
): GoogleAppsScript.Card_Service.TextButton {
  return (
    CardService.newTextButton()
      .setText(text)
      // Not TEXT: "DO NOT USE. Deprecated version of OUTLINED" (TextButtonStyle reference).
      .setTextButtonStyle(filled ? CardService.TextButtonStyle.FILLED : CardService.TextButtonStyle.OUTLINED)
      .setOnClickAction(cardAction(name, params))
  );
}

/** The chevron Gmail's own cards end a row with that opens something (a Google Font Icon). */
export function chevron(locale?: string): GoogleAppsScript.Card_Service.IconImage {
  return CardService.newIconImage()
    .setMaterialIcon(CardService.newMaterialIcon().setName('chevron_right'))
    .setAltText(t(locale, 'card.open'));
}

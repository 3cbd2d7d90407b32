// Card buttons and their actions: every action goes to dispatchAction with typed parameters.
import { type ActionName, type ActionParams, actionParameters, DISPATCH_FUNCTION } from '../actions';

export function cardAction<K extends ActionName>(
  name: K,
  params: ActionParams[K],
): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction()
    .setFunctionName(DISPATCH_FUNCTION)
    .setParameters(actionParameters(name, params))
    .setLoadIndicator(CardService.LoadIndicator.SPINNER);
}

/** A filled button that opens a reply draft made by the action (Gmail shows it in a compose window). */
export function draftButton<K extends ActionName>(
  text: string,
  name: K,
  params: ActionParams[K],
): GoogleAppsScript.Card_Service.TextButton {
  return CardService.newTextButton()
    .setText(text)
    .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
    .setComposeAction(cardAction(name, params), CardService.ComposedEmailType.REPLY_AS_DRAFT);
}

export function actionButton<K extends ActionName>(
  text: string,
  name: K,
  params: ActionParams[K],
  filled = false,
): GoogleAppsScript.Card_Service.TextButton {
  return CardService.newTextButton()
    .setText(text)
    .setTextButtonStyle(filled ? CardService.TextButtonStyle.FILLED : CardService.TextButtonStyle.TEXT)
    .setOnClickAction(cardAction(name, params));
}

// Every card button routes through one global, dispatchAction, with the action's name and its string
// parameters; this map types them, so a misspelt action or parameter is a compile error.

export const DISPATCH_FUNCTION = 'dispatchAction';

export interface ActionParams {
  /** Re-plan the reply from the card's inputs and update the card. */
  refreshReply: Record<string, never>;
  /** Create the reply draft from the card's inputs (a compose action). */
  draftReply: Record<string, never>;
  /** Open the settings card. */
  openSettings: Record<string, never>;
  /** Save "my other addresses" from the card, plus `add` (a suggested address) when not ''. */
  saveSettings: { add: string };
}

export type ActionName = keyof ActionParams;

/** The string parameters a card button carries for an action. */
export function actionParameters<K extends ActionName>(
  name: K,
  params: ActionParams[K],
): Record<string, string> {
  return { action: name, ...params };
}

/** Form field names shared by the cards that render them and the handlers that read them. */
export const FIELD = {
  mode: 'mode',
  quote: 'quote',
  attachments: 'attachments',
  cc: 'cc',
  bcc: 'bcc',
  otherAddresses: 'otherAddresses',
} as const;

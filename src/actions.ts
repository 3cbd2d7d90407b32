// Every card button routes through one global, dispatchAction, with the action's name and its string
// parameters; this map types them, so a misspelt action or parameter is a compile error.
import type { ReplyMode } from './mail/types';

export const DISPATCH_FUNCTION = 'dispatchAction';

export interface ActionParams {
  /** Create a reply draft for the open message (a compose action). */
  draftReply: { mode: ReplyMode };
}

export type ActionName = keyof ActionParams;

/** The string parameters a card button carries for an action. */
export function actionParameters<K extends ActionName>(
  name: K,
  params: ActionParams[K],
): Record<string, string> {
  return { action: name, ...params };
}

// The single entry point of every card button: reads parameters.action and runs its handler.
import type { ActionName, ActionParams } from '../actions';
import { UserError } from '../errors';
import type { AddonEvent } from '../events';
import { responseOrErrorCard } from './boundary';
import { draftReply, refreshReply } from './message';
import { openSettings, saveSettings } from './settings';

type Handler<K extends ActionName> = (
  e: AddonEvent,
  params: ActionParams[K],
) => ReturnType<typeof responseOrErrorCard>;

const HANDLERS: { [K in ActionName]: Handler<K> } = {
  refreshReply,
  draftReply,
  openSettings,
  saveSettings,
};

function isActionName(name: string): name is ActionName {
  return Object.hasOwn(HANDLERS, name);
}

export function dispatchAction(e: AddonEvent) {
  return responseOrErrorCard(() => {
    const parameters = e.commonEventObject?.parameters ?? {};
    const name = parameters.action ?? '';
    if (!isActionName(name)) {
      throw new UserError(
        'That button is from an older version of Threadsmith. Reopen the message and try again.',
      );
    }
    const handler = HANDLERS[name] as Handler<typeof name>;
    return handler(e, parameters as unknown as ActionParams[typeof name]);
  });
}

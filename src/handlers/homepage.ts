// The homepage trigger: shown when no message is open.
import { homeCard } from '../cards/homeCard';
import type { AddonEvent } from '../events';
import { cardOrErrorCard } from './boundary';

export function onHomepage(_e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrErrorCard(() => homeCard());
}

// The homepage trigger (no message open): the user's template library.
import type { AddonEvent } from '../events';
import { cardOrErrorCard } from './boundary';
import { freshLibraryCard } from './libraryView';

export function onHomepage(_e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return cardOrErrorCard(freshLibraryCard);
}

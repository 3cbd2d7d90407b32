// The homepage trigger (no message open): the user's template library.
import { type AddonEvent, userEnv } from '../../events';
import { cardOrErrorCard } from '../shared/boundary';
import { freshLibraryCard } from '../shared/libraryView';

export function onHomepage(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  const { locale } = userEnv(e);
  return cardOrErrorCard(() => freshLibraryCard(locale), locale);
}

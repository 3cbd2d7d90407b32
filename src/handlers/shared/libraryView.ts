// The library card as every library and team action draws it again: the list (the template just saved
// marked on its page) and the team section. Its own module, so the library and the team handlers both
// use it without importing each other.
import { libraryCard } from '../../cards/libraryCards';
import { respond } from '../../cards/responses';
import type { TeamSectionView } from '../../cards/teamCards';
import { t } from '../../i18n';
import type { TeamStatus } from '../../store/teamPointer';
import type { Library, StoredTemplate, TemplateStore } from '../../store/templateStore';
import { type LibraryWithTeam, userStore } from './stores';
import { loadTemplates, PAGE_SIZE, pageOf, searchTemplates } from './templates';

type Card = GoogleAppsScript.Card_Service.Card;

/** What the list shows of a template it has just saved, before its tags. */
export interface JustSaved {
  id: string;
  note: string;
}

/** Where the library is drawn: the user's locale, the search and its page, the template just saved. */
export interface LibraryAt {
  locale: string;
  query?: string;
  page?: number;
  saved?: JustSaved;
}

export function currentLibraryCard(library: Library, where: LibraryAt): Card {
  const { locale, query = '', page = 0, saved } = where;
  const found = searchTemplates(library.templates, query);
  // A template just saved is shown on the page it is on, marked, so it can be seen among 200.
  const at = saved ? found.findIndex((t) => t.id === saved.id) : -1;
  const shown = pageOf(found, at >= 0 ? Math.floor(at / PAGE_SIZE) : page);
  const detail = (t: StoredTemplate) =>
    [t.id === saved?.id ? saved.note : '', t.tags.join(', ')].filter(Boolean).join(' · ');
  return libraryCard({
    locale,
    query,
    list: {
      ...shown,
      rows: shown.items.map((t) => ({ id: t.id, name: t.name, detail: detail(t) })),
    },
    usage: library.usage,
    damaged: library.damaged.map((d) => ({ id: d.id, name: d.name ?? '', problem: d.problem })),
    team: teamSectionView((library as LibraryWithTeam).team ?? { state: 'none' }),
  });
}

/** The library as it is now, from the top (the starters are added on the first run). */
export function freshLibraryCard(locale: string, saved?: JustSaved): Card {
  return currentLibraryCard(loadTemplates(userStore(), locale), { locale, saved });
}

/**
 * The list after a change `store` made: from what the change read and wrote under the lock, with no
 * second read (two round trips). A first run whose starters are not in yet reads as freshLibraryCard.
 */
export function libraryCardAfter(store: TemplateStore, locale: string, saved?: JustSaved): Card {
  const library = store.libraryAfterChange();
  return library.settings.startersSeeded
    ? currentLibraryCard(library, { locale, saved })
    : currentLibraryCard(loadTemplates(store, locale), { locale, saved });
}

export function teamSectionView(status: TeamStatus): TeamSectionView {
  if (status.state === 'none') return { state: 'none' };
  if (status.state === 'problem') {
    return {
      state: 'problem',
      name: status.pointer.name,
      title: status.title,
      message: status.message,
      ...(status.consentUrl ? { consentUrl: status.consentUrl } : {}),
    };
  }
  return {
    state: 'ok',
    name: status.pointer.name,
    count: status.count,
    canEdit: status.pointer.role !== 'viewer',
    url: status.pointer.url,
    problems: status.problems,
    stale: status.stale,
  };
}

// --- The answers of library actions: back to the list, drawn again after a change -----------------

/**
 * Back to the list, showing it as it now is (the list card is below every card of the library), after
 * a change that has committed. Reading the list again can fail (a server error, in any language); the
 * change is done all the same, so the caller still says so: `fresh` is false when the list below is
 * the one from before the change.
 */
export function backToLibrary(
  locale: string,
  saved?: JustSaved,
  store?: TemplateStore,
): {
  navigation: GoogleAppsScript.Card_Service.Navigation;
  fresh: boolean;
} {
  const navigation = CardService.newNavigation().popToNamedCard('library');
  try {
    const card = store ? libraryCardAfter(store, locale, saved) : freshLibraryCard(locale, saved);
    return { navigation: navigation.updateCard(card), fresh: true };
  } catch (error) {
    console.warn(`Library list not refreshed after a change: ${String(error)}`);
    return { navigation, fresh: false };
  }
}

/** The answer to a committed change: `done` in the notification, and what to do if the list is old. */
export function changed(
  locale: string,
  done: string,
  then?: (n: GoogleAppsScript.Card_Service.Navigation) => unknown,
  saved?: JustSaved,
  store?: TemplateStore,
) {
  const back = backToLibrary(locale, saved, store);
  then?.(back.navigation);
  return respond(back.navigation, back.fresh ? done : t(locale, 'library.stale', { done }));
}

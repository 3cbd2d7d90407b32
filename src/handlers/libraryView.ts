// The library card as every library and team action draws it again: the list (the template just saved
// marked on its page) and the team section. Its own module, so the library and the team handlers both
// use it without importing each other.
import { libraryCard } from '../cards/libraryCards';
import type { TeamSectionView } from '../cards/teamCards';
import type { TeamStatus } from '../store/teamPointer';
import type { Library, StoredTemplate, TemplateStore } from '../store/templateStore';
import { type LibraryWithTeam, userStore } from './stores';
import { loadTemplates, PAGE_SIZE, pageOf, searchTemplates } from './templates';

type Card = GoogleAppsScript.Card_Service.Card;

/** What the list shows of a template it has just saved, before its tags. */
export interface JustSaved {
  id: string;
  note: string;
}

export function currentLibraryCard(library: Library, query = '', page = 0, saved?: JustSaved): Card {
  const found = searchTemplates(library.templates, query);
  // A template just saved is shown on the page it is on, marked, so it can be seen among 200.
  const at = saved ? found.findIndex((t) => t.id === saved.id) : -1;
  const shown = pageOf(found, at >= 0 ? Math.floor(at / PAGE_SIZE) : page);
  const detail = (t: StoredTemplate) =>
    [t.id === saved?.id ? saved.note : '', t.tags.join(', ')].filter(Boolean).join(' · ');
  return libraryCard({
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
export function freshLibraryCard(saved?: JustSaved): Card {
  return currentLibraryCard(loadTemplates(userStore()), '', 0, saved);
}

/**
 * The list after a change `store` made: from what the change read and wrote under the lock, with no
 * second read (two round trips). A first run whose starters are not in yet reads as freshLibraryCard.
 */
export function libraryCardAfter(store: TemplateStore, saved?: JustSaved): Card {
  const library = store.libraryAfterChange();
  return library.settings.startersSeeded
    ? currentLibraryCard(library, '', 0, saved)
    : currentLibraryCard(loadTemplates(store), '', 0, saved);
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

// The store's refusals in the user's language, mapped from their error classes at the handler boundary:
// store/ keeps its English messages (logs, tests), and a refusal not mapped here shows that English.
import type { UserError } from '../../errors';
import { type MessageId, t } from '../../i18n';
import { formatFixed } from '../../mail';
import {
  ConflictError,
  DamagedTemplateError,
  DuplicateNameError,
  NewerStoreVersionError,
  SettingsTooLargeError,
  StoreBusyError,
  StoreFullError,
  TeamConflictError,
  TeamNameTakenError,
  TeamReadOnlyError,
  TeamUnavailableError,
  TemplateNotFoundError,
  TemplateTooLargeError,
} from '../../store/errors';

export interface ErrorWords {
  title: string;
  /** Absent when only the title is mapped (the team library's reasons are the store's English yet). */
  message?: string;
}

/** "12.3 KB" in the user's digits, binary kilobytes as the quota is stated (store/bytes.ts formatKB). */
function kb(locale: string | undefined, bytes: number, digits = 1): string {
  return t(locale, 'error.store.kb', { size: formatFixed(bytes / 1024, digits, locale) });
}

/** The words of a store or team refusal in `locale`, or undefined for an error this does not know. */
export function storeErrorWords(error: UserError, locale: string | undefined): ErrorWords | undefined {
  const w = (title: MessageId, message: MessageId, params?: Parameters<typeof t>[2]): ErrorWords => ({
    title: t(locale, title),
    message: t(locale, message, params),
  });
  if (error instanceof TeamConflictError)
    return w(
      'error.store.conflict.title',
      error.what === 'changed' ? 'error.team.changed' : 'error.team.deleted',
      {
        name: error.templateName,
      },
    );
  if (error instanceof ConflictError)
    return w(
      'error.store.conflict.title',
      error.what === 'changed' ? 'error.store.changed' : 'error.store.deleted',
      {
        name: error.templateName,
      },
    );
  if (error instanceof DuplicateNameError) {
    if (error.names.length === 1)
      return w('error.store.nameTaken.title', 'error.store.nameTaken', { name: error.names[0] ?? '' });
    const names = error.names.map((name) => t(locale, 'error.store.quoted', { name }));
    return w('error.store.nameTaken.title', 'error.store.namesTaken', {
      names: names.join(t(locale, 'list.separator')),
    });
  }
  if (error instanceof TeamNameTakenError)
    return w('error.store.nameTaken.title', 'error.team.nameTaken', { name: error.templateName });
  if (error instanceof StoreFullError) {
    return w('error.store.full.title', 'error.store.full', {
      what: t(locale, `error.store.needs.${error.need}`, { count: error.count }),
      needed: kb(locale, error.neededBytes),
      free: kb(locale, error.freeBytes),
      limit: kb(locale, error.limitBytes, 0),
    });
  }
  if (error instanceof TemplateTooLargeError)
    return w('error.store.tooLarge.title', 'error.store.tooLarge', {
      size: kb(locale, error.bytes),
      max: kb(locale, error.maxBytes),
    });
  if (error instanceof TemplateNotFoundError) return w('error.store.notFound.title', 'error.store.notFound');
  if (error instanceof DamagedTemplateError)
    return w('error.store.damaged.title', 'error.store.damaged', { name: error.templateName });
  if (error instanceof StoreBusyError) return w('error.store.busy.title', 'error.store.busy');
  if (error instanceof NewerStoreVersionError)
    return w('error.store.newer.title', 'error.store.newer', { found: error.found, known: error.known });
  if (error instanceof SettingsTooLargeError)
    return w('error.settings.tooLarge.title', 'error.settings.tooLarge', {
      size: kb(locale, error.bytes),
      max: kb(locale, error.maxBytes),
    });
  if (error instanceof TeamReadOnlyError)
    return w('error.team.readOnly.title', 'error.team.readOnly', { file: error.fileName });
  if (error instanceof TeamUnavailableError) return { title: t(locale, 'error.team.unavailable.title') };
  return undefined;
}

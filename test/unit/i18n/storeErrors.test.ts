// The store's refusals in the user's language, mapped at the handler boundary: in English each reads
// exactly as the store's own message (which stays for logs), and elsewhere numbers are the locale's.
import { storeErrorWords } from '../../../src/handlers/shared/storeErrors';
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
} from '../../../src/store/errors';

const errors = [
  new ConflictError('Thanks', 'changed'),
  new ConflictError('Thanks', 'deleted'),
  new TeamConflictError('Thanks', 'changed'),
  new TeamConflictError('Thanks', 'deleted'),
  new DuplicateNameError(['Thanks']),
  new DuplicateNameError(['Thanks', 'Hello']),
  new TeamNameTakenError('Thanks'),
  new StoreFullError(12_595, 1_024, 512_000),
  new StoreFullError(12_595, 0, 512_000, 'change'),
  new StoreFullError(2_048, 0, 512_000, 'copy'),
  new StoreFullError(2_048, 0, 512_000, 'upgrade'),
  new StoreFullError(40_960, 0, 512_000, 'import', 12),
  new StoreFullError(4_096, 0, 512_000, 'import', 1),
  new StoreFullError(1_024, 0, 512_000, 'settings'),
  new StoreFullError(1_024, 0, 512_000, 'importedSettings'),
  new StoreFullError(9_216, 0, 512_000, 'starters'),
  new TemplateTooLargeError(9_300, 8_900),
  new TemplateNotFoundError(),
  new DamagedTemplateError('Thanks'),
  new StoreBusyError(),
  new NewerStoreVersionError(3, 2),
  new SettingsTooLargeError(9_300, 8_900),
  new TeamReadOnlyError('Sales replies'),
];

test.each(errors.map((e) => [e.name, e]))('%s reads in English as the store writes it', (_, error) => {
  expect(storeErrorWords(error, 'en-GB')).toEqual({ title: error.title, message: error.message });
});

test('a team library that cannot be reached: the title is mapped, the reason stays the store’s', () => {
  expect(storeErrorWords(new TeamUnavailableError('That file is larger than 1 MB.'), 'en')).toEqual({
    title: 'Team library not available',
  });
});

test('sizes are written with the locale’s decimal mark', () => {
  const words = storeErrorWords(new TemplateTooLargeError(9_300, 8_900), 'de');
  expect(words?.message).toContain('9,1 KB');
  expect(words?.message).toContain('8,7 KB');
});

test('a full store names its sizes in English digits for English', () => {
  expect(storeErrorWords(new StoreFullError(12_595, 1_024, 512_000), 'en')?.message).toBe(
    'This template needs 12.3 KB but only 1.0 KB of your 500 KB are free. Delete or shorten some templates and try again.',
  );
});

test('what needs the space is said in the user’s language for every write, an import with its count', () => {
  const de = (error: StoreFullError) => storeErrorWords(error, 'de')?.message ?? '';
  expect(de(new StoreFullError(40_960, 0, 512_000, 'import', 12))).toContain(
    'Diese 12 Vorlagen brauchen 40,0 KB',
  );
  expect(de(new StoreFullError(4_096, 0, 512_000, 'import', 1))).toContain('Diese Vorlage braucht 4,0 KB');
  expect(de(new StoreFullError(9_216, 0, 512_000, 'starters'))).toContain(
    'Die Startvorlagen brauchen 9,0 KB',
  );
  expect(storeErrorWords(new StoreFullError(40_960, 0, 512_000, 'import', 12), 'en')?.message).toBe(
    'These 12 templates need 40.0 KB but only 0.0 KB of your 500 KB are free. Delete or shorten some templates and try again.',
  );
});

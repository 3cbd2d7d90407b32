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
  new StoreFullError(12_595, 0, 512_000, 'This change needs'),
  new StoreFullError(2_048, 0, 512_000, 'The copy needs'),
  new StoreFullError(2_048, 0, 512_000, 'Upgrading your templates to the new storage format needs'),
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

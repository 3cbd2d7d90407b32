// A field's note on when it is empty is a message id, so lint says it in the user's language: a German
// catalogue of the test's own holds the note (the translators add the real one from the English).
import { findField } from '../../../src/templates';
import { emptyAdvice } from '../../../src/templates/lint';

jest.mock('../../../src/i18n/messages/de', () => ({
  de: () => ({ 'lint.field.why.noCc': 'ist leer, wenn die Antwort kein Cc hat' }),
}));

test('the note is in the locale, inside the English frame the catalogue falls back to', () => {
  expect(emptyAdvice('cc', findField('cc')!, 'de')).toBe(
    '"cc" ist leer, wenn die Antwort kein Cc hat, and no default reads well in its place: put what depends on it inside {% if cc %}…{% endif %}, or you will be asked for it',
  );
});

test('in English it reads as before', () => {
  expect(emptyAdvice('me.name', findField('me.name')!, 'en')).toBe(
    '"me.name" may be empty until you set your name in Settings, and no default reads well in its place: put what depends on it inside {% if me.name %}…{% endif %}, or you will be asked for it',
  );
});

// The merge fields' names the editor's picker and the fill-in form show come from the catalogue
// (`field.<path>`); in English they must read exactly as the schema's labels, which lint and older
// tests use, and every field of the schema has one.
import { catalogueOf, type Message } from '../../../src/i18n';
import { MERGE_FIELDS } from '../../../src/templates/fields';

const english = catalogueOf('en') as Record<string, Message>;

test.each(MERGE_FIELDS.map((f) => [f.path, f.label]))('%s', (path, label) => {
  const text = english[`field.${path}`];
  expect(typeof text).toBe('string');
  // `{loop}` stands for the Liquid the label quotes (handlers/shared/templateForm.ts LOOPS).
  const loop = /\{% for p in \w+ %\}/.exec(label)?.[0] ?? '';
  expect(String(text).replace('{loop}', loop)).toBe(label);
});

test('no field key names a field the schema does not have', () => {
  const paths = new Set(MERGE_FIELDS.map((f) => `field.${f.path}`));
  expect(Object.keys(english).filter((id) => id.startsWith('field.') && !paths.has(id))).toEqual([]);
});

// A refused template input reaches the editor as a code (src/templates/templateInput.ts); the card shows
// the catalogue's `editor.problem.<code>`. In English that must read exactly as the model's message,
// which imports, logs and older tests still use, for every code.
import { t } from '../../../src/i18n';
import { checkTemplateInput, type FieldProblem } from '../../../src/templates/model';

// German now translates every editor problem, so the fallback below is checked with a German catalogue
// that lacks the key on purpose (as fallback.test.ts does), not with a gap the translation has closed.
jest.mock('../../../src/i18n/messages/de', () => ({ de: () => ({ 'editor.save': 'Speichern' }) }));

const BAD_INPUTS: unknown[] = [
  'not an object',
  { name: 7, body: 1 },
  { name: '', body: '   ' },
  { name: 'n'.repeat(101), body: 'x'.repeat(64 * 1024 + 1) },
  { name: 'two\nlines', body: 'a\u0001b' },
  { name: 'ok', body: 'ok', subject: 5 },
  { name: 'ok', body: 'ok', subject: `${'s'.repeat(251)}\n{{ sender.name }}` },
  { name: 'ok', body: 'ok', mode: 'forward' },
  { name: 'ok', body: 'ok', cc: 5, bcc: 'not an address' },
  { name: 'ok', body: 'ok', cc: Array.from({ length: 51 }, (_, i) => `p${i}@a.example`) },
  { name: 'ok', body: 'ok', tags: 5 },
  {
    name: 'ok',
    body: 'ok',
    tags: ['t'.repeat(31), 'a\u0001', ...Array.from({ length: 10 }, (_, i) => `t${i}`)],
  },
];

const problems: FieldProblem[] = BAD_INPUTS.flatMap((raw) => {
  const checked = checkTemplateInput(raw);
  return checked.ok ? [] : checked.problems;
});

test('the inputs above reach every code', () => {
  // Written by hand: the codes of ProblemCode.
  expect([...new Set(problems.map((p) => p.code))].sort()).toEqual(
    [
      'notObject',
      'nameNotText',
      'nameRequired',
      'nameTooLong',
      'nameOneLine',
      'bodyRequired',
      'bodyEmpty',
      'bodyTooBig',
      'bodyControl',
      'subjectNotText',
      'subjectTooLong',
      'subjectOneLine',
      'subjectFields',
      'modeUnknown',
      'addressesNotText',
      'addressesInvalid',
      'addressesTooMany',
      'tagsNotList',
      'tagTooLong',
      'tagCharacters',
      'tooManyTags',
    ].sort(),
  );
});

test.each(problems.map((p) => [p.code, p] as const))('%s reads in English as the model says it', (_, p) => {
  expect(t('en-US', `editor.problem.${p.code}`, p.params)).toBe(p.message);
});

test('a locale with no translation yet shows the English words, never the id', () => {
  expect(t('de', 'editor.problem.nameRequired')).toBe('Name is required');
});

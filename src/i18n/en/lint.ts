// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/**
 * Template lint messages and the Liquid engine's parse and render errors. Liquid itself (`{% if %}`,
 * `{{`) comes in as params (src/templates/issues.ts), so a message's own text never holds a brace.
 */
export const lint = {
  // Reading the template (src/templates/liquid/parser.ts): each names what to write instead.
  'lint.parse.unknownTag': 'Unknown tag {tag}',
  'lint.parse.unavailableTag': '{tag} is not available in templates',
  'lint.parse.unknownFilter': 'Unknown filter "{filter}"',
  'lint.parse.unclosed': '{tag} is not closed: add {end}',
  'lint.parse.unclosedOutput': '"{open}" is not closed: add "{close}"',
  'lint.parse.unclosedTag': '"{open}" is not closed: add "{close}"',
  'lint.parse.unexpectedTag': '{tag} is not expected here',
  'lint.parse.invalid': 'The template could not be read near "{near}"',
  'lint.parse.inlineComment': 'Every line of a {tag} comment must start with #',
  'lint.parse.tooLong': 'The template is too long',
  'lint.parse.tooDeep': 'The template nests blocks too deeply: at most {count} inside each other',

  // Filling it in (src/templates/liquid/render.ts): the limits, and a filter used without its value.
  'lint.render.tooManyPieces':
    'The template repeats too much: it stopped after {count} pieces. Loop over fewer items (e.g. {example}).',
  'lint.render.tooLong': 'The filled-in template is longer than {count} characters',
  'lint.render.tooMuchText': 'The template builds too much text to send',
  'lint.render.filterArgument': 'The filter "{filter}" needs a value, e.g. | {filter}: "text"',
  'lint.render.failed': 'The template could not be filled in',

  // Checks of what it reads (src/templates/lint.ts).
  'lint.field.unknown': 'Unknown field "{field}"',
  'lint.field.unknownHint': 'Unknown field "{field}": did you mean "{hint}"?',
  'lint.field.emptyDefault':
    '"{field}" may be empty for some messages: add a default, e.g. {example}, or you will be asked for it',
  'lint.field.emptyIf':
    '"{field}" {why}, and no default reads well in its place: put what depends on it inside {open}…{close}, or you will be asked for it',
  // Each field's note on when it is empty ({why} of lint.field.emptyIf; src/templates/fields.ts).
  'lint.field.why.someMessages': 'may be empty for some messages',
  'lint.field.why.noCc': 'is empty when the reply has no Cc',
  'lint.field.why.noName': 'may be empty until you set your name in Settings',
  'lint.link.dropped': 'The link to "{href}" will be kept as text: only https: and mailto: links are sent',
} as const satisfies Record<string, Message>;

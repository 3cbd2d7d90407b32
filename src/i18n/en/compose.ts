// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The compose card: templates inserted at the cursor. */
export const compose = {
  // The list (src/cards/composeCard.ts composeListCard).
  'compose.header': 'Insert a template',
  'compose.search': 'Search templates',
  'compose.searchHint': 'Name, tag or text',
  'compose.for': 'For',
  'compose.noRecipients': 'No recipients yet',
  'compose.check': 'Check',
  'compose.templates': 'Templates',
  'compose.emptyLibrary':
    'Your template library is empty. Open Threadsmith from Gmail’s side panel (with no message open) and choose {button} to write your first one.',
  'compose.newTemplate': 'New template',
  'compose.noMatch': 'No template matches “{query}”.',
  'compose.empty': '(empty)',
  'compose.team': 'Team',
  'compose.more': '{count} more: refine the search.',

  // The preview (composePreviewCard).
  'compose.preview.subtitle': 'Preview for this draft',
  'compose.addsCc': 'Adds Cc',
  'compose.addsBcc': 'Adds Bcc',
  'compose.subject': 'Subject',
  'compose.setSubject': 'Set the subject to “{subject}”',
  'compose.setSubjectHint': 'Turn off for a reply: a changed subject breaks the thread.',
  'compose.problem': 'This template has a problem',
  'compose.text': 'Text',
  'compose.insert': 'Insert',
  'compose.insertWaiting': {
    one: 'Insert (fill in {count} value)',
    other: 'Insert (fill in {count} values)',
  },

  // Warnings of the preview (src/handlers/compose/compose.ts).
  'compose.warning.notAddress': 'Not an email address, left as it is: {names}',
  'compose.warning.templateNotAddress': 'The template’s “{value}” is not an email address and is left out.',
  'compose.warning.unknownCc':
    'Gmail did not tell Threadsmith this draft’s Cc, so Insert leaves it as it is: add {emails} to Cc yourself.',
  'compose.warning.unknownBcc':
    'Gmail did not tell Threadsmith this draft’s Bcc, so Insert leaves it as it is: add {emails} to Bcc yourself.',
} as const satisfies Record<string, Message>;

// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** Errors and notifications any surface can show. */
export const errors = {
  // The error card (src/cards/errorCard.ts, src/handlers/shared/boundary.ts).
  'error.reference': 'Reference: {reference}',
  'error.title': 'Threadsmith can’t do that',
  'error.unexpected.title': 'Something went wrong',
  'error.unexpected':
    'Threadsmith hit an unexpected problem. Try again; if it keeps happening, send us the reference below.',
  'error.oldButton': 'That button is from an older version of Threadsmith. Reopen the message and try again.',

  // Drafts (src/handlers/message/reply.ts, src/errors.ts).
  'error.noDraft.title': 'No draft made',
  'error.cardChanged':
    'The reply changed since this card was drawn. Nothing was made: change any choice on the card to refresh it, then create the draft again.',
  'error.noSender.title': 'No sender',
  'error.noSender':
    'This message has no sender address (its From line is missing or unreadable), so there is nobody to reply to.',
  'error.draftMayExist.title': 'Check your Drafts folder',
  'error.draftMayExist':
    'Gmail did not confirm the draft, but it may have been made anyway. Look in your Drafts folder before you try again, so you don’t end up with two copies.',

  // Reading the open message (src/platform/gmail.ts).
  'error.noMessage.title': 'No message open',
  'error.noMessage':
    'Threadsmith works on the message you have open, and this request did not say which one. Open a message in Gmail and try again.',
  'error.accessExpired.title': 'Message access expired',
  'error.accessExpired':
    'Gmail did not let Threadsmith read this message (its access may have expired). Close the message, open it again and retry.',
  'error.notReadable.title': 'Message not readable',
  'error.notReadable':
    'Gmail did not let Threadsmith read this message: it may have been deleted or moved, or Gmail is having trouble. Close the message, open it again and retry.',
  'error.notFound.title': 'Message not found',
  'error.notFound': 'This message no longer exists: it may have been deleted. Open another message.',

  // The template store's refusals, mapped from its error classes at the handler boundary
  // (src/handlers/storeErrors.ts; src/store/errors.ts keeps its English for logs).
  'error.store.conflict.title': 'Template changed elsewhere',
  'error.store.changed':
    '“{name}” was changed in another window since you opened it. Your edits were not saved: copy them, reopen the template and apply them again.',
  'error.store.deleted':
    '“{name}” was deleted in another window since you opened it. Your edits were not saved: copy them and create a new template.',
  'error.store.nameTaken.title': 'Name already used',
  'error.store.nameTaken': 'You already have a template named “{name}”. Choose another name.',
  // {names} are error.store.quoted names joined with list.separator.
  'error.store.namesTaken':
    'These names are already used (names must differ by more than capitals): {names}.',
  'error.store.quoted': '“{name}”',
  'error.store.full.title': 'Template library full',
  // {what} is one of error.store.needs.*; {needed}, {free} and {limit} are error.store.kb sizes.
  'error.store.full':
    '{what} {needed} but only {free} of your {limit} are free. Delete or shorten some templates and try again.',
  'error.store.needs.template': 'This template needs',
  'error.store.needs.copy': 'The copy needs',
  'error.store.needs.upgrade': 'Upgrading your templates to the new storage format needs',
  'error.store.needs.change': 'This change needs',
  'error.store.needs.import': { one: 'This template needs', other: 'These {count} templates need' },
  'error.store.needs.settings': 'Your settings need',
  'error.store.needs.importedSettings': 'These settings need',
  'error.store.needs.starters': 'The starter templates need',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Template too large',
  'error.store.tooLarge':
    'The name, subject, Cc, Bcc and tags of this template take {size}; together they can take at most {max}. Shorten them and try again.',
  'error.store.notFound.title': 'Template not found',
  'error.store.notFound': 'That template no longer exists; it may have been deleted in another window.',
  'error.store.damaged.title': 'Template damaged',
  'error.store.damaged':
    '“{name}” is damaged and can’t be changed. Copy its text from the damaged list, delete it there and create it again.',
  'error.store.busy.title': 'Busy',
  'error.store.busy':
    'Your templates are being saved in another window. Nothing was changed; try again in a moment.',
  'error.store.newer.title': 'Update needed',
  'error.store.newer':
    'Your templates were saved by a newer version of Threadsmith (storage format {found}; this version knows {known}). They can be read but not changed until the add-on is updated.',
  'error.settings.tooLarge.title': 'Settings too large',
  'error.settings.tooLarge':
    'These settings take {size}; at most {max} fit. Remove some addresses and try again.',

  // The team library's refusals (same boundary).
  'error.team.changed':
    'Someone else saved “{name}” in the team library after you opened it, so your edits were not saved. What you typed is still below: copy it, open the saved version and apply your change again.',
  'error.team.deleted':
    'Someone else deleted “{name}” from the team library after you opened it, so your edits were not saved. What you typed is still below: copy it if you want to keep it.',
  'error.team.readOnly.title': 'View only',
  'error.team.readOnly':
    'You can use the team library “{file}”, but not change it: only people with edit access to the file in Drive can. Ask its owner for edit access, or copy the template to your own templates.',
  'error.team.unavailable.title': 'Team library not available',
  'error.team.nameTaken': 'The team library already has a template named “{name}”. Choose another name.',
} as const satisfies Record<string, Message>;

// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The Settings card. */
export const settings = {
  'settings.header': 'Settings',
  'settings.you': 'You',
  'settings.name': 'Your name',
  'settings.nameHint': 'As you sign your mail: templates use it for {field}',
  // {email} is the user's address, already escaped; {variants} the muted line below.
  'settings.neverMe':
    'Threadsmith never puts you in a reply. You are {email}; list any other addresses you receive mail at. {variants}',
  'settings.variants': 'Variants with +tag, and dots in Gmail addresses, count as yours automatically.',
  'settings.otherAddresses': 'My other addresses',
  'settings.onePerLine': 'One per line',
  'settings.save': 'Save',
  'settings.suggested': 'Suggested',
  'settings.deliveredTo': 'This message was delivered to',
  'settings.addAsMine': 'Add as mine',
  'settings.saved': 'Saved.',
  'settings.notSaved': 'Not saved: {reason}',
  // {addresses} is a list of quoted addresses, joined by the caller.
  'settings.invalidAddresses': {
    one: 'Not saved: {addresses} is not an email address. Correct or remove it, then Save.',
    other: 'Not saved: {addresses} are not email addresses. Correct or remove them, then Save.',
  },
} as const satisfies Record<string, Message>;

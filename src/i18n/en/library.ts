// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The template library, its search, the all-templates card and the team library. */
export const library = {
  // Sizes: {size} is the number in the user's locale (binary kilobytes, as the quota is stated).
  'library.kilobytes': '{size} KB',
  'library.usage': 'Uses {used} of {limit}',

  // The library card.
  'library.header': 'Templates',
  'library.new': 'New template',
  'library.import': 'Import',
  'library.export': 'Export',
  'library.noMatch': 'No template matches this search.',
  'library.empty': 'No templates yet: create one or import some.',
  'library.damaged.header': 'Damaged ({count})',
  'library.damaged.intro':
    'These stored entries could not be read; your other templates are not affected. Open one to copy its text, then delete it.',
  'library.damaged.noName': '(no readable name)',
  'library.damaged.more': '{count} more — delete some of these to see the rest',
  // {usage} is library.usage, already escaped; {phone} is library.phoneNote.
  'library.footer':
    '{usage} of your template storage. Open a message to use a template: its card lists the ones that fit, suggested first. {phone}',
  'library.phoneNote':
    "In Gmail's Android and iOS apps, use Draft on a message's card; inserting a template into a message you are writing works in Gmail on the web.",
  'library.settings': 'Settings',
  'library.settingsHint': 'Your name for templates, and your other addresses',
  'library.justSaved': 'Just saved',
  'library.justSavedCheck': 'Just saved · {check}',

  // Lists of templates (the library, All templates).
  'rows.templates': { one: '{count} template', other: '{count} templates' },
  'rows.matching': {
    one: '{count} template matching “{query}”',
    other: '{count} templates matching “{query}”',
  },
  'rows.showing': 'Showing {first}–{last} of {total}',
  'rows.showingMore': 'Showing {first}–{last} of {total} · {rest} more — refine the search',
  'rows.previous': 'Previous',
  'rows.next': 'Next',
  'rows.search': 'Search templates',
  'rows.searchHint': 'Words in the name, tags or text',
  'rows.team': 'Team',
  'all.header': 'All templates',
  'all.subtitle': 'Suggested ones first',
  'all.empty': 'No templates yet: create one in your library.',

  // Import, export, damaged entries.
  'import.header': 'Import templates',
  'import.nothing': 'Nothing was imported',
  'import.intro':
    'Paste an export from Threadsmith (or a list of templates with a name and a body). Every template is checked first: either all are added, or none.',
  'import.json': 'Templates as JSON',
  'import.button': 'Import',
  'import.pasteFirst': 'Paste the JSON of an export first.',
  'import.moreProblems': '… and {count} more problems',
  'import.refused': 'Nothing was imported: see the card',
  'import.nothingNew': {
    one: 'Nothing new: that template is already in your library',
    other: 'Nothing new: all {count} templates are already in your library',
  },
  'import.done': { one: 'Imported {count} template', other: 'Imported {count} templates' },
  'import.doneSkipped': {
    one: 'Imported {count} template ({already} already there)',
    other: 'Imported {count} templates ({already} already there)',
  },
  'export.header': 'Export templates',
  'export.intro': {
    one: '{count} template. Copy the text below and keep it, or paste it into Import in another account.',
    other: '{count} templates. Copy the text below and keep it, or paste it into Import in another account.',
  },
  'export.damaged': {
    one: '{count} damaged entry is not included: open it from the library to copy the stored text.',
    other: '{count} damaged entries are not included: open them from the library to copy the stored text.',
  },
  'export.json': 'Export (JSON)',
  'damaged.header': 'Damaged entry',
  'damaged.stored': 'Stored text (copy it before deleting)',
  'damaged.delete': 'Delete for good',
  'damaged.deleted': 'Damaged entry deleted',
  'damaged.gone': 'That entry is gone: it may have been deleted in another window.',
  'damaged.notFound': 'Not found',
  'library.back': 'Back',
  'library.cancel': 'Cancel',
  'library.stale': '{done}. Reopen the library to see the list as it is now.',
  'library.deleted': 'Template deleted',
  'library.copied': 'Copied as “{name}”',

  // The team library.
  'team.header': 'Team library',
  // {create} and {use} are the buttons' names (team.create, team.use), set in bold by the card.
  'team.empty':
    'Share one set of templates with your team. {create} makes a file in your Google Drive; you then share that file with your team from Drive (“Share…”). To join a team library someone shared with you: open Google Drive, select the file, open Threadsmith in Drive’s side panel and choose {use}.',
  'team.create': 'Create team library',
  'team.allowAccess': 'Allow access',
  'team.stop': 'Stop using it',
  // {name} is the team library's name, already escaped and bold; {templates} is list.templates.
  'team.summary': '{name}: {templates}, marked Team in your lists. {access}',
  'team.canEdit': 'You can edit them; your teammates see your changes.',
  'team.canUse': 'You can use them; only people with edit access to the file in Drive can change them.',
  'team.stale': 'Drive did not answer just now: these are the team templates as last read.',
  'team.moreProblems': '… and {count} more',
  'team.problems': {
    one: '{count} entry of the file can’t be used',
    other: '{count} entries of the file can’t be used',
  },
  'team.problemsOthers': '{problems} (the others can):',
  'team.newTemplate': 'New team template',
  'team.copyMine': 'Copy my templates to the team',
  'team.share': 'Share…',
  'team.yourTemplates': 'Your templates',
  'team.createIntro':
    'Threadsmith makes a file in your Google Drive for the team’s templates. Only people you share the file with can see it; those you give edit access can change its templates.',
  'team.name': 'Team library name',
  'team.tickToStart':
    'Tick the templates to start it with (copies: yours stay as they are), or none to start empty.',
  'team.moreLater': '{count} more: copy them later with “Copy my templates to the team”.',
  // {team} is the team library's name, already escaped and bold.
  'team.tickToCopy': 'Tick the templates to copy to {team}. Your own stay as they are.',
  'team.noneOfYourOwn': 'You have no templates of your own yet.',
  'team.moreSearch': '{count} more: search the library to open one.',
  'team.copyHeader': 'Copy to the team library',
  'team.copyButton': 'Copy to the team',
  'team.subtitle': 'Team · {team}',
  'team.readOnly':
    'A team template: you can use it, but only people with edit access to the team library can change it. Copy it to your templates to make your own version.',
  'team.text': 'Text',
  'team.tags': 'Tags',
  'team.noTags': '(none)',
  'team.copyToMine': 'Copy to my templates',
  'team.driveHome':
    'To use a team library someone shared with you, select its file here in Drive (it ends in “(Threadsmith team library).json”); this panel then offers {use}. To create one, open Threadsmith in Gmail: its library has a Team library section.',
  'team.use': 'Use as team library',

  // What the team actions say (notifications, refusals, the Drive panel).
  'team.none': 'You have no team library.',
  'team.notAvailable': 'Team library not available',
  'team.defaultName': 'Team templates',
  'team.saved': 'Saved “{name}” in the team library',
  'team.deleted': 'Deleted from the team library',
  'team.copiedToMine': 'Copied to your templates as “{name}”',
  'team.copyName': '{name} (team copy)',
  'team.consent':
    'A team library is a file in Google Drive, so Threadsmith needs your permission to see and change the Drive files you create or open with it (“drive.file”). It sees no other file in your Drive. Your own templates work without it.',
  'team.permission': 'Permission needed',
  'team.nameTooLong': 'The name must be one line of at most {max} characters.',
  'team.created': {
    one: 'Created “{name}” in your Drive with {count} template. Use “Share…” to share it with your team.',
    other: 'Created “{name}” in your Drive with {count} templates. Use “Share…” to share it with your team.',
  },
  'team.createdEmpty': 'Created “{name}” in your Drive. Use “Share…” to share it with your team.',
  'team.tickOne': 'Tick at least one template to copy.',
  'team.nothingCopied': 'Nothing was copied: see the card',
  'team.copied': {
    one: 'Copied {count} template to the team library',
    other: 'Copied {count} templates to the team library',
  },
  'team.left': 'You no longer use the team library. The file stays in Drive.',
  'team.theFile': 'the file',
  'team.isYours': 'This file is your team library. Its templates appear in Gmail with yours, marked Team.',
  'team.askUse':
    'Use this file as your team library? Its templates will appear in Gmail with yours, marked Team.',
  'team.askUseAccess':
    'Use this file as your team library? Threadsmith first asks for access to this one file; it sees no other file in your Drive.',
  // {templates} is rows.templates.
  'team.joined':
    'Done: “{name}” ({templates}) is now your team library. Open Gmail: its templates appear with yours, marked Team.',
  'team.joinedViewer':
    'Done: “{name}” ({templates}) is now your team library. Open Gmail: its templates appear with yours, marked Team. You can use them; only people with edit access to the file can change them.',
  'team.joinedNote': '“{name}” is now your team library',
  'team.notTeamLibrary': 'Not a team library',
} as const satisfies Record<string, Message>;

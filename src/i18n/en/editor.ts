// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The template editor, the template preview and the fill-in form. */
export const editor = {
  // The editor.
  'editor.new': 'New template',
  'editor.edit': 'Edit template',
  'editor.newTeam': 'New team template',
  'editor.editTeam': 'Edit team template',
  'editor.teamSubtitle': 'Team · {team}',
  'editor.notSaved': 'Not saved',
  'editor.oneToFix': 'One thing to fix, shown under its field below.',
  'editor.toFix': '{count} things to fix, each shown under its field below.',
  'editor.conflictKept': 'What you typed is still below: copy it before opening the saved version.',
  'editor.openSaved': 'Open the saved version',
  'editor.name': 'Name',
  'editor.text': 'Text',
  'editor.textHint': 'Markdown: **bold**, *italics*, [text](https://…), lists with - or 1.',
  'editor.check': 'Check',
  'editor.insertField': 'Insert field',
  'editor.chooseField': 'Choose a field to add to the text…',
  // {example} is a field with its fallback, as written in a template.
  'editor.insertHelp':
    'Added at the end of the text, with a fallback where the message may lack it: {example}. Fields without one are asked for before the draft is made.',
  'editor.tags': 'Tags',
  'editor.tagsHint': 'Comma-separated, e.g. billing, acme.example',
  'editor.defaultReply': 'Default reply',
  'editor.addCc': 'Add Cc',
  'editor.addBcc': 'Add Bcc',
  'editor.addressesHint': 'Addresses added to every draft',
  'editor.subject': 'Subject for new messages',
  'editor.subjectHint': 'Never used for replies: they keep the thread’s subject',
  'editor.duplicate': 'Duplicate',
  'editor.copyToMine': 'Copy to my templates',
  'editor.delete': 'Delete',
  'editor.save': 'Save',
  'editor.cancel': 'Cancel',
  'editor.confirmDelete.header': 'Delete template?',
  // {name} is the template's name, already escaped, quoted and bold.
  'editor.confirmDelete.text':
    'Delete {name}? This can’t be undone: export your templates first if you may want it back.',
  'editor.keep': 'Keep it',

  // Why an input is refused (src/templates/templateInput.ts ProblemCode); {label} is Cc or Bcc.
  'editor.problem.notObject': 'A template must be an object with a name and a body',
  'editor.problem.nameNotText': 'Name must be text',
  'editor.problem.nameRequired': 'Name is required',
  'editor.problem.nameTooLong': 'Name is {count} characters; the limit is {max}',
  'editor.problem.nameOneLine': 'Name must be a single line of text',
  'editor.problem.bodyRequired': 'Body is required',
  'editor.problem.bodyEmpty': 'Body is empty',
  'editor.problem.bodyTooBig': 'The body is {size}; a template can be at most {max}',
  'editor.problem.bodyControl': 'Body has control characters',
  'editor.problem.subjectNotText': 'Subject must be text',
  'editor.problem.subjectTooLong': 'Subject is longer than {max} characters',
  'editor.problem.subjectOneLine': 'Subject must be a single line of text',
  // {fields} is the merge-field syntax, {{ … }}.
  'editor.problem.subjectFields': 'Subject is plain text: merge fields ({fields}) work in the body only',
  'editor.problem.modeUnknown': 'Mode must be one of {modes}',
  'editor.problem.addressesNotText': '{label} must be text',
  'editor.problem.addressesInvalid': '{label} is not a list of email addresses: "{addresses}"',
  'editor.problem.addressesTooMany': '{label} has more than {max} addresses',
  'editor.problem.tagsNotList': 'Tags must be a list of words',
  'editor.problem.tagTooLong': 'Tag "{tag}" is longer than {max} characters',
  'editor.problem.tagCharacters': 'Tag "{tag}" has characters a tag can\'t have',
  'editor.problem.tooManyTags': 'A template can have at most {max} tags',

  // What a save says.
  'editor.refused': 'Not saved: see the card',
  'editor.saved': 'Saved “{name}”',
  'editor.toCheck': { one: '{count} thing to check', other: '{count} things to check' },
  // {check} is editor.toCheck.
  'editor.savedCheck': 'Saved “{name}”, with {check}: open it to see',
  'editor.issue': 'Line {line}, column {column}: {message}',
  // A link the render keeps as text (src/templates/render.ts), on the preview and the compose card.
  'editor.render.linkDropped':
    'The link to "{href}" was kept as text: only https: and mailto: links are sent',
  // {issues} are editor.issue texts joined with "; ".
  'editor.unusable': '“{name}” can’t be used until it is fixed: {issues}. Edit it in your template library.',
  'editor.unusableTitle': 'Template has an error',
  // {labels} are the fields' names, quoted; {fields} the fields as written in the template.
  'fill.missing': {
    one: 'Fill in {labels} ({fields}) first: there is no value for it here, and Threadsmith never leaves a merge field empty.',
    other:
      'Fill in {labels} ({fields}) first: there is no value for them here, and Threadsmith never leaves a merge field empty.',
  },
  'fill.missingTitle': 'Fill in the missing values',

  // The merge fields' names (src/templates/fields.ts MERGE_FIELDS), in the picker; {loop} is Liquid.
  'field.sender.first_name': "Sender's first name",
  'field.sender.last_name': "Sender's last name",
  'field.sender.name': "Sender's name",
  'field.sender.email': "Sender's email",
  'field.sender.domain': "Sender's domain",
  'field.to.first_name': "First recipient's first name",
  'field.to.last_name': "First recipient's last name",
  'field.to.name': "First recipient's name",
  'field.to.email': "First recipient's email",
  'field.to.domain': "First recipient's domain",
  'field.to[].first_name': "Each recipient's first name",
  'field.to[].last_name': "Each recipient's last name",
  'field.to[].name': "Each recipient's name",
  'field.to[].email': "Each recipient's email",
  'field.to[].domain': "Each recipient's domain",
  'field.cc.first_name': "First Cc recipient's first name",
  'field.cc.last_name': "First Cc recipient's last name",
  'field.cc.name': "First Cc recipient's name",
  'field.cc.email': "First Cc recipient's email",
  'field.cc.domain': "First Cc recipient's domain",
  'field.cc[].first_name': "Each Cc recipient's first name",
  'field.cc[].last_name': "Each Cc recipient's last name",
  'field.cc[].name': "Each Cc recipient's name",
  'field.cc[].email': "Each Cc recipient's email",
  'field.cc[].domain': "Each Cc recipient's domain",
  'field.to': 'Recipients (names joined; loop with {loop})',
  'field.cc': 'Cc recipients (names joined; loop with {loop})',
  'field.subject': 'Subject, without Re:/Fwd:',
  'field.date': "The message's date",
  'field.today': "Today's date",
  'field.me.name': 'Your name',
  'field.me.first_name': 'Your first name',
  'field.me.email': 'Your email address',
  'field.thread.count': 'Messages in the thread',

  // The template preview.
  'preview.subtitle': 'Template for this message',
  'preview.cantUse': 'This template can’t be used yet',
  'preview.fixIt': 'Fix it in your template library; nothing is drafted from a template with errors.',
  'preview.manage': 'Manage templates',
  'preview.text': 'The text',
  'preview.moreChars': '… and {count} more characters, all in the draft',
  'preview.noText': '(no text)',
  'preview.addsCc': 'Cc {addresses}',
  'preview.addsBcc': 'Bcc {addresses}',
  'preview.adds': 'The template adds {added}.',
  'preview.addsBoth': 'The template adds {cc} and {bcc}.',
  'preview.subjectNote':
    'The template’s subject is for new messages: a reply keeps the thread’s subject, so it threads for everyone.',
  'preview.createDraft': 'Create draft',

  // The fill-in form.
  'fill.header': 'Fill in',
  'fill.waiting': { one: '{text} (fill in {count} value)', other: '{text} (fill in {count} values)' },
  'fill.noValue': {
    one: 'There is no value here for this field. Type it in: nothing is made until every field has a value.',
    other:
      'There is no value here for these fields. Type them in: nothing is made until every field has a value.',
  },
  'fill.thisTime': 'Your values are used this time only.',
  'fill.thisTimeName': 'Your values are used this time only; your name too, unless you keep it below.',
  'fill.keepName': 'Use my name for every draft',
  'fill.keepNameHint': 'Saved in Settings, where you can change it',
  'fill.nameKept': 'Saved “{name}” as your name for every draft. Change it in Settings.',
  'fill.nameNotKept': 'Your name was not saved ({reason}); it is used for this draft.',
} as const satisfies Record<string, Message>;

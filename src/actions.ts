// Every card button routes through one global, dispatchAction, with the action's name and its string
// parameters; this map types them, so a misspelt action or parameter is a compile error.

export const DISPATCH_FUNCTION = 'dispatchAction';

export interface ActionParams {
  /**
   * Re-plan the reply from the card's inputs and update the card. `modeSet` '1' once the user picked the
   * mode on the card: from then on it is every template's mode there ('' while it is the default).
   */
  refreshReply: { modeSet: string };
  /**
   * Create the reply draft from the card's inputs (a compose action). `draft` is the ComposedEmailType the
   * button was given ('reply' or 'standalone'): Gmail refuses a draft of the other kind.
   */
  draftReply: { draft: DraftKind };
  /** Open the settings card. */
  openSettings: Record<string, never>;
  /** Save "my other addresses" from the card, plus `add` (a suggested address) when not ''. */
  saveSettings: { add: string };

  // Templates on the open message (handlers/message/templateReply.ts).
  /** Push the preview of a template applied to the open message, in `mode` ('' for the template's own). */
  previewTemplate: { templateId: string; mode: string };
  /** Re-render the preview from its inputs (mode, switches, Cc/Bcc, the values asked for). */
  refreshTemplate: { templateId: string };
  /**
   * Create the reply draft with the template above the quote (a compose action); `draft` as above. `mode`
   * is the mode a message card's row promised; '' takes it from the card's inputs (the preview's radios).
   */
  draftTemplate: { templateId: string; draft: DraftKind; mode: string };
  /**
   * Every template for the open message, searchable; `page` is 0-based. `inPlace` '1' updates the card
   * (search, paging), '' pushes it (from the message card). `mode` is the mode picked on the message card
   * ('' for none), which its previews keep.
   */
  allTemplates: { page: string; inPlace: string; mode: string };

  // The template library (handlers/library/library.ts). Revisions travel as strings ('' for a new template).
  /** Push the library card (from a message's card). */
  openLibrary: Record<string, never>;
  /** Search or page the library card in place; the query is the search input. */
  showLibrary: { page: string };
  newTemplate: Record<string, never>;
  editTemplate: { templateId: string };
  /**
   * The editor's "Insert field" picker changed: add the chosen field (with its fallback) to the end of
   * the text and re-draw the editor in place with everything typed kept. Same parameters as a save.
   */
  insertField: { templateId: string; revision: string };
  /** Save the edit card's inputs; `templateId` '' creates a template. */
  saveTemplate: { templateId: string; revision: string };
  duplicateTemplate: { templateId: string };
  /** Ask before deleting. */
  confirmDeleteTemplate: { templateId: string; revision: string };
  deleteTemplate: { templateId: string; revision: string };
  openImport: Record<string, never>;
  importTemplates: Record<string, never>;
  exportTemplates: Record<string, never>;
  /** A damaged stored entry: its raw text and a delete. `entryId` is a template id or the settings key. */
  showDamaged: { entryId: string };
  deleteDamaged: { entryId: string };
  /** Pop the card (a "Cancel" button). */
  goBack: Record<string, never>;

  // The compose window (handlers/compose/compose.ts).
  /** Filter the template list by the search box. */
  composeSearch: Record<string, never>;
  /** Show a template rendered for the draft's recipients. */
  composePreview: { templateId: string };
  /** Re-render the preview in place from the values typed for its missing fields. */
  composeRefresh: { templateId: string };
  /** Insert the rendered template at the cursor. */
  composeInsert: { templateId: string };

  // The team library (handlers/library/team.ts). Team template ids start with TEAM_ID_PREFIX ('team_' alone: a
  // new one); the editor's actions above route them to the Drive file.
  /** The card that creates a team library from chosen personal templates (or none). */
  openCreateTeam: Record<string, never>;
  createTeam: Record<string, never>;
  /** The card that copies chosen personal templates into the team library. */
  openCopyToTeam: Record<string, never>;
  copyToTeam: Record<string, never>;
  /** The editor for a new team template (saved with templateId TEAM_ID_PREFIX). */
  newTeamTemplate: Record<string, never>;
  /** Stop using the team library (the file stays in Drive). */
  leaveTeam: Record<string, never>;
  /** In Drive: use the selected file as the team library (asks for file access first). */
  joinTeam: { fileId: string };
}

export type ActionName = keyof ActionParams;

/** A reply draft (ComposedEmailType.REPLY_AS_DRAFT) or one that starts a conversation (STANDALONE_DRAFT). */
export type DraftKind = 'reply' | 'standalone';

/** The actions bound with setComposeAction: Gmail accepts only a ComposeActionResponse from them. */
export const COMPOSE_ACTIONS: readonly ActionName[] = ['draftReply', 'draftTemplate'];

/** The string parameters a card button carries for an action. */
export function actionParameters<K extends ActionName>(
  name: K,
  params: ActionParams[K],
): Record<string, string> {
  return { action: name, ...params };
}

/** Form field names shared by the cards that render them and the handlers that read them. */
export const FIELD = {
  mode: 'mode',
  quote: 'quote',
  attachments: 'attachments',
  cc: 'cc',
  bcc: 'bcc',
  otherAddresses: 'otherAddresses',
  myName: 'myName',
  /** The fill-in form's "Use for every draft" switch under my own name. */
  keepMyName: 'keepMyName',
  search: 'search',
  templateName: 'templateName',
  templateBody: 'templateBody',
  templateTags: 'templateTags',
  templateCc: 'templateCc',
  templateBcc: 'templateBcc',
  templateSubject: 'templateSubject',
  templateMode: 'templateMode',
  insertField: 'insertField',
  importJson: 'importJson',
  composeQuery: 'composeQuery',
  composeSubject: 'composeSubject',
  teamName: 'teamName',
  teamTemplates: 'teamTemplates',
} as const;

/** The input that asks for a missing merge field's value is named this prefix plus the field's path. */
export const FILL_PREFIX = 'fill:';

// The team library: its section on the library card; creating one from personal templates; joining one
// from Drive (the file selected there, "Use as team library", file access asked with requestFileScope);
// editing a team template (editors) or viewing and copying it (viewers); copying between the team and
// the user's own templates; leaving. The editor's own actions hand team template ids over to here.
import { type ActionParams, FIELD } from '../actions';
import { type EditorProblem, editCard, type TemplateFormValues } from '../cards/editorCard';
import {
  copyToTeamCard,
  createTeamCard,
  driveHomeCard,
  driveItemCard,
  teamTemplateReadOnlyCard,
} from '../cards/teamCards';
import { UserError } from '../errors';
import { type AddonEvent, formValue, formValues, userEnv } from '../events';
import { driveConsent } from '../platform/drive';
import { DuplicateNameError, TeamConflictError } from '../store/errors';
import type { StoredTemplate } from '../store/templateStore';
import {
  checkTemplateInput,
  lintTemplate,
  MERGE_FIELDS,
  NEW_TEMPLATE_BODY,
  type TemplateInput,
} from '../templates';
import { TEAM_ID_PREFIX } from '../templates/teamId';
import { cardOrErrorCard } from './boundary';
import { freshLibraryCard } from './libraryView';
import { type LibraryWithTeam, personalStore, teamLibrary, userStore } from './stores';
import { copyInput, typedValues, valuesOf } from './templateForm';
import { findTemplate, issueText } from './templates';

type Card = GoogleAppsScript.Card_Service.Card;
type Navigation = GoogleAppsScript.Card_Service.Navigation;

/** Personal templates a card lists to tick (a selection input stays well inside a card's 100 widgets). */
const SHOWN_CHOICES = 60;

const HELP_FIELDS = MERGE_FIELDS.filter((f) => !f.path.includes('[]')).map((f) => ({
  path: f.path,
  label: f.label,
}));

const respond = (navigation: Navigation, notification?: string) => {
  const response = CardService.newActionResponseBuilder().setNavigation(navigation);
  if (notification) response.setNotification(CardService.newNotification().setText(notification));
  return response.build();
};

/** Back to the library card, drawn again (the team's change shows there). */
function backToLibrary(done: string) {
  const navigation = CardService.newNavigation().popToNamedCard('library');
  try {
    navigation.updateCard(freshLibraryCard());
  } catch (error) {
    console.warn(`Library list not refreshed after a team change: ${String(error)}`);
  }
  return respond(navigation, done);
}

function teamOf(library: LibraryWithTeam) {
  const status = library.team;
  if (status.state !== 'ok')
    throw new UserError(
      status.state === 'problem' ? status.message : 'You have no team library.',
      'Team library not available',
    );
  return status;
}

function teamEditCard(
  team: string,
  templateId: string,
  revision: string,
  values: TemplateFormValues,
  more: { errors?: EditorProblem[]; conflict?: boolean } = {},
): Card {
  const lint = lintTemplate(values.body);
  return editCard({
    templateId,
    revision,
    values,
    errors: more.errors ?? [],
    warnings: more.errors?.length ? [] : [...lint.errors, ...lint.warnings].map(issueText),
    conflict: more.conflict ?? false,
    fields: HELP_FIELDS,
    team,
  });
}

/** A team template opened from a list: the editor for editors, its text and a copy for viewers. */
export function editTeamTemplate(_e: AddonEvent, templateId: string) {
  const library = userStore().loadLibrary();
  const team = teamOf(library);
  const t = findTemplate(library, templateId);
  const card =
    team.pointer.role === 'viewer'
      ? teamTemplateReadOnlyCard({
          id: t.id,
          name: t.name,
          body: t.body,
          tags: t.tags,
          teamName: team.pointer.name,
        })
      : teamEditCard(team.pointer.name, t.id, String(t.revision), valuesOf(t));
  return respond(CardService.newNavigation().pushCard(card));
}

export function newTeamTemplate(_e: AddonEvent) {
  const team = teamOf(userStore().loadLibrary());
  const blank = { name: '', body: NEW_TEMPLATE_BODY, tags: '', cc: '', bcc: '', subject: '', mode: 'reply' };
  return respond(
    CardService.newNavigation().pushCard(teamEditCard(team.pointer.name, TEAM_ID_PREFIX, '', blank)),
  );
}

/**
 * Save from the team editor: the same checks as a personal save (fields, then Liquid errors), then the
 * Drive file's change under the script lock against the revision the editor started from. A refusal
 * comes back on the same card with everything typed still in it.
 */
export function saveTeamTemplate(e: AddonEvent, params: ActionParams['saveTemplate']) {
  const typed = typedValues(e);
  const store = teamLibrary();
  const status = store.load().status;
  const teamName = status.state === 'none' ? 'Team library' : status.pointer.name;
  const refuse = (errors: EditorProblem[], conflict = false) =>
    respond(
      CardService.newNavigation().updateCard(
        teamEditCard(teamName, params.templateId, params.revision, typed, { errors, conflict }),
      ),
      'Not saved: see the card',
    );
  const checked = checkTemplateInput(typed);
  if (!checked.ok) return refuse(checked.problems);
  const lint = lintTemplate(checked.value.body, { locale: userEnv(e).locale });
  if (lint.errors.length > 0)
    return refuse(lint.errors.map((i) => ({ field: 'body', message: issueText(i) })));
  const isNew = params.templateId === TEAM_ID_PREFIX;
  let saved: StoredTemplate;
  try {
    saved = store.saveTemplate(isNew ? '' : params.templateId, checked.value, Number(params.revision));
  } catch (error) {
    if (error instanceof UserError)
      return refuse(
        [{ field: error.name === 'TeamNameTakenError' ? 'name' : 'template', message: error.message }],
        error instanceof TeamConflictError && !isNew,
      );
    throw error;
  }
  return backToLibrary(`Saved “${saved.name}” in the team library`);
}

export function deleteTeamTemplate(_e: AddonEvent, params: ActionParams['deleteTemplate']) {
  teamLibrary().deleteTemplate(params.templateId, Number(params.revision));
  return backToLibrary('Deleted from the team library');
}

/** A team template copied to the user's own templates (under a free name). */
export function copyTeamToPersonal(_e: AddonEvent, templateId: string) {
  const t = findTemplate(userStore().loadLibrary(), templateId);
  const input = copyInput(t);
  const store = personalStore();
  let name = t.name;
  try {
    store.importTemplates([input]);
  } catch (error) {
    if (!(error instanceof DuplicateNameError)) throw error;
    name = `${t.name} (team copy)`;
    store.importTemplates([{ ...input, name }]);
  }
  return backToLibrary(`Copied to your templates as “${name}”`);
}

function choices(templates: StoredTemplate[]) {
  const own = templates.map((t) => ({ id: t.id, name: t.name }));
  return { templates: own.slice(0, SHOWN_CHOICES), more: Math.max(0, own.length - SHOWN_CHOICES) };
}

function consentCard(url: string | null): Card {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(
      'A team library is a file in Google Drive, so Threadsmith needs your permission to see and change the Drive files you create or open with it (“drive.file”). It sees no other file in your Drive. Your own templates work without it.',
    ),
  );
  if (url)
    section.addWidget(
      CardService.newTextButton()
        .setText('Allow access')
        .setOpenLink(
          CardService.newOpenLink()
            .setUrl(url)
            .setOpenAs(CardService.OpenAs.FULL_SIZE)
            .setOnClose(CardService.OnClose.RELOAD),
        ),
    );
  return CardService.newCardBuilder()
    .setName('teamConsent')
    .setHeader(CardService.newCardHeader().setTitle('Permission needed'))
    .addSection(section)
    .build();
}

export function openCreateTeam(_e: AddonEvent) {
  const consent = driveConsent();
  if (!consent.granted) return respond(CardService.newNavigation().pushCard(consentCard(consent.url)));
  const own = personalStore().loadLibrary().templates;
  return respond(
    CardService.newNavigation().pushCard(createTeamCard({ name: 'Team templates', ...choices(own) })),
  );
}

/** Personal templates picked on a card, as inputs for the team (in library order). */
function picked(e: AddonEvent, own: StoredTemplate[]): TemplateInput[] {
  const ids = new Set(formValues(e, FIELD.teamTemplates));
  return own.filter((t) => ids.has(t.id)).map(copyInput);
}

export function createTeam(e: AddonEvent) {
  const name = formValue(e, FIELD.teamName).trim() || 'Team templates';
  const own = personalStore().loadLibrary().templates;
  if (name.length > 100 || /[\r\n]/.test(name)) {
    return respond(
      CardService.newNavigation().updateCard(
        createTeamCard({
          name,
          ...choices(own),
          error: 'The name must be one line of at most 100 characters.',
        }),
      ),
    );
  }
  const created = teamLibrary().create(name, picked(e, own));
  const n = created.count;
  return backToLibrary(
    `Created “${created.name}” in your Drive${n ? ` with ${n} template${n === 1 ? '' : 's'}` : ''}. Use “Share…” to share it with your team.`,
  );
}

export function openCopyToTeam(_e: AddonEvent) {
  const library = userStore().loadLibrary();
  const team = teamOf(library);
  const own = personalStore().loadLibrary().templates;
  return respond(
    CardService.newNavigation().pushCard(copyToTeamCard({ teamName: team.pointer.name, ...choices(own) })),
  );
}

export function copyToTeam(e: AddonEvent) {
  const own = personalStore().loadLibrary().templates;
  const inputs = picked(e, own);
  const store = teamLibrary();
  const status = store.load().status;
  const teamName = status.state === 'none' ? 'Team library' : status.pointer.name;
  if (inputs.length === 0) {
    return respond(
      CardService.newNavigation().updateCard(
        copyToTeamCard({ teamName, ...choices(own), error: 'Tick at least one template to copy.' }),
      ),
    );
  }
  try {
    store.addTemplates(inputs);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return respond(
      CardService.newNavigation().updateCard(
        copyToTeamCard({ teamName, ...choices(own), error: error.message }),
      ),
      'Nothing was copied: see the card',
    );
  }
  return backToLibrary(
    `Copied ${inputs.length} template${inputs.length === 1 ? '' : 's'} to the team library`,
  );
}

export function leaveTeam(_e: AddonEvent) {
  teamLibrary().leave();
  return backToLibrary('You no longer use the team library. The file stays in Drive.');
}

// --- Drive ---------------------------------------------------------------------------------------

interface DriveItem {
  id?: string;
  title?: string;
  mimeType?: string;
  addonHasFileScopePermission?: boolean;
}
type DriveEvent = AddonEvent & { drive?: { activeCursorItem?: DriveItem; selectedItems?: DriveItem[] } };

function selectedItem(e: DriveEvent, id?: string): DriveItem | undefined {
  const items = [e.drive?.activeCursorItem, ...(e.drive?.selectedItems ?? [])].filter(
    (i): i is DriveItem => !!i?.id,
  );
  return id ? items.find((i) => i.id === id) : items[0];
}

function itemCard(item: DriveItem): Card {
  const id = item.id ?? '';
  const title = item.title ?? 'the file';
  const pointer = teamLibrary().load().status;
  if (pointer.state !== 'none' && pointer.pointer.fileId === id) {
    return driveItemCard({
      fileId: id,
      title,
      message: 'This file is your team library. Its templates appear in Gmail with yours, marked Team.',
      canJoin: false,
    });
  }
  return driveItemCard({
    fileId: id,
    title,
    message: item.addonHasFileScopePermission
      ? 'Use this file as your team library? Its templates will appear in Gmail with yours, marked Team.'
      : 'Use this file as your team library? Threadsmith first asks for access to this one file; it sees no other file in your Drive.',
    canJoin: true,
  });
}

/** Drive's items-selected trigger: the file under the cursor, offered as the team library. */
export function onDriveItemsSelected(e: DriveEvent): Card {
  return cardOrErrorCard(() => {
    const item = selectedItem(e);
    return item ? itemCard(item) : driveHomeCard();
  });
}

export function onDriveHomepage(_e: AddonEvent): Card {
  return cardOrErrorCard(driveHomeCard);
}

/**
 * "Use as team library": without access to the file yet, Drive is asked for it (requestFileScope: the
 * user grants drive.file for this one file, and Drive runs the trigger again); with it, the file is
 * read, checked to be a team library, and becomes the user's.
 */
export function joinTeam(e: DriveEvent, params: ActionParams['joinTeam']) {
  const item = selectedItem(e, params.fileId);
  if (!item?.addonHasFileScopePermission) {
    return CardService.newDriveItemsSelectedActionResponseBuilder()
      .requestFileScope(params.fileId)
      .build() as unknown as GoogleAppsScript.Card_Service.ActionResponse;
  }
  const title = item.title ?? 'the file';
  try {
    const joined = teamLibrary().join(params.fileId);
    const n = `${joined.count} template${joined.count === 1 ? '' : 's'}`;
    const card = driveItemCard({
      fileId: params.fileId,
      title,
      message: `Done: “${joined.name}” (${n}) is now your team library. Open Gmail: its templates appear with yours, marked Team.${
        joined.role === 'viewer'
          ? ' You can use them; only people with edit access to the file can change them.'
          : ''
      }`,
      canJoin: false,
    });
    return respond(CardService.newNavigation().updateCard(card), `“${joined.name}” is now your team library`);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const card = driveItemCard({ fileId: params.fileId, title, message: `${error.message}`, canJoin: false });
    return respond(CardService.newNavigation().updateCard(card), 'Not a team library');
  }
}

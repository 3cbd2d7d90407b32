// The team library: its section on the library card; creating one from personal templates; joining one
// from Drive (the file selected there, "Use as team library", file access asked with requestFileScope);
// editing a team template (editors) or viewing and copying it (viewers); copying between the team and
// the user's own templates; leaving. The editor's own actions hand team template ids over to here.
import { type ActionParams, FIELD } from '../../actions';
import { type EditorProblem, editCard, type TemplateFormValues } from '../../cards/editorCard';
import { pushCard, respond, updateCard } from '../../cards/responses';
import { consentCard, copyToTeamCard, createTeamCard, teamTemplateReadOnlyCard } from '../../cards/teamCards';
import { UserError } from '../../errors';
import { type AddonEvent, formValue, formValues, userEnv } from '../../events';
import { t as say } from '../../i18n';
import { driveConsent } from '../../platform/drive';
import { DuplicateNameError, TeamConflictError } from '../../store/errors';
import type { StoredTemplate } from '../../store/templateStore';
import { checkTemplateInput, lintTemplate, newTemplateBody, type TemplateInput } from '../../templates';
import { TEAM_ID_PREFIX } from '../../templates/teamId';
import { freshLibraryCard } from '../shared/libraryView';
import { type LibraryWithTeam, personalStore, teamLibrary, userStore } from '../shared/stores';
import { copyInput, helpFields, problemsIn, typedValues, valuesOf } from '../shared/templateForm';
import { findTemplate, issueTextIn } from '../shared/templates';

type Card = GoogleAppsScript.Card_Service.Card;

/** Personal templates a card lists to tick (a selection input stays well inside a card's 100 widgets). */
const SHOWN_CHOICES = 60;

const localeOf = (e: AddonEvent) => userEnv(e).locale;

/** Back to the library card, drawn again (the team's change shows there). */
function backToLibrary(locale: string, done: string) {
  const navigation = CardService.newNavigation().popToNamedCard('library');
  try {
    navigation.updateCard(freshLibraryCard(locale));
  } catch (error) {
    console.warn(`Library list not refreshed after a team change: ${String(error)}`);
  }
  return respond(navigation, done);
}

function teamOf(library: LibraryWithTeam, locale: string) {
  const status = library.team;
  if (status.state !== 'ok')
    throw new UserError(
      status.state === 'problem' ? status.message : say(locale, 'team.none'),
      say(locale, 'team.notAvailable'),
    );
  return status;
}

function teamEditCard(
  locale: string,
  team: string,
  templateId: string,
  revision: string,
  values: TemplateFormValues,
  more: { errors?: EditorProblem[]; conflict?: boolean } = {},
): Card {
  const lint = lintTemplate(values.body);
  return editCard({
    locale,
    templateId,
    revision,
    values,
    errors: more.errors ?? [],
    warnings: more.errors?.length ? [] : [...lint.errors, ...lint.warnings].map(issueTextIn(locale)),
    conflict: more.conflict ?? false,
    fields: helpFields(locale),
    team,
  });
}

/** A team template opened from a list: the editor for editors, its text and a copy for viewers. */
export function editTeamTemplate(e: AddonEvent, templateId: string) {
  const locale = localeOf(e);
  const library = userStore().loadLibrary();
  const team = teamOf(library, locale);
  const t = findTemplate(library, templateId);
  const card =
    team.pointer.role === 'viewer'
      ? teamTemplateReadOnlyCard({
          id: t.id,
          name: t.name,
          body: t.body,
          tags: t.tags,
          teamName: team.pointer.name,
          locale,
        })
      : teamEditCard(locale, team.pointer.name, t.id, String(t.revision), valuesOf(t));
  return pushCard(card);
}

export function newTeamTemplate(e: AddonEvent) {
  const locale = localeOf(e);
  const team = teamOf(userStore().loadLibrary(), locale);
  const blank = {
    name: '',
    body: newTemplateBody(locale),
    tags: '',
    cc: '',
    bcc: '',
    subject: '',
    mode: 'reply',
  };
  return pushCard(teamEditCard(locale, team.pointer.name, TEAM_ID_PREFIX, '', blank));
}

/**
 * Save from the team editor: the same checks as a personal save (fields, then Liquid errors), then the
 * Drive file's change under the script lock against the revision the editor started from. A refusal
 * comes back on the same card with everything typed still in it.
 */
export function saveTeamTemplate(e: AddonEvent, params: ActionParams['saveTemplate']) {
  const typed = typedValues(e);
  const locale = localeOf(e);
  const store = teamLibrary();
  const status = store.load().status;
  const teamName = status.state === 'none' ? say(locale, 'team.header') : status.pointer.name;
  const refuse = (errors: EditorProblem[], conflict = false) =>
    updateCard(
      teamEditCard(locale, teamName, params.templateId, params.revision, typed, { errors, conflict }),
      say(locale, 'editor.refused'),
    );
  const checked = checkTemplateInput(typed);
  if (!checked.ok) return refuse(problemsIn(locale, checked.problems));
  const lint = lintTemplate(checked.value.body, { locale });
  if (lint.errors.length > 0)
    return refuse(lint.errors.map((i) => ({ field: 'body', message: issueTextIn(locale)(i) })));
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
  return backToLibrary(locale, say(locale, 'team.saved', { name: saved.name }));
}

export function deleteTeamTemplate(e: AddonEvent, params: ActionParams['deleteTemplate']) {
  teamLibrary().deleteTemplate(params.templateId, Number(params.revision));
  return backToLibrary(localeOf(e), say(localeOf(e), 'team.deleted'));
}

/** A team template copied to the user's own templates (under a free name). */
export function copyTeamToPersonal(e: AddonEvent, templateId: string) {
  const locale = localeOf(e);
  const t = findTemplate(userStore().loadLibrary(), templateId);
  const input = copyInput(t);
  const store = personalStore();
  let name = t.name;
  try {
    store.importTemplates([input]);
  } catch (error) {
    if (!(error instanceof DuplicateNameError)) throw error;
    name = say(locale, 'team.copyName', { name: t.name });
    store.importTemplates([{ ...input, name }]);
  }
  return backToLibrary(locale, say(locale, 'team.copiedToMine', { name }));
}

function choices(templates: StoredTemplate[]) {
  const own = templates.map((t) => ({ id: t.id, name: t.name }));
  return { templates: own.slice(0, SHOWN_CHOICES), more: Math.max(0, own.length - SHOWN_CHOICES) };
}

export function openCreateTeam(e: AddonEvent) {
  const locale = localeOf(e);
  const consent = driveConsent();
  if (!consent.granted) return pushCard(consentCard(consent.url, locale));
  const own = personalStore().loadLibrary().templates;
  return pushCard(createTeamCard({ name: say(locale, 'team.defaultName'), ...choices(own), locale }));
}

/** Personal templates picked on a card, as inputs for the team (in library order). */
function picked(e: AddonEvent, own: StoredTemplate[]): TemplateInput[] {
  const ids = new Set(formValues(e, FIELD.teamTemplates));
  return own.filter((t) => ids.has(t.id)).map(copyInput);
}

export function createTeam(e: AddonEvent) {
  const locale = localeOf(e);
  const name = formValue(e, FIELD.teamName).trim() || say(locale, 'team.defaultName');
  const own = personalStore().loadLibrary().templates;
  if (name.length > 100 || /[\r\n]/.test(name)) {
    return updateCard(
      createTeamCard({
        name,
        ...choices(own),
        error: say(locale, 'team.nameTooLong', { max: 100 }),
        locale,
      }),
    );
  }
  const created = teamLibrary().create(name, picked(e, own));
  const n = created.count;
  return backToLibrary(
    locale,
    n
      ? say(locale, 'team.created', { name: created.name, count: n })
      : say(locale, 'team.createdEmpty', { name: created.name }),
  );
}

export function openCopyToTeam(e: AddonEvent) {
  const locale = localeOf(e);
  const library = userStore().loadLibrary();
  const team = teamOf(library, locale);
  const own = personalStore().loadLibrary().templates;
  return pushCard(copyToTeamCard({ teamName: team.pointer.name, ...choices(own), locale }));
}

export function copyToTeam(e: AddonEvent) {
  const own = personalStore().loadLibrary().templates;
  const inputs = picked(e, own);
  const locale = localeOf(e);
  const store = teamLibrary();
  const status = store.load().status;
  const teamName = status.state === 'none' ? say(locale, 'team.header') : status.pointer.name;
  if (inputs.length === 0) {
    return updateCard(
      copyToTeamCard({ teamName, ...choices(own), error: say(locale, 'team.tickOne'), locale }),
    );
  }
  try {
    store.addTemplates(inputs);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return updateCard(
      copyToTeamCard({ teamName, ...choices(own), error: error.message, locale }),
      say(locale, 'team.nothingCopied'),
    );
  }
  return backToLibrary(locale, say(locale, 'team.copied', { count: inputs.length }));
}

export function leaveTeam(e: AddonEvent) {
  teamLibrary().leave();
  return backToLibrary(localeOf(e), say(localeOf(e), 'team.left'));
}

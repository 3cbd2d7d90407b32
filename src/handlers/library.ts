// The template library (the homepage, also reachable from a message's card): list and search, create,
// edit (with the "Insert field" picker), duplicate, delete, import, export, and damaged entries. A save
// goes back to the list, showing the saved template; one that is refused (invalid, lint errors, a name
// in use, a change made elsewhere, the store full) shows why next to the input it is about, on the same
// card with everything the user typed still in it.
import type { ActionParams } from '../actions';
import { FIELD } from '../actions';
import {
  confirmDeleteCard,
  type EditorField,
  type EditorProblem,
  type EditView,
  editCard,
  type TemplateFormValues,
} from '../cards/editorCard';
import { damagedCard, exportCard, importCard } from '../cards/libraryCards';
import { UserError } from '../errors';
import { type AddonEvent, formValue, userEnv } from '../events';
import { ConflictError, DuplicateNameError, TemplateTooLargeError } from '../store/errors';
import type { StoredTemplate, TemplateStore } from '../store/templateStore';
import {
  checkTemplateInput,
  exportLibrary,
  findField,
  insertionFor,
  lintTemplate,
  MERGE_FIELDS,
  NEW_TEMPLATE_BODY,
  parseImport,
} from '../templates';
import { isTeamTemplateId } from '../templates/teamId';
import { currentLibraryCard, freshLibraryCard, type JustSaved, libraryCardAfter } from './libraryView';
import { personalStore, userStore } from './stores';
import { copyTeamToPersonal, deleteTeamTemplate, editTeamTemplate, saveTeamTemplate } from './team';
import { typedValues, valuesOf } from './templateForm';
import { findTemplate, issueText, pageParam } from './templates';

type Card = GoogleAppsScript.Card_Service.Card;

/** Import problems listed on the card; the rest are counted. */
const SHOWN_IMPORT_ERRORS = 20;

const HELP_FIELDS = MERGE_FIELDS.filter((f) => !f.path.includes('[]')).map((f) => ({
  path: f.path,
  label: f.label,
}));

const respond = (navigation: GoogleAppsScript.Card_Service.Navigation, notification?: string) => {
  const response = CardService.newActionResponseBuilder().setNavigation(navigation);
  if (notification) response.setNotification(CardService.newNotification().setText(notification));
  return response.build();
};

/**
 * Back to the list, showing it as it now is (the list card is below every card of the library), after
 * a change that has committed. Reading the list again can fail (a server error, in any language); the
 * change is done all the same, so the caller still says so: `fresh` is false when the list below is
 * the one from before the change.
 */
function backToLibrary(
  saved?: JustSaved,
  store?: TemplateStore,
): {
  navigation: GoogleAppsScript.Card_Service.Navigation;
  fresh: boolean;
} {
  const navigation = CardService.newNavigation().popToNamedCard('library');
  try {
    const card = store ? libraryCardAfter(store, saved) : freshLibraryCard(saved);
    return { navigation: navigation.updateCard(card), fresh: true };
  } catch (error) {
    console.warn(`Library list not refreshed after a change: ${String(error)}`);
    return { navigation, fresh: false };
  }
}

/** The answer to a committed change: `done` in the notification, and what to do if the list is old. */
function changed(
  done: string,
  then?: (n: GoogleAppsScript.Card_Service.Navigation) => unknown,
  saved?: JustSaved,
  store?: TemplateStore,
) {
  const back = backToLibrary(saved, store);
  then?.(back.navigation);
  return respond(
    back.navigation,
    back.fresh ? done : `${done}. Reopen the library to see the list as it is now.`,
  );
}

export function openLibrary(_e: AddonEvent) {
  return respond(CardService.newNavigation().pushCard(freshLibraryCard()));
}

export function showLibrary(e: AddonEvent, params: ActionParams['showLibrary']) {
  const library = userStore().loadLibrary();
  const card = currentLibraryCard(library, formValue(e, FIELD.search), pageParam(params.page));
  return respond(CardService.newNavigation().updateCard(card));
}

function editView(
  templateId: string,
  revision: string,
  values: TemplateFormValues,
  more: Partial<Pick<EditView, 'errors' | 'warnings' | 'conflict'>> = {},
): EditView {
  return {
    templateId,
    revision,
    values,
    errors: more.errors ?? [],
    warnings: more.warnings ?? [],
    conflict: more.conflict ?? false,
    fields: HELP_FIELDS,
  };
}

/** A stored template in the editor, with what lint says about it now (an imported one may need fixing). */
function storedEditCard(t: StoredTemplate): Card {
  const lint = lintTemplate(t.body);
  return editCard(
    editView(t.id, String(t.revision), valuesOf(t), {
      warnings: [...lint.errors, ...lint.warnings].map(issueText),
    }),
  );
}

export function newTemplate(_e: AddonEvent) {
  const blank = { name: '', body: NEW_TEMPLATE_BODY, tags: '', cc: '', bcc: '', subject: '', mode: 'reply' };
  return respond(CardService.newNavigation().pushCard(editCard(editView('', '', blank))));
}

export function editTemplate(_e: AddonEvent, params: ActionParams['editTemplate']) {
  if (isTeamTemplateId(params.templateId)) return editTeamTemplate(_e, params.templateId);
  const template = findTemplate(userStore().loadLibrary(), params.templateId);
  return respond(CardService.newNavigation().pushCard(storedEditCard(template)));
}

/** The text with `snippet` added at its end: after a space, or straight on at the start of a line. */
export function appendToBody(body: string, snippet: string): string {
  if (body === '' || /\s$/.test(body)) return body + snippet;
  return `${body} ${snippet}`;
}

/**
 * The "Insert field" picker changed: the chosen field, with the fallback that fits it, is added to the
 * end of the text, and the editor is drawn again in place from what the form holds (name, text, tags,
 * mode, Cc, Bcc, subject), with lint's findings on the new text. Nothing is saved.
 */
export function insertField(e: AddonEvent, params: ActionParams['insertField']) {
  const typed = typedValues(e);
  const path = formValue(e, FIELD.insertField);
  const values = findField(path) ? { ...typed, body: appendToBody(typed.body, insertionFor(path)) } : typed;
  const lint = lintTemplate(values.body, { locale: userEnv(e).locale });
  const card = editCard(
    editView(params.templateId, params.revision, values, {
      warnings: [...lint.errors, ...lint.warnings].map(issueText),
    }),
  );
  return respond(CardService.newNavigation().updateCard(card));
}

/** The input a store's refusal is about. */
function fieldOfError(error: UserError): EditorField {
  if (error instanceof DuplicateNameError) return 'name';
  if (error instanceof TemplateTooLargeError) return 'body';
  return 'template';
}

/**
 * Save the editor's inputs: checked (fields, then lint errors, which block), then stored under the user
 * lock against the revision the editor started from, and back to the library, which shows the saved
 * template. Lint warnings do not block: the notification and the list say how many there are, and the
 * editor shows them when the template is opened. Any refusal comes back on the same card with the
 * typed values and each problem next to its input.
 */
export function saveTemplate(e: AddonEvent, params: ActionParams['saveTemplate']) {
  if (isTeamTemplateId(params.templateId)) return saveTeamTemplate(e, params);
  const typed = typedValues(e);
  const refuse = (errors: EditorProblem[], conflict = false) =>
    respond(
      CardService.newNavigation().updateCard(
        editCard(editView(params.templateId, params.revision, typed, { errors, conflict })),
      ),
      'Not saved: see the card',
    );
  const checked = checkTemplateInput({
    name: typed.name,
    body: typed.body,
    tags: typed.tags,
    cc: typed.cc,
    bcc: typed.bcc,
    subject: typed.subject,
    mode: typed.mode,
  });
  if (!checked.ok) return refuse(checked.problems);
  const lint = lintTemplate(checked.value.body, { locale: userEnv(e).locale });
  if (lint.errors.length > 0)
    return refuse(lint.errors.map((issue) => ({ field: 'body', message: issueText(issue) })));
  let saved: StoredTemplate;
  const store = userStore();
  try {
    saved = params.templateId
      ? store.saveTemplate(
          { ...checked.value, id: params.templateId },
          { expectedRevision: Number(params.revision) },
        )
      : store.saveTemplate(checked.value);
  } catch (error) {
    if (error instanceof UserError)
      return refuse([{ field: fieldOfError(error), message: error.message }], error instanceof ConflictError);
    throw error;
  }
  const n = lint.warnings.length;
  const check = n === 0 ? '' : `${n} thing${n === 1 ? '' : 's'} to check`;
  return changed(
    check ? `Saved “${saved.name}”, with ${check}: open it to see` : `Saved “${saved.name}”`,
    undefined,
    { id: saved.id, note: check ? `Just saved · ${check}` : 'Just saved' },
    store,
  );
}

export function duplicateTemplate(_e: AddonEvent, params: ActionParams['duplicateTemplate']) {
  if (isTeamTemplateId(params.templateId)) return copyTeamToPersonal(_e, params.templateId);
  const store = userStore();
  const copy = store.duplicateTemplate(params.templateId);
  return changed(`Copied as “${copy.name}”`, (n) => n.pushCard(storedEditCard(copy)), undefined, store);
}

export function confirmDeleteTemplate(_e: AddonEvent, params: ActionParams['confirmDeleteTemplate']) {
  const template = findTemplate(userStore().loadLibrary(), params.templateId);
  return respond(
    CardService.newNavigation().pushCard(
      confirmDeleteCard({ id: template.id, name: template.name, revision: params.revision }),
    ),
  );
}

export function deleteTemplate(_e: AddonEvent, params: ActionParams['deleteTemplate']) {
  if (isTeamTemplateId(params.templateId)) return deleteTeamTemplate(_e, params);
  const store = userStore();
  store.deleteTemplate(params.templateId, Number(params.revision));
  return changed('Template deleted', undefined, undefined, store);
}

export function openImport(_e: AddonEvent) {
  return respond(CardService.newNavigation().pushCard(importCard({ json: '', errors: [] })));
}

function importErrors(messages: string[]): string[] {
  if (messages.length <= SHOWN_IMPORT_ERRORS) return messages;
  return [
    ...messages.slice(0, SHOWN_IMPORT_ERRORS),
    `… and ${messages.length - SHOWN_IMPORT_ERRORS} more problems`,
  ];
}

/** All or nothing: every item valid, no name used twice, no Liquid errors, and room in the store. */
export function importTemplates(e: AddonEvent) {
  const json = formValue(e, FIELD.importJson);
  const refuse = (errors: string[]) =>
    respond(
      CardService.newNavigation().updateCard(importCard({ json, errors: importErrors(errors) })),
      'Nothing was imported: see the card',
    );
  if (json.trim() === '') return refuse(['Paste the JSON of an export first.']);
  const store = personalStore();
  // Every problem of every template at once (fields, names, Liquid), each with its line in the file.
  const parsed = parseImport(json, store.loadLibrary().templates, {
    bodyErrors: (body) => lintTemplate(body, { locale: userEnv(e).locale }).errors,
  });
  if (!parsed.ok) return refuse(parsed.errors.map((err) => err.message));
  const already = parsed.skipped.length;
  if (parsed.templates.length === 0) {
    return respond(
      backToLibrary().navigation,
      `Nothing new: ${already === 1 ? 'that template is' : `all ${already} templates are`} already in your library`,
    );
  }
  try {
    store.importTemplates(parsed.templates);
  } catch (error) {
    if (error instanceof UserError) return refuse([error.message]);
    throw error;
  }
  const n = parsed.templates.length;
  return changed(
    `Imported ${n} template${n === 1 ? '' : 's'}${already ? ` (${already} already there)` : ''}`,
    undefined,
    undefined,
    store,
  );
}

export function exportTemplates(_e: AddonEvent) {
  const library = personalStore().loadLibrary();
  const card = exportCard({
    json: exportLibrary(library.templates),
    count: library.templates.length,
    damaged: library.damaged.length,
  });
  return respond(CardService.newNavigation().pushCard(card));
}

export function showDamaged(_e: AddonEvent, params: ActionParams['showDamaged']) {
  const entry = userStore()
    .loadLibrary()
    .damaged.find((d) => d.id === params.entryId);
  if (!entry)
    throw new UserError('That entry is gone: it may have been deleted in another window.', 'Not found');
  return respond(
    CardService.newNavigation().pushCard(
      damagedCard({ id: entry.id, name: entry.name ?? '', problem: entry.problem, raw: entry.raw }),
    ),
  );
}

export function deleteDamaged(_e: AddonEvent, params: ActionParams['deleteDamaged']) {
  const store = userStore();
  store.deleteDamaged(params.entryId);
  return changed('Damaged entry deleted', undefined, undefined, store);
}

export function goBack(_e: AddonEvent) {
  return respond(CardService.newNavigation().popCard());
}

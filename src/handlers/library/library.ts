// The template library (the homepage, also reachable from a message's card): list and search, create,
// edit (with the "Insert field" picker), duplicate, delete, import, export, and damaged entries. A save
// goes back to the list, showing the saved template; one that is refused (invalid, lint errors, a name
// in use, a change made elsewhere, the store full) shows why next to the input it is about, on the same
// card with everything the user typed still in it.
import type { ActionParams } from '../../actions';
import { FIELD } from '../../actions';
import {
  confirmDeleteCard,
  type EditorField,
  type EditorProblem,
  type EditView,
  editCard,
  type TemplateFormValues,
} from '../../cards/editorCard';
import { damagedCard, exportCard, importCard } from '../../cards/libraryCards';
import { popCard, pushCard, respond, updateCard } from '../../cards/responses';
import { UserError } from '../../errors';
import { type AddonEvent, formValue, userEnv } from '../../events';
import { t } from '../../i18n';
import { ConflictError, DuplicateNameError, TemplateTooLargeError } from '../../store/errors';
import type { StoredTemplate } from '../../store/templateStore';
import {
  checkTemplateInput,
  exportLibrary,
  findField,
  insertionFor,
  lintTemplate,
  newTemplateBody,
  parseImport,
} from '../../templates';
import { isTeamTemplateId } from '../../templates/teamId';
import { backToLibrary, changed, currentLibraryCard, freshLibraryCard } from '../shared/libraryView';
import { personalStore, userStore } from '../shared/stores';
import { helpFields, problemsIn, storeErrorText, typedValues, valuesOf } from '../shared/templateForm';
import { findTemplate, issueTextIn, pageParam } from '../shared/templates';
import { copyTeamToPersonal, deleteTeamTemplate, editTeamTemplate, saveTeamTemplate } from './team';

type Card = GoogleAppsScript.Card_Service.Card;

/** Import problems listed on the card; the rest are counted. */
const SHOWN_IMPORT_ERRORS = 20;

const localeOf = (e: AddonEvent) => userEnv(e).locale;

export function openLibrary(e: AddonEvent) {
  return pushCard(freshLibraryCard(localeOf(e)));
}

export function showLibrary(e: AddonEvent, params: ActionParams['showLibrary']) {
  const library = userStore().loadLibrary();
  const card = currentLibraryCard(library, {
    locale: localeOf(e),
    query: formValue(e, FIELD.search),
    page: pageParam(params.page),
  });
  return updateCard(card);
}

function editView(
  locale: string,
  templateId: string,
  revision: string,
  values: TemplateFormValues,
  more: Partial<Pick<EditView, 'errors' | 'warnings' | 'conflict'>> = {},
): EditView {
  return {
    locale,
    templateId,
    revision,
    values,
    errors: more.errors ?? [],
    warnings: more.warnings ?? [],
    conflict: more.conflict ?? false,
    fields: helpFields(locale),
  };
}

/** A stored template in the editor, with what lint says about it now (an imported one may need fixing). */
function storedEditCard(locale: string, t: StoredTemplate): Card {
  const lint = lintTemplate(t.body);
  return editCard(
    editView(locale, t.id, String(t.revision), valuesOf(t), {
      warnings: [...lint.errors, ...lint.warnings].map(issueTextIn(locale)),
    }),
  );
}

export function newTemplate(e: AddonEvent) {
  const blank = {
    name: '',
    body: newTemplateBody(localeOf(e)),
    tags: '',
    cc: '',
    bcc: '',
    subject: '',
    mode: 'reply',
  };
  return pushCard(editCard(editView(localeOf(e), '', '', blank)));
}

export function editTemplate(e: AddonEvent, params: ActionParams['editTemplate']) {
  if (isTeamTemplateId(params.templateId)) return editTeamTemplate(e, params.templateId);
  const template = findTemplate(userStore().loadLibrary(), params.templateId);
  return pushCard(storedEditCard(localeOf(e), template));
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
  const locale = localeOf(e);
  const lint = lintTemplate(values.body, { locale });
  const card = editCard(
    editView(locale, params.templateId, params.revision, values, {
      warnings: [...lint.errors, ...lint.warnings].map(issueTextIn(locale)),
    }),
  );
  return updateCard(card);
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
  const locale = localeOf(e);
  const refuse = (errors: EditorProblem[], conflict = false) =>
    updateCard(
      editCard(editView(locale, params.templateId, params.revision, typed, { errors, conflict })),
      t(locale, 'editor.refused'),
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
  if (!checked.ok) return refuse(problemsIn(locale, checked.problems));
  const lint = lintTemplate(checked.value.body, { locale });
  if (lint.errors.length > 0)
    return refuse(lint.errors.map((issue) => ({ field: 'body', message: issueTextIn(locale)(issue) })));
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
      return refuse(
        [{ field: fieldOfError(error), message: storeErrorText(error, locale) }],
        error instanceof ConflictError,
      );
    throw error;
  }
  const n = lint.warnings.length;
  const check = n === 0 ? '' : t(locale, 'editor.toCheck', { count: n });
  return changed(
    locale,
    check
      ? t(locale, 'editor.savedCheck', { name: saved.name, check })
      : t(locale, 'editor.saved', { name: saved.name }),
    undefined,
    {
      id: saved.id,
      note: check ? t(locale, 'library.justSavedCheck', { check }) : t(locale, 'library.justSaved'),
    },
    store,
  );
}

export function duplicateTemplate(e: AddonEvent, params: ActionParams['duplicateTemplate']) {
  if (isTeamTemplateId(params.templateId)) return copyTeamToPersonal(e, params.templateId);
  const store = userStore();
  const copy = store.duplicateTemplate(params.templateId);
  const locale = localeOf(e);
  return changed(
    locale,
    t(locale, 'library.copied', { name: copy.name }),
    (n) => n.pushCard(storedEditCard(locale, copy)),
    undefined,
    store,
  );
}

export function confirmDeleteTemplate(e: AddonEvent, params: ActionParams['confirmDeleteTemplate']) {
  const template = findTemplate(userStore().loadLibrary(), params.templateId);
  return pushCard(
    confirmDeleteCard({
      id: template.id,
      name: template.name,
      revision: params.revision,
      locale: localeOf(e),
    }),
  );
}

export function deleteTemplate(e: AddonEvent, params: ActionParams['deleteTemplate']) {
  if (isTeamTemplateId(params.templateId)) return deleteTeamTemplate(e, params);
  const store = userStore();
  store.deleteTemplate(params.templateId, Number(params.revision));
  return changed(localeOf(e), t(localeOf(e), 'library.deleted'), undefined, undefined, store);
}

export function openImport(e: AddonEvent) {
  return pushCard(importCard({ json: '', errors: [], locale: localeOf(e) }));
}

function importErrors(messages: string[], locale: string): string[] {
  if (messages.length <= SHOWN_IMPORT_ERRORS) return messages;
  return [
    ...messages.slice(0, SHOWN_IMPORT_ERRORS),
    t(locale, 'import.moreProblems', { count: messages.length - SHOWN_IMPORT_ERRORS }),
  ];
}

/** All or nothing: every item valid, no name used twice, no Liquid errors, and room in the store. */
export function importTemplates(e: AddonEvent) {
  const json = formValue(e, FIELD.importJson);
  const locale = localeOf(e);
  const refuse = (errors: string[]) =>
    updateCard(
      importCard({ json, errors: importErrors(errors, locale), locale }),
      t(locale, 'import.refused'),
    );
  if (json.trim() === '') return refuse([t(locale, 'import.pasteFirst')]);
  const store = personalStore();
  // Every problem of every template at once (fields, names, Liquid), each with its line in the file.
  const parsed = parseImport(json, store.loadLibrary().templates, {
    bodyErrors: (body) => lintTemplate(body, { locale: userEnv(e).locale }).errors,
  });
  if (!parsed.ok) return refuse(parsed.errors.map((err) => err.message));
  const already = parsed.skipped.length;
  if (parsed.templates.length === 0) {
    return respond(backToLibrary(locale).navigation, t(locale, 'import.nothingNew', { count: already }));
  }
  try {
    store.importTemplates(parsed.templates);
  } catch (error) {
    if (error instanceof UserError) return refuse([error.message]);
    throw error;
  }
  const n = parsed.templates.length;
  return changed(
    locale,
    already ? t(locale, 'import.doneSkipped', { count: n, already }) : t(locale, 'import.done', { count: n }),
    undefined,
    undefined,
    store,
  );
}

export function exportTemplates(e: AddonEvent) {
  const library = personalStore().loadLibrary();
  const card = exportCard({
    json: exportLibrary(library.templates),
    count: library.templates.length,
    damaged: library.damaged.length,
    locale: localeOf(e),
  });
  return pushCard(card);
}

export function showDamaged(e: AddonEvent, params: ActionParams['showDamaged']) {
  const entry = userStore()
    .loadLibrary()
    .damaged.find((d) => d.id === params.entryId);
  const locale = localeOf(e);
  if (!entry) throw new UserError(t(locale, 'damaged.gone'), t(locale, 'damaged.notFound'));
  return pushCard(
    damagedCard({ id: entry.id, name: entry.name ?? '', problem: entry.problem, raw: entry.raw, locale }),
  );
}

export function deleteDamaged(e: AddonEvent, params: ActionParams['deleteDamaged']) {
  const store = userStore();
  store.deleteDamaged(params.entryId);
  return changed(localeOf(e), t(localeOf(e), 'damaged.deleted'), undefined, undefined, store);
}

export function goBack(_e: AddonEvent) {
  return popCard();
}

// The template editor's form values: from a stored template (to show it) and from the card's inputs
// (what the user typed), for the personal library and the team library alike.
import { FIELD } from '../../actions';
import type { EditorProblem, TemplateFormValues } from '../../cards/editorCard';
import type { UserError } from '../../errors';
import { type AddonEvent, formValue } from '../../events';
import { type MessageId, t } from '../../i18n';
import type { StoredTemplate } from '../../store/templateStore';
import { type FieldProblem, findField, MERGE_FIELDS, type TemplateInput } from '../../templates';
import { storeErrorWords } from './storeErrors';

/** The Liquid a field's name quotes ("loop with {% for p in to %}"): code, the same in every language. */
const LOOPS: Readonly<Record<string, string>> = { to: '{% for p in to %}', cc: '{% for p in cc %}' };

/** A merge field's name in the user's language (the picker, the fill-in form); its path if unknown. */
export function fieldLabel(path: string, locale: string | undefined): string {
  // Not every path is a catalogue key (a typed `{{ foo }}`): t gives '' for those.
  const text = t(locale, `field.${path}` as MessageId, { loop: LOOPS[path] ?? '' });
  return text || (findField(path)?.label ?? path);
}

/** The fields the editor's "Insert field" picker offers (loop items are written inside a loop). */
export function helpFields(locale: string): { path: string; label: string }[] {
  return MERGE_FIELDS.filter((f) => !f.path.includes('[]')).map((f) => ({
    path: f.path,
    label: fieldLabel(f.path, locale),
  }));
}

/** The input's problems in the user's language (the code's key; its English message is the fallback). */
export function problemsIn(locale: string, problems: FieldProblem[]): EditorProblem[] {
  return problems.map((p) => ({ field: p.field, message: t(locale, `editor.problem.${p.code}`, p.params) }));
}

/**
 * A store's refusal in the user's language, mapped from its class at this boundary (store/ keeps its
 * English messages); one not mapped yet shows its English message.
 */
export function storeErrorText(error: UserError, locale: string): string {
  return storeErrorWords(error, locale)?.message ?? error.message;
}

export function valuesOf(t: StoredTemplate): TemplateFormValues {
  return {
    name: t.name,
    body: t.body,
    tags: t.tags.join(', '),
    cc: t.cc,
    bcc: t.bcc,
    subject: t.subject,
    mode: t.mode,
  };
}

export function typedValues(e: AddonEvent): TemplateFormValues {
  return {
    name: formValue(e, FIELD.templateName),
    body: formValue(e, FIELD.templateBody),
    tags: formValue(e, FIELD.templateTags),
    cc: formValue(e, FIELD.templateCc),
    bcc: formValue(e, FIELD.templateBcc),
    subject: formValue(e, FIELD.templateSubject),
    mode: formValue(e, FIELD.templateMode) || 'reply',
  };
}

/** A stored template as new input (to copy it between the personal and the team library). */
export function copyInput(t: StoredTemplate): TemplateInput {
  return {
    name: t.name,
    body: t.body,
    cc: t.cc,
    bcc: t.bcc,
    subject: t.subject,
    mode: t.mode,
    tags: [...t.tags],
  };
}

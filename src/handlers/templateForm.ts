// The template editor's form values: from a stored template (to show it) and from the card's inputs
// (what the user typed), for the personal library and the team library alike.
import { FIELD } from '../actions';
import type { TemplateFormValues } from '../cards/editorCard';
import { type AddonEvent, formValue } from '../events';
import type { StoredTemplate } from '../store/templateStore';
import type { TemplateInput } from '../templates';

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

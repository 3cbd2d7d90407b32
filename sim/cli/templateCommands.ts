// The CLI's template pieces: --templates FILE loads a library into the emulated user store, `render`
// prints a template rendered for a message, and `draft --template NAME` drafts with it through the
// bundle (exactly as the preview card's "Create draft" does), after checking every field has a value.
import { existsSync, readFileSync } from 'node:fs';
import { FILL_PREFIX } from '../../src/actions';
import { replyContext } from '../../src/handlers/reply';
import { userStore } from '../../src/handlers/stores';
import { templateReply } from '../../src/handlers/templateReply';
import { issueText, loadTemplates } from '../../src/handlers/templates';
import type { StoredTemplate } from '../../src/store/templateStore';
import { MERGE_FIELDS, missingFieldLabel, parseImport } from '../../src/templates';
import type { Runtime } from '../runtime';
import { actionEvent, type FormValues, messageEvent } from '../runtime/events';
import { type ReplyCliOptions, replyForm } from './replyOptions';
import { CliError } from './session';

export interface TemplateCliOptions {
  /** A JSON file in the export format (or a bare list of templates). */
  templates?: string;
  /** A template's name (case-insensitive). */
  template?: string;
  /** `name=value` pairs for merge fields the message has no value for. */
  field?: string[];
}

/**
 * --templates FILE: the templates are added to the emulated user store through the add-on's own store
 * and import rules (all or nothing, names unique). Lint is not applied, so a template with an error can
 * be loaded to see how the add-on answers it.
 */
export function loadTemplatesFile(runtime: Runtime, path: string | undefined): void {
  if (!path) return;
  if (!existsSync(path)) throw new CliError(`--templates: no such file: ${path}`);
  const json = readFileSync(path, 'utf8');
  runtime.withServices(() => {
    const store = userStore();
    const parsed = parseImport(json, store.loadLibrary().templates);
    if (!parsed.ok) {
      throw new CliError(`--templates ${path}: ${parsed.errors.map((e) => e.message).join('; ')}`);
    }
    if (parsed.templates.length > 0) store.importTemplates(parsed.templates);
  });
}

/** The template named NAME in the user's library (starters included, as on the add-on's first run). */
export function templateNamed(runtime: Runtime, name: string | undefined): StoredTemplate {
  if (!name) throw new CliError('--template NAME is required');
  const templates = runtime.withServices(() => loadTemplates(userStore()).templates);
  const found = templates.find((t) => t.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (!found) {
    const names = templates.map((t) => `"${t.name}"`);
    throw new CliError(
      `no template named "${name}"; the library has ${names.length ? names.slice(0, 30).join(', ') : 'none'}${names.length > 30 ? ', …' : ''}`,
    );
  }
  return found;
}

/** --field name=value, as the preview card's inputs for missing fields. */
export function fieldForm(fields: string[] | undefined): FormValues {
  const form: FormValues = {};
  for (const pair of fields ?? []) {
    const at = pair.indexOf('=');
    const name = at > 0 ? pair.slice(0, at).trim() : '';
    if (!name) throw new CliError(`--field ${pair}: expected name=value, e.g. sender.first_name=Ana`);
    if (!MERGE_FIELDS.some((f) => f.path === name)) {
      throw new CliError(
        `--field ${name}: no such merge field (fields: ${MERGE_FIELDS.map((f) => f.path).join(', ')})`,
      );
    }
    form[`${FILL_PREFIX}${name}`] = pair.slice(at + 1);
  }
  return form;
}

/**
 * The event a click on the template's preview card would send: reply options as its inputs (the mode
 * defaults to the template's own when the message offers it) and the --field values.
 */
export function templateEvent(
  runtime: Runtime,
  messageId: string,
  template: StoredTemplate,
  options: ReplyCliOptions & TemplateCliOptions,
  action: 'refreshTemplate' | 'draftTemplate',
) {
  const base = messageEvent(runtime.mailbox, messageId);
  const form = replyForm({ ...options, mode: options.mode ?? template.mode });
  if (!options.mode) {
    const offered = runtime.withServices(() => replyContext(base).modes as string[]);
    if (!offered.includes(form.mode as string)) form.mode = 'reply';
  }
  return actionEvent(base, { action, templateId: template.id }, { ...form, ...fieldForm(options.field) });
}

/** What the template gives for this message, or a CliError naming its errors with line and column. */
export function renderedFor(
  runtime: Runtime,
  event: ReturnType<typeof templateEvent>,
  template: StoredTemplate,
) {
  return runtime.withServices(() => {
    const reply = templateReply(event, template.id);
    if (!reply.outcome.ok) {
      throw new CliError(
        `template "${template.name}" can't be used: ${reply.outcome.issues.map(issueText).join('; ')}`,
      );
    }
    return { reply, rendered: reply.outcome.rendered };
  });
}

/** The CliError for fields still without a value: names each and the option that supplies it. */
export function missingFieldsError(template: StoredTemplate, missing: string[]): CliError {
  return new CliError(
    `template "${template.name}" needs values this message does not have: ${missing
      .map((f) => `${f} (${missingFieldLabel(f)})`)
      .join(', ')}; supply them with ${missing.map((f) => `--field ${f}=VALUE`).join(' ')}`,
  );
}

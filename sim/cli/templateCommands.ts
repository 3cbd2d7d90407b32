// The CLI's template pieces: the options that pick a template and type values into its "Fill in" form,
// and the error for values a message lacks.
import { CliError } from './emlRun';
import type { AskedField } from './user';

export interface TemplateCliOptions {
  /** A JSON file in the export format (or a bare list of templates), imported through the library. */
  templates?: string;
  /** A template's name (case-insensitive). */
  template?: string;
  /** `name=value` pairs for merge fields the message has no value for. */
  field?: string[];
}

export function templateName(options: TemplateCliOptions): string {
  if (!options.template?.trim()) throw new CliError('--template NAME is required');
  return options.template;
}

/** --field name=value pairs, checked for their shape (the card says which fields it asks for). */
export function fieldPairs(fields: string[] | undefined): { name: string; value: string }[] {
  return (fields ?? []).map((pair) => {
    const at = pair.indexOf('=');
    const name = at > 0 ? pair.slice(0, at).trim() : '';
    if (!name) throw new CliError(`--field ${pair}: expected name=value, e.g. sender.first_name=Ana`);
    return { name, value: pair.slice(at + 1) };
  });
}

/** The CliError for fields still without a value: names each (with the card's label) and the option. */
export function missingFieldsError(template: string, missing: AskedField[]): CliError {
  return new CliError(
    `template "${template}" needs values this message does not have: ${missing
      .map((f) => `${f.field} (${f.label})`)
      .join(', ')}; supply them with ${missing.map((f) => `--field ${f.field}=VALUE`).join(' ')}`,
  );
}

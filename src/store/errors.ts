// What can go wrong when the user changes their library, as UserErrors with plain messages the
// handler layer shows as they are.
import { UserError } from '../errors';
import { formatKB } from '../mail/size';

/** The template was saved or deleted elsewhere (another tab) since it was opened. */
export class ConflictError extends UserError {
  constructor(
    readonly templateName: string,
    readonly what: 'changed' | 'deleted',
  ) {
    super(
      what === 'changed'
        ? `“${templateName}” was changed in another window since you opened it. Your edits were not saved: copy them, reopen the template and apply them again.`
        : `“${templateName}” was deleted in another window since you opened it. Your edits were not saved: copy them and create a new template.`,
      'Template changed elsewhere',
    );
    this.name = 'ConflictError';
  }
}

export class DuplicateNameError extends UserError {
  constructor(readonly names: string[]) {
    super(
      names.length === 1
        ? `You already have a template named “${names[0]}”. Choose another name.`
        : `These names are already used (names must differ by more than capitals): ${names.map((n) => `“${n}”`).join(', ')}.`,
      'Name already used',
    );
    this.name = 'DuplicateNameError';
  }
}

/**
 * What a write that does not fit was for, with the words StoreFullError starts with in English. A code,
 * so the card can say it in the user's language (handlers/shared/storeErrors.ts) without reading English.
 */
export const STORE_NEEDS = {
  template: 'This template needs',
  copy: 'The copy needs',
  import: 'These {count} templates need',
  settings: 'Your settings need',
  importedSettings: 'These settings need',
  starters: 'The starter templates need',
  upgrade: 'Upgrading your templates to the new storage format needs',
  change: 'This change needs',
} as const;

export type StoreNeed = keyof typeof STORE_NEEDS;

export class StoreFullError extends UserError {
  constructor(
    readonly neededBytes: number,
    readonly freeBytes: number,
    readonly limitBytes: number,
    readonly need: StoreNeed = 'template',
    /** How many templates an import writes (`import` only). */
    readonly count = 0,
  ) {
    super(
      `${need === 'import' && count === 1 ? STORE_NEEDS.template : STORE_NEEDS[need].replace('{count}', String(count))} ${formatKB(neededBytes)} but only ${formatKB(freeBytes)} of your ${formatKB(limitBytes, 0)} are free. Delete or shorten some templates and try again.`,
      'Template library full',
    );
    this.name = 'StoreFullError';
  }
}

/** The parts of one template other than the body (which is split over values) must fit one value. */
export class TemplateTooLargeError extends UserError {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(
      `The name, subject, Cc, Bcc and tags of this template take ${formatKB(bytes)}; together they can take at most ${formatKB(maxBytes)}. Shorten them and try again.`,
      'Template too large',
    );
    this.name = 'TemplateTooLargeError';
  }
}

export class InvalidTemplateError extends UserError {
  constructor(readonly problems: string[]) {
    super(`This template can’t be saved: ${problems.join('; ')}.`, 'Template not valid');
    this.name = 'InvalidTemplateError';
  }
}

export class TemplateNotFoundError extends UserError {
  constructor() {
    super(
      'That template no longer exists; it may have been deleted in another window.',
      'Template not found',
    );
    this.name = 'TemplateNotFoundError';
  }
}

/** Saving over a damaged template would destroy the raw text the user may still want to recover. */
export class DamagedTemplateError extends UserError {
  constructor(readonly templateName: string) {
    super(
      `“${templateName}” is damaged and can’t be changed. Copy its text from the damaged list, delete it there and create it again.`,
      'Template damaged',
    );
    this.name = 'DamagedTemplateError';
  }
}

/** Another execution held the user lock for the whole wait. Nothing was changed. */
export class StoreBusyError extends UserError {
  constructor() {
    super(
      'Your templates are being saved in another window. Nothing was changed; try again in a moment.',
      'Busy',
    );
    this.name = 'StoreBusyError';
  }
}

/** A newer version of Threadsmith wrote the store; writing with this version could lose its data. */
export class NewerStoreVersionError extends UserError {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `Your templates were saved by a newer version of Threadsmith (storage format ${found}; this version knows ${known}). They can be read but not changed until the add-on is updated.`,
      'Update needed',
    );
    this.name = 'NewerStoreVersionError';
  }
}

export class SettingsTooLargeError extends UserError {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(
      `These settings take ${formatKB(bytes)}; at most ${formatKB(maxBytes)} fit. Remove some addresses and try again.`,
      'Settings too large',
    );
    this.name = 'SettingsTooLargeError';
  }
}

// --- the team library: errors the user can act on ---------------------------------------------

export class TeamConflictError extends ConflictError {
  constructor(name: string, what: 'changed' | 'deleted') {
    super(name, what);
    this.message =
      what === 'changed'
        ? `Someone else saved “${name}” in the team library after you opened it, so your edits were not saved. What you typed is still below: copy it, open the saved version and apply your change again.`
        : `Someone else deleted “${name}” from the team library after you opened it, so your edits were not saved. What you typed is still below: copy it if you want to keep it.`;
    this.name = 'TeamConflictError';
  }
}

export class TeamReadOnlyError extends UserError {
  constructor(readonly fileName: string) {
    super(
      `You can use the team library “${fileName}”, but not change it: only people with edit access to the file in Drive can. Ask its owner for edit access, or copy the template to your own templates.`,
      'View only',
    );
    this.name = 'TeamReadOnlyError';
  }
}

export class TeamUnavailableError extends UserError {
  constructor(message: string, detail?: unknown) {
    super(message, 'Team library not available', detail);
    this.name = 'TeamUnavailableError';
  }
}

export class TeamNameTakenError extends UserError {
  constructor(readonly templateName: string) {
    super(
      `The team library already has a template named “${templateName}”. Choose another name.`,
      'Name already used',
    );
    this.name = 'TeamNameTakenError';
  }
}

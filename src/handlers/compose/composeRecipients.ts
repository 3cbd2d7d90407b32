// The compose window's recipients: the draft's as the event gives them, what a template adds to them,
// and the warnings about addresses that are none.
import type { AddonEvent } from '../../events';
import { t } from '../../i18n';
import { addressKey, parseAddress, parseAddresses } from '../../mail';
import type { Address } from '../../mail/types';
import type { StoredTemplate } from '../../store/templateStore';

export interface DraftRecipients {
  to: Address[];
  cc: Address[];
  bcc: Address[];
  /** The Cc and Bcc exactly as the event gave them: sent back first, untouched, when a list changes. */
  rawCc: string[];
  rawBcc: string[];
  /** What the event listed that is no address, named in a warning and left alone. */
  invalid: string[];
  /**
   * Whether the event holds the draft's Cc / Bcc list at all. A click in the compose window may come
   * without them; then Insert must not set that list, since setting one replaces it.
   */
  known: { cc: boolean; bcc: boolean };
}

/** The draft's recipients as the event gives them (bare addresses, draftAccess METADATA). */
export function draftRecipients(e: AddonEvent): DraftRecipients {
  const invalid: string[] = [];
  const read = (list: string[] | undefined) =>
    (list ?? []).flatMap((raw) => {
      const a = parseAddress(raw);
      if (!a) invalid.push(raw);
      return a ? [a] : [];
    });
  return {
    to: read(e.gmail?.toRecipients),
    cc: read(e.gmail?.ccRecipients),
    bcc: read(e.gmail?.bccRecipients),
    rawCc: e.gmail?.ccRecipients ?? [],
    rawBcc: e.gmail?.bccRecipients ?? [],
    invalid,
    known: { cc: Array.isArray(e.gmail?.ccRecipients), bcc: Array.isArray(e.gmail?.bccRecipients) },
  };
}

export function recipientWarnings(r: DraftRecipients, locale: string): string[] {
  return r.invalid.length > 0
    ? [t(locale, 'compose.warning.notAddress', { names: r.invalid.join(t(locale, 'list.separator')) })]
    : [];
}

/**
 * The template's own Cc/Bcc that the draft lacks, and those that are not addresses. Addresses a template
 * adds are the user's choice, kept even when they are the user's (Bcc to self), as in a reply.
 */
function additions(list: string, already: Address[]): { add: Address[]; invalid: string[] } {
  const parsed = parseAddresses(list);
  const have = new Set(already.map((a) => addressKey(a.email)));
  const add = parsed.addresses.filter((a) => {
    const key = addressKey(a.email);
    if (have.has(key)) return false;
    have.add(key);
    return true;
  });
  return { add, invalid: parsed.invalid };
}

export function templateAdditions(r: DraftRecipients, template: StoredTemplate) {
  return {
    cc: additions(template.cc, [...r.to, ...r.cc]),
    bcc: additions(template.bcc, [...r.to, ...r.cc, ...r.bcc]),
  };
}

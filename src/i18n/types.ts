// The shapes of a catalogue: a message is a string with `{placeholders}`, or plural forms keyed by
// Intl.PluralRules categories (chosen by the `count` param; `other` is always there).
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

/**
 * A param: a number is formatted in the locale; a list of names is joined in the locale's words; `{ id }`
 * is another message of the catalogue ("the sender" where a name is missing).
 */
export type Param = string | number | readonly string[] | { readonly id: import('./messages/en').MessageId };
export type Params = Readonly<Record<string, Param>>;

/** A locale's translations: any subset of the English keys (the test checks keys and placeholders). */
export type Catalogue = Partial<Record<import('./messages/en').MessageId, Message>>;

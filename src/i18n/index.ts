// The add-on's words in the user's language: see catalogue.ts and docs/i18n.md.
export {
  canonicalLocale,
  catalogueOf,
  isRtlLocale,
  LOCALES,
  localeChain,
  type MessageId,
  nameList,
  t,
} from './catalogue';
export type { Catalogue, Message, Param, Params, PluralForms } from './types';

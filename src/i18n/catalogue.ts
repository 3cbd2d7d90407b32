// t(locale, id, params): the message `id` in the user's language. The locale comes from the event
// (commonEventObject.userLocale) and may be missing, malformed ("en_US", "x!"), or one nobody here
// translates: it then falls back along `pt-BR → pt → en`, key by key, so a half-translated locale shows
// its own words where it has them and English elsewhere. Nothing ever shows a raw id or placeholder.
// Messages are data: the result is plain text, escaped by whoever puts it in a card or in HTML.
import { formatCount } from '../mail/numberFormat';
import { ar } from './messages/ar';
import { de } from './messages/de';
import { en, type MessageId } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { he } from './messages/he';
import { it } from './messages/it';
import { ja } from './messages/ja';
import { ko } from './messages/ko';
import { nl } from './messages/nl';
import { pl } from './messages/pl';
import { pt } from './messages/pt';
import { ptBR } from './messages/pt-BR';
import { ru } from './messages/ru';
import { tr } from './messages/tr';
import { zhCN } from './messages/zh-CN';
import { zhTW } from './messages/zh-TW';
import type { Catalogue, Message, Param, Params } from './types';

export type { MessageId } from './messages/en';

/**
 * Every catalogue by its BCP 47 tag, as a function that builds it: `en` is complete, the others
 * translate what they can. Apps Script compiles the whole bundle at every click, but V8 only pre-parses
 * a function it does not call, so a click pays the full parse of one translation: the user's.
 */
const LOADERS: ReadonlyMap<string, () => Catalogue> = new Map(
  Object.entries({
    en: () => en,
    ar,
    de,
    es,
    fr,
    he,
    it,
    ja,
    ko,
    nl,
    pl,
    pt,
    'pt-BR': ptBR,
    ru,
    tr,
    'zh-CN': zhCN,
    'zh-TW': zhTW,
  }),
);

/** The tags of every catalogue. */
export const LOCALES: readonly string[] = [...LOADERS.keys()];

const built = new Map<string, Catalogue>();

/** The catalogue of `tag` (built on first use, once per run), or undefined when there is none. */
export function catalogueOf(tag: string): Catalogue | undefined {
  let catalogue = built.get(tag);
  if (!catalogue) {
    const load = LOADERS.get(tag);
    if (!load) return undefined;
    catalogue = load();
    built.set(tag, catalogue);
  }
  return catalogue;
}

/** Tags Google or ICU spell another way than the catalogue: old ISO codes, scripts for regions. */
const ALIASES: Readonly<Record<string, string>> = {
  iw: 'he',
  zh: 'zh-CN',
  'zh-Hans': 'zh-CN',
  'zh-SG': 'zh-CN',
  'zh-Hant': 'zh-TW',
  'zh-HK': 'zh-TW',
  'zh-MO': 'zh-TW',
};

const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The canonical tag of a user locale ("en_gb" → "en-GB"), or '' when it is not one. */
export function canonicalLocale(locale: string | undefined | null): string {
  const tag = String(locale ?? '')
    .trim()
    .replace(/_/g, '-');
  if (!TAG.test(tag)) return '';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return ''; // RangeError: structurally not a language tag.
  }
}

const chains = new Map<string, string[]>();

/** The catalogues to look a key up in, best first, always ending with `en`: "pt-BR" → pt-BR, pt, en. */
export function localeChain(locale: string | undefined | null): string[] {
  const key = String(locale ?? '');
  const known = chains.get(key);
  if (known) return known;
  const tag = canonicalLocale(locale);
  const chain: string[] = [];
  const add = (t: string) => {
    const name = ALIASES[t] ?? t;
    // Traditional and Simplified Chinese never stand in for each other: only the first zh-* is used.
    if (name.startsWith('zh-') && chain.some((c) => c.startsWith('zh-'))) return;
    if (LOCALES.includes(name) && !chain.includes(name)) chain.push(name);
  };
  if (tag !== '') {
    const parts = tag.split('-');
    // "zh-Hant-TW" → zh-Hant-TW, zh-Hant, zh; "pt-BR" → pt-BR, pt.
    for (let n = parts.length; n >= 1; n--) add(parts.slice(0, n).join('-'));
    // A region the catalogue lacks but whose language it has with a script alias: "zh-TW" above.
    if (parts.length > 2) add(`${parts[0]}-${parts[parts.length - 1]}`);
  }
  add('en');
  chains.set(key, chain);
  return chain;
}

/** The first catalogue of the chain that translates `id` (the tag whose grammar picks plural forms). */
function lookup(chain: string[], id: MessageId): { tag: string; message: Message } {
  for (const tag of chain) {
    const message = catalogueOf(tag)?.[id];
    if (usable(message)) return { tag, message };
  }
  return { tag: 'en', message: (en as Record<string, Message>)[id] ?? '' };
}

function usable(message: Message | undefined): message is Message {
  if (typeof message === 'string') return message.trim() !== '';
  return typeof message === 'object' && message !== null && typeof message.other === 'string';
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(tag: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(tag);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(tag);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(tag, rules);
  }
  return rules.select(n);
}

/** The text of `id` in `locale` with `params` filled in. */
export function t(locale: string | undefined | null, id: MessageId, params: Params = {}): string {
  const chain = localeChain(locale);
  const { tag, message } = lookup(chain, id);
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = typeof params.count === 'number' ? params.count : Number.NaN;
    const form = Number.isFinite(count) ? message[pluralCategory(tag, count)] : undefined;
    text = form && form.trim() !== '' ? form : message.other;
  }
  const numberLocale = canonicalLocale(locale) || 'en-US';
  return text.replace(/\{([A-Za-z][\w-]*)\}/g, (_, name: string) => {
    const value: Param | undefined = params[name];
    if (value === undefined) return '';
    if (typeof value === 'number') return formatCount(value, numberLocale);
    if (typeof value === 'string') return value;
    if ('id' in value) return value.id === id ? '' : t(locale, value.id);
    return nameList(locale, value as readonly string[]);
  });
}

/** "Ana, Sam and 3 more" in the user's words: at most `shown` names, then how many more. */
export function nameList(locale: string | undefined | null, names: readonly string[], shown = 3): string {
  const sep = t(locale, 'list.separator');
  if (names.length <= shown) {
    if (names.length <= 1) return names[0] ?? '';
    return t(locale, 'list.and', {
      first: names.slice(0, -1).join(sep),
      last: names[names.length - 1] ?? '',
    });
  }
  return t(locale, 'list.more', { first: names.slice(0, shown).join(sep), count: names.length - shown });
}

/** True for the locales written right to left (ar, he, fa, ur…), by the catalogue chain's first tag. */
export function isRtlLocale(locale: string | undefined | null): boolean {
  const language = canonicalLocale(locale).split('-')[0] ?? '';
  return ['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'sd', 'ug'].includes(language);
}

// Turns a display name and address into the first/last/full name a greeting can use, or empty
// strings when nothing trustworthy can be said (so "Hi ," is caught instead of sent).
import {
  ABD,
  ABD_LONG,
  CJK_ORGANISATION,
  COMPANY_FORMS,
  CYRILLIC,
  DECORATION,
  DOCTORATE_FIELDS,
  HONORIFICS,
  isMailboxWord,
  JOB_TITLES,
  LEGAL_FORMS,
  LETTERS,
  PARTICLES,
  PATRONYMIC,
  ROLE_WORDS,
  SUFFIXES,
  UNSPACED_SCRIPT,
} from './nameWords';

export interface PersonName {
  first: string;
  last: string;
  full: string;
}

const EMPTY: PersonName = { first: '', last: '', full: '' };

const bare = (word: string) => word.toLowerCase().replace(/\.$/, '');

/** Title-cases a word typed all in capitals or all in lowercase; a word typed in mixed case is kept. */
function fixCase(word: string, position: number): string {
  const shouted = word === word.toUpperCase() && word !== word.toLowerCase();
  const quiet = word === word.toLowerCase() && word !== word.toUpperCase();
  if (!shouted && !quiet) return word;
  if (position > 0 && PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_m, ch: string) => `Mc${ch.toUpperCase()}`);
}

/** "J", "J.", "J.R.", and two capitals that are not a syllable ("AJ", "JP"): initials, not a name to greet. */
function isInitial(word: string): boolean {
  if (/^(?:\p{L}\.)*\p{L}\.?$/u.test(word) && word.replace(/\./g, '').length <= 3 && /\./.test(word)) {
    return true;
  }
  return /^\p{L}$/u.test(word) || (/^[A-Z]{2}$/.test(word) && !isSyllable(word));
}

/** A consonant then a vowel ("LI", "WU", "MA"): a short family name, not initials. */
const isSyllable = (word: string) => /^[^AEIOUY][AEIOUY]$/.test(word);

const isCapitals = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

/** Letters only, lowercased and without accents, to compare a name with an address ("Müller", "muller"). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

function fromWords(words: string[]): PersonName {
  const fixed = words.map(fixCase);
  const full = fixed.join(' ');
  if (fixed.length === 1) {
    const only = fixed[0]!;
    return isInitial(words[0]!) ? { first: '', last: '', full } : { first: only, last: '', full };
  }
  // The last name starts at the first particle after the first word ("Ana van der Berg").
  let lastStart = fixed.length - 1;
  for (let i = 1; i < fixed.length - 1; i++) {
    if (PARTICLES.has(fixed[i]!.toLowerCase())) {
      lastStart = i;
      break;
    }
  }
  const lead = bare(words[0]!);
  // "Abd Rahman", "Abdul Rahman Al-Sayed": the given name is both words.
  if (ABD.has(lead) || (ABD_LONG.has(lead) && lastStart >= 2)) {
    const given = fixed.slice(0, 2).join(' ');
    return { first: given, last: fixed.slice(Math.max(2, lastStart)).join(' '), full };
  }
  // "J. Robert Oppenheimer" goes by Robert; "J. Smith" and "AJ Smith" give no first name to greet.
  const at = words.slice(0, lastStart).findIndex((w) => !isInitial(w));
  return { first: at < 0 ? '' : fixed[at]!, last: fixed.slice(lastStart).join(' '), full };
}

/** The name a local part like `ana.ruiz` or `ana_ruiz` clearly holds; empty for `info`, `j123`, `jsmith`. */
function fromLocalPart(email: string): PersonName {
  const at = email.lastIndexOf('@');
  if (at <= 0) return EMPTY;
  const local = email.slice(0, at).replace(/\+.*$/, '');
  const parts = local.split(/[._-]+/).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return EMPTY;
  // A trailing number is a disambiguator ("ana.ruiz84"), not part of the name.
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\d+$/, '');
  if (parts.some((p) => !/^\p{L}+$/u.test(p) || isMailboxWord(p.toLowerCase()))) return EMPTY;
  if (parts[0]!.length < 2) return EMPTY;
  const words = parts.filter((p, i) => i === parts.length - 1 || p.length > 1);
  const lastWord = words[words.length - 1]!;
  const named = fromWords(words.map((w) => w.toLowerCase()));
  // "ana.r" holds a first name and an initial: greet Ana, no last name.
  return lastWord.length === 1 ? { first: named.first, last: '', full: named.first } : named;
}

/**
 * A looser guess than personName's, offered to the user as a suggestion and never filled in by itself:
 * a single word of the local part ("bob@" → Bob) unless it names a role ("info@", "billing@").
 */
export function suggestedName(email: string, part: 'first' | 'last'): string {
  const words = (email.split('@')[0] ?? '').match(/\p{L}+/gu) ?? [];
  if (words.some((w) => isMailboxWord(w.toLowerCase()))) return '';
  const word = part === 'first' ? words[0] : words.length > 1 ? words[words.length - 1] : undefined;
  // `m.webb@` starts with an initial: no first name to guess, but Webb may be the last.
  if (!word || word.length < 2) return '';
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

/** The user's own name as their address suggests it: "Sam Taylor" for sam.taylor@, "Sam" for sam@. */
export function suggestedFullName(email: string): string {
  const first = suggestedName(email, 'first');
  const last = suggestedName(email, 'last');
  return first && last ? `${first} ${last}` : first;
}

/**
 * True when a display name is just the address's local part as some clients fill it in ("ana.ruiz",
 * "jsmith84"); a plain word that happens to equal it ("John" for john@) is a name.
 */
function isLocalPart(name: string, email: string): boolean {
  const local = email.slice(0, Math.max(0, email.lastIndexOf('@')));
  return local !== '' && name.toLowerCase() === local.toLowerCase() && /[._+\-\d]/.test(local);
}

/** A display name with decoration, extra spaces and enclosing quotes removed. */
function cleanName(display: string): string {
  return stripQuotes(display.replace(DECORATION, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * The name a person shows, as they wrote it (quotes and extra spaces removed), or '' when the
 * display name is only an address.
 */
export function nameAsWritten(display: string, email: string): string {
  const name = stripQuotes(display.replace(/\s+/g, ' ').trim());
  return name.includes('@') || isLocalPart(name, email) ? '' : name;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '„': '“', '«': '»', '‘': '’' };

function stripQuotes(text: string): string {
  const close = QUOTE_PAIRS[text[0] ?? ''];
  if (!close || text.length < 2 || !text.endsWith(close)) return text;
  return text.slice(1, -1).replace(/\\(.)/g, '$1').trim();
}

// Host labels that say nothing about who sends (mail.fabrikam.example, fabrikam.co.uk).
const GENERIC_LABELS = new Set(
  'mail email e em m mg mx smtp www news info bounce bounces send lists list co com org net ac gov edu ne or go'.split(
    ' ',
  ),
);

/** The names an address's domain holds: "fabrikam" and "systems" for alerts@mail.fabrikam-systems.example. */
function domainNames(email: string): Set<string> {
  const labels = email
    .slice(email.lastIndexOf('@') + 1)
    .toLowerCase()
    .split('.')
    .slice(0, -1);
  const names = new Set<string>();
  for (const label of labels) {
    if (GENERIC_LABELS.has(label)) continue;
    names.add(fold(label));
    for (const part of label.split('-')) if (part.length >= 3) names.add(fold(part));
  }
  names.delete('');
  return names;
}

/**
 * True when the words name an organisation rather than a person: a role or company word anywhere
 * ("Northwind Support"), a company form at the end ("Kleinhandel GmbH", "Northwind Traders AG"), an
 * acronym ("HSBC UK", "DHL Express"), or the name of the sender's domain at the start ("Fabrikam" from
 * fabrikam.example, "Wide World Importers" from wideworldimporters.example) unless the local part spells
 * the name out (`chase.smith@chase.example` is a person).
 */
function isOrganisation(words: string[], email: string): boolean {
  const lower = words.map(bare);
  if (lower.some((w) => ROLE_WORDS.has(w))) return true;
  if (words.length > 1 && COMPANY_FORMS.has(lower[lower.length - 1]!)) return true;
  // Capitals without a vowel are an acronym ("HSBC", "DHL"), except last, where they may be a family
  // name written in capitals ("Kelvin NG").
  const acronym = (w: string) => /^[A-Z]{2,6}$/.test(w) && !/[AEIOUY]/.test(w);
  if (words.some((w, i) => acronym(w) && (i < words.length - 1 || words.length === 1))) return true;
  // A domain name as a name: "Amazon.com", "Booking.com".
  if (words.some((w) => /\p{L}{2,}\.\p{L}{2,}$/u.test(w))) return true;

  const domain = domainNames(email);
  const folded = words.map(fold);
  const local = fold(email.slice(0, Math.max(0, email.lastIndexOf('@'))).replace(/\+.*$/, ''));
  // `ana@anaruiz.example` and `chase.smith@chase.example` are people at their own or a namesake domain.
  if (words.length > 1 && folded[0]!.length >= 2 && local.startsWith(folded[0]!)) return false;
  let joined = '';
  for (const w of folded) {
    joined += w;
    if (domain.has(joined)) return true;
  }
  return false;
}

/** Turns "DUPONT Jean" and "Смирнова Ольга Ивановна" round to given name first, as fromWords reads them. */
function givenNameFirst(words: string[]): string[] {
  const [head, ...rest] = words;
  if (head === undefined || rest.length === 0) return words;
  // A family name written in capitals before a given name written normally: "DUPONT Jean", "LI Wei".
  const normal = rest.some((w) => !isCapitals(w) && /^\p{Lu}/u.test(w));
  if (isCapitals(head) && normal && !isInitial(head) && head.replace(/\./g, '').length >= 2) {
    return [...rest, head];
  }
  // Russian order: family name, given name, patronymic.
  if (
    words.length === 3 &&
    CYRILLIC.test(head) &&
    PATRONYMIC.test(words[2]!) &&
    !PATRONYMIC.test(words[1]!)
  ) {
    return [words[1]!, words[2]!, head];
  }
  return words;
}

/**
 * First, last and full name of a person from their display name and address.
 * Honorifics and suffixes are dropped, "Last, First" and "DUPONT Jean" are turned round, shouted or
 * lowercase names are title-cased, a nickname in quotes ("Robert "Bob" Smith") is the first name, and a
 * missing name is taken from the local part only when it clearly holds one (`ana.ruiz@`).
 * Role and organisation names ("Acme Support", "Fabrikam" from fabrikam.example) give no first or last
 * name, but keep their full name. Chinese, Japanese and Korean names are kept whole as the first name.
 */
export function personName(display: string, email: string): PersonName {
  let name = cleanName(display);
  if (name === '' || name.includes('@') || isLocalPart(name, email)) {
    return fromLocalPart(name.includes('@') ? name.replace(/^.*<|>.*$/g, '') : email);
  }
  // Google Groups and help desks append who relayed it: "Ana Ruiz via Support", "Ana Ruiz (Acme)",
  // "Jordan Lee | Northwind".
  name = name
    .replace(/\s+via\s+.*$/i, '')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+[|–—·/-]\s+.*$/, '')
    .trim();
  name = stripQuotes(name);
  if (name === '') return EMPTY;
  const organisation = { ...EMPTY, full: name };
  if (UNSPACED_SCRIPT.test(name)) {
    return CJK_ORGANISATION.test(name) ? organisation : { first: name, last: '', full: name };
  }
  // A nickname in quotes is what the person goes by: Robert "Bob" Smith.
  let nickname = '';
  name = name
    .replace(/\s*["“”„«»]\s*([\p{L}\p{M}'’.-]+)\s*["“”„«»]\s*/u, (_m, nick: string) => {
      nickname = nick;
      return ' ';
    })
    .trim();

  let pieces = name.split(',').map((p) => p.trim());
  // Suffixes after a comma ("John Smith, Jr.", "Ruiz, Ana, PhD") are dropped before turning round.
  while (pieces.length > 1 && pieces[pieces.length - 1]!.split(' ').every((w) => SUFFIXES.has(bare(w)))) {
    pieces.pop();
  }
  pieces = pieces.filter((p) => p !== '');
  if (pieces.length === 0) return EMPTY;
  const rest = pieces.slice(1).join(' ').split(' ');
  if (pieces.length > 1) {
    // "Acme, Inc.": a company. "Ana Ruiz, Contoso" or "Ana Ruiz, Head of Support": a person, then where
    // or what they are. Anything else with one comma is "Last, First".
    if (rest.every((w) => LEGAL_FORMS.has(bare(w)))) return organisation;
    if (rest.some((w) => JOB_TITLES.has(bare(w))) || isOrganisation(rest, email)) pieces = [pieces[0]!];
  }
  let words: string[];
  if (pieces.length === 2) words = `${pieces[1]} ${pieces[0]}`.split(' ');
  else if (pieces.length === 1) words = pieces[0]!.split(' ');
  else return organisation;
  if (isOrganisation(words, email)) return organisation;

  let stripped = '';
  while (words.length > 0) {
    const w = bare(words[0]!);
    const field = stripped === 'dr' && words[0]!.endsWith('.') && DOCTORATE_FIELDS.has(w);
    if (!HONORIFICS.has(w) && !field) break;
    if (!field) stripped = w.startsWith('dr') || w === 'prof' ? 'dr' : w;
    words.shift();
  }
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1]!))) words.pop();
  if (words.length === 0) return EMPTY;
  if (words.some((w) => !LETTERS.test(w))) return organisation;
  // "Frau Müller", "Dr. Schmidt": a title and a family name, no first name to greet.
  if (stripped !== '' && words.length === 1) {
    const last = fixCase(words[0]!, 1);
    return { first: '', last, full: last };
  }
  const person = fromWords(givenNameFirst(words));
  return nickname && person.first !== '' ? { ...person, first: fixCase(nickname, 0) } : person;
}

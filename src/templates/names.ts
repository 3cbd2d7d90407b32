// Turns a display name and address into the first/last/full name a greeting can use, or empty
// strings when nothing trustworthy can be said (so "Hi ," is caught instead of sent).

export interface PersonName {
  first: string;
  last: string;
  full: string;
}

const EMPTY: PersonName = { first: '', last: '', full: '' };

// Compared lowercased and without a trailing dot.
const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lady lord herr frau fr mme mlle mlle monsieur madame ' +
    'sr sra srta sig sig.ra dott dott.ssa ing rev revd hon capt col gen lt sgt mag dipl'
  ).split(' '),
);
const SUFFIXES = new Set(
  'jr sr ii iii iv phd ph.d md m.d esq dds dvm mba cpa rn cfa msc bsc llm jd'.split(' '),
);
// Name particles stay lowercase and belong to the last name ("Ana van der Berg" → "van der Berg").
const PARTICLES = new Set(
  'van von der den de del della di da du la le dos das do ter ten zu bin ibn'.split(' '),
);
// Words that say a display name or local part belongs to a role or an organisation, not a person.
const ROLE_WORDS = new Set(
  (
    'info support help helpdesk desk team noreply no-reply donotreply reply sales billing ' +
    'accounts account admin administrator office service services customer customers care contact ' +
    'hello hi mail mailer postmaster webmaster notifications notification notify alerts alert news ' +
    'newsletter marketing jobs careers hr security privacy legal press media feedback orders order ' +
    'shop store booking bookings reservations invoice invoices payments finance department dept ' +
    'inc ltd llc gmbh corp co company group the via bot automated system robot'
  ).split(' '),
);

// Scripts written without spaces between given and family name: the whole name is kept.
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const LETTERS = /^[\p{L}\p{M}'’.-]+$/u;

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

const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);

function fromWords(words: string[]): PersonName {
  const fixed = words.map(fixCase);
  const full = fixed.join(' ');
  if (fixed.length === 1) {
    const only = fixed[0]!;
    return isInitial(only) ? { first: '', last: '', full } : { first: only, last: '', full };
  }
  // The last name starts at the first particle after the first word ("Ana van der Berg").
  let lastStart = fixed.length - 1;
  for (let i = 1; i < fixed.length - 1; i++) {
    if (PARTICLES.has(fixed[i]!.toLowerCase())) {
      lastStart = i;
      break;
    }
  }
  const given = fixed.slice(0, lastStart);
  // "J. Robert Oppenheimer" goes by Robert; "J. Smith" gives no first name to greet.
  const first = given.find((w) => !isInitial(w)) ?? '';
  return { first, last: fixed.slice(lastStart).join(' '), full };
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
  if (parts.some((p) => !/^\p{L}+$/u.test(p) || ROLE_WORDS.has(p.toLowerCase()))) return EMPTY;
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
  const words = (email.split('@')[0] ?? '').match(/\p{L}{2,}/gu) ?? [];
  const word = part === 'first' ? words[0] : words.length > 1 ? words[words.length - 1] : undefined;
  if (!word || ROLE_WORDS.has(word.toLowerCase())) return '';
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * True when a display name is just the address's local part as some clients fill it in ("ana.ruiz",
 * "jsmith84"); a plain word that happens to equal it ("John" for john@) is a name.
 */
function isLocalPart(name: string, email: string): boolean {
  const local = email.slice(0, Math.max(0, email.lastIndexOf('@')));
  return local !== '' && name.toLowerCase() === local.toLowerCase() && /[._+\-\d]/.test(local);
}

/**
 * The name a person shows, as they wrote it (quotes and extra spaces removed), or '' when the
 * display name is only an address.
 */
export function displayName(display: string, email: string): string {
  const name = stripQuotes(display.replace(/\s+/g, ' ').trim());
  return name.includes('@') || isLocalPart(name, email) ? '' : name;
}

function stripQuotes(text: string): string {
  const m = /^(["'])(.*)\1$/s.exec(text);
  return m ? m[2]!.replace(/\\(.)/g, '$1').trim() : text;
}

function domainLabel(email: string): string {
  const labels = email
    .slice(email.lastIndexOf('@') + 1)
    .toLowerCase()
    .split('.');
  return labels.length >= 2 ? labels[labels.length - 2]! : '';
}

/**
 * First, last and full name of a person from their display name and address.
 * Honorifics and suffixes are dropped, "Last, First" is turned round, shouted or lowercase names are
 * title-cased, and a missing name is taken from the local part only when it clearly holds one.
 * Role and organisation names ("Acme Support") give no first or last name, but keep their full name.
 */
export function personName(display: string, email: string): PersonName {
  let name = stripQuotes(display.replace(/\s+/g, ' ').trim());
  if (name === '' || name.includes('@') || isLocalPart(name, email)) {
    return fromLocalPart(name.includes('@') ? name.replace(/^.*<|>.*$/g, '') : email);
  }
  // Google Groups and help desks append who relayed it: "Ana Ruiz via Support", "Ana Ruiz (Acme)".
  name = name
    .replace(/\s+via\s+.*$/i, '')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+[|–—]\s+.*$/, '')
    .trim();
  if (UNSPACED_SCRIPT.test(name)) return { first: name, last: '', full: name };

  let pieces = name.split(',').map((p) => p.trim());
  // Suffixes after a comma ("John Smith, Jr.", "Ruiz, Ana, PhD") are dropped before turning round.
  while (pieces.length > 1 && pieces[pieces.length - 1]!.split(' ').every((w) => SUFFIXES.has(bare(w)))) {
    pieces.pop();
  }
  pieces = pieces.filter((p) => p !== '');
  let words: string[];
  if (pieces.length === 2) words = `${pieces[1]} ${pieces[0]}`.split(' ');
  else if (pieces.length === 1) words = pieces[0]!.split(' ');
  else return { ...EMPTY, full: name };

  while (words.length > 0 && HONORIFICS.has(bare(words[0]!))) words.shift();
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1]!))) words.pop();
  if (words.length === 0) return EMPTY;
  if (words.some((w) => ROLE_WORDS.has(bare(w)) || !LETTERS.test(w))) return { ...EMPTY, full: name };
  // A lone word that is the sender's domain ("Stripe" from stripe.com) names a company.
  if (words.length === 1 && bare(words[0]!) === domainLabel(email)) return { ...EMPTY, full: name };
  return fromWords(words);
}

import { catalogueOf, type Message } from '../../../src/i18n';

// The cards isolate a right-to-left label by its first strong letter (src/cards/html.ts isolateRtl, rule
// P2 of the bidi algorithm), so an Arabic or Hebrew message must start with an Arabic or Hebrew letter:
// one that opened with "Gmail" or a name would be laid out left to right, its sentence scrambled. The
// catalogue holds no direction marks of its own either: isolating is the card's work.

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LATIN_LETTER = /\p{L}/u;
const MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Fragments that sit inside a sentence or a line of names, and messages that start with another message
// of the catalogue (already right to left) or with the user's own name for something.
const FRAGMENTS = [
  'list.separator',
  'list.and',
  'list.more',
  'card.recipients.none',
  'card.recipients.more',
  'library.kilobytes',
  'error.store.kb',
  'error.store.quoted',
  'library.stale',
  'team.problemsOthers',
  'team.copyName',
  'fill.waiting',
];

/** What decides the direction: 'rtl', 'ltr', or the placeholder met before any letter. */
function firstStrong(text: string): string {
  // A count is digits: weak, it decides nothing.
  const rest = text.replace(/\{count\}/g, '0');
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (ch === '{') return rest.slice(i, rest.indexOf('}', i) + 1);
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (LATIN_LETTER.test(ch)) return 'ltr';
  }
  return 'none';
}

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));

describe.each(['ar', 'he'])('%s', (tag) => {
  const entries = Object.entries(catalogueOf(tag) as Record<string, Message>);

  test('every message starts right to left', () => {
    for (const [id, message] of entries) {
      if (FRAGMENTS.includes(id)) continue;
      for (const text of forms(message))
        expect({ id, text, first: firstStrong(text) }).toMatchObject({ first: 'rtl' });
    }
  });

  test('no direction marks in the catalogue', () => {
    for (const [id, message] of entries)
      for (const text of forms(message))
        expect({ id, marks: MARKS.test(text) }).toEqual({ id, marks: false });
  });
});

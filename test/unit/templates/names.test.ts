import { personName, suggestedName } from '../../../src/templates/names';

// [display name, address, first, last, full]
const CASES: [string, string, string, string, string][] = [
  // Ordinary names, and "Last, First" as directories write them.
  ['Ana Ruiz', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['Doe, John', 'jd@acme.example', 'John', 'Doe', 'John Doe'],
  ['DOE, John', 'jd@acme.example', 'John', 'Doe', 'John Doe'],
  ['Ruiz, Ana María', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana María Ruiz'],
  ['John Ronald Tolkien', 'jrt@acme.example', 'John', 'Tolkien', 'John Ronald Tolkien'],
  ['Madonna', 'm@acme.example', 'Madonna', '', 'Madonna'],
  // Honorifics and suffixes are dropped.
  ['Dr. Ana Ruiz', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['Prof Ana Ruiz', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['Mrs. Jane Smith', 'js@acme.example', 'Jane', 'Smith', 'Jane Smith'],
  ['Herr Jan Müller', 'jm@acme.example', 'Jan', 'Müller', 'Jan Müller'],
  ['Frau Dr. Eva Schmidt', 'es@acme.example', 'Eva', 'Schmidt', 'Eva Schmidt'],
  ['Sir Ian McKellen', 'ian@acme.example', 'Ian', 'McKellen', 'Ian McKellen'],
  ['John Smith Jr.', 'js@acme.example', 'John', 'Smith', 'John Smith'],
  ['John Smith, Jr.', 'js@acme.example', 'John', 'Smith', 'John Smith'],
  ['Henry Ford III', 'hf@acme.example', 'Henry', 'Ford', 'Henry Ford'],
  ['Ana Ruiz PhD', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['Ruiz, Ana, MD', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['Dr.', 'x@acme.example', '', '', ''],
  // Shouted or lowercase names are title-cased; names typed in mixed case are kept.
  ['ANA RUIZ', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['ana ruiz', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['JOSÉ ÁLVAREZ', 'j@acme.example', 'José', 'Álvarez', 'José Álvarez'],
  ['José Álvarez', 'j@acme.example', 'José', 'Álvarez', 'José Álvarez'],
  ['Ronald McDonald', 'r@acme.example', 'Ronald', 'McDonald', 'Ronald McDonald'],
  ['RONALD MCDONALD', 'r@acme.example', 'Ronald', 'McDonald', 'Ronald McDonald'],
  ["SEAN O'NEIL", 's@acme.example', 'Sean', "O'Neil", "Sean O'Neil"],
  ["Sean O'Neil", 's@acme.example', 'Sean', "O'Neil", "Sean O'Neil"],
  ['MARY-JANE WATSON', 'mj@acme.example', 'Mary-Jane', 'Watson', 'Mary-Jane Watson'],
  ['DaShawn Jones', 'dj@acme.example', 'DaShawn', 'Jones', 'DaShawn Jones'],
  // Particles belong to the last name.
  ['Ana van der Berg', 'a@acme.example', 'Ana', 'van der Berg', 'Ana van der Berg'],
  ['ANA VAN DER BERG', 'a@acme.example', 'Ana', 'van der Berg', 'Ana van der Berg'],
  ['Ludwig van Beethoven', 'l@acme.example', 'Ludwig', 'van Beethoven', 'Ludwig van Beethoven'],
  ['Maria de la Cruz', 'm@acme.example', 'Maria', 'de la Cruz', 'Maria de la Cruz'],
  // Initials: greet by the first real given name, or not at all.
  ['J. Robert Oppenheimer', 'jro@acme.example', 'Robert', 'Oppenheimer', 'J. Robert Oppenheimer'],
  ['J. Smith', 'js@acme.example', '', 'Smith', 'J. Smith'],
  // Quoted names.
  ['"Ana Ruiz"', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['"Ruiz, Ana"', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ["'Ana Ruiz'", 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  // Relays and organisations.
  ['Ana Ruiz via Support Forum', 'forum@groups.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['Ana Ruiz (Acme)', 'ana@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['Acme Support', 'help@acme.example', '', '', 'Acme Support'],
  ['The Billing Team', 'billing@acme.example', '', '', 'The Billing Team'],
  ['Stripe', 'receipts@stripe.com', '', '', 'Stripe'],
  ['R2-D2 Bot 3000', 'r2@acme.example', '', '', 'R2-D2 Bot 3000'],
  // Scripts without spaces between names are kept whole.
  ['王小明', 'xm@acme.example', '王小明', '', '王小明'],
  ['山田太郎', 'taro@acme.example', '山田太郎', '', '山田太郎'],
  ['김민수', 'ms@acme.example', '김민수', '', '김민수'],
  // No name, or a name that is only the address: the local part, when it clearly holds a name.
  ['', 'ana.ruiz@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'ana_ruiz@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'ana-ruiz@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'ANA.RUIZ@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'ana.ruiz+shop@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'ana.ruiz84@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'ana.m.ruiz@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'ana.r@acme.example', 'Ana', '', 'Ana'],
  ['ana.ruiz@acme.example', 'ana.ruiz@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['ana.ruiz', 'ana.ruiz@acme.example', 'Ana', 'Ruiz', 'Ana Ruiz'],
  ['', 'info@acme.example', '', '', ''],
  ['', 'support@acme.example', '', '', ''],
  ['', 'noreply@acme.example', '', '', ''],
  ['', 'no-reply@acme.example', '', '', ''],
  ['', 'do.not.reply@acme.example', '', '', ''],
  ['', 'customer.service@acme.example', '', '', ''],
  ['', 'j123@acme.example', '', '', ''],
  ['', 'jsmith@acme.example', '', '', ''],
  ['', 'j.smith@acme.example', '', '', ''],
  ['', 'a@acme.example', '', '', ''],
  ['', 'x.y@acme.example', '', '', ''],
  ['info@acme.example', 'info@acme.example', '', '', ''],
  // A plain word equal to the local part is still a name.
  ['John', 'john@acme.example', 'John', '', 'John'],
  ['jsmith84', 'jsmith84@acme.example', '', '', ''],
];

describe('personName', () => {
  it.each(CASES)('%j <%s> → first %j, last %j, full %j', (display, email, first, last, full) => {
    expect(personName(display, email)).toEqual({ first, last, full });
  });
});

describe('suggestedName: a guess offered in the fill form, never filled in by itself', () => {
  it.each([
    ['bob@x.example', 'first', 'Bob'],
    ['bob.lee@x.example', 'last', 'Lee'],
    ['bob@x.example', 'last', ''],
    ['billing@x.example', 'first', ''],
    ['info@x.example', 'first', ''],
    ['j1@x.example', 'first', ''],
    ['m.webb@x.example', 'first', ''],
    ['m.webb@x.example', 'last', 'Webb'],
    ['order.confirmation@x.example', 'first', ''],
  ] as const)('%s (%s) → "%s"', (email, part, expected) => {
    expect(suggestedName(email, part)).toBe(expected);
  });
});

import {
  dedupeAddresses,
  displayAddress,
  formatAddress,
  formatAddressList,
  parseAddress,
  parseAddresses,
  parseAddressHeader,
} from '../../../src/mail';
import { nodeDecode } from '../../support/charsets';
import { eachCase, readCorpus } from './corpora';

/** A header as written in a message: parsed, then names decoded (what the snapshot does). */
const parseHeader = (raw: string) => parseAddressHeader(raw, nodeDecode);

describe('parseAddresses', () => {
  test.each([
    ['a plain address', 'ana@example.com', [['', 'ana@example.com']]],
    ['a display name', 'Ana Ruiz <ana@example.com>', [['Ana Ruiz', 'ana@example.com']]],
    ['a quoted name with a comma', '"Doe, John" <john@example.com>', [['Doe, John', 'john@example.com']]],
    [
      'a quoted name with escaped quotes',
      '"John \\"The Boss\\" Doe" <john@example.com>',
      [['John "The Boss" Doe', 'john@example.com']],
    ],
    [
      'a non-ASCII name and address (RFC 6532)',
      'Jörg Müller <jörg@例え.jp>',
      [['Jörg Müller', 'jörg@例え.jp']],
    ],
    ['a comment standing in for the name', 'john@example.com (John Doe)', [['John Doe', 'john@example.com']]],
    [
      'a comment next to a display name does not change it',
      'Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>',
      [['Pete', 'pete@silly.test']],
    ],
    [
      'a group, flattened into its members',
      'A Group:Ed Jones <c@a.test>,joe@where.test;, z@example.com',
      [
        ['Ed Jones', 'c@a.test'],
        ['', 'joe@where.test'],
        ['', 'z@example.com'],
      ],
    ],
    ['an empty group (undisclosed recipients)', 'undisclosed-recipients:;', []],
    [
      'an encoded word left in a raw value',
      '=?ISO-8859-1?Q?Andr=E9?= Pirard <pirard@vm1.example>',
      [['André Pirard', 'pirard@vm1.example']],
    ],
    [
      'markup in a quoted name stays text',
      '"<a href=\\"https://evil.example\\">Pay here</a>" <x@example.com>',
      [['<a href="https://evil.example">Pay here</a>', 'x@example.com']],
    ],
    [
      'a folded header',
      'Ana <ana@example.com>,\r\n  Sam <sam@example.com>',
      [
        ['Ana', 'ana@example.com'],
        ['Sam', 'sam@example.com'],
      ],
    ],
    ['a trailing comma', 'ana@example.com,', [['', 'ana@example.com']]],
    [
      'semicolons as Outlook writes lists',
      'ana@example.com; sam@example.com',
      [
        ['', 'ana@example.com'],
        ['', 'sam@example.com'],
      ],
    ],
    ['empty', '', []],
    ['blank', '   ', []],
  ])('%s', (_label, header, expected) => {
    // Typed text holds no encoded words to decode; every other case reads the same typed or in a header.
    const readings = header.includes('=?')
      ? [parseHeader(header)]
      : [parseHeader(header), parseAddresses(header)];
    for (const parsed of readings) {
      expect(parsed.addresses.map((a) => [a.name, a.email])).toEqual(expected);
      expect(parsed.invalid).toEqual([]);
    }
  });

  test('typed text: a name with a comma pasted unquoted is one person', () => {
    const parsed = parseAddresses('Doe, John <john@example.com>, sam@example.com');
    expect(parsed.addresses.map((a) => [a.name, a.email])).toEqual([
      ['Doe, John', 'john@example.com'],
      ['', 'sam@example.com'],
    ]);
  });

  test('a raw header is read as RFC 5322 writes it: an unquoted comma separates entries', () => {
    const parsed = parseHeader('Doe, John <john@example.com>');
    expect(parsed.addresses).toEqual([{ name: 'John', email: 'john@example.com' }]);
    expect(parsed.invalid).toEqual(['Doe']);
  });

  test.each([
    ['a word that is no address', 'bogus, ana@example.com', ['ana@example.com'], ['bogus']],
    ['an address without a domain', 'ana@, sam@example.com', ['sam@example.com'], ['ana@']],
    ['an unclosed angle bracket', 'John Doe <john@example.com', [], ['John Doe <john@example.com']],
    [
      'a bad member inside a group keeps the good members',
      'Team: ana@example.com, nope, sam@example.com;',
      ['ana@example.com', 'sam@example.com'],
      ['nope'],
    ],
    [
      'an unquoted name with markup',
      '<b>Boss</b> <boss@example.com>',
      [],
      ['<b>Boss</b> <boss@example.com>'],
    ],
  ])('names what does not parse: %s', (_label, header, good, bad) => {
    const parsed = parseHeader(header);
    expect(parsed.addresses.map((a) => a.email)).toEqual(good);
    expect(parsed.invalid).toEqual(bad);
  });

  test('5,000 addresses, one of them broken, all come back in order', () => {
    const list = Array.from({ length: 5000 }, (_, i) => `"User ${i}" <u${i}@example.com>`);
    list[2500] = 'not an address';
    const parsed = parseAddresses(list.join(', '));
    expect(parsed.addresses).toHaveLength(4999);
    expect(parsed.addresses[2500]).toEqual({ name: 'User 2501', email: 'u2501@example.com' });
    expect(parsed.invalid).toEqual(['not an address']);
  });

  test('deeply nested group syntax does not blow up', () => {
    const bomb = `${Array.from({ length: 1000 }, (_, i) => `g${i}: `).join('')}victim@example.com;`;
    expect(() => parseAddresses(bomb)).not.toThrow();
  });

  test('parseAddress gives the first mailbox or null', () => {
    expect(parseAddress('Ana <ana@example.com>, sam@example.com')).toEqual({
      name: 'Ana',
      email: 'ana@example.com',
    });
    expect(parseAddress('nobody')).toBeNull();
    expect(parseAddress('')).toBeNull();
  });
});

describe('dedupeAddresses', () => {
  test('compares addresses case-insensitively and keeps the first display name', () => {
    const list = parseAddresses(
      'Ana <ANA@example.com>, ana@example.com, "Ana R." <Ana@Example.com>, sam@example.com',
    ).addresses;
    expect(dedupeAddresses(list)).toEqual([
      { name: 'Ana', email: 'ANA@example.com' },
      { name: '', email: 'sam@example.com' },
    ]);
  });
});

describe('formatAddress', () => {
  test.each([
    [{ name: '', email: 'ana@example.com' }, 'ana@example.com'],
    [{ name: 'Ana Ruiz', email: 'ana@example.com' }, 'Ana Ruiz <ana@example.com>'],
    [{ name: 'Doe, John', email: 'j@example.com' }, '"Doe, John" <j@example.com>'],
    [
      { name: 'Mary Smith: Personal Account', email: 'smith@home.example' },
      '"Mary Smith: Personal Account" <smith@home.example>',
    ],
    [{ name: 'John "The Boss" Doe', email: 'j@example.com' }, '"John \\"The Boss\\" Doe" <j@example.com>'],
    [{ name: 'Joe Q. Public', email: 'j@example.com' }, '"Joe Q. Public" <j@example.com>'],
    [{ name: 'Jörg', email: 'j@example.com' }, '"Jörg" <j@example.com>'],
  ])('%j as a header: %s', (address, header) => {
    expect(formatAddress(address)).toBe(header);
  });

  test('round-trips through the parser', () => {
    const list = [
      { name: 'Doe, John', email: 'j@example.com' },
      { name: 'a "quoted" \\ name', email: 'q@example.com' },
      { name: '', email: 'plain@example.com' },
    ];
    expect(parseAddresses(formatAddressList(list)).addresses).toEqual(list);
  });

  test('displayAddress shows the name and address, or the address alone', () => {
    expect(displayAddress({ name: 'Doe, John', email: 'j@example.com' })).toBe('"Doe, John" <j@example.com>');
    expect(displayAddress({ name: 'Ana Ruiz', email: 'a@example.com' })).toBe('Ana Ruiz <a@example.com>');
    // A name that looks like an address cannot pass for one.
    expect(displayAddress({ name: 'Boss <boss@corp.example>', email: 'x@evil.example' })).toBe(
      '"Boss <boss@corp.example>" <x@evil.example>',
    );
    expect(displayAddress({ name: '', email: 'j@example.com' })).toBe('j@example.com');
  });
});

// Third-party vectors. Our model differs from both parsers on purpose in a few places:
// - entries that are not mailboxes ("username", "John Doe <>") go to `invalid`, not into the list with an
//   empty address; groups are always flattened;
// - a display name is the phrase only: comments are not appended to it (Stalwart does), and a comment is the
//   name only when there is no phrase;
// - we do not guess addresses out of prose or broken syntax (postal-mime's "text extraction" fallback).
describe('postal-mime address vectors', () => {
  const raw = readCorpus('vectors/address/postal-mime-addressParser.json');
  type Check = { path?: string; equals?: unknown; truthy?: boolean; doesNotThrow?: boolean };
  const cases: { name: string; input: string; expect: Check[]; options?: unknown }[] = raw
    ? JSON.parse(raw).cases
    : [];
  const deviations = new Set([
    'addressParser - address without domain',
    'addressParser - address with multiple @ symbols',
    'addressParser - unclosed angle bracket',
    'addressParser - unclosed comment',
    'addressParser - empty angle brackets',
    'addressParser - email extraction from text without angle brackets',
    'addressParser - quoted string followed by unquoted email',
    'addressParser - no false positives from quoted @ symbols in text extraction',
    'addressParser - comment-only input uses comment as name',
    'addressParser - control characters do not crash',
    'addressParser - RFC 2047 encoded bare email should not fabricate address (base64)',
    'addressParser - bare encoded email is never fabricated into an address',
    'addressParser - RFC 2047 encoded bare email with base64 padding does not fabricate address',
    'addressParser - RFC 2047 encoded full address with angle brackets should work (base64)',
    'addressParser - RFC 2047 encoded full address with angle brackets should work (QP)',
    'addressParser - encoded word with base64 padding handled the same as without',
  ]);
  const applicable = cases.filter(
    (c) =>
      !c.options &&
      !deviations.has(c.name) &&
      c.expect.every((e) => !e.path || /^result(\.length|\[\d+\]\.(address|name))$/.test(e.path)),
  );
  eachCase(applicable.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = parseHeader(c.input).addresses.map((a) => ({ address: a.email, name: a.name }));
    for (const check of c.expect) {
      if (!check.path) continue;
      const m = check.path.match(/^result(?:\[(\d+)\]\.(address|name)|\.length)$/)!;
      const actual = m[1] === undefined ? result.length : result[Number(m[1])]?.[m[2] as 'address' | 'name'];
      if ('equals' in check) expect(actual).toEqual(check.equals);
      if (check.truthy) expect(actual).toBeTruthy();
    }
  });

  eachCase(cases.filter((c) => deviations.has(c.name)).map((c) => [c.name, c.input] as const))(
    'deviation, never fabricates an address: %s',
    (_name, input) => {
      const parsed = parseHeader(input);
      // Whatever we keep must be a real mailbox written as one, not text that only looks like an address.
      for (const a of parsed.addresses) expect(a.email).toMatch(/^[^\s@]+@[^\s@]+$/);
      expect(parsed.addresses.map((a) => a.email)).not.toContain('attacker@evil.com');
      expect(parsed.addresses.map((a) => a.email)).not.toContain('test@evil.co');
    },
  );
});

describe('Stalwart address vectors', () => {
  const raw = readCorpus('vectors/address/stalwart-mail-parser-address.json');
  type Mailbox = { name: string | null; address: string | null };
  type Expected = { List?: Mailbox[]; Group?: { addresses: Mailbox[] }[] };
  const cases: { header: string; expected: Expected }[] = raw ? JSON.parse(raw) : [];
  const mailboxes = (e: Expected) =>
    (e.List ?? e.Group?.flatMap((g) => g.addresses) ?? []).filter((m) => m.address);
  // List-* headers (mailto:/http: URIs), obsolete routes, and raw blocks with a body are not address lists
  // as Gmail hands them to us.
  const applicable = cases.filter(
    (c) =>
      // Also left out: a backslash-newline inside a folded comment (Pete).
      !/mailto:|https?:|ftp:|^NO |@node\.test|\n\n|\ninvalid@|\\\n/.test(c.header) &&
      mailboxes(c.expected).every((m) => /^[^\s@]+@[^\s@]+$/.test(m.address ?? '')),
  );
  eachCase(applicable.map((c) => [c.header.trim().slice(0, 60), c] as const))('%s', (_h, c) => {
    const ours = parseHeader(c.header).addresses;
    const theirs = mailboxes(c.expected);
    expect(ours.map((a) => a.email)).toEqual(theirs.map((m) => m.address));
    ours.forEach((a, i) => {
      const name = (theirs[i]?.name ?? '').trim();
      // Stalwart appends comments to the name; ours is the phrase, so compare when the input has no comment.
      if (!/\([^)]*\)/.test(c.header)) expect(a.name).toBe(name);
    });
  });
});

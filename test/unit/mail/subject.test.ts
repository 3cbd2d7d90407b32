import {
  decodeEncodedWords,
  decodeHeaderText,
  normalizeReplySubject,
  stripReplyPrefixes,
} from '../../../src/mail';
import { nodeDecode } from '../../support/charsets';
import { readCorpus } from './corpora';

describe('normalizeReplySubject', () => {
  test.each([
    ['Quarterly numbers', 'Re: Quarterly numbers'],
    ['Re: Quarterly numbers', 'Re: Quarterly numbers'],
    ['Re: RE: re: rE: x', 'Re: x'],
    ['Re:Re:x', 'Re: x'],
    ['Re[2]: x', 'Re: x'],
    ['Re(3): x', 'Re: x'],
    ['RE[12]: Re(3): x', 'Re: x'],
    ['RE : Bonjour', 'Re: Bonjour'],
    ['AW: Aw: SV: Sv: VS: Antw: Odp: YNT: R: Ynt: x', 'Re: x'],
    ['回复：你好', 'Re: 你好'],
    ['答复: 你好', 'Re: 你好'],
    ['Ats.: labas', 'Re: labas'],
    ['Fwd: x', 'Re: Fwd: x'],
    ['Re: Fwd: x', 'Re: Fwd: x'],
    ['Re: WG: x', 'Re: WG: x'],
    ['TR: x', 'Re: TR: x'],
    ['Fw: Re: x', 'Re: Fw: Re: x'],
    ['[dev-list] x', 'Re: [dev-list] x'],
    ['[dev-list] Re: x', 'Re: [dev-list] x'],
    ['Re: [dev-list] Re: x', 'Re: [dev-list] x'],
    // Only reply prefixes go: a repeated tag, a tag without a space, spacing inside all stay as written.
    ['[dev-list] Re: [dev-list] x', 'Re: [dev-list] [dev-list] x'],
    ['[foo]bar', 'Re: [foo]bar'],
    ['[foo] [foo] blah', 'Re: [foo] [foo] blah'],
    ['Re: [foo]bar', 'Re: [foo]bar'],
    ['[foo]Re: bar', 'Re: [foo] bar'],
    ['Re:  two  spaces inside', 'Re: two  spaces inside'],
    ['Fwd:[x]  y', 'Re: Fwd:[x]  y'],
    ['Re: x [not a tag] y', 'Re: x [not a tag] y'],
    ['Rex: a word that starts like Re', 'Re: Rex: a word that starts like Re'],
    ['Antwort: not a listed prefix', 'Re: Antwort: not a listed prefix'],
    ['re: aw: lower-case localized prefixes are words', 'Re: aw: lower-case localized prefixes are words'],
    ['', 'Re: '],
    ['   ', 'Re: '],
    ['Re: ', 'Re: '],
  ])('%j gives %j', (subject, expected) => {
    expect(normalizeReplySubject(subject)).toBe(expected);
  });

  test('every localized prefix Thunderbird knows is removed', () => {
    const raw = readCorpus('vectors/subject/thunderbird-localizedRe.json');
    if (!raw) return;
    const { union } = JSON.parse(raw) as { union: string[] };
    for (const prefix of union) {
      expect([prefix, normalizeReplySubject(`${prefix}: x`)]).toEqual([prefix, 'Re: x']);
      expect([prefix, normalizeReplySubject(`${prefix}[2]: x`)]).toEqual([prefix, 'Re: x']);
    }
  });
});

describe('stripReplyPrefixes', () => {
  test.each([
    ['Re: AW: x', 'x'],
    ['Re: [dev-list] Re: x', '[dev-list] x'],
    ['Fwd: x', 'Fwd: x'],
    ['', ''],
  ])('%j gives %j', (subject, expected) => {
    expect(stripReplyPrefixes(subject)).toBe(expected);
  });

  test('a subject of thousands of brackets and prefixes is handled', () => {
    const subject = `${'Re: '.repeat(5000)}${'['.repeat(20000)} x`;
    expect(stripReplyPrefixes(subject)).toBe(`${'['.repeat(20000)} x`);
  });
});

describe('decodeEncodedWords', () => {
  test.each([
    ['plain text', 'plain text'],
    ['=?UTF-8?B?w6lsw6h2ZQ==?=', 'élève'],
    ['=?utf-8?q?=C3=A9l=C3=A8ve?=', 'élève'],
    ['=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=', 'Keld Jørn Simonsen'],
    ['=?iso-8859-1?b?SvZyZw==?=', 'Jörg'],
    ['=?windows-1252?Q?=93quoted=94?=', '\u201cquoted\u201d'],
    ['=?US-ASCII*EN?Q?Keith_Moore?=', 'Keith Moore'],
    ['=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=', 'ab'],
    ['=?ISO-8859-1?Q?a?= b', 'a b'],
    ['a =?ISO-8859-1?Q?b?=', 'a b'],
    ['=?UTF-8?B?8J+Z?= =?UTF-8?B?gg==?=', '🙂'],
    ['=?UTF-8?B?4pyT?=', '✓'],
    ['=?UTF-8?Q?=FF?=', '\uFFFD'],
    // A charset nobody knows still reads: ASCII as is, other bytes as U+FFFD, never the =?…?= form.
    ['=?x-unknown?Q?abc=E9?=', 'abc\uFFFD'],
    ['=? not a word', '=? not a word'],
  ])('%j gives %j', (value, expected) => {
    expect(decodeEncodedWords(value, nodeDecode)).toBe(expected);
  });

  test('Stalwart encoded names decode as the vectors expect', () => {
    const raw = readCorpus('vectors/address/stalwart-mail-parser-address.json');
    if (!raw) return;
    const cases = JSON.parse(raw) as { header: string }[];
    const nathaniel = cases.find((c) => c.header.includes('iso-8859-8'));
    // ISO-8859-8 (Hebrew), as Stalwart's expected name writes it.
    expect(decodeEncodedWords(nathaniel?.header ?? '', nodeDecode)).toContain('(םולש ןב ילטפנ)');
  });
});

describe('decodeHeaderText: a subject or name as people read it', () => {
  test.each([
    ['=?UTF-8?B?UmU6IENhZsOp?=', 'Re: Café'],
    ['=?ISO-8859-1?Q?Re=3A_Caf=E9?=', 'Re: Café'],
    // Raw 8-bit UTF-8 read one byte a character, as a non-UTF-8 reading of the source would give it.
    ['Gr\u00c3\u00bc\u00c3\u009fe', 'Grüße'],
    ['Stra\u00dfe', 'Straße'],
    ['line\r\n break', 'line  break'],
    ['nul\u0000 and \u001b escape and \u007f del', 'nul and  escape and  del'],
    ['bidi \u202egnp.exe\u202c and \u2066isolate\u2069', 'bidi gnp.exe and isolate'],
    ['sep\u2028arator\u0085next', 'sep arator next'],
    ['=?utf-8?Q?a=00b=0D=0ABcc:_x@evil.example?=', 'ab Bcc: x@evil.example'],
  ])('%j gives %j', (value, expected) => {
    expect(decodeHeaderText(value, nodeDecode)).toBe(expected);
  });

  test('raw 8-bit bytes that are not UTF-8 are read in the message’s charset', () => {
    // "Привет" in KOI8-R, one byte a character.
    expect(decodeHeaderText('\u00f0\u00d2\u00c9\u00d7\u00c5\u00d4', nodeDecode, 'koi8-r')).toBe('Привет');
  });
});

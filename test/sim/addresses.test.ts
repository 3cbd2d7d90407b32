// The emulator's own reading of address headers (what GmailMessage.getFrom and Gmail's reply use): parsed
// before names are decoded, lenient where mailers are sloppy, never turning a name into a mailbox.
import { parseAddressHeader } from '../../sim/mailbox/addresses';

describe('emulator address headers', () => {
  test('a Mailsploit name stays a name: the reply goes to the mailbox in the angle brackets', () => {
    const from = '=?utf-8?B?Qm9zcyA8Ym9zc0Bjb3JwLmV4YW1wbGU+ICg=?= <attacker@evil.example>=?utf-8?B?KQ==?=';
    expect(parseAddressHeader(from)).toEqual([
      { name: 'Boss <boss@corp.example> (', address: 'attacker@evil.example' },
    ]);
  });

  test('a name decoding to a second mailbox adds no recipient', () => {
    // The encoded word is "Team <spy@evil.example>," in base64: raw, the header holds one mailbox.
    const cc = '=?utf-8?B?VGVhbSA8c3B5QGV2aWwuZXhhbXBsZT4s?= <team@corp.example>';
    expect(parseAddressHeader(cc)).toEqual([
      { name: 'Team <spy@evil.example>,', address: 'team@corp.example' },
    ]);
  });

  test('an escaped quote outside a quoted string opens none (geary basic-text-html.eml)', () => {
    const replyTo = '\\"Alice: Personal Account\\" <alice@example.org>';
    expect(parseAddressHeader(replyTo).map((a) => a.address)).toEqual(['alice@example.org']);
  });

  test('a quoted local part keeps its quotes', () => {
    expect(parseAddressHeader('"john doe"@x.example')).toEqual([
      { name: '', address: '"john doe"@x.example' },
    ]);
  });
});

// The emulated Utilities service and Blob: Java date patterns in a time zone, base64 and digests as
// Apps Script's signed bytes, and a sleep that is only counted.
import { createHash, createHmac } from 'node:crypto';
import vm from 'node:vm';
import { createUtilities } from '../../sim/services/utilities';
import { makeContext } from './gmailContext';

const when = new Date('2026-06-05T06:30:05.007Z');

function setup() {
  const ctx = makeContext();
  return { ctx, u: createUtilities(ctx) };
}

const signed = (hex: string) => [...new Int8Array(Buffer.from(hex, 'hex'))];

describe('formatDate', () => {
  test.each([
    ['Etc/UTC', 'yyyy-MM-dd HH:mm:ss.SSS', '2026-06-05 06:30:05.007'],
    ['Europe/Berlin', 'EEE, d MMM yyyy HH:mm:ss Z', 'Fri, 5 Jun 2026 08:30:05 +0200'],
    ['America/New_York', 'EEEE, MMMM d, yyyy h:mm a', 'Friday, June 5, 2026 2:30 AM'],
    ['Asia/Kolkata', "yyyy-MM-dd'T'HH:mm:ssXXX", '2026-06-05T12:00:05+05:30'],
    ['Etc/UTC', 'HH:mm X z', '06:30 Z UTC'],
    ['Europe/London', "h 'o''clock' yy", "7 o'clock 26"],
    ['GMT-05:30', 'HH:mm Z', '01:00 -0530'],
    ['Not/AZone', 'HH:mm Z', '06:30 +0000'],
  ])('in %s, "%s" gives "%s"', (zone, pattern, expected) => {
    expect(setup().u.formatDate(when, zone, pattern)).toBe(expected);
  });

  test('a pattern letter SimpleDateFormat does not know is refused', () => {
    expect(() => setup().u.formatDate(when, 'Etc/UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  test('a non-date is refused', () => {
    expect(() => setup().u.formatDate('2026-06-05' as unknown as Date, 'Etc/UTC', 'yyyy')).toThrow(
      'Invalid argument: date',
    );
  });
});

describe('base64', () => {
  test('strings are encoded as UTF-8 and decoding gives signed bytes', () => {
    const { u } = setup();
    expect(u.base64Encode('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect(u.base64Decode(u.base64Encode('héllo'))).toEqual([...new Int8Array(Buffer.from('héllo'))]);
    expect(u.newBlob(u.base64Decode(u.base64Encode('héllo'))).getDataAsString()).toBe('héllo');
  });

  test('the web-safe alphabet uses - and _ and keeps padding', () => {
    const { u } = setup();
    expect(u.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(u.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(() => u.base64Decode('-_8=')).toThrow('Could not decode string.');
  });
});

describe('digests', () => {
  test('computeDigest returns signed bytes of the hash', () => {
    const { u } = setup();
    expect(u.computeDigest(u.DigestAlgorithm.MD5, 'abc')).toEqual(
      signed(createHash('md5').update('abc').digest('hex')),
    );
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc', u.Charset.UTF_8)).toEqual(
      signed(createHash('sha256').update('abc').digest('hex')),
    );
    expect(() => u.computeDigest('CRC32', 'abc')).toThrow('Invalid argument: algorithm');
  });

  test('computeHmacSha256Signature matches the standard test vector', () => {
    const { u } = setup();
    expect(u.computeHmacSha256Signature('The quick brown fox jumps over the lazy dog', 'key')).toEqual(
      signed('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8'),
    );
    expect(u.computeHmacSignature(u.MacAlgorithm.HMAC_SHA_1, 'msg', 'key')).toEqual(
      signed(createHmac('sha1', 'key').update('msg').digest('hex')),
    );
  });
});

describe('sleep, uuid, ledger', () => {
  test('sleep does not wait but is counted', () => {
    const { ctx, u } = setup();
    u.sleep(1500);
    u.sleep(500);
    expect(u.sleptMs).toBe(2000);
    expect(ctx.ledger.count('Utilities')).toBe(2);
    expect(Object.keys(u)).not.toContain('sleptMs');
  });

  test('getUuid gives a random RFC 4122 UUID', () => {
    const { u } = setup();
    expect(u.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(u.getUuid());
  });
});

describe('Blob', () => {
  test('bytes, name and type', () => {
    const { u } = setup();
    const blob = u.newBlob('Grüße', 'text/plain', 'greeting.txt');
    expect(blob.getBytes()).toEqual([...new Int8Array(Buffer.from('Grüße'))]);
    expect(blob.getName()).toBe('greeting.txt');
    expect(blob.setName('g.txt').getName()).toBe('g.txt');
    expect(u.newBlob([71, -4, 98], 'text/plain').getDataAsString('ISO-8859-1')).toBe('Güb');
    expect(blob.getBlob()).toBe(blob);
    expect(blob.isGoogleType()).toBe(false);
  });

  test('copyBlob is independent; getAs only converts to the same type', () => {
    const { u } = setup();
    const blob = u.newBlob('x', 'text/plain', 'a.txt');
    const copy = blob.copyBlob().setName('b.txt').setContentType('text/csv');
    expect(blob.getName()).toBe('a.txt');
    expect(blob.getContentType()).toBe('text/plain');
    expect(copy.getContentType()).toBe('text/csv');
    expect(blob.getAs('text/plain').getDataAsString()).toBe('x');
    expect(() => blob.getAs('application/pdf')).toThrow(
      'Converting from text/plain to application/pdf is not supported.',
    );
  });

  test('arrays handed to the sandbox are arrays of its own realm', () => {
    const sandbox = vm.createContext({});
    const SandboxError = vm.runInContext('Error', sandbox) as ErrorConstructor;
    const ctx = { ...makeContext(), error: (m: string) => new SandboxError(m) };
    const u = createUtilities(ctx);
    sandbox.bytes = u.newBlob('hi').getBytes();
    expect(vm.runInContext('bytes instanceof Array', sandbox)).toBe(true);
  });
});

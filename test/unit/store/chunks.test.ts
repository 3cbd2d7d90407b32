import { formatKB } from '../../../src/mail/size';
import { utf8Bytes } from '../../../src/store/bytes';
import { splitByBytes, wellFormed } from '../../../src/store/chunks';

const samples = ['', 'plain', 'Grüße', '日本語', '🙂👍🏽', 'a\u0000b', 'é'.repeat(5000), 'x🙂'.repeat(3000)];

describe('utf8Bytes', () => {
  it.each(samples)('counts what UTF-8 encoding takes (%#)', (text) => {
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('counts a lone surrogate as the replacement character it becomes', () => {
    expect(utf8Bytes('a\uD800b')).toBe(Buffer.byteLength('a\uFFFDb', 'utf8'));
    expect(wellFormed('a\uD800b\uDC00🙂')).toBe('a\uFFFDb\uFFFD🙂');
  });
});

describe('splitByBytes', () => {
  it.each([4, 5, 7, 100, 9000])('keeps every piece within %i bytes and never cuts a character', (max) => {
    const text = 'Grüße 日本語 🙂👍🏽 plain '.repeat(400);
    const pieces = splitByBytes(text, max);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(max);
      expect(wellFormed(piece)).toBe(piece);
    }
  });

  it('gives no pieces for an empty text', () => {
    expect(splitByBytes('', 100)).toEqual([]);
  });
});

describe('formatKB', () => {
  it('shows binary kilobytes with one decimal', () => {
    expect(formatKB(12_595)).toBe('12.3 KB');
    expect(formatKB(500 * 1024, 0)).toBe('500 KB');
  });
});

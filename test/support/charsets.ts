// A charset decoder for pure-rule tests, standing in for src/platform/charset.ts (which needs Apps
// Script's Utilities): the same label rules and fast paths, then Node's WHATWG TextDecoder where the
// add-on would ask Java. Integration tests exercise the real one through the emulator.
import {
  charsetLabel,
  type DecodeBytes,
  fastDecode,
  javaCharsets,
  readableFallback,
} from '../../src/mail/charset';

export const nodeDecode: DecodeBytes = (bytes, charset) => {
  const label = charsetLabel(charset);
  const fast = fastDecode(bytes, label);
  if (fast !== null) return fast;
  // Java's UTF-16 is big-endian without a byte order mark (RFC 2781 §4.3); WHATWG's is little-endian.
  if (label === 'utf-16' && !(bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return new TextDecoder('utf-16be').decode(Uint8Array.from(bytes));
  }
  for (const name of javaCharsets(label)) {
    try {
      return new TextDecoder(name.replace(/^x-/i, '')).decode(Uint8Array.from(bytes));
    } catch {
      // Not a WHATWG label: the next name, as the add-on falls back to the label itself.
    }
  }
  return readableFallback(bytes);
};

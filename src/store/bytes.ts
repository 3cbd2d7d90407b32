// Byte accounting for the property store: UTF-8 sizes computed by hand (the sandbox has no
// TextEncoder). The figures shown to the user are mail/size.ts formatKB.

/**
 * UTF-8 length of a JavaScript string. A lone surrogate counts as the 3 bytes of U+FFFD, which is
 * what it turns into when encoded.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** What one property costs against the quotas: its key and its value. */
export function entryBytes(key: string, value: string): number {
  return utf8Bytes(key) + utf8Bytes(value);
}

export function storeBytes(values: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(values)) total += entryBytes(key, value);
  return total;
}

// Where things are in a JSON text: a small scanner, run on text JSON.parse has accepted, that records
// where each value starts and ends, so an import can name the line of a template's entry and the
// exact spot in the file of a character of its body (a Liquid error inside the text).

export interface JsonSpan {
  kind: 'object' | 'array' | 'string' | 'other';
  /** Offset of the value's first character (the quote of a string). */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** An object's members, in order. */
  entries?: { key: string; value: JsonSpan }[];
  /** An array's items, in order. */
  items?: JsonSpan[];
}

/** The spans of a JSON text's values, or null when it is not JSON (or nests deeper than `maxDepth`). */
export function scanJson(text: string, maxDepth = 64): JsonSpan | null {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const fail = (): never => {
    throw new SyntaxError(`unexpected input at ${at}`);
  };
  const string = (): JsonSpan => {
    const start = at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (at >= text.length) fail();
    at++;
    return { kind: 'string', start, end: at };
  };
  const value = (depth: number): JsonSpan => {
    if (depth > maxDepth) fail();
    space();
    const start = at;
    const c = text[at];
    if (c === '"') return string();
    if (c === '{') {
      at++;
      const entries: { key: string; value: JsonSpan }[] = [];
      space();
      if (text[at] === '}') at++;
      else {
        for (;;) {
          space();
          if (text[at] !== '"') fail();
          const keySpan = string();
          const key = JSON.parse(text.slice(keySpan.start, keySpan.end)) as string;
          space();
          if (text[at++] !== ':') fail();
          entries.push({ key, value: value(depth + 1) });
          space();
          const next = text[at++];
          if (next === '}') break;
          if (next !== ',') fail();
        }
      }
      return { kind: 'object', start, end: at, entries };
    }
    if (c === '[') {
      at++;
      const items: JsonSpan[] = [];
      space();
      if (text[at] === ']') at++;
      else {
        for (;;) {
          items.push(value(depth + 1));
          space();
          const next = text[at++];
          if (next === ']') break;
          if (next !== ',') fail();
        }
      }
      return { kind: 'array', start, end: at, items };
    }
    while (at < text.length && !' \t\n\r,]}'.includes(text[at]!)) at++;
    if (at === start) fail();
    return { kind: 'other', start, end: at };
  };
  try {
    const root = value(0);
    space();
    return at === text.length ? root : null;
  } catch {
    return null;
  }
}

/** The member `key` of an object span, if it has one (the last, as JSON.parse keeps the last). */
export function memberOf(span: JsonSpan | undefined, key: string): JsonSpan | undefined {
  // Not `.at(-1)`: Array.prototype.at is ES2022, past what the sandbox is known to have.
  const found = span?.entries?.filter((e) => e.key === key) ?? [];
  return found[found.length - 1]?.value;
}

/** 1-based line and column (in UTF-16 units) of an offset of `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The offset in `text` of the character at `index` of the decoded string `span` (`\n` counts as one
 * character of the value but two of the file; `\u00e9` as one and six).
 */
export function offsetInString(text: string, span: JsonSpan, index: number): number {
  let at = span.start + 1;
  for (let decoded = 0; decoded < index && at < span.end - 1; decoded++) {
    at += text[at] !== '\\' ? 1 : text[at + 1] === 'u' ? 6 : 2;
  }
  return at;
}

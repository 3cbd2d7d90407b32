// HTML of a received message made safe to quote in a reply: the body's content only, without scripts,
// styles, frames, forms, event handlers or script URLs. A single linear scan, because quoted mail can be
// megabytes of hostile markup and the sandbox has no DOM.
//
// This is a deliberately small allow-by-default sanitizer (the browser that renders the draft is Gmail's,
// which sanitizes again). A well-kept parser (htmlparser2 runs without a DOM) could replace the tokenizer
// behind `sanitizeQuotedHtml` without changing callers.

export interface SanitizedHtml {
  html: string;
  /** Content-IDs (without `cid:`) of the inline images the HTML shows, in order, each once. */
  contentIds: string[];
}

/** Elements dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'applet',
  'template',
  'title',
  'head',
  'textarea',
  'select',
  'xmp',
  'noembed',
  'noframes',
  'frameset',
  'svg',
  'math',
]);
/** Elements whose tags are dropped but whose text stays (a form's labels are still part of the message). */
const DROP_TAG = new Set([
  'html',
  'body',
  'form',
  'input',
  'button',
  'option',
  'embed',
  'frame',
  'base',
  'meta',
  'link',
  'noscript',
  'param',
  'keygen',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'background',
  'lowsrc',
  'dynsrc',
  'poster',
  'xlink:href',
  'data',
  'cite',
  'longdesc',
  'usemap',
  'ping',
  'srcset',
]);
const DROP_ATTRIBUTES = new Set(['srcdoc', 'formaction', 'action']);

/** Sanitizes `html` for quoting and lists the `cid:` images it uses. */
export function sanitizeQuotedHtml(html: string): SanitizedHtml {
  const scanner = new Scanner(html);
  const lower = scanner.lower;
  let start = 0;
  let end = html.length;
  const bodyTag = findTag(lower, 'body', 0);
  if (bodyTag >= 0) {
    const open = scanner.find('>', bodyTag);
    start = open < 0 ? html.length : open + 1;
    const close = lower.lastIndexOf('</body');
    if (close >= start) end = close;
  }
  const out: string[] = [];
  const contentIds: string[] = [];
  let i = start;
  while (i < end) {
    const lt = scanner.find('<', i);
    if (lt < 0 || lt >= end) {
      out.push(html.slice(i, end));
      break;
    }
    out.push(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = scanner.find('-->', lt + 4);
      i = close < 0 ? end : close + 3;
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const close = scanner.find('>', lt);
      i = close < 0 ? end : close + 1;
    } else if (next === 0x2f /* / */ && isLetter(html.charCodeAt(lt + 2))) {
      const close = scanner.find('>', lt);
      if (close < 0) {
        out.push('&lt;');
        i = lt + 1;
        continue;
      }
      const name = tagName(lower, lt + 2);
      if (!DROP_TAG.has(name) && !DROP_WITH_CONTENT.has(name)) out.push(`</${name}>`);
      i = close + 1;
    } else if (isLetter(next)) {
      const tag = readStartTag(scanner, lt);
      if (!tag) {
        out.push('&lt;');
        i = lt + 1;
      } else if (DROP_WITH_CONTENT.has(tag.name)) {
        const close = scanner.find(`</${tag.name}`, tag.end);
        const after = close < 0 ? -1 : scanner.find('>', close);
        i = after < 0 ? end : after + 1;
      } else {
        if (!DROP_TAG.has(tag.name)) out.push(renderTag(tag, contentIds));
        i = tag.end;
      }
    } else {
      out.push('&lt;');
      i = lt + 1;
    }
  }
  return { html: out.join(''), contentIds };
}

/** Text for the HTML part: escaped, line breaks as `<br>`. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Readable text from HTML (for a text quote when the original has no text part): tags out, breaks kept. */
export function htmlToText(html: string): string {
  const safe = sanitizeQuotedHtml(html).html;
  return decodeEntities(
    safe
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|tr|h[1-6]|blockquote)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, body: string) => {
    const lowerBody = body.toLowerCase();
    if (lowerBody.startsWith('#')) {
      const cp =
        lowerBody[1] === 'x'
          ? Number.parseInt(lowerBody.slice(2), 16)
          : Number.parseInt(lowerBody.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return NAMED_ENTITIES[lowerBody] ?? whole;
  });
}

interface StartTag {
  name: string;
  attributes: { name: string; value: string | null }[];
  selfClosing: boolean;
  /** Index just past the closing `>`. */
  end: number;
}

/**
 * indexOf with memory of failed searches: once a needle is missing after some index it is missing after
 * any later one, so hostile input (thousands of unclosed tags or quotes) cannot make the scan quadratic.
 */
class Scanner {
  readonly lower: string;
  private readonly missingFrom = new Map<string, number>();
  constructor(readonly text: string) {
    // ASCII-only lower-casing keeps indexes aligned with `text` (toLowerCase can change lengths).
    this.lower = text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  }
  find(needle: string, from: number): number {
    const missing = this.missingFrom.get(needle);
    if (missing !== undefined && from >= missing) return -1;
    const at = this.lower.indexOf(needle, from);
    if (at < 0) this.missingFrom.set(needle, Math.min(from, missing ?? from));
    return at;
  }
}

function findTag(lower: string, name: string, from: number): number {
  let at = lower.indexOf(`<${name}`, from);
  while (at >= 0) {
    const c = lower.charCodeAt(at + name.length + 1);
    if (c === 0x3e || c === 0x2f || isSpaceCode(c)) return at;
    at = lower.indexOf(`<${name}`, at + 1);
  }
  return -1;
}

function tagName(lower: string, from: number): string {
  let j = from;
  while (j < lower.length && isNameChar(lower.charCodeAt(j))) j++;
  return lower.slice(from, j);
}

/** Reads `<name attr="v" …>` at `lt`; null when it is not a well-formed tag (then `<` is text). */
function readStartTag(scanner: Scanner, lt: number): StartTag | null {
  const { text, lower } = scanner;
  const name = tagName(lower, lt + 1);
  let j = lt + 1 + name.length;
  const attributes: StartTag['attributes'] = [];
  let selfClosing = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isSpaceCode(c)) {
      j++;
    } else if (c === 0x3e /* > */) {
      return { name, attributes, selfClosing, end: j + 1 };
    } else if (c === 0x2f /* / */) {
      selfClosing = true;
      j++;
    } else if (c === 0x3c /* < */) {
      return null; // a '<' inside a tag: malformed; bailing here keeps the scan linear
    } else {
      selfClosing = false;
      const nameStart = j;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (isSpaceCode(d) || d === 0x3d || d === 0x3e || d === 0x2f || d === 0x3c) break;
        j++;
      }
      const attrName = lower.slice(nameStart, j);
      while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
      let value: string | null = null;
      if (text.charCodeAt(j) === 0x3d /* = */) {
        j++;
        while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
        const q = text[j];
        if (q === '"' || q === "'") {
          const close = scanner.find(q, j + 1);
          if (close < 0) return null;
          value = text.slice(j + 1, close);
          j = close + 1;
        } else {
          const valueStart = j;
          while (j < text.length) {
            const d = text.charCodeAt(j);
            if (isSpaceCode(d) || d === 0x3e || d === 0x3c) break;
            j++;
          }
          value = text.slice(valueStart, j);
        }
      }
      attributes.push({ name: attrName, value });
    }
  }
  return null;
}

function renderTag(tag: StartTag, contentIds: string[]): string {
  let out = `<${tag.name}`;
  for (const { name, value } of tag.attributes) {
    if (!/^[a-z_:][a-z0-9_:.-]*$/.test(name) || name.startsWith('on') || DROP_ATTRIBUTES.has(name)) continue;
    if (value !== null && URL_ATTRIBUTES.has(name) && !isSafeUrl(value, tag.name, name)) continue;
    if (value !== null && name === 'style' && !isSafeStyle(value)) continue;
    if (value !== null && (name === 'src' || name === 'background')) {
      const trimmed = value.trim();
      if (trimmed.toLowerCase().startsWith('cid:')) {
        const id = trimmed.slice(4).replace(/^<|>$/g, '');
        if (id !== '' && !contentIds.includes(id)) contentIds.push(id);
      }
    }
    out += value === null ? ` ${name}` : ` ${name}="${value.replace(/"/g, '&quot;')}"`;
  }
  return `${out}${tag.selfClosing ? ' /' : ''}>`;
}

/** Scheme check on the URL as a browser would read it: entities decoded, whitespace and controls removed. */
function isSafeUrl(value: string, tagName: string, attribute: string): boolean {
  const url = compact(value);
  if (url.startsWith('javascript:') || url.startsWith('vbscript:')) return false;
  if (url.startsWith('data:'))
    return tagName === 'img' && attribute === 'src' && url.startsWith('data:image/');
  return true;
}

function isSafeStyle(value: string): boolean {
  const css = withoutComments(compact(value));
  return !/expression\(|javascript:|vbscript:|behavior:|-moz-binding|@import/.test(css);
}

function withoutComments(css: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = css.indexOf('/*', i);
    if (open < 0) return out + css.slice(i);
    out += css.slice(i, open);
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return out;
    i = close + 2;
  }
}

function compact(value: string): string {
  // Browsers ignore controls, whitespace and backslashes inside a URL scheme ("jav\tascript:"), so must we.
  let out = '';
  for (const c of decodeEntities(value)) {
    const code = c.charCodeAt(0);
    if (code > 0x20 && !(code >= 0x7f && code <= 0xa0) && c !== '\\') out += c;
  }
  return out.toLowerCase();
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 0x2d || code === 0x3a || code === 0x5f;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

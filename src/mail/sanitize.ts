// HTML of a received message made safe to quote in a reply: the body's content only, as a browser reads it,
// rewritten from an allow-list. A single linear scan, because quoted mail can be megabytes of hostile markup
// and the sandbox has no DOM.
//
// Why it holds: nothing of the input is copied through as markup. Each tag is read the way the HTML
// tokenizer reads it, then written anew: an allowed element name, allowed attribute names, values with their
// entities decoded (so `&#00000106;avascript:` is judged as `javascript:`), checked, and re-escaped; text is
// re-escaped too. What the browser parses from the output is therefore exactly what was checked. Elements
// whose content a browser parses differently (script, style, svg, math, noscript, xmp, …) are dropped with
// their content; unknown elements lose their tag and keep their text. Gmail sanitizes again when it renders.
//
// Chosen over the `xss` package: it stopped every vector in test/unit/mail/xssVectors.ts where `xss` with
// a newsletter-friendly allow-list let some through, kept the inline styles newsletters need, and costs no
// bundle bytes beyond `entities` (already bundled) — the numbers are in docs/replies.md.
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { hasControls, withoutControls } from './controls';
import { sanitizeStyle } from './inlineStyle';
import { safeUrl, type UrlUse } from './urlPolicy';

export interface SanitizedHtml {
  html: string;
  /** Content-IDs (without `cid:`) of the inline images the HTML shows, in order, each once. */
  contentIds: string[];
}

/** Elements written back (with allowed attributes only). */
const ALLOWED = new Set(
  (
    'a abbr acronym address article aside b bdi big blockquote br caption center cite code col colgroup dd ' +
    'del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd ' +
    'li main mark nav ol p pre q s samp section small span strike strong sub summary sup table tbody td ' +
    'tfoot th thead time tr tt u ul var wbr'
  ).split(' '),
);
const VOID = new Set(['br', 'col', 'hr', 'img', 'wbr']);
/** Raw text elements (the tokenizer reads their content as text up to `</name`): dropped with it. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);
/** Elements dropped with their content, which is markup the quote should not show. */
const DROP_WITH_CONTENT = new Set([
  'head',
  'object',
  'applet',
  'template',
  'select',
  'datalist',
  'frameset',
  'svg',
  'math',
  'audio',
  'video',
  'canvas',
  'map',
]);
/** Attributes kept on any allowed element (values are inert text). */
const GLOBAL_ATTRIBUTES = new Set(
  (
    'abbr align alt bgcolor border cellpadding cellspacing class clear color colspan datetime dir face ' +
    'headers height hspace lang noshade nowrap rowspan scope size span start style summary target title ' +
    'type valign value vspace width'
  ).split(' '),
);
/** Attributes whose value is free text; every other kept attribute is a size, colour or keyword. */
const TEXT_ATTRIBUTES = new Set(['abbr', 'alt', 'class', 'datetime', 'face', 'summary', 'title']);
const KEYWORD = /^[\w\s#%.,+-]*$/;
/** URL attributes, on the elements where they are kept, and how the URL is used. */
const URL_ATTRIBUTES: Record<string, { elements: ReadonlySet<string>; use: UrlUse }> = {
  href: { elements: new Set(['a']), use: 'link' },
  src: { elements: new Set(['img']), use: 'image' },
  background: { elements: new Set(['table', 'tr', 'td', 'th']), use: 'image' },
  cite: { elements: new Set(['blockquote', 'q', 'del', 'ins']), use: 'link' },
};

/** Sanitizes `html` for quoting and lists the `cid:` images it uses. */
export function sanitizeQuotedHtml(html: string): SanitizedHtml {
  const scanner = new Scanner(html);
  const { lower } = scanner;
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
      out.push(text(html.slice(i, end)));
      break;
    }
    out.push(text(html.slice(i, lt)));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      i = commentEnd(scanner, lt, end);
    } else if (
      next === 0x21 /* ! */ ||
      next === 0x3f /* ? */ ||
      (next === 0x2f && !isLetter(html.charCodeAt(lt + 2)))
    ) {
      // <!DOCTYPE>, <![CDATA[…]]>, <?xml?>, </3>: bogus comments up to the next '>' (`</>` is nothing).
      const close = scanner.find('>', lt);
      i = close < 0 ? end : close + 1;
    } else if (isLetter(next) || next === 0x2f /* / */) {
      const closing = next === 0x2f;
      const tag = readTag(scanner, closing ? lt + 1 : lt);
      if (!tag) {
        out.push('&lt;');
        i = lt + 1;
      } else if (closing) {
        if (ALLOWED.has(tag.name) && !VOID.has(tag.name)) out.push(`</${tag.name}>`);
        i = tag.end;
      } else if (tag.name === 'plaintext') {
        // Everything after <plaintext> is text to a browser: shown as such, never as markup.
        out.push(text(html.slice(tag.end, end)));
        break;
      } else if (RAW_TEXT.has(tag.name)) {
        i = rawTextEnd(scanner, tag.name, tag.end, end);
      } else if (DROP_WITH_CONTENT.has(tag.name)) {
        const close = scanner.find(`</${tag.name}`, tag.end);
        const after = close < 0 ? -1 : scanner.find('>', close);
        i = after < 0 ? end : after + 1;
      } else {
        if (ALLOWED.has(tag.name)) out.push(renderTag(tag, contentIds));
        i = tag.end;
      }
    } else {
      out.push('&lt;');
      i = lt + 1;
    }
  }
  return { html: out.join(''), contentIds };
}

/** Text as the browser shows it (entities decoded, controls dropped), escaped again. */
function text(raw: string): string {
  if (!raw.includes('&') && !raw.includes('>') && !hasControls(raw)) return raw;
  return escapeText(withoutControls(decodeHTML(raw)));
}

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Index after the comment at `lt`: `-->`, `--!>`, or the abrupt `<!-->` / `<!--->`; unclosed runs to the end. */
function commentEnd(scanner: Scanner, lt: number, end: number): number {
  const { text } = scanner;
  if (text.startsWith('>', lt + 4)) return lt + 5;
  if (text.startsWith('->', lt + 4)) return lt + 6;
  const a = scanner.find('-->', lt + 4);
  const b = scanner.find('--!>', lt + 4);
  if (a < 0 && b < 0) return end;
  return a >= 0 && (b < 0 || a < b) ? a + 3 : b + 4;
}

/** Index after `</name` + (space, `/` or `>`) … `>` that ends a raw text element; the end when unclosed. */
function rawTextEnd(scanner: Scanner, name: string, from: number, end: number): number {
  for (
    let at = scanner.find(`</${name}`, from);
    at >= 0 && at < end;
    at = scanner.find(`</${name}`, at + 1)
  ) {
    const c = scanner.text.charCodeAt(at + name.length + 2);
    if (c === 0x3e || c === 0x2f || isSpaceCode(c)) {
      const close = scanner.find('>', at);
      return close < 0 ? end : close + 1;
    }
  }
  return end;
}

interface Tag {
  name: string;
  attributes: { name: string; value: string | null }[];
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

/**
 * Reads the tag whose name starts at `at + 1` (`<name …>`, or `/name …>` for an end tag), as the HTML
 * tokenizer does: the name runs to space, `/` or `>`; attributes are separated by spaces or `/`; a value is
 * quoted or runs to space or `>`. Null when it is not a tag to the scan: no `>` before the input ends, or a
 * `<` where a name or unquoted value would be (then `<` is text; bailing there keeps the scan linear).
 */
function readTag(scanner: Scanner, at: number): Tag | null {
  const { text, lower } = scanner;
  let j = at + 1;
  while (j < text.length && !isTagEnd(text.charCodeAt(j))) j++;
  const name = lower.slice(at + 1, j);
  if (name.includes('<')) return null;
  const attributes: Tag['attributes'] = [];
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isSpaceCode(c) || c === 0x2f /* / */) {
      j++;
    } else if (c === 0x3e /* > */) {
      return { name, attributes, end: j + 1 };
    } else {
      const nameStart = j;
      j++; // the first character may be '=' (then it is part of the name)
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (isTagEnd(d) || d === 0x3d /* = */) break;
        j++;
      }
      const attrName = lower.slice(nameStart, j);
      if (attrName.includes('<')) return null;
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
            if (isSpaceCode(d) || d === 0x3e) break;
            if (d === 0x3c) return null;
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

function renderTag(tag: Tag, contentIds: string[]): string {
  let out = `<${tag.name}`;
  const seen = new Set<string>();
  for (const attribute of tag.attributes) {
    // The first of two same-named attributes is the one a browser uses; later ones are ignored.
    if (seen.has(attribute.name)) continue;
    seen.add(attribute.name);
    const value = attributeValue(tag.name, attribute.name, attribute.value);
    if (value === null) continue;
    if (attribute.name === 'src' || attribute.name === 'background') noteContentId(value, contentIds);
    out +=
      value === '' && attribute.value === null
        ? ` ${attribute.name}`
        : ` ${attribute.name}="${escapeAttribute(value)}"`;
  }
  return `${out}>`;
}

/** The value to write for an attribute (decoded, checked), or null when the attribute goes. */
function attributeValue(element: string, name: string, raw: string | null): string | null {
  const urlRule = URL_ATTRIBUTES[name];
  if (!urlRule && !GLOBAL_ATTRIBUTES.has(name)) return null;
  const decoded = raw === null ? '' : withoutControls(raw.includes('&') ? decodeHTMLAttribute(raw) : raw);
  if (urlRule) return urlRule.elements.has(element) ? safeUrl(decoded, urlRule.use) : null;
  if (name === 'style') {
    const style = sanitizeStyle(decoded);
    return style === '' ? null : style;
  }
  return TEXT_ATTRIBUTES.has(name) || KEYWORD.test(decoded) ? decoded : null;
}

function noteContentId(url: string, contentIds: string[]): void {
  if (!url.toLowerCase().startsWith('cid:')) return;
  const id = url.slice(4).replace(/^<|>$/g, '');
  if (id !== '' && !contentIds.includes(id)) contentIds.push(id);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isTagEnd(code: number): boolean {
  return isSpaceCode(code) || code === 0x2f || code === 0x3e;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

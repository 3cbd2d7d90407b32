// An independent reading of sanitized HTML: parse5 (the HTML standard's tokenizer and tree builder, as in
// jsdom) parses the output as a browser would, and every construct that can run script or load a page of
// the sender's choosing is reported. The sanitizer's own code is not used here.
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const FORBIDDEN_ELEMENTS = new Set(
  (
    'script style iframe frame frameset object embed applet base meta link form input button textarea select ' +
    'option svg math xml plaintext xmp noscript noembed noframes template isindex bgsound video audio source ' +
    'track portal param layer ilayer listing'
  ).split(' '),
);
const FORBIDDEN_ATTRIBUTES = new Set(
  (
    'srcdoc formaction action xlink:href dynsrc lowsrc datasrc data code codebase classid poster srcset ' +
    'ping http-equiv xmlns is'
  ).split(' '),
);
const URL_ATTRIBUTES = new Set(['href', 'src', 'background', 'cite', 'longdesc', 'usemap', 'content']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'cid']);

/** Characters browsers have ignored inside a scheme, removed before judging it. */
const IGNORED_IN_SCHEME =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is removed.
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\\]/g;

function squeeze(value: string): string {
  return value.replace(IGNORED_IN_SCHEME, '');
}

function cssUnescape(css: string): string {
  return css.replace(/\\([0-9a-f]{1,6}\s?|[\s\S])/gi, (_m, esc: string) =>
    /^[0-9a-f]/i.test(esc)
      ? String.fromCodePoint(Math.min(Number.parseInt(esc, 16), 0x10ffff) || 0xfffd)
      : esc,
  );
}

function normalizedCss(css: string): string {
  let out = css.replace(/\/\*[\s\S]*?(\*\/|$)/g, '');
  out = cssUnescape(out).replace(/\/\*[\s\S]*?(\*\/|$)/g, '');
  return squeeze(out).toLowerCase();
}

function schemeOf(url: string): string | null {
  const m = /^([^/?#]*?):/.exec(squeeze(url).toLowerCase());
  return m ? (m[1] ?? '') : null;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

/** What a browser would read from `html`: each element as `<name attr=value>`, values decoded and squeezed. */
export function browserView(html: string): string {
  const parts: string[] = [];
  for (const el of elements(parseFragment(html) as unknown as Node)) {
    const attrs = el.attrs.map(
      (a) => `${a.name}=${a.name === 'style' ? normalizedCss(a.value) : squeeze(a.value).toLowerCase()}`,
    );
    parts.push(`<${el.namespaceURI === HTML_NS ? '' : 'foreign:'}${el.tagName} ${attrs.join(' ')}>`);
  }
  return parts.join('');
}

/** Every script-capable construct in `html`, described; [] when there is none. */
export function scriptCapable(html: string): string[] {
  const found: string[] = [];
  if (
    /<script|<\/?(iframe|object|embed|svg|math|base|meta|form|style|plaintext|xmp|noscript)\b/i.test(html)
  ) {
    found.push('dangerous tag in the markup');
  }
  for (const el of elements(parseFragment(html) as unknown as Node)) {
    const name = el.tagName;
    if (el.namespaceURI !== HTML_NS) found.push(`<${name}> in ${el.namespaceURI}`);
    if (FORBIDDEN_ELEMENTS.has(name)) found.push(`<${name}>`);
    for (const { name: attr, value } of el.attrs) {
      const lower = squeeze(value).toLowerCase();
      if (attr.startsWith('on')) found.push(`${attr}= on <${name}>`);
      if (FORBIDDEN_ATTRIBUTES.has(attr)) found.push(`${attr}= on <${name}>`);
      if (/(java|vb|live)script:/.test(lower)) found.push(`script URL in ${attr}= on <${name}>`);
      if (URL_ATTRIBUTES.has(attr)) {
        const scheme = schemeOf(value);
        const rasterImage =
          name === 'img' && attr === 'src' && /^data:image\/(png|gif|jpeg|webp)[;,]/.test(lower);
        if (scheme !== null && !SAFE_SCHEMES.has(scheme) && !rasterImage) {
          found.push(`${scheme}: URL in ${attr}= on <${name}>`);
        }
      }
      if (attr === 'style') {
        const css = normalizedCss(value);
        if (/expression|javascript:|vbscript:|behavior|binding|@import/.test(css))
          found.push(`style: ${css}`);
        for (const m of css.matchAll(/url\(["']?([^"')]*)/g)) {
          const scheme = schemeOf(m[1] ?? '');
          if (scheme !== null && !['http', 'https', 'cid'].includes(scheme)) found.push(`style url: ${css}`);
        }
      }
    }
  }
  return found;
}

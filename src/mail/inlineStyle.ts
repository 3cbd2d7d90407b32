// A style attribute of quoted mail, kept to the declarations that lay out text and tables. Each
// declaration is read as CSS reads it (comments out, escapes such as `\65 xpression` or `\000065` decoded)
// and written back in that decoded form, so the browser sees exactly what was checked: an allowed
// property, and a value with no function but colours, gradients, calc() and url()s of allowed schemes.
// Everything else (expression(), behavior, -moz-binding, @import, position, custom properties) is dropped.
import { safeUrl } from './urlPolicy';

const PROPERTIES = new Set(
  (
    'background background-color background-image background-position background-repeat background-size ' +
    'border border-bottom border-bottom-color border-bottom-left-radius border-bottom-right-radius ' +
    'border-bottom-style border-bottom-width border-collapse border-color border-left border-left-color ' +
    'border-left-style border-left-width border-radius border-right border-right-color border-right-style ' +
    'border-right-width border-spacing border-style border-top border-top-color border-top-left-radius ' +
    'border-top-right-radius border-top-style border-top-width border-width box-sizing caption-side clear ' +
    'color direction display empty-cells float font font-family font-size font-style font-variant ' +
    'font-weight height letter-spacing line-height list-style list-style-position list-style-type margin ' +
    'margin-bottom margin-left margin-right margin-top max-height max-width min-height min-width opacity ' +
    'overflow overflow-wrap overflow-x overflow-y padding padding-bottom padding-left padding-right ' +
    'padding-top table-layout text-align text-decoration text-decoration-color text-decoration-line ' +
    'text-indent text-shadow text-transform vertical-align visibility white-space width word-break ' +
    'word-spacing word-wrap box-shadow'
  ).split(' '),
);
const FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'url', 'calc', 'linear-gradient']);
// Never in a value, whatever the spelling: what is left after decoding escapes and removing comments.
const FORBIDDEN = /expression|javascript|vbscript|livescript|behavior|binding|@import|[\\<>{};@`]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls end a declaration's trust.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** The safe part of a style attribute's (entity-decoded) value; '' when nothing is left. */
export function sanitizeStyle(decoded: string): string {
  const kept: string[] = [];
  for (const declaration of declarations(withoutComments(decoded))) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = unescapeCss(declaration.slice(0, colon)).trim().toLowerCase();
    const value = unescapeCss(declaration.slice(colon + 1))
      .replace(/\s+/g, ' ')
      .trim();
    if (!(PROPERTIES.has(name) || /^mso-[a-z-]+$/.test(name)) || !isSafeValue(value)) continue;
    kept.push(`${name}:${value}`);
  }
  return kept.join(';');
}

function isSafeValue(value: string): boolean {
  if (value === '' || CONTROL.test(value) || FORBIDDEN.test(value.toLowerCase().replace(/\s+/g, ''))) {
    return false;
  }
  if (count(value, '"') % 2 !== 0 || count(value, "'") % 2 !== 0) return false;
  if (count(value, '(') !== count(value, ')')) return false;
  const calls = /([a-z-]*)\s*\(/gi;
  for (let m = calls.exec(value); m; m = calls.exec(value)) {
    const fn = (m[1] ?? '').toLowerCase();
    if (!FUNCTIONS.has(fn)) return false;
    if (fn === 'url' && safeUrl(urlArgument(value, m.index + m[0].length), 'css') === null) return false;
  }
  return true;
}

/** The URL inside `url(` starting at `from`: a quoted string up to its quote, else up to `)`. */
function urlArgument(value: string, from: number): string {
  const rest = value.slice(from).trimStart();
  const q = rest[0];
  if (q === '"' || q === "'") return rest.slice(1, Math.max(1, rest.indexOf(q, 1)));
  const close = rest.indexOf(')');
  return (close < 0 ? rest : rest.slice(0, close)).trim();
}

function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/** CSS without its comments; an unclosed comment runs to the end, as in CSS. */
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

/** Declarations split at `;` outside strings and parentheses (an escaped `;` does not split). */
function declarations(css: string): string[] {
  const out: string[] = [];
  let quote = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '\\') {
      i++;
    } else if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth = Math.max(0, depth - 1);
    } else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i));
      start = i + 1;
    }
  }
  out.push(css.slice(start));
  return out;
}

/** CSS escapes decoded: `\` + 1–6 hex digits (+ one optional space), `\` + newline (nothing), `\` + char. */
export function unescapeCss(css: string): string {
  if (!css.includes('\\')) return css;
  return css.replace(
    /\\(?:([0-9a-fA-F]{1,6})(?:\r\n|[ \t\n\r\f])?|(\r\n|[\n\r\f])|([\s\S])|$)/g,
    (_m, hex, newline, char) => {
      if (hex !== undefined) {
        const cp = Number.parseInt(hex, 16);
        return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)
          ? '\ufffd'
          : String.fromCodePoint(cp);
      }
      if (newline !== undefined) return '';
      return char ?? '\ufffd';
    },
  );
}

// Markdown for mail: the few constructs a reply needs (bold, italics, links, lists, line breaks as
// typed) turned into Gmail-shaped HTML and an equivalent plain-text part, from one parse.
//
// The parser is marked's lexer (its tokens only: its HTML renderer is not used), cut down to those
// constructs. Link targets are normalised as markdown-it did before it (punycode hosts,
// percent-encoded paths, character references decoded), with the same two small packages.
import { decodeHTMLStrict } from 'entities';
import { Lexer, type Token, Tokenizer, type Tokens } from 'marked';
import * as mdurl from 'mdurl';
// @ts-expect-error TS7016: punycode.js ships no types; its two functions are typed below.
import punycodeModule from 'punycode.js';

const punycode = punycodeModule as { toASCII(s: string): string; toUnicode(s: string): string };

/**
 * How text from the source becomes output. Rendering passes one that swaps merge-field markers for
 * their values; on its own, text is shown as typed.
 */
export interface Expander {
  /** Text content, already HTML-escaped. */
  html(text: string): string;
  /** A link target (before attribute escaping). */
  url(text: string): string;
  /** Text content for the plain-text part. */
  text(text: string): string;
}

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const AS_TYPED: Expander = { html: escapeHtml, url: (s) => s, text: (s) => s };

// Only what a reply needs: headings, code (indented, fenced and inline), block quotes, rules, tables,
// strikethrough, reference links, images and raw HTML stay off, so "# 1", four-space indents, "> ",
// "Thanks\n--" and "<b>" read as typed. A tokenizer that returns undefined declines; the text rules
// then take the characters.
const off = (): undefined => undefined;

// A paragraph runs until a blank line or a list that may interrupt it (a bullet, or a numbered item
// starting at 1, with text): with headings, quotes, rules, fences and HTML off, nothing else ends it.
const PARAGRAPH = /^[^\n]+(?:\n(?![ \t]*(?:\n|$))(?! {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n])[^\n]+)*/;

/** A line as it reads: indentation and the spaces before its line break are not content. */
const trimLine = (line: string): string => line.replace(/^[ \t]+/, '').replace(/ +$/, '');

// Only addresses typed with their scheme become links ("example.com", "www.example.com" and
// "ana@example.com" in a sentence stay text), and where such a link ends is decided as markdown-it's
// linkify-it decided it: these patterns are its http and mailto validators (linkify-it 5, options
// as markdown-it set them), with Unicode property classes for its uc.micro ones.
const ZCc = '[\\p{Z}\\p{Cc}]';
const ZPCc = '[\\p{Z}\\p{P}\\p{Cc}]';
const SEP = '[><\\uff5c]';
const PSEUDO = `(?:(?!${SEP}|${ZPCc})[\\s\\S])`;
const DOMAIN = `(?:xn--[a-z0-9\\-]{1,59}|${PSEUDO}|${PSEUDO}(?:-|${PSEUDO}){0,61}${PSEUDO})`;
const PORT = '(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?';
const HOST_END = `(?=$|${SEP}|${ZPCc})(?!-|_|:\\d|\\.-|\\.(?!$|${ZPCc}))`;
const pair = (open: string, close: string): string => {
  const atom = `(?:(?!${ZCc}|\\${open}|\\${close}).)`;
  let p = `\\${open}${atom}{0,1000}\\${close}`;
  for (let level = 2; level <= 4; level++) p = `\\${open}(?:${atom}|${p}){0,1000}\\${close}`;
  return p;
};
const PATH =
  `(?:[/?#](?:${pair('[', ']')}|${pair('(', ')')}|${pair('{', '}')}|"(?:(?!${ZCc}|["]).){1,100}"|` +
  `'(?:(?!${ZCc}|[']).){1,100}'|'(?=${PSEUDO}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${ZCc}|[.]|$)|-{1,20}|` +
  `,(?!${ZCc}|$)|;(?!${ZCc}|$)|!{1,20}(?!${ZCc}|[!]|$)|\\?(?!${ZCc}|[?]|$)|[\\\\/:%@#&=_~*]|` +
  `(?!${ZPCc}|${SEP}).){1,10000}|\\/)?`;
const WEB_TAIL = new RegExp(`^\\/\\/(?:(?:${DOMAIN})\\.){0,10}${DOMAIN}${PORT}${HOST_END}${PATH}`, 'iu');
const MAIL_NAME =
  "[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}";
const MAILTO_TAIL = new RegExp(`^${MAIL_NAME}@(?:(?:${DOMAIN})\\.){0,4}${DOMAIN}${HOST_END}`, 'iu');
const SCHEME = /^(?:https?|ftp|mailto):/i;
const SCHEME_ANYWHERE = /(?:https?|ftp|mailto):/gi;

/** The address typed at the start of `src`, as markdown-it's linkify rule took it, or undefined. */
function typedAddress(src: string): string | undefined {
  const scheme = SCHEME.exec(src)?.[0];
  if (!scheme) return undefined;
  const tail = (scheme.toLowerCase() === 'mailto:' ? MAILTO_TAIL : WEB_TAIL).exec(src.slice(scheme.length));
  // A "*" ending it is emphasis, not the address.
  const url = tail ? (scheme + tail[0]).replace(/\*+$/, '') : '';
  return url.length > scheme.length ? url : undefined;
}

// What marked's list rule checks to end an item or refuse a lazy line, for the rules that are off.
const NEVER = /(?!)/;
const OFF_IN_LISTS = [
  'hrRegex',
  'fencesBeginRegex',
  'headingBeginRegex',
  'htmlBeginRegex',
  'blockquoteBeginRegex',
];

// Built once per set of marked's rules (a lexer is made for every parse).
const mailRulesCache = new WeakMap<object, Tokenizer['rules']>();

function mailRules(r: Tokenizer['rules']): Tokenizer['rules'] {
  let rules = mailRulesCache.get(r);
  if (!rules) {
    const other = { ...r.other } as Record<string, unknown>;
    for (const k of OFF_IN_LISTS) other[k] = () => NEVER;
    const block = { ...r.block, fences: NEVER, heading: NEVER, hr: NEVER, lheading: NEVER };
    rules = { ...r, other: other as typeof r.other, block };
    mailRulesCache.set(r, rules);
  }
  return rules;
}

class MailTokenizer extends Tokenizer {
  constructor() {
    super();
    // The lexer hands its rules over; the block rules that are off must not end a list item
    // either ("- a\n# b" is one item, as with markdown-it).
    let rules: Tokenizer['rules'];
    Object.defineProperty(this, 'rules', {
      get: () => rules,
      set: (r: Tokenizer['rules']) => {
        rules = mailRules(r);
      },
    });
  }

  override code = off;
  override fences = off;
  override heading = off;
  override hr = off;
  override blockquote = off;
  override html = off;
  override def = off;
  override table = off;
  override lheading = off;
  override tag = off;
  override codespan = off;
  override del = off;
  override reflink = off;

  /**
   * The text just before the inline token being read ('' after markup): an address typed in text
   * is a link only where a word does not run into it ("xhttps://…", "1https://…", ".https://…" and
   * "-https://…" stay text), as with markdown-it.
   */
  textBefore = '';
  /** The inline source being read (the lexer hands tokenizers only what is left of it). */
  run = '';

  /** Where the last token a tokenizer here returned ended in `run`. */
  lastEnd = 0;

  /**
   * Whether a word runs into the address starting at `src`, by markdown-it's two linkify rules: a
   * "scheme://" address follows anything but a letter, digit or "+" of the same text (a run of * or
   * _ the lexer passes through as text is markup there); "mailto:" follows the start of a text, or
   * a space or punctuation other than "_".
   */
  private runsInto(src: string): boolean {
    const at = this.run.length - src.length;
    const prev = this.run.charAt(at - 1);
    const afterDelimiters = at > this.lastEnd;
    if (/^mailto:/i.test(src)) {
      if (prev === '' || (this.textBefore === '' && !afterDelimiters)) return false;
      return prev === '_' || !/[\p{Z}\p{P}\p{Cc}><\uff5c]/u.test(prev);
    }
    return this.textBefore !== '' && !afterDelimiters && /[a-z0-9+]/i.test(prev);
  }

  ended(src: string, raw: string): void {
    this.lastEnd = this.run.length - src.length + raw.length;
  }

  override paragraph(src: string): Tokens.Paragraph | undefined {
    const cap = PARAGRAPH.exec(src);
    if (!cap) return undefined;
    const raw = src.charAt(cap[0].length) === '\n' ? `${cap[0]}\n` : cap[0];
    const text = cap[0].split('\n').map(trimLine).join('\n').trim();
    return { type: 'paragraph', raw, text, tokens: this.lexer.inline(text) };
  }

  // The text of a list item, a line at a time (the lexer joins the lines).
  override text(src: string): Tokens.Text | undefined {
    const cap = /^[^\n]+/.exec(src);
    if (!cap) return undefined;
    const text = trimLine(cap[0]).replace(/[ \t]+$/, '');
    return { type: 'text', raw: cap[0], text, tokens: this.lexer.inline(text) };
  }

  // "[ ] " and "[x] " starting an item are text, not a task checkbox.
  override list(src: string): Tokens.List | undefined {
    const list = super.list(src);
    for (const item of list?.items ?? []) {
      const k = item.tokens.findIndex((t) => t.type === 'checkbox');
      if (k < 0) continue;
      const box = item.tokens[k]!;
      item.tokens.splice(k, 1);
      const next = item.tokens[k] as Tokens.Text | undefined;
      const queued = next && this.lexer.inlineQueue.find((q) => q.tokens === next.tokens);
      if (next && queued) {
        next.text = box.raw + next.text;
        queued.src = next.text;
      } else item.tokens.splice(k, 0, { type: 'text', raw: box.raw, text: box.raw.trim() });
      item.task = false;
    }
    return list;
  }

  override link(src: string): Tokens.Link | Tokens.Image | undefined {
    // An image is its "!" and then a link.
    return src.charCodeAt(0) === 33 ? undefined : this.markup(src, super.link(src));
  }

  override escape(src: string): Tokens.Escape | undefined {
    return this.markup(src, super.escape(src));
  }

  override emStrong(
    src: string,
    maskedSrc: string,
    prevChar?: string,
  ): Tokens.Em | Tokens.Strong | undefined {
    return this.markup(src, super.emStrong(src, maskedSrc, prevChar));
  }

  override br(src: string): Tokens.Br | undefined {
    return this.markup(src, super.br(src));
  }

  override autolink(src: string): Tokens.Link | undefined {
    return this.markup(src, super.autolink(src));
  }

  private markup<T extends { raw: string } | undefined>(src: string, token: T): T {
    if (token) {
      this.textBefore = '';
      this.ended(src, token.raw);
    }
    return token;
  }

  override url(src: string): Tokens.Link | undefined {
    const raw = this.runsInto(src) ? undefined : typedAddress(src);
    if (raw === undefined) return undefined;
    this.textBefore = '';
    this.ended(src, raw);
    return {
      type: 'link',
      raw,
      href: raw,
      text: raw,
      autolink: true,
      tokens: [{ type: 'text', raw, text: raw }],
    };
  }

  // Text stops before an address the rule above takes (marked stops only before a lower-case
  // "http://", "https://" or "ftp://").
  override inlineText(src: string): Tokens.Text | undefined {
    let token = super.inlineText(src);
    if (!token) return token;
    for (const m of token.raw.matchAll(SCHEME_ANYWHERE)) {
      const before = token.raw.slice(0, m.index);
      const runsInto = m[0].toLowerCase() === 'mailto:' ? /[^\p{Z}\p{P}\p{Cc}><\uff5c]$|_$/u : /[a-z0-9+]$/i;
      if (m.index > 0 && !runsInto.test(before) && typedAddress(src.slice(m.index))) {
        const raw = token.raw.slice(0, m.index);
        token = { ...token, raw, text: raw };
        break;
      }
    }
    this.textBefore = token.raw;
    this.ended(src, token.raw);
    return token;
  }
}

// breaks: a single newline is a line break, as typed. gfm: addresses typed with their scheme are
// links (the other GFM rules are off above). Each parse gets its own lexer (it keeps state).
class MailLexer extends Lexer {
  // A run of inline text starts afresh: nothing runs into an address at its start.
  override inlineTokens(src: string, tokens?: Token[]): Token[] {
    const tokenizer = this.options.tokenizer as MailTokenizer;
    const outer = tokenizer.run;
    tokenizer.run = src;
    tokenizer.textBefore = '';
    tokenizer.lastEnd = 0;
    try {
      return super.inlineTokens(src, tokens);
    } finally {
      tokenizer.run = outer;
    }
  }
}

// Rendering parses one source three times (dropped links, HTML, text): the last parse is kept.
// Rendering only reads the tokens.
let lastLexed: { source: string; tokens: Token[] } | undefined;

function lex(source: string): Token[] {
  if (lastLexed?.source === source) return lastLexed.tokens;
  const tokens = lexAnew(source);
  lastLexed = { source, tokens };
  return tokens;
}

function lexAnew(source: string): Token[] {
  return new MailLexer({ gfm: true, breaks: true, pedantic: false, tokenizer: new MailTokenizer() }).lex(
    source,
  );
}

// Character references and backslash escapes in a link target are decoded (marked does the escapes),
// as CommonMark says; the escaped form comes back when the target is written into the HTML.
const ENTITY = /&([a-z#][a-z0-9]{1,31});/gi;
const DIGITAL_ENTITY = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;

function isValidEntityCode(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfdd0 && c <= 0xfdef) return false;
  if ((c & 0xffff) === 0xffff || (c & 0xffff) === 0xfffe) return false;
  if (c >= 0x00 && c <= 0x08) return false;
  if (c === 0x0b) return false;
  if (c >= 0x0e && c <= 0x1f) return false;
  if (c >= 0x7f && c <= 0x9f) return false;
  return c <= 0x10ffff;
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (match, name: string) => {
    if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY.test(name)) {
      const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return isValidEntityCode(code) ? String.fromCodePoint(code) : match;
    }
    return decodeHTMLStrict(match);
  });
}

// Hosts of these schemes are written in punycode in the HTML and in Unicode in the text.
const RECODE_HOSTNAME_FOR = ['http:', 'https:', 'mailto:'];

/** A link target as sent: punycode host, percent-encoded (what a mail client follows). */
function normalizeLink(url: string): string {
  const parsed = mdurl.parse(url, true);
  if (parsed.hostname && (!parsed.protocol || RECODE_HOSTNAME_FOR.includes(parsed.protocol))) {
    try {
      parsed.hostname = punycode.toASCII(parsed.hostname);
    } catch {
      // Left as typed.
    }
  }
  return mdurl.encode(mdurl.format(parsed));
}

/** A link target as a person reads it: Unicode host, percent-escapes decoded. */
function normalizeLinkText(url: string): string {
  const parsed = mdurl.parse(url, true);
  if (parsed.hostname && (!parsed.protocol || RECODE_HOSTNAME_FOR.includes(parsed.protocol))) {
    try {
      parsed.hostname = punycode.toUnicode(parsed.hostname);
    } catch {
      // Left as typed.
    }
  }
  return mdurl.decode(mdurl.format(parsed), `${mdurl.decode.defaultChars}%`);
}

/** A link token's target, normalised; autolinks and typed addresses take no character references. */
const hrefOf = (t: Tokens.Link): string => normalizeLink(t.autolink ? t.href : decodeEntities(t.href));

/** Links a mail may carry: https and mailto. Everything else is dropped to its text. */
export function isAllowedLink(href: string): boolean {
  return /^(https:\/\/[^/\s]|mailto:[^\s])/i.test(href);
}

/** Every link token, in source order, at any depth. */
function eachLink(tokens: Token[], visit: (t: Tokens.Link) => void): void {
  for (const t of tokens) {
    if (t.type === 'link') visit(t as Tokens.Link);
    if (t.type === 'list') for (const item of (t as Tokens.List).items) eachLink(item.tokens, visit);
    else if ('tokens' in t && Array.isArray(t.tokens)) eachLink(t.tokens, visit);
  }
}

/** The link targets in a Markdown source that rendering would drop to their text. */
export function droppedLinks(source: string): string[] {
  const out: string[] = [];
  eachLink(lex(source), (t) => {
    const href = hrefOf(t);
    if (!isAllowedLink(href)) out.push(normalizeLinkText(href));
  });
  return out;
}

// Lists keep Gmail's compact look: no block margins (blank lines come only from the source).
const LIST_STYLE = 'margin:0;padding-left:1.5em';

interface Block {
  /** Whether a blank line was typed before this block. */
  gap: boolean;
  /** A paragraph of a tight list item: its text goes in the <li> without a <div>. */
  bare: boolean;
  html: string;
  /** Plain-text lines, without indentation. */
  text: string[];
}

interface Inline {
  html: string;
  text: string;
}

function renderInline(tokens: Token[], x: Expander, out: Inline = { html: '', text: '' }): Inline {
  // Adjacent text (and escapes) is expanded as one run, so a merge-field marker split by the lexer
  // is still whole.
  let pending = '';
  const flush = () => {
    if (pending === '') return;
    out.html += x.html(pending);
    out.text += x.text(pending);
    pending = '';
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'escape':
        if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) {
          flush();
          renderInline(t.tokens, x, out);
        } else pending += t.text;
        break;
      case 'br':
        flush();
        out.html += '<br>';
        out.text += '\n';
        break;
      case 'strong':
      case 'em': {
        flush();
        const tag = t.type === 'strong' ? 'b' : 'i';
        out.html += `<${tag}>`;
        renderInline((t as Tokens.Strong).tokens, x, out);
        out.html += `</${tag}>`;
        break;
      }
      case 'link': {
        flush();
        const link = t as Tokens.Link;
        const href = hrefOf(link);
        if (!isAllowedLink(href)) {
          renderInline(link.tokens, x, out);
          break;
        }
        out.html += `<a href="${escapeHtml(x.url(href))}">`;
        const start = out.text.length;
        // An address typed as such is shown decoded (Unicode host, no percent-escapes).
        if (link.autolink)
          renderInline([{ type: 'text', raw: link.text, text: normalizeLinkText(link.text) }], x, out);
        else renderInline(link.tokens, x, out);
        out.html += '</a>';
        // "text (url)" in the plain part, unless the text is the address.
        const shown = out.text.slice(start);
        const url = x.text(normalizeLinkText(x.url(href)));
        const bareUrl = url.replace(/^mailto:/i, '');
        if (shown !== url && shown !== bareUrl) out.text += ` (${bareUrl})`;
        break;
      }
      default:
        // Rules that are off never produce other tokens; anything else is shown as typed.
        pending += t.raw;
    }
  }
  flush();
  return out;
}

/** Renders a run of block tokens (the whole document or one list item's content) into blocks. */
function renderBlocks(tokens: Token[], x: Expander, loose = true): Block[] {
  const blocks: Block[] = [];
  // The whitespace since the last block: a blank line in it is a typed gap.
  let between = '';
  for (const t of tokens) {
    if (t.type === 'space') {
      between += t.raw;
      continue;
    }
    const gap = /\n[ \t]*\n/.test(between);
    if (t.type === 'paragraph' || t.type === 'text') {
      const inline = renderInline((t as Tokens.Paragraph).tokens ?? [], x);
      blocks.push({ gap, bare: !loose, html: inline.html, text: inline.text.split('\n') });
    } else if (t.type === 'list') {
      blocks.push({ ...renderList(t as Tokens.List, x), gap });
    } else continue;
    between = /\s*$/.exec(t.raw)?.[0] ?? '';
  }
  return blocks;
}

function renderList(list: Tokens.List, x: Expander): Block {
  const start = list.ordered && list.start !== '' ? list.start : 1;
  const tag = list.ordered ? 'ol' : 'ul';
  const startAttr = list.ordered && start !== 1 ? ` start="${start}"` : '';
  let html = `<${tag}${startAttr} style="${LIST_STYLE}">`;
  const text: string[] = [];
  list.items.forEach((item, k) => {
    const inner = renderBlocks(item.tokens, x, list.loose);
    html += `<li>${joinHtml(inner)}</li>`;
    const marker = list.ordered ? `${start + k}. ` : '- ';
    const pad = ' '.repeat(marker.length);
    joinText(inner).forEach((line, i) => {
      text.push((i === 0 ? marker : line === '' ? '' : pad) + line);
    });
  });
  return { gap: false, bare: false, html: `${html}</${tag}>`, text };
}

// Paragraphs are <div>s and a typed blank line is <div><br></div>, as Gmail's own composer writes
// them: no paragraph margins for a client to double, and the draft stays editable like typed text.
function joinHtml(blocks: Block[]): string {
  return blocks
    .map((b, k) => {
      const gap = k > 0 && b.gap ? '<div><br></div>' : '';
      const list = b.html.startsWith('<ul') || b.html.startsWith('<ol');
      return gap + (list || b.bare ? b.html : `<div>${b.html}</div>`);
    })
    .join('');
}

function joinText(blocks: Block[]): string[] {
  return blocks.flatMap((b, k) => (k > 0 && b.gap ? ['', ...b.text] : b.text));
}

/** The HTML part for a Markdown source. */
export function markdownToHtml(source: string, expand: Expander = AS_TYPED): string {
  return joinHtml(renderBlocks(lex(source), expand));
}

/** The plain-text part: links as `text (url)`, list items with `- ` / `1. `, emphasis without markup. */
export function toPlainText(source: string, expand: Expander = AS_TYPED): string {
  return joinText(renderBlocks(lex(source), expand))
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n');
}

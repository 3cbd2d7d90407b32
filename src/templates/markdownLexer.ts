// The Markdown parser for mail: marked's lexer (its tokens only), cut down to the constructs a reply
// needs; everything else reads as typed. markdown.ts renders its tokens.
import { Lexer, type Token, Tokenizer, type Tokens } from 'marked';
import { SCHEME_ANYWHERE, typedAddress } from './markdownLinks';

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

export function lex(source: string): Token[] {
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

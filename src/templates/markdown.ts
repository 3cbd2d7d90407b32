// Markdown for mail: the few constructs a reply needs (bold, italics, links, lists, line breaks as
// typed) turned into Gmail-shaped HTML and an equivalent plain-text part, from one parse.
//
// The parser is marked's lexer cut down to those constructs (markdownLexer.ts); link rules are in
// markdownLinks.ts. This module renders the tokens.
import type { Token, Tokens } from 'marked';
import { lex } from './markdownLexer';
import { hrefOf, isAllowedLink, normalizeLinkText } from './markdownLinks';

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

/**
 * Escaped with named references (`&lt;`, `&amp;`), as the Markdown renderer (marked) writes them, so a
 * template's own text and its fields' values read alike (test/unit/templates/ pins them); the quote uses
 * mail/html.ts escapeHtmlNumeric.
 */
export const escapeHtmlNamed = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const AS_TYPED: Expander = { html: escapeHtmlNamed, url: (s) => s, text: (s) => s };

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
        out.html += `<a href="${escapeHtmlNamed(x.url(href))}">`;
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

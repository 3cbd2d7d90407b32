// Markdown for mail: the few constructs a reply needs (bold, italics, links, lists, line breaks as
// typed) turned into Gmail-shaped HTML and an equivalent plain-text part, from one parse.
import MarkdownIt, { type Token } from 'markdown-it';

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

// Start from nothing and enable only what a reply needs: headings, code blocks, block quotes, tables,
// images and raw HTML stay off, so "# 1", four-space indents, "> " and "Thanks\n--" read as typed.
const md = new MarkdownIt('zero', { html: false, breaks: true, linkify: true, typographer: false });
md.enable(['list', 'newline', 'escape', 'emphasis', 'link', 'autolink', 'linkify']);
// Only URLs typed with their scheme become links: "example.com" in a sentence stays text.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
// Every link is parsed; which ones survive is decided when rendering (isAllowedLink), so a refused
// link shows its text instead of raw Markdown.
md.validateLink = () => true;

/** Links a mail may carry: https and mailto. Everything else is dropped to its text. */
export function isAllowedLink(href: string): boolean {
  return /^(https:\/\/[^/\s]|mailto:[^\s])/i.test(href);
}

/** The link targets in a Markdown source that rendering would drop to their text. */
export function droppedLinks(source: string): string[] {
  const out: string[] = [];
  for (const t of md.parse(source, {})) {
    for (const c of t.children ?? []) {
      const href = c.type === 'link_open' ? String(c.attrGet('href') ?? '') : null;
      if (href !== null && !isAllowedLink(href)) out.push(md.normalizeLinkText(href));
    }
  }
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

function renderInline(tokens: Token[], x: Expander): { html: string; text: string } {
  let html = '';
  let text = '';
  // Per open link: was it kept, and its target and text so far (for "text (url)").
  const links: { kept: boolean; href: string; start: number }[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        html += x.html(t.content);
        text += x.text(t.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        html += '<br>';
        text += '\n';
        break;
      case 'strong_open':
        html += '<b>';
        break;
      case 'strong_close':
        html += '</b>';
        break;
      case 'em_open':
        html += '<i>';
        break;
      case 'em_close':
        html += '</i>';
        break;
      case 'link_open': {
        const href = String(t.attrGet('href') ?? '');
        const kept = isAllowedLink(href);
        if (kept) html += `<a href="${escapeHtml(x.url(href))}">`;
        links.push({ kept, href, start: text.length });
        break;
      }
      case 'link_close': {
        const link = links.pop();
        if (!link?.kept) break;
        html += '</a>';
        const shown = text.slice(link.start);
        const url = x.text(md.normalizeLinkText(x.url(link.href)));
        const bareUrl = url.replace(/^mailto:/i, '');
        if (shown !== url && shown !== bareUrl) text += ` (${bareUrl})`;
        break;
      }
      default:
        // Rules that are off never produce other tokens; content-bearing ones are shown as typed.
        if (t.content) {
          html += x.html(t.content);
          text += x.text(t.content);
        }
    }
  }
  return { html, text };
}

/** Renders a run of block tokens (the whole document or one list item's content) into blocks. */
function renderBlocks(tokens: Token[], x: Expander, lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.type === 'paragraph_open') {
      const inline = renderInline(tokens[i + 1]?.children ?? [], x);
      blocks.push({
        gap: gapBefore(t, lines),
        bare: t.hidden,
        html: inline.html,
        text: inline.text.split('\n'),
      });
      i += 3;
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const end = closing(tokens, i);
      blocks.push(renderList(tokens.slice(i, end + 1), x, lines));
      i = end + 1;
    } else {
      i += 1;
    }
  }
  return blocks;
}

// A block's map ends after any blank lines that follow it, so look at the line before the next one.
const gapBefore = (t: Token, lines: string[]): boolean => {
  const from = t.map?.[0] ?? 0;
  return from > 0 && (lines[from - 1] ?? '').trim() === '';
};

/** Index of the token closing the one opened at `start`. */
function closing(tokens: Token[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

function renderList(tokens: Token[], x: Expander, lines: string[]): Block {
  const open = tokens[0]!;
  const ordered = open.type === 'ordered_list_open';
  const start = Number(open.attrGet('start') ?? '1');
  const tag = ordered ? 'ol' : 'ul';
  const startAttr = ordered && start !== 1 ? ` start="${start}"` : '';
  let html = `<${tag}${startAttr} style="${LIST_STYLE}">`;
  const text: string[] = [];
  let n = start;
  let i = 1;
  while (i < tokens.length - 1) {
    const end = closing(tokens, i);
    const inner = renderBlocks(tokens.slice(i + 1, end), x, lines);
    html += `<li>${joinHtml(inner)}</li>`;
    const marker = ordered ? `${n}. ` : '- ';
    const pad = ' '.repeat(marker.length);
    joinText(inner).forEach((line, k) => {
      text.push((k === 0 ? marker : line === '' ? '' : pad) + line);
    });
    n += 1;
    i = end + 1;
  }
  return { gap: gapBefore(open, lines), bare: false, html: `${html}</${tag}>`, text };
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
  return joinHtml(renderBlocks(md.parse(source, {}), expand, source.split('\n')));
}

/** The plain-text part: links as `text (url)`, list items with `- ` / `1. `, emphasis without markup. */
export function toPlainText(source: string, expand: Expander = AS_TYPED): string {
  return joinText(renderBlocks(md.parse(source, {}), expand, source.split('\n')))
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n');
}

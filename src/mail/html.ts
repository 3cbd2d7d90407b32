// Text ↔ HTML for the quote: escaping text into HTML, and readable text out of (sanitized) HTML.
import { decodeHTML } from 'entities';
import { sanitizeQuotedHtml } from './sanitize';

/** Text for the HTML part: escaped, line breaks as `<br>`. */
export function textToHtml(text: string): string {
  return escapeHtmlNumeric(text).replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Escaped with numeric references (`&#60;`), as the draft's quote and attribution have always been
 * written (test/unit/mail/quote.test.ts pins them); templates/markdown.ts escapeHtmlNamed writes the
 * named ones Markdown output uses. Both are safe in text and in quoted attributes.
 */
export function escapeHtmlNumeric(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Readable text from HTML (for a text quote when the original has no text part): tags out, breaks kept,
 * every entity decoded as a browser decodes it (`Caf&eacute; &mdash;` is `Café —`). Works on the
 * sanitizer's output, whose attribute values hold no raw `>`, so a tag ends at the first `>`.
 */
export function htmlToText(html: string): string {
  const safe = sanitizeQuotedHtml(html).html;
  return decodeHTML(
    safe
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|tr|h[1-6]|blockquote)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

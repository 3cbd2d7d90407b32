// Gmail limits a message's body (Apps Script quotas: 200 KB for consumer accounts, 400 KB for Workspace;
// we hold every account to the smaller). A reply over it would fail in the compose action, where Gmail
// cannot tell the user why, so the quote gives way first: it keeps its text and drops its formatting,
// and if that is still too big its end is cut with a note in both parts. The draft is always made
// unless the reply's own text is over the limit, which blocks it with a plain-words warning.
import { escapeHtmlNumeric } from './html';
import { draftBodies } from './route';
import { utf8Length, utf8Unit } from './size';
import type { UnroutedPlan } from './types';
import { textWarning, WarningCode } from './warning';

export const MAX_BODY_BYTES = 200 * 1024;

const CUT_NOTE =
  '[Threadsmith left out the rest of the original: Gmail limits a message to 200 KB. It is still in the conversation.]';

/** Sizes of the long strings seen in this run: the same quote is measured for every plan of a card. */
const measured = new Map<string, number>();

function sizeOf(s: string): number {
  if (s.length < 4096) return utf8Length(s);
  let n = measured.get(s);
  if (n === undefined) {
    if (measured.size > 16) measured.clear();
    n = utf8Length(s);
    measured.set(s, n);
  }
  return n;
}

/**
 * The bytes of draftBodies(plan), counted from its parts so the quote (the same strings for every plan
 * of a card) is measured once: the reply's own text and the joins are small and counted each time.
 */
function bodyBytes(plan: UnroutedPlan): number {
  if (!plan.quote) {
    const b = draftBodies(plan);
    return utf8Length(b.text) + utf8Length(b.html);
  }
  const own = draftBodies({ ...plan, quote: { text: '', html: '' } });
  return sizeOf(own.text) + sizeOf(own.html) + sizeOf(plan.quote.text) + sizeOf(plan.quote.html);
}

let lastPlain: { text: string; html: string } | undefined;

/** The quote as its text only: its lines kept as written, in the HTML part too (the last one kept). */
function plainQuote(text: string): { text: string; html: string } {
  if (lastPlain?.text !== text) {
    lastPlain = {
      text,
      html: `<div class="gmail_quote" style="white-space:pre-wrap">${escapeHtmlNumeric(text)}</div>`,
    };
  }
  return lastPlain;
}

/**
 * True when the reply's own text alone is over the limit, the one case fitBody blocks: what a list of
 * templates needs to know without fitting each quote.
 */
export function ownTextTooLarge(plan: UnroutedPlan, limit = MAX_BODY_BYTES): boolean {
  return bodyBytes({ ...plan, quote: null }) > limit;
}

/** Both parts of `plan` within MAX_BODY_BYTES, by shortening the quote (see the file comment). */
export function fitBody<P extends UnroutedPlan>(plan: P, limit = MAX_BODY_BYTES): P {
  if (bodyBytes(plan) <= limit) return plan;
  const own = { ...plan, quote: null };
  if (bodyBytes(own) > limit) {
    return {
      ...plan,
      warnings: [...plan.warnings, textWarning(WarningCode.bodyTooLarge, 'warning.bodyTooLarge', {}, true)],
    };
  }
  const quote = plan.quote!;
  // Without its HTML the quote shows no inline image, so the draft no longer carries them.
  const plain = {
    ...plan,
    quote: plainQuote(quote.text),
    attachments: plan.attachments.filter((a) => !a.inline),
  };
  if (bodyBytes(plain) <= limit) {
    return withNote(plain, 'warning.quotePlain');
  }
  // The longest start of the quote's text that fits with the note: what the rest of the draft takes is
  // fixed, and each character of the text adds its bytes to both parts (escaped in the HTML one).
  const cut = (n: number) => ({ ...plain, quote: plainQuote(`${quote.text.slice(0, n)}\n\n${CUT_NOTE}`) });
  let low = longestFitting(quote.text, limit - bodyBytes(cut(0)));
  // A check of the count (one pass), halving down in the unexpected case it was too generous.
  while (low > 0 && bodyBytes(cut(low)) > limit) low = Math.floor(low / 2);
  // Never split a surrogate pair.
  const end = low > 0 && /[\ud800-\udbff]/.test(quote.text[low - 1]!) ? low - 1 : low;
  return withNote(cut(end), 'warning.quoteCut');
}

/** Bytes one character of quoted text costs in the text part and, escaped, in the HTML part. */
function quotedUnitBytes(c: number): number {
  // escapeHtmlNumeric writes &#38; &#60; &#62; &#34; &#39;: five bytes in place of one.
  const escaped = c === 38 || c === 60 || c === 62 || c === 34 || c === 39 ? 5 : utf8Unit(c);
  return utf8Unit(c) + escaped;
}

/** How many UTF-16 units of `text` fit in `budget` bytes, counted once from the start. */
function longestFitting(text: string, budget: number): number {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += quotedUnitBytes(text.charCodeAt(i));
    if (used > budget) return i;
  }
  return text.length;
}

function withNote<P extends UnroutedPlan>(plan: P, id: 'warning.quotePlain' | 'warning.quoteCut'): P {
  return { ...plan, warnings: [...plan.warnings, textWarning(WarningCode.quoteShortened, id)] };
}

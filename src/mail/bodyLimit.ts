// Gmail limits a message's body (Apps Script quotas: 200 KB for consumer accounts, 400 KB for Workspace;
// we hold every account to the smaller). A reply over it would fail in the compose action, where Gmail
// cannot tell the user why, so the quote gives way first: it keeps its text and drops its formatting,
// and if that is still too big its end is cut with a note in both parts. The draft is always made
// unless the reply's own text is over the limit, which blocks it with a plain-words warning.
import { escapeHtml } from './html';
import { draftBodies } from './route';
import { utf8Length } from './size';
import type { ReplyPlan } from './types';
import { WarningCode, warning } from './warning';

export const MAX_BODY_BYTES = 200 * 1024;

const CUT_NOTE =
  '[Threadsmith left out the rest of the original: Gmail limits a message to 200 KB. It is still in the conversation.]';

function bodyBytes(plan: ReplyPlan): number {
  const b = draftBodies(plan);
  return utf8Length(b.text) + utf8Length(b.html);
}

/** The quote as its text only: its lines kept as written, in the HTML part too. */
function plainQuote(text: string): { text: string; html: string } {
  return {
    text,
    html: `<div class="gmail_quote" style="white-space:pre-wrap">${escapeHtml(text)}</div>`,
  };
}

/** Both parts of `plan` within MAX_BODY_BYTES, by shortening the quote (see the file comment). */
export function fitBody(plan: ReplyPlan, limit = MAX_BODY_BYTES): ReplyPlan {
  if (bodyBytes(plan) <= limit) return plan;
  const own = { ...plan, quote: null };
  if (bodyBytes(own) > limit) {
    return {
      ...plan,
      warnings: [
        ...plan.warnings,
        warning(
          WarningCode.bodyTooLarge,
          'The reply’s own text is over Gmail’s 200 KB limit for one message. Shorten it to make the draft.',
          true,
        ),
      ],
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
    return withNote(
      plain,
      'The original is too big to quote with its formatting (Gmail limits a message to 200 KB), so it is quoted as plain text.',
    );
  }
  // The longest start of the quote's text that fits with the note, found by halving.
  let low = 0;
  let high = quote.text.length;
  const cut = (n: number) => ({ ...plain, quote: plainQuote(`${quote.text.slice(0, n)}\n\n${CUT_NOTE}`) });
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bodyBytes(cut(mid)) <= limit) low = mid;
    else high = mid - 1;
  }
  // Never split a surrogate pair.
  const end = low > 0 && /[\ud800-\udbff]/.test(quote.text[low - 1]!) ? low - 1 : low;
  return withNote(
    cut(end),
    'The original is too big to quote whole (Gmail limits a message to 200 KB): its start is quoted as plain text, with a note where it stops.',
  );
}

function withNote(plan: ReplyPlan, message: string): ReplyPlan {
  return { ...plan, warnings: [...plan.warnings, warning(WarningCode.quoteShortened, message)] };
}

// The quoted original under a reply, as Gmail writes it: an attribution line, then the original with "> "
// (text part) or inside Gmail's own gmail_quote markup (HTML part), so the recipient's Gmail folds it.
import { isRtlLocale, t } from '../i18n';
import { displayAddress } from './address';
import { withoutControls } from './controls';
import { formatDate } from './dateFormat';
import { textDirection } from './direction';
import { escapeHtmlNumeric, htmlToText, textToHtml } from './html';
import { sanitizeQuotedHtml } from './sanitize';
import type { MessageSnapshot, ReplyEnv } from './types';

export interface Quote {
  text: string;
  html: string;
  /** Content-IDs of the original's inline images the quoted HTML shows: the plan carries those. */
  contentIds: string[];
}

const BLOCKQUOTE_STYLE = 'margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex';

/** The message date in the user's locale and time zone; an unknown locale or zone falls back, never throws. */
export function formatQuoteDate(date: number, env: ReplyEnv): string {
  if (!Number.isFinite(date)) return '';
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  };
  return formatDate(date, env, options);
}

/**
 * "On {date}, {name} <{address}> wrote:" in the user's language, framed as Gmail frames it there ("Am
 * {date} schrieb {who}:", "{who} 于{date}写道："; sources in src/i18n/messages and docs/i18n.md), a name
 * with specials quoted (`"Boss <b@x>" <a@evil>`). The date is Intl's in the user's locale and zone.
 */
export function quoteAttribution(snapshot: MessageSnapshot, env: ReplyEnv): string {
  const sender = snapshot.from.addresses[0];
  const who = sender
    ? displayAddress(sender)
    : snapshot.from.invalid[0] || t(env.locale, 'quote.unknownSender');
  const date = formatQuoteDate(snapshot.date, env);
  return date === ''
    ? t(env.locale, 'quote.wroteNoDate', { who })
    : t(env.locale, 'quote.wrote', { date, who });
}

/** Each line behind "> "; an empty line gets ">" alone and an already quoted line gets one more ">". */
export function quoteText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines
    .map((line) => (line === '' ? '>' : line.startsWith('>') ? `>${line}` : `> ${line}`))
    .join('\n');
}

/**
 * Quotes already made, per snapshot and locale/zone: one card plans the reply for several templates, and
 * sanitizing a 1 MB original once per plan would cost most of the click.
 */
const made = new WeakMap<MessageSnapshot, Map<string, Quote>>();

/** The quote of the snapshot's message in both parts. */
export function quoteOriginal(snapshot: MessageSnapshot, env: ReplyEnv): Quote {
  const key = `${env.locale}\u0000${env.timeZone}`;
  const known = made.get(snapshot) ?? new Map<string, Quote>();
  made.set(snapshot, known);
  const cached = known.get(key);
  if (cached) return cached;
  const quote = makeQuote(snapshot, env);
  known.set(key, quote);
  return quote;
}

function makeQuote(snapshot: MessageSnapshot, env: ReplyEnv): Quote {
  const attribution = quoteAttribution(snapshot, env);
  const sanitized = snapshot.bodies.html.trim() === '' ? null : sanitizeQuotedHtml(snapshot.bodies.html);
  // Both parts drop control and bidi-override characters (see controls.ts); the sanitizer does so itself.
  const inner = sanitized ? sanitized.html : textToHtml(withoutControls(snapshot.bodies.text));
  const original =
    snapshot.bodies.text.trim() !== '' ? snapshot.bodies.text : htmlToText(snapshot.bodies.html);
  // The attribution is in the UI's language and its direction (right to left in Arabic and Hebrew); the
  // quoted original keeps its own direction, marked so punctuation lands where its writer put it.
  const dir = textDirection(original) === 'rtl' ? ' dir="rtl"' : '';
  const attrDir = isRtlLocale(env.locale) ? 'rtl' : 'ltr';
  const html =
    `<div class="gmail_quote"><div dir="${attrDir}" class="gmail_attr">${escapeHtmlNumeric(attribution)}<br></div>` +
    `<blockquote class="gmail_quote"${dir} style="${BLOCKQUOTE_STYLE}">${inner}</blockquote></div>`;
  return {
    text: `${attribution}\n\n${quoteText(withoutControls(original))}`,
    html,
    contentIds: sanitized?.contentIds ?? [],
  };
}

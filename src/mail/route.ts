// How a ReplyPlan becomes a draft through Apps Script's documented calls. createDraftReply threads the
// draft but always addresses it to the replied message's Reply-To (else From); only Cc and Bcc are ours
// to set. So: reply to the open message when that To is the plan's To; else reply to an earlier message
// of the thread whose sender is the plan's To (a reply to my own message); else make a standalone draft,
// and say so. The plan is adjusted to what the draft will really carry, so the preview is the draft.

import { addressKey } from './address';
import { type DateEnv, formatDate } from './dateFormat';
import { withDirection } from './direction';
import { messageIds } from './references';
import type { Address, MessageSnapshot, PlanWarning, ReplyPlan, ThreadMessage, UnroutedPlan } from './types';
import { textWarning, WarningCode } from './warning';

export type { DraftRoute } from './types';

/** createDraftReply's `subject` option takes at most this many characters (GmailMessage reference). */
export const MAX_REPLY_SUBJECT = 250;

/**
 * What Gmail writes as a reply's subject when none is passed: "Re: " before the original's, unless it
 * already starts so (as the emulator does; checked in docs/manual-test.md).
 */
export function gmailReplySubject(original: string): string {
  return /^re: /i.test(original) ? original : `Re: ${original}`;
}

/** The plan and the subject option for a reply route: the plan's subject if the option takes it. */
function replySubject(plan: UnroutedPlan, original: string): { plan: UnroutedPlan; subjectOption: boolean } {
  if (plan.subject.length <= MAX_REPLY_SUBJECT) return { plan, subjectOption: true };
  const note = textWarning(WarningCode.subjectByGmail, 'warning.subjectByGmail', { max: MAX_REPLY_SUBJECT });
  return {
    plan: { ...plan, subject: gmailReplySubject(original), warnings: [...plan.warnings, note] },
    subjectOption: false,
  };
}

type Addressed = Pick<ThreadMessage, 'from' | 'replyTo' | 'repeated'>;

/** Who Apps Script's createDraftReply addresses: every Reply-To address, else From. */
export function documentedReplyTo(message: Addressed): Address[] {
  return message.replyTo.addresses.length > 0 ? message.replyTo.addresses : message.from.addresses;
}

/**
 * The In-Reply-To and References createDraftReply gives a reply to `parent` (RFC 5322 §3.6.4: the
 * parent's References, or its single In-Reply-To id, then its Message-ID). Apps Script offers no way to
 * set these headers, so the plan carries exactly these, untrimmed, rather than an ideal the draft won't have.
 */
export function documentedThreading(parent: { messageId: string; inReplyTo: string; references: string }): {
  inReplyTo: string;
  references: string[];
} {
  const id = bracketedIds(parent.messageId)[0] ?? '';
  if (!id) return { inReplyTo: '', references: [] };
  let chain = messageIds(parent.references);
  if (chain.length === 0) {
    const inReplyTo = bracketedIds(parent.inReplyTo);
    if (inReplyTo.length === 1) chain = inReplyTo;
  }
  return { inReplyTo: id, references: [...chain, id] };
}

/** Gmail copies the parent's ids as written, even ones without the '@' RFC 5322 asks for. */
function bracketedIds(value: string): string[] {
  return value.match(/<[^<>\s]+>/g) ?? [];
}

/**
 * True when Gmail's own reading of who a reply goes to cannot be predicted: Reply-To (or, without one,
 * From) holds something that is no mailbox, or the message carries two of those headers.
 */
function unpredictableReplyTo(message: Addressed): boolean {
  if (message.replyTo.invalid.length > 0) return true;
  if (message.repeated.includes('reply-to')) return true;
  return (
    message.replyTo.addresses.length === 0 &&
    (message.from.invalid.length > 0 || message.repeated.includes('from'))
  );
}

function sameRecipients(a: Address[], b: Address[]): boolean {
  const keys = (list: Address[]) => [...new Set(list.map((x) => addressKey(x.email)))].sort().join('\n');
  return a.length > 0 && keys(a) === keys(b);
}

function formatDay(ms: number, env: DateEnv): string {
  return formatDate(ms, env, { dateStyle: 'medium' });
}

export function routeDraft(
  snapshot: MessageSnapshot,
  plan: UnroutedPlan,
  env: { locale: string; timeZone: string },
): ReplyPlan {
  const replyable = (m: Addressed) =>
    !unpredictableReplyTo(m) && sameRecipients(plan.to, documentedReplyTo(m));
  if (replyable(snapshot)) {
    const threading = documentedThreading(snapshot.headers);
    const fitted = replySubject(plan, snapshot.subject);
    return {
      ...fitted.plan,
      inReplyTo: threading.inReplyTo,
      references: threading.references,
      route: { kind: 'reply', messageId: snapshot.id, subjectOption: fitted.subjectOption },
    };
  }
  const earlier = (snapshot.thread.earlier ?? []).find((m: ThreadMessage) => replyable(m));
  if (earlier) {
    const threading = documentedThreading(earlier.headers);
    const names = plan.to.map((a) => a.name || a.email).join(', ');
    const date = formatDay(earlier.date, env);
    const note: PlanWarning = names
      ? textWarning(WarningCode.repliesToEarlier, 'warning.repliesToEarlier', { names, date })
      : textWarning(WarningCode.repliesToEarlier, 'warning.repliesToEarlier.noName', { date });
    // The earlier message's own subject is not read; the thread's is the same but for its prefixes.
    const fitted = replySubject(plan, snapshot.subject);
    return {
      ...fitted.plan,
      inReplyTo: threading.inReplyTo,
      references: threading.references,
      warnings: [...fitted.plan.warnings, note],
      route: { kind: 'reply', messageId: earlier.id, subjectOption: fitted.subjectOption },
    };
  }
  const note: PlanWarning = textWarning(
    WarningCode.notThreaded,
    unpredictableReplyTo(snapshot) ? 'warning.notThreaded.unreadable' : 'warning.notThreaded',
  );
  return {
    ...plan,
    threadId: '',
    inReplyTo: '',
    references: [],
    warnings: [...plan.warnings, note],
    route: { kind: 'standalone' },
  };
}

/** The draft's two bodies: the reply's own text above the quoted original. */
export function draftBodies(plan: UnroutedPlan): { text: string; html: string } {
  // The reply's own text in Hebrew or Arabic is marked right-to-left (the quote marks its own part).
  const own = withDirection(plan.body.html, plan.body.text);
  if (!plan.quote) return { text: plan.body.text, html: own };
  const above = plan.body.text.trimEnd();
  return {
    text: `${above}${above ? '\n\n' : '\n'}${plan.quote.text}\n`,
    html: `${own}${own ? '<br>' : '<div><br></div>'}${plan.quote.html}`,
  };
}

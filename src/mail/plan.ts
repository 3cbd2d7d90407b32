// The reply plan: everything a reply draft will be made of, built once from the snapshot and the user's
// choices. The preview shows it and the draft is made from it, so what the user saw is what they get.
import { t } from '../i18n';
import { quoteOriginal } from './quote';
import { availableModes, replyRecipients } from './recipients';
import { replyThreading } from './references';
import { formatSize } from './size';
import { normalizeReplySubject } from './subject';
import type {
  AttachmentMeta,
  Identity,
  MessageSnapshot,
  ReplyChoices,
  ReplyEnv,
  ReplyMode,
  UnroutedPlan,
} from './types';
import { textWarning, WarningCode } from './warning';

/** Gmail's limit on the attachments of one message. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export type PlanErrorCode = 'mode-not-offered';

/** A request the rules cannot turn into a plan; `message` is fit to show the user. */
export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

/**
 * The plan of a reply to `snapshot`. Throws PlanError when the mode is not offered for this message
 * (reply-all with nobody else on it, reply-to-list without a List-Post address). Anything that stops the
 * draft but is the message's doing (nobody left, attachments too large) is a blocking warning instead, so
 * the preview can still show the rest. `modes`: the modes the caller already worked out for this message
 * and identity (replyContext does, once per event), so they are not computed twice.
 */
export function buildReplyPlan(
  snapshot: MessageSnapshot,
  identity: Identity,
  choices: ReplyChoices,
  env: ReplyEnv,
  modes: readonly ReplyMode[] = availableModes(snapshot, identity),
): UnroutedPlan {
  const { mode } = choices;
  if (!modes.includes(mode)) {
    throw new PlanError(
      'mode-not-offered',
      mode === 'reply-list'
        ? 'This message does not come from a mailing list you can reply to.'
        : `"${t('en', `mode.${mode}`) || mode}" is not available for this message.`,
    );
  }
  const recipients = replyRecipients(snapshot, identity, mode, {
    cc: choices.extraCc ?? '',
    bcc: choices.extraBcc ?? '',
  });
  const warnings = [...recipients.warnings];
  for (const [header, label] of [
    ['reply-to', 'Reply-To'],
    ['from', 'From'],
  ] as const) {
    if (!snapshot.repeated.includes(header)) continue;
    // Only the first is read (as Gmail's getHeader does); the card says so, so nobody is dropped unseen.
    warnings.push(textWarning(WarningCode.repeatedHeader, 'warning.repeatedHeader', { header: label }));
  }
  const threading = replyThreading(snapshot.headers);
  if (threading.inReplyTo === '') {
    warnings.push(textWarning(WarningCode.noMessageId, 'warning.noMessageId'));
  }
  const quote = choices.includeQuote === false ? null : quoteOriginal(snapshot, env);
  const attachments = attachmentsToCarry(
    snapshot.attachments,
    quote?.contentIds ?? [],
    choices.includeAttachments === true,
  );
  const tooLarge = attachmentsWarning(attachments);
  if (tooLarge) warnings.unshift(tooLarge);
  return {
    mode,
    threadId: snapshot.threadId,
    to: recipients.to,
    cc: recipients.cc,
    bcc: recipients.bcc,
    subject: normalizeReplySubject(snapshot.subject),
    inReplyTo: threading.inReplyTo,
    references: threading.references,
    body: { text: choices.body.text, html: choices.body.html },
    quote: quote ? { text: quote.text, html: quote.html } : null,
    attachments,
    warnings,
  };
}

/** Inline images the quote shows, and the regular attachments when the user asked for them. */
export function attachmentsToCarry(
  attachments: AttachmentMeta[],
  quotedContentIds: string[],
  includeAttachments: boolean,
): AttachmentMeta[] {
  const quoted = new Set(quotedContentIds.map((id) => id.toLowerCase()));
  return attachments.filter((a) =>
    a.inline ? a.contentId !== undefined && quoted.has(a.contentId.toLowerCase()) : includeAttachments,
  );
}

function attachmentsWarning(attachments: AttachmentMeta[]) {
  const total = attachments.reduce((sum, a) => sum + a.size, 0);
  if (total <= MAX_ATTACHMENT_BYTES) return null;
  const largest = [...attachments]
    .sort((a, b) => b.size - a.size)
    .map((a) => `${a.name} (${formatSize(a.size)})`);
  return textWarning(
    WarningCode.attachmentsTooLarge,
    'warning.attachmentsTooLarge',
    { total: formatSize(total), max: formatSize(MAX_ATTACHMENT_BYTES), names: largest },
    true,
  );
}

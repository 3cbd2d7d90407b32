// The pure mail rules: strings and plain objects in, plain objects out. Handlers import from here only.
export {
  addressKey,
  dedupeAddresses,
  displayAddress,
  displayName,
  domainOf,
  formatAddress,
  formatAddressList,
  type ParsedAddresses,
  parseAddress,
  parseAddresses,
  parseAddressHeader,
} from './address';
export { pairAttachments, withoutMissingAttachments } from './attachments';
export { fitBody, MAX_BODY_BYTES, ownTextTooLarge } from './bodyLimit';
export { type DecodeBytes, decodeUtf8 } from './charset';
export { cleanLine, withoutControls } from './controls';
export { summarizeConversation } from './conversation';
export { type DateEnv, dateFormatter, formatDate } from './dateFormat';
export { type Direction, textDirection, withDirection } from './direction';
export { decodeEncodedWords, decodeHeaderText } from './encoding';
export { type HeaderField, headerParam, headerValue, paramText, parseHeaderBlock } from './headerFields';
export { escapeHtmlNumeric, htmlToText, textToHtml } from './html';
export { deliveredToSuggestion, identityOf, isMe, mailboxKey, ownDomain } from './identity';
export { attachmentParts } from './mime';
export {
  attachmentsToCarry,
  buildReplyPlan,
  MAX_ATTACHMENT_BYTES,
  PlanError,
  type PlanErrorCode,
} from './plan';
export { formatQuoteDate, type Quote, quoteAttribution, quoteOriginal, quoteText } from './quote';
export {
  availableModes,
  type ExtraRecipients,
  listPostAddress,
  type ReplyRecipients,
  replyRecipients,
} from './recipients';
export {
  MAX_REFERENCES,
  MAX_REFERENCES_LENGTH,
  messageIds,
  type ReplyThreading,
  replyThreading,
} from './references';
export {
  type DraftRoute,
  documentedReplyTo,
  draftBodies,
  gmailReplySubject,
  MAX_REPLY_SUBJECT,
  routeDraft,
} from './route';
export { type SanitizedHtml, sanitizeQuotedHtml } from './sanitize';
export { formatSize, utf8Length } from './size';
export { type MessageFacts, snapshotOf, threadMessageOf } from './snapshot';
export { LOCALIZED_REPLY_PREFIXES, normalizeReplySubject, stripReplyPrefixes } from './subject';
export type * from './types';
export {
  isBlocked,
  MANY_RECIPIENTS,
  MAX_RECIPIENTS,
  textWarning,
  WarningCode,
  warning,
  warningText,
  warningTier,
} from './warning';

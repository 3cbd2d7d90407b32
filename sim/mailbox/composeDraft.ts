// Builds a draft's RFC 5322 source synchronously with nodemailer's MimeNode: its tree and header
// encoding are synchronous, only its body streaming is not, so leaves are encoded with nodemailer's
// synchronous base64/quoted-printable encoders instead.
import * as base64 from 'nodemailer/lib/base64';
import MimeNode from 'nodemailer/lib/mime-node';
import * as qp from 'nodemailer/lib/qp';
import type { MailAddress } from './mailbox';

export interface DraftPart {
  filename: string;
  mimeType: string;
  content: Uint8Array;
}

export interface DraftSpec {
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  replyTo: MailAddress[];
  subject: string;
  date: Date;
  /** With angle brackets. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  text: string;
  html: string | null;
  attachments: DraftPart[];
  /** Referenced from the HTML as cid:<key>. */
  inlineImages: (DraftPart & { cid: string })[];
}

const LINE_LENGTH = 76;

function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Mirrors MimeNode#stream, synchronously. */
function serialize(node: MimeNode): string {
  let out = `${node.buildHeaders()}\r\n\r\n`;
  const content = node.content;
  if (typeof content === 'string' || Buffer.isBuffer(content)) {
    const encoding = node.getTransferEncoding();
    if (encoding === 'base64') out += base64.wrap(base64.encode(content), LINE_LENGTH);
    else if (encoding === 'quoted-printable') out += qp.wrap(qp.encode(content), LINE_LENGTH);
    else out += content.toString();
  }
  if (node.multipart) {
    node.childNodes.forEach((child, i) => {
      out += `${i > 0 ? '\r\n' : ''}--${node.boundary}\r\n${serialize(child)}`;
    });
    out += `\r\n--${node.boundary}--\r\n`;
  }
  return out;
}

function addText(parent: MimeNode, contentType: string, text: string): void {
  parent.createChild(`${contentType}; charset=UTF-8`).setContent(toCrlf(text));
}

function addFile(parent: MimeNode, part: DraftPart, cid?: string): void {
  const child = parent.createChild(part.mimeType, { filename: part.filename });
  // Byte-exact round trip, as Gmail does it: text files too are base64, not 7bit with a trailing newline.
  child.setHeader('Content-Transfer-Encoding', 'base64');
  if (cid !== undefined) {
    child.setHeader('Content-Disposition', 'inline');
    child.setHeader('Content-ID', `<${cid}>`);
  }
  child.setContent(Buffer.from(part.content));
}

/**
 * Gmail's layout: multipart/mixed(attachments) > multipart/alternative(text, html) and, with inline
 * images, multipart/related(html, images) in place of the HTML part.
 */
export function composeDraft(spec: DraftSpec): string {
  const hasImages = spec.inlineImages.length > 0;
  const bodyType =
    spec.html !== null ? 'multipart/alternative' : hasImages ? 'multipart/related' : 'text/plain';
  const hasFiles = spec.attachments.length > 0;
  const root = new MimeNode(hasFiles ? 'multipart/mixed' : bodyType, {
    keepBcc: true,
    hostname: 'mail.gmail.com',
  });
  root.setHeader('MIME-Version', '1.0');
  root.setHeader('Date', spec.date);
  root.setHeader('Message-ID', spec.messageId);
  if (spec.inReplyTo) root.setHeader('In-Reply-To', spec.inReplyTo);
  if (spec.references.length > 0) root.setHeader('References', spec.references);
  root.setHeader('Subject', spec.subject);
  root.setHeader('From', spec.from);
  for (const [key, list] of [
    ['Reply-To', spec.replyTo],
    ['To', spec.to],
    ['Cc', spec.cc],
    ['Bcc', spec.bcc],
  ] as const) {
    if (list.length > 0) root.setHeader(key, [...list]);
  }

  if (bodyType === 'text/plain') {
    if (hasFiles) addText(root, 'text/plain', spec.text);
    else root.setHeader('Content-Type', 'text/plain; charset=UTF-8').setContent(toCrlf(spec.text));
  } else {
    const body = hasFiles ? root.createChild(bodyType) : root;
    addText(body, 'text/plain', spec.text);
    const imageParent = spec.html !== null && hasImages ? body.createChild('multipart/related') : body;
    if (spec.html !== null) addText(imageParent, 'text/html', spec.html);
    for (const image of spec.inlineImages) addFile(imageParent, image, image.cid);
  }
  for (const file of spec.attachments) addFile(root, file);
  return serialize(root);
}

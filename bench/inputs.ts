// The large benchmark inputs, written as .eml files into a temp dir at bench start (never committed):
// a 1 MB message, a message with a 25 MB attachment, a 100-message thread and a message with 5,000 Cc.
// Deterministic, so runs compare.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GeneratedInputs {
  dir: string;
  /** File name (relative to dir) of each input, by role. */
  files: {
    oneMegabyte: string;
    bigAttachment: string;
    wideCc: string;
    threadLast: string;
    thread: string[];
  };
  remove(): void;
}

const ME = 'Sam Taylor <sam@northwind.example>';
const WORDS = (
  'account invoice migration region cluster quota renewal contract billing export import schedule ' +
  'meeting agenda review draft proposal customer support ticket escalation release rollout monitoring ' +
  'latency storage replica backup policy access token onboarding training budget forecast summary'
).split(' ');

/** A small deterministic PRNG (mulberry32), so every run writes the same bytes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A paragraph of plain words wrapped at 76 columns (lines well under RFC 5322's 998). */
function paragraph(next: () => number, words: number): string {
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < words; i++) {
    let word = WORDS[Math.floor(next() * WORDS.length)]!;
    if (i === 0) word = word[0]!.toUpperCase() + word.slice(1);
    if (line.length + word.length + 1 > 76) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(`${line}.`);
  return out.join('\r\n');
}

function date(base: number, hours: number): string {
  return new Date(base + hours * 3_600_000).toUTCString().replace('GMT', '+0000');
}

function headers(fields: [string, string][]): string {
  return `${fields.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
}

/** multipart/alternative whose text and HTML parts together make the message about `bytes` long. */
function oneMegabyteMessage(bytes: number): string {
  const next = random(1);
  const boundary = '==bench-1mb-boundary==';
  const head = headers([
    ['From', 'Newsletter Team <news@contoso.example>'],
    ['To', ME],
    ['Subject', 'Quarterly platform report (full edition)'],
    ['Date', date(Date.UTC(2026, 2, 10, 9), 0)],
    ['Message-ID', '<bench-1mb@contoso.example>'],
    ['MIME-Version', '1.0'],
    ['Content-Type', `multipart/alternative; boundary="${boundary}"`],
  ]);
  // About a third of the body is the text part, two thirds the (wordier) HTML part, as in real newsletters.
  const textParas: string[] = [];
  const htmlParas: string[] = [];
  let size = head.length + 400;
  while (size < bytes) {
    const p = paragraph(next, 60);
    textParas.push(p);
    const html = `<p style="margin:0 0 12px 0;font-family:Arial,sans-serif">${p}</p>`;
    htmlParas.push(html);
    size += p.length + html.length + 8;
  }
  const part = (type: string, body: string) =>
    `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`;
  return `${head}${part('text/plain', textParas.join('\r\n\r\n'))}${part(
    'text/html',
    `<html><body>${htmlParas.join('\r\n')}</body></html>`,
  )}--${boundary}--\r\n`;
}

/** The attachment of the 25 MB message: its name, and its size in bytes (25 MB as Gmail counts, 1024²). */
export const BIG_ATTACHMENT = { name: 'site-survey-scans.pdf', bytes: 25 * 1024 * 1024 };

/**
 * `bytes` of a PDF-looking file: the PDF header, then seeded random bytes (incompressible, as scans are),
 * then the end-of-file marker. Only its size and type matter to the add-on.
 */
function pdfBytes(bytes: number, seed: number): Buffer {
  const next = random(seed);
  const out = Buffer.alloc(bytes);
  for (let i = 0; i + 4 <= bytes; i += 4) out.writeUInt32LE(Math.floor(next() * 4294967296), i);
  out.write('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 0, 'latin1');
  out.write('\n%%EOF\n', bytes - 7, 'latin1');
  return out;
}

/**
 * multipart/mixed: a short text and HTML body (multipart/alternative) and one PDF attachment of
 * `attachmentBytes`, base64 in 76-column lines as mailers write it, so the raw source is 4/3 of the
 * file plus a CRLF a line (a 25 MB file makes a 35 MB message).
 */
export function bigAttachmentMessage(attachmentBytes = BIG_ATTACHMENT.bytes): string {
  const mixed = '==bench-25mb-mixed==';
  const alternative = '==bench-25mb-alternative==';
  const head = headers([
    ['From', 'Lena Vogel <lena.vogel@contoso.example>'],
    ['To', ME],
    ['Subject', 'Site survey: the scans'],
    ['Date', date(Date.UTC(2026, 2, 12, 16), 0)],
    ['Message-ID', '<bench-25mb@contoso.example>'],
    ['MIME-Version', '1.0'],
    ['Content-Type', `multipart/mixed; boundary="${mixed}"`],
  ]);
  const base64 = pdfBytes(attachmentBytes, 4).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += 76) lines.push(base64.slice(i, i + 76));
  const body = [
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    `--${alternative}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Sam, the scans from Tuesday are attached (one PDF, all 40 pages).',
    '',
    'Lena',
    `--${alternative}`,
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Hi Sam, the scans from Tuesday are attached (one PDF, all 40 pages).</p><p>Lena</p>',
    `--${alternative}--`,
    '',
    `--${mixed}`,
    `Content-Type: application/pdf; name="${BIG_ATTACHMENT.name}"`,
    `Content-Disposition: attachment; filename="${BIG_ATTACHMENT.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    lines.join('\r\n'),
    `--${mixed}--`,
    '',
  ];
  return `${head}${body.join('\r\n')}`;
}

function wideCcMessage(count: number): string {
  const cc = Array.from(
    { length: count },
    (_, i) => `Member ${i + 1} <member.${i + 1}@lists.fabrikam.example>`,
  );
  const next = random(2);
  const head = headers([
    ['From', 'Priya Raman <priya@fabrikam.example>'],
    ['To', ME],
    // Folded one address a line, as mail clients write long address lists.
    ['Cc', cc.join(',\r\n ')],
    ['Subject', 'All-hands: new office opening'],
    ['Date', date(Date.UTC(2026, 2, 11, 14), 0)],
    ['Message-ID', '<bench-wide-cc@fabrikam.example>'],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=utf-8'],
  ]);
  return `${head}${paragraph(next, 120)}\r\n`;
}

/** A 100-message back-and-forth: a full References chain, each message quoting the one before it. */
function threadMessages(count: number): string[] {
  const next = random(3);
  const people = [
    'Marcus Webb <m.webb@fabrikam.example>',
    ME,
    'Lena Vogel <lena.vogel@contoso.example>',
    'Tomás Ortega <t.ortega@fabrikam.example>',
  ];
  const base = Date.UTC(2026, 1, 1, 8);
  const ids = Array.from({ length: count }, (_, i) => `<bench-thread-${i + 1}@fabrikam.example>`);
  let previous = '';
  return ids.map((id, i) => {
    const from = people[i % people.length]!;
    const to = people[(i + 1) % people.length]!;
    const body = `${paragraph(next, 50)}\r\n\r\n${paragraph(next, 30)}`;
    const quoted = previous
      ? `\r\n\r\nOn ${date(base, (i - 1) * 2)}, ${people[(i - 1) % people.length]} wrote:\r\n${previous
          .split('\r\n')
          .map((l) => `> ${l}`)
          .join('\r\n')}`
      : '';
    previous = body;
    const fields: [string, string][] = [
      ['From', from],
      ['To', to],
      ['Subject', `${i === 0 ? '' : 'Re: '}EU region migration plan`],
      ['Date', date(base, i * 2)],
      ['Message-ID', id],
    ];
    if (i > 0) {
      fields.push(['In-Reply-To', ids[i - 1]!]);
      fields.push(['References', ids.slice(0, i).join('\r\n ')]);
    }
    fields.push(['MIME-Version', '1.0'], ['Content-Type', 'text/plain; charset=utf-8']);
    return `${headers(fields)}${body}${quoted}\r\n`;
  });
}

export function generateInputs(): GeneratedInputs {
  const dir = mkdtempSync(join(tmpdir(), 'threadsmith-bench-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  mkdirSync(join(dir, 'thread'));
  const thread = threadMessages(100).map((text, i) =>
    write(join('thread', `${String(i + 1).padStart(3, '0')}.eml`), text),
  );
  return {
    dir,
    files: {
      oneMegabyte: write('one-megabyte.eml', oneMegabyteMessage(1024 * 1024)),
      bigAttachment: write('attachment-25mb.eml', bigAttachmentMessage()),
      wideCc: write('cc-5000.eml', wideCcMessage(5000)),
      thread,
      threadLast: thread.at(-1)!,
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

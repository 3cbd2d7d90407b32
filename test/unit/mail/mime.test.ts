// Reading headers and attachment parts from a raw message, as the snapshot does from getRawContent.
import { attachmentParts, headerValue, parseHeaderBlock } from '../../../src/mail';
import { nodeDecode } from '../../support/charsets';

const raw = [
  'From: Ana <ana@x.example>',
  'Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=',
  'References: <a@x>',
  '  <b@x>',
  'Bogus line without a colon',
  'Subject: second',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: multipart/related; boundary=inner',
  '',
  '--inner',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>hi <img src="cid:logo@x"></p>',
  '--inner',
  'Content-Type: image/png; name="logo.png"',
  'Content-ID: <logo@x>',
  'Content-Disposition: inline',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgo=',
  '--inner--',
  '--outer',
  'Content-Type: text/csv; name=report.csv',
  'Content-Disposition: attachment; filename="report.csv"',
  '',
  'a,b',
  '--outer--',
  '',
].join('\r\n');

test('header fields are unfolded, undecoded, and the first of duplicates wins', () => {
  const fields = parseHeaderBlock(raw);
  expect(headerValue(fields, 'references')).toBe('<a@x> <b@x>');
  expect(headerValue(fields, 'Subject')).toBe('=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=');
  expect(headerValue(fields, 'X-Missing')).toBe('');
  expect(fields.some((f) => f.name.startsWith('Bogus'))).toBe(false);
});

test('attachment parts come in MIME order with their Content-ID, disposition and decoded size; bodies are not attachments', () => {
  expect(attachmentParts(raw, nodeDecode)).toEqual([
    // The PNG signature: 8 bytes behind 12 base64 characters.
    { contentType: 'image/png', disposition: 'inline', filename: 'logo.png', contentId: 'logo@x', size: 8 },
    { contentType: 'text/csv', disposition: 'attachment', filename: 'report.csv', contentId: '', size: 3 },
  ]);
});

test('a base64 size skips line breaks (CRLF or bare LF), spaces, tabs and padding, wherever they are', () => {
  const sizeOf = (body: string) =>
    attachmentParts(
      [
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: application/pdf; name=a.pdf',
        'Content-Transfer-Encoding: base64',
        '',
        body,
        '--b--',
        '',
      ].join('\r\n'),
      nodeDecode,
    )[0]?.size;
  // "hello world" (11 bytes) is aGVsbG8gd29ybGQ=, one padding character.
  expect(sizeOf('aGVsbG8gd29ybGQ=')).toBe(11);
  expect(sizeOf('aGVs\r\nbG8g\nd29y bGQ\t=\r\n')).toBe(11);
  // "hello worlds" (12 bytes) needs no padding; "hell" (4 bytes) is aGVsbA==, two.
  expect(sizeOf('aGVsbG8g\r\nd29ybGRz')).toBe(12);
  expect(sizeOf('aGVsbA==')).toBe(4);
  expect(sizeOf('')).toBe(0);
});

test('a message without parts or without a header block has no attachments and does not throw', () => {
  expect(attachmentParts('Subject: x\r\n\r\nbody', nodeDecode)).toEqual([]);
  expect(attachmentParts('', nodeDecode)).toEqual([]);
  expect(attachmentParts('Content-Type: multipart/mixed\r\n\r\nno boundary', nodeDecode)).toEqual([]);
});

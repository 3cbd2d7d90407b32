// Gmail's per-message limits, as the emulator enforces them on drafts (docs/emulator.md "Limits"): 50
// recipients in To + Cc + Bcc, a reply `subject` option of at most 250 characters, 200 KB of body.
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { ROOT, Runtime } from '../../sim/sandbox';
import { messageEvent } from '../../sim/testing/events';

const SCRIPT = `
function reply(e, text, options) {
  GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
  return GmailApp.getMessageById(e.gmail.messageId).createDraftReply(text, options).getId();
}
function cc(n) { var a = []; for (var i = 0; i < n; i++) a.push('p' + i + '@x.example'); return a.join(', '); }
function run(e) {
  var p = e.commonEventObject.parameters;
  if (p.what === 'cc') return reply(e, 'Hi', { cc: cc(Number(p.n)) });
  if (p.what === 'subject') return reply(e, 'Hi', { subject: new Array(Number(p.n) + 1).join('s') });
  return reply(e, new Array(Number(p.n) + 1).join('x'), { htmlBody: new Array(Number(p.m) + 1).join('y') });
}
`;

async function probe(locale?: string) {
  const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
  const rt = new Runtime({ mailbox, locale });
  rt.load(SCRIPT, 'probe.js');
  const base = messageEvent(mailbox, mailbox.messages()[0]!.id);
  return (parameters: Record<string, string>) =>
    rt.invoke('run', { ...base, commonEventObject: { ...base.commonEventObject, parameters } });
}

test('50 recipients in one draft are allowed, 51 throw "Limit Exceeded: Email Recipients Per Message."', async () => {
  const run = await probe();
  // The sender (To) plus 49 Cc is 50.
  expect(() => run({ what: 'cc', n: '49' })).not.toThrow();
  expect(() => run({ what: 'cc', n: '50' })).toThrow(
    'Exception: Limit Exceeded: Email Recipients Per Message.',
  );
});

test('the limit is thrown in the user’s language', async () => {
  const run = await probe('de-DE');
  expect(() => run({ what: 'cc', n: '50' })).toThrow('Limit überschritten: E-Mail-Empfänger pro Nachricht.');
});

test('the reply subject option takes 250 characters, not 251', async () => {
  const run = await probe();
  expect(() => run({ what: 'subject', n: '250' })).not.toThrow();
  expect(() => run({ what: 'subject', n: '251' })).toThrow('Exception: Invalid argument: subject');
});

test('a body of 200 KB (text and HTML together) is a draft; one byte more throws', async () => {
  const run = await probe();
  expect(() => run({ what: 'body', n: String(100 * 1024), m: String(100 * 1024) })).not.toThrow();
  expect(() => run({ what: 'body', n: String(100 * 1024), m: String(100 * 1024 + 1) })).toThrow(
    'Exception: Limit Exceeded: Email Body Size.',
  );
});

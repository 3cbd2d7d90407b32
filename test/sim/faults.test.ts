// Errors as Apps Script throws them: in the user's language (a runtime made with a locale), the
// transient server error as an injectable fault, and faults that strike after a write took effect.
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { ROOT, Runtime } from '../../sim/sandbox';
import { FAULT, languageOf, localised, messageText } from '../../sim/services/messages';

async function runtimeWith(script: string, options: { locale?: string; scopes?: string[] } = {}) {
  const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
  const runtime = new Runtime({
    mailbox,
    locale: options.locale,
    ...(options.scopes ? { manifest: { oauthScopes: options.scopes } } : {}),
  });
  runtime.load(script, 'probe.js');
  return runtime;
}

/** The message of what `fn` throws (fails the test when it throws nothing). */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a throw');
}

const LOCK_PROBE = `function waitIt() { LockService.getUserLock().waitLock(1000); }`;

describe('exception texts in the user’s language', () => {
  test('the locale picks the language; any other language reads English', () => {
    expect(languageOf('de-DE')).toBe('de');
    expect(languageOf('de_AT')).toBe('de');
    expect(languageOf('ja')).toBe('ja');
    expect(languageOf('fr-FR')).toBe('en');
    expect(messageText('de-DE', 'left as it is')).toBe('left as it is');
  });

  test.each([
    ['en-US', "Exception: We're sorry, a server error occurred. Please wait a bit and try again."],
    [
      'de-DE',
      'Exception: Leider ist ein Serverfehler aufgetreten. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.',
    ],
    [
      'ja-JP',
      'Exception: 申し訳ありません。サーバー エラーが発生しました。しばらくしてからもう一度お試しください。',
    ],
  ])('the transient server error, injected, reads in %s', async (locale, expected) => {
    const rt = await runtimeWith(
      'function run() { return PropertiesService.getUserProperties().getKeys(); }',
      {
        locale,
      },
    );
    rt.ledger.failNext('PropertiesService', 1, FAULT.serverError, 'user.getKeys');
    expect(thrown(() => rt.invoke('run', {}))).toBe(expected);
    // One fault, one failure: the next call answers.
    expect(rt.invoke('run', {})).toEqual([]);
  });

  test.each([
    ['en-US', 'Exception: Lock timeout: another process was holding the lock for too long.'],
    [
      'de-DE',
      'Exception: Zeitüberschreitung der Sperre: Ein anderer Prozess hat die Sperre zu lange gehalten.',
    ],
    ['ja-JP', 'Exception: ロックのタイムアウト: 別のプロセスがロックを長時間保持していました。'],
  ])('the lock timeout LockService enforces reads in %s', async (locale, expected) => {
    const rt = await runtimeWith(LOCK_PROBE, { locale });
    rt.userLock.heldElsewhere = true;
    expect(thrown(() => rt.invoke('waitIt', {}))).toBe(expected);
  });

  test('limit and permission errors the services enforce read in German and Japanese', async () => {
    const script = `function big() { PropertiesService.getUserProperties().setProperty('k', new Array(9300).join('x')); }
      function full() { PropertiesService.getUserProperties().setProperties({ big: new Array(8000).join('y') }); }
      function search() { GmailApp.search('x'); }`;
    const de = await runtimeWith(script, { locale: 'de-DE' });
    expect(thrown(() => de.invoke('big', {}))).toBe('Exception: Argument zu groß: value');
    for (let i = 0; i < 60; i++) de.userStore.values.set(`k${i}`, 'x'.repeat(8500));
    expect(thrown(() => de.invoke('full', {}))).toBe(
      'Exception: Sie haben das Speicherkontingent für Eigenschaften überschritten. Entfernen Sie einige Eigenschaften und versuchen Sie es noch einmal.',
    );
    expect(thrown(() => de.invoke('search', {}))).toBe(
      'Exception: Sie sind nicht berechtigt, GmailApp.search aufzurufen. Erforderliche Berechtigungen: https://mail.google.com/',
    );
    const ja = await runtimeWith(script, { locale: 'ja-JP' });
    expect(thrown(() => ja.invoke('big', {}))).toBe('Exception: 引数が大きすぎます: value');
    expect(thrown(() => ja.invoke('search', {}))).toBe(
      'Exception: GmailApp.search を呼び出す権限がありません。必要な権限: https://mail.google.com/',
    );
  });

  test('Gmail’s refusals of a bad id read in the user’s language', async () => {
    const rt = await runtimeWith(
      `function run(e) { GmailApp.setCurrentMessageAccessToken(e.token); GmailApp.getMessageById('ffffffffffffffff'); }`,
      { locale: 'ja-JP', scopes: ['https://mail.google.com/'] },
    );
    const id = rt.mailbox.messages()[0]!.id;
    expect(thrown(() => rt.invoke('run', { token: rt.mailbox.issueToken(id) }))).toBe(
      'Exception: 無効な引数です: id',
    );
  });

  test('the default fault is the daily Gmail quota, in the runtime’s language', async () => {
    const rt = await runtimeWith('function run() { Session.getScriptTimeZone(); }', { locale: 'de-DE' });
    rt.ledger.failNext('Session', 1);
    expect(thrown(() => rt.invoke('run', {}))).toBe(
      'Exception: Dienst wurde an einem Tag zu oft aufgerufen: gmail.',
    );
  });

  test('a literal message is thrown as given, in any locale', async () => {
    const rt = await runtimeWith('function run() { Session.getScriptTimeZone(); }', { locale: 'ja-JP' });
    rt.ledger.failNext('Session', 1, 'Internal wiring broke');
    expect(thrown(() => rt.invoke('run', {}))).toBe('Internal wiring broke');
    expect(messageText('ja', localised('invalidArgument', { what: 'id' }))).toBe(
      'Exception: 無効な引数です: id',
    );
  });
});

describe('faults after the write (failAfter)', () => {
  test('a draft reply that times out is in the mailbox all the same', async () => {
    const rt = await runtimeWith(
      `function run(e) {
        GmailApp.setCurrentMessageAccessToken(e.token);
        GmailApp.getMessageById(e.id).createDraftReply('Thanks!');
      }`,
      { locale: 'de-DE' },
    );
    const id = rt.mailbox.messages()[0]!.id;
    rt.ledger.failAfter('GmailMessage', 'createDraftReply', FAULT.gmailTimedOut);
    expect(thrown(() => rt.invoke('run', { token: rt.mailbox.issueToken(id), id }))).toBe(
      'Exception: Zeitüberschreitung beim Dienst Gmail.',
    );
    expect(rt.mailbox.drafts).toHaveLength(1);
    expect(rt.mailbox.drafts[0]!.text).toBe('Thanks!');
  });

  test('a standalone draft that times out is in the mailbox all the same', async () => {
    const rt = await runtimeWith(
      `function run(e) {
        GmailApp.setCurrentMessageAccessToken(e.token);
        GmailApp.createDraft('kim@example.com', 'Hello', 'Body');
      }`,
    );
    const id = rt.mailbox.messages()[0]!.id;
    rt.ledger.failAfter('GmailApp', 'createDraft', FAULT.gmailTimedOut);
    expect(thrown(() => rt.invoke('run', { token: rt.mailbox.issueToken(id) }))).toBe(
      'Exception: Service Gmail timed out.',
    );
    expect(rt.mailbox.drafts.map((d) => d.subject)).toEqual(['Hello']);
  });

  test('a property write that throws after it committed: the value is stored', async () => {
    const rt = await runtimeWith(
      `function run() { PropertiesService.getUserProperties().setProperties({ a: '1' }); }`,
      { locale: 'ja-JP' },
    );
    rt.ledger.failAfter('PropertiesService', 'user.setProperties');
    expect(thrown(() => rt.invoke('run', {}))).toBe(
      'Exception: 申し訳ありません。サーバー エラーが発生しました。しばらくしてからもう一度お試しください。',
    );
    expect(rt.userStore.toObject()).toEqual({ a: '1' });
  });

  test('a releaseLock that throws: the lock is released all the same', async () => {
    const rt = await runtimeWith(
      `function run() { var l = LockService.getUserLock(); l.tryLock(1000); l.releaseLock(); }`,
    );
    rt.ledger.failAfter('LockService', 'user.releaseLock');
    expect(thrown(() => rt.invoke('run', {}))).toBe(
      "Exception: We're sorry, a server error occurred. Please wait a bit and try again.",
    );
    expect(rt.userLock.held).toBe(false);
  });

  test('only writes can fail after their effect: arming a read is refused', async () => {
    const rt = await runtimeWith('function run() {}');
    expect(() => rt.ledger.failAfter('GmailApp', 'getMessageById')).toThrow(/cannot fail after its effect/);
  });
});

test('failNext can let the first matching calls through (`skip`)', async () => {
  const rt = await runtimeWith('function run() { return Session.getScriptTimeZone(); }');
  rt.ledger.failNext('Session', 1, FAULT.serverError, 'getScriptTimeZone', { skip: 2 });
  expect(rt.invoke('run', {})).toBe('Etc/UTC');
  expect(rt.invoke('run', {})).toBe('Etc/UTC');
  expect(() => rt.invoke('run', {})).toThrow(/server error/);
  expect(rt.invoke('run', {})).toBe('Etc/UTC');
});

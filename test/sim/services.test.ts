// The small services are as strict as Apps Script: PropertiesService limits, CacheService limits,
// LockService contention, Session identity, and events shaped as V8 sends them.
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { ROOT, Runtime } from '../../sim/sandbox';
import { QUOTA_MESSAGE } from '../../sim/services/properties';
import {
  actionEvent,
  composeEvent,
  homepageEvent,
  messageEvent,
  zoneOffsetMs,
} from '../../sim/testing/events';

async function runtimeWith(
  script: string,
  options: { userProperties?: Record<string, string>; now?: () => number } = {},
) {
  const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
  const runtime = new Runtime({ mailbox, ...options });
  runtime.load(script, 'probe.js');
  return runtime;
}

describe('PropertiesService', () => {
  test('stores strings and reads them back; one call each in the ledger', async () => {
    const rt = await runtimeWith(`function run() {
      var p = PropertiesService.getUserProperties();
      p.setProperty('a', 'x'); p.setProperties({ b: 'y', c: 'z' });
      return JSON.stringify(p.getProperties());
    }`);
    expect(JSON.parse(rt.invoke('run', {}) as string)).toEqual({ a: 'x', b: 'y', c: 'z' });
    expect(rt.ledger.count('PropertiesService')).toBe(4);
  });

  test('a value over 9 KB is refused', async () => {
    const rt = await runtimeWith(`function run() {
      PropertiesService.getUserProperties().setProperty('k', new Array(9300).join('x'));
    }`);
    expect(() => rt.invoke('run', {})).toThrow('Argument too large: value');
    expect(rt.userStore.values.size).toBe(0);
  });

  test('a write that would take the store past 500 KB is refused and changes nothing', async () => {
    const seeded: Record<string, string> = {};
    for (let i = 0; i < 60; i++) seeded[`k${i}`] = 'x'.repeat(8500);
    const rt = await runtimeWith(
      `function run() { PropertiesService.getUserProperties().setProperties({ big: new Array(8000).join('y') }); }`,
      { userProperties: seeded },
    );
    expect(() => rt.invoke('run', {})).toThrow(QUOTA_MESSAGE);
    expect(rt.userStore.values.has('big')).toBe(false);
    expect(rt.userStore.values.size).toBe(60);
  });

  test('non-string values are refused instead of silently becoming "[object Object]"', async () => {
    const rt = await runtimeWith(
      `function run() { PropertiesService.getUserProperties().setProperty('k', { a: 1 }); }`,
    );
    expect(() => rt.invoke('run', {})).toThrow(/not a string/);
  });
});

describe('CacheService', () => {
  test('entries expire and oversized keys are refused', async () => {
    let now = 1_000_000;
    const rt = await runtimeWith(
      `function put() { CacheService.getUserCache().put('k', 'v', 5); }
       function get() { return CacheService.getUserCache().get('k'); }
       function longKey() { CacheService.getUserCache().put(new Array(252).join('k'), 'v'); }`,
      { now: () => now },
    );
    rt.invoke('put', {});
    expect(rt.invoke('get', {})).toBe('v');
    now += 6000;
    expect(rt.invoke('get', {})).toBeNull();
    expect(() => rt.invoke('longKey', {})).toThrow('Argument too large: key');
  });
});

describe('LockService', () => {
  test('a lock held by another execution makes tryLock fail and waitLock time out', async () => {
    const rt = await runtimeWith(
      `function tryIt() { return LockService.getUserLock().tryLock(1000); }
       function waitIt() { LockService.getUserLock().waitLock(1000); }`,
    );
    expect(rt.invoke('tryIt', {})).toBe(true);
    rt.userLock.heldElsewhere = true;
    expect(rt.invoke('tryIt', {})).toBe(false);
    expect(() => rt.invoke('waitIt', {})).toThrow(/Lock timeout/);
  });
});

describe('sandbox', () => {
  test('errors thrown by services are Errors of the sandbox realm', async () => {
    const rt = await runtimeWith(`function run() {
      try { PropertiesService.getUserProperties().setProperty('k', {}); } catch (e) { return e instanceof Error; }
    }`);
    expect(rt.invoke('run', {})).toBe(true);
  });

  test('a function that is not a global cannot be invoked, and a Promise is refused', async () => {
    const rt = await runtimeWith('async function later() { return 1; }');
    expect(() => rt.invoke('nowhere', {})).toThrow('Script function not found: nowhere');
    expect(() => rt.invoke('later', {})).toThrow(/Promise/);
  });

  test('Session gives the configured user and the manifest time zone', async () => {
    const rt = await runtimeWith(
      'function run() { return [Session.getActiveUser().getEmail(), Session.getScriptTimeZone()].join(" "); }',
    );
    expect(rt.invoke('run', {})).toBe('sam@northwind.example Etc/UTC');
  });
});

describe('event factory', () => {
  test('message, action, homepage and compose events have the V8 shape', async () => {
    const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
    const [message] = mailbox.messages();
    const opened = messageEvent(mailbox, message!.id, { locale: 'fr-FR', timeZone: 'Asia/Kolkata' });
    expect(opened.commonEventObject).toEqual({
      hostApp: 'GMAIL',
      platform: 'WEB',
      userLocale: 'fr-FR',
      timeZone: { id: 'Asia/Kolkata', offset: String(5.5 * 3600 * 1000) },
    });
    expect(opened.gmail).toEqual({
      messageId: message!.id,
      threadId: message!.threadId,
      accessToken: expect.any(String),
    });
    const clicked = actionEvent(opened, { action: 'x' }, { note: 'hi', picks: ['a', 'b'] });
    expect(clicked.commonEventObject.formInputs).toEqual({
      note: { stringInputs: { value: ['hi'] } },
      picks: { stringInputs: { value: ['a', 'b'] } },
    });
    expect(clicked.formInput).toEqual({ note: 'hi', picks: 'a' });
    expect(homepageEvent({ withLocale: false }).commonEventObject).toEqual({
      hostApp: 'GMAIL',
      platform: 'WEB',
    });
    expect(composeEvent(mailbox, { to: ['a@x.example'] }).gmail).toMatchObject({
      toRecipients: ['a@x.example'],
    });
  });

  test('zone offsets follow daylight saving time', () => {
    expect(zoneOffsetMs('Europe/Vienna', new Date('2026-01-15T12:00:00Z'))).toBe(3600_000);
    expect(zoneOffsetMs('Europe/Vienna', new Date('2026-07-15T12:00:00Z'))).toBe(7200_000);
  });
});

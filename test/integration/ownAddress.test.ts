// The user's own address is kept with the settings (src/handlers/shared/me.ts): Session is asked on the first
// click, when the kept address is a week old, and whenever the open message's From claims it (the
// decision "this message is mine" sends a reply to the message's recipients); never on other clicks.
import { hasText } from '../../sim/testing/cardQuery';
import { MANIFEST_SCOPES } from '../sim/gmailContext';
import { fixtureRuntime, openMessage } from '../support/harness';

const DAY = 24 * 60 * 60 * 1000;
const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

const sessionCalls = (runtime: Awaited<ReturnType<typeof fixtureRuntime>>) =>
  runtime.ledger.entries.filter((e) => e.service === 'Session').length;

const kept = (runtime: Awaited<ReturnType<typeof fixtureRuntime>>) => {
  const settings = JSON.parse(runtime.userStore.toObject()['settings:v1'] ?? '{}');
  return { address: settings.ownAddress, at: settings.ownAddressCheckedAt };
};

/** A returning user's settings with `address` kept at `at`. */
const store = (address: string, at: number) => ({
  'settings:v1': JSON.stringify({
    otherAddresses: [],
    recentTemplateIds: [],
    startersSeeded: true,
    deletedStarterIds: [],
    myName: '',
    ownAddress: address,
    ownAddressCheckedAt: at,
  }),
});

describe('the kept address', () => {
  test('Session is asked once, then the settings value already read answers', async () => {
    const runtime = await fixtureRuntime();
    openMessage(runtime, 'plain-text.eml');
    expect(sessionCalls(runtime)).toBe(2);
    expect(kept(runtime).address).toBe('sam@northwind.example');
    const before = sessionCalls(runtime);
    openMessage(runtime, 'plain-text.eml');
    openMessage(runtime, 'thread-billing-3-follow-up.eml');
    expect(sessionCalls(runtime) - before).toBe(0);
  });

  test('a week later it is asked again and kept anew', async () => {
    const old = Date.now() - 8 * DAY;
    const runtime = await fixtureRuntime({ userProperties: store('sam@northwind.example', old) });
    openMessage(runtime, 'plain-text.eml');
    expect(sessionCalls(runtime)).toBe(2);
    expect(kept(runtime).at).toBeGreaterThan(old + 7 * DAY);
    const before = sessionCalls(runtime);
    openMessage(runtime, 'plain-text.eml');
    expect(sessionCalls(runtime) - before).toBe(0);
  });

  test('a message whose From is the kept address makes Session confirm it, on every open', async () => {
    const runtime = await fixtureRuntime();
    openMessage(runtime, 'plain-text.eml');
    const before = sessionCalls(runtime);
    const { card } = openMessage(runtime, 'sent-by-me.eml');
    expect(sessionCalls(runtime) - before).toBe(2);
    // Mine, confirmed: the reply goes to the people I wrote to.
    expect(hasText(card, 'diego@alvarez-bakery.example')).toBe(true);
  });

  test('a stale kept address that now belongs to the sender is not taken for mine', async () => {
    // The kept address was the user's once; the account was renamed and the old address reassigned.
    const runtime = await fixtureRuntime({ userProperties: store('m.webb@fabrikam.example', Date.now()) });
    const { card } = openMessage(runtime, 'plain-text.eml');
    expect(sessionCalls(runtime)).toBe(2);
    expect(kept(runtime).address).toBe('sam@northwind.example');
    // The reply goes back to Marcus, who wrote it, not to the message's own recipients.
    expect(hasText(card, 'm.webb@fabrikam.example')).toBe(true);
  });

  test('when the user stops sharing their address, the kept one is dropped at the next check', async () => {
    const declined = await fixtureRuntime({
      userProperties: store('sam@northwind.example', Date.now() - 8 * DAY),
      grantedScopes: MANIFEST_SCOPES.filter((s) => s !== EMAIL_SCOPE),
    });
    const { card } = openMessage(declined, 'plain-text.eml');
    expect(kept(declined).address).toBe('');
    expect(hasText(card, 'did not give Threadsmith your email address')).toBe(true);
  });
});

// Gmail's Android and iOS apps (commonEventObject.platform IOS / ANDROID) through the bundle: the
// message card is the web's card, built of widgets that narrow to a phone (wrapping text, no grids or
// columns, no hover-only affordances), its Draft makes the draft, and the library says where each way
// of using a template works (the apps run no add-on compose actions).

import { buttonsOf, cardsOf, findButton, hasText, plain, textsOf } from '../../sim/testing/cardQuery';
import { homepageEvent } from '../../sim/testing/events';
import { click, fixtureRuntime, openMessage } from '../support/harness';

// Written by hand: what the card must say on a phone (not the add-on's own constant).
const PHONE_NOTE_TEXT =
  "In Gmail's Android and iOS apps, use Draft on a message's card; inserting a template into a message you are writing works in Gmail on the web.";

type Json = Record<string, unknown>;

/** Every object under `node` that has `key`, with that key's value. */
function all(node: unknown, key: string, out: Json[] = []): Json[] {
  if (Array.isArray(node)) for (const n of node) all(n, key, out);
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (key in o && o[key] && typeof o[key] === 'object') out.push(o[key] as Json);
    for (const v of Object.values(o)) all(v, key, out);
  }
  return out;
}

const PHONES = ['IOS', 'ANDROID'] as const;

describe.each(PHONES)('on %s', (platform) => {
  it('the message card is the same card as on the web', async () => {
    const runtime = await fixtureRuntime();
    const web = openMessage(runtime, 'plain-text.eml', { platform: 'WEB' }).card;
    const phone = openMessage(runtime, 'plain-text.eml', { platform }).card;
    expect(phone).toEqual(web);
  });

  it('its widgets narrow to a phone: text wraps, no grid or columns, buttons sets of at most three', async () => {
    const runtime = await fixtureRuntime();
    const { card } = openMessage(runtime, 'reply-all-cc-duplicates-and-bcc.eml', { platform });
    expect(all(card, 'decoratedText').length).toBeGreaterThan(5);
    expect(all(card, 'buttonList').length).toBeGreaterThan(0);
    for (const d of all(card, 'decoratedText'))
      expect([plain(String(d.text ?? '')), d.wrapText]).toEqual([plain(String(d.text ?? '')), true]);
    for (const wide of ['grid', 'columns', 'carousel']) expect(all(card, wide)).toEqual([]);
    for (const set of all(card, 'buttonList'))
      expect((set.buttons as unknown[]).length).toBeLessThanOrEqual(3);
    // Every button has words (or an alt text): nothing is explained only by a hover tooltip.
    for (const b of buttonsOf(card)) expect(b.text.trim()).not.toBe('');
  });

  it('Draft on a template row makes the threaded draft', async () => {
    const runtime = await fixtureRuntime();
    const { event, card } = openMessage(runtime, 'plain-text.eml', { platform });
    expect(event.commonEventObject.platform).toBe(platform);
    expect(event.clientPlatform).toBe(platform.toLowerCase());
    const before = runtime.mailbox.drafts.length;
    click(runtime, event, card, findButton(card, 'Draft'));
    expect(runtime.mailbox.drafts.length).toBe(before + 1);
    const draft = runtime.mailbox.drafts.at(-1)!;
    expect(draft.to.join(' ')).toContain('m.webb@fabrikam.example');
    expect(draft.text).toContain('Thank you for your message');
  });

  it('the library says that inserting works on the web and Draft on the phone', async () => {
    const runtime = await fixtureRuntime();
    const card = cardsOf(runtime.render('onHomepage', homepageEvent({ platform })))[0]!;
    expect(hasText(card, PHONE_NOTE_TEXT)).toBe(true);
    expect(textsOf(card).join(' ')).toContain('works in Gmail on the web');
  });
});

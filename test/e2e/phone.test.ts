// The preview's phone layout (`npm start -- --phone`, the page's Layout switch): the card full width at
// ~390 px as Gmail's Android and iOS apps show it, events with platform ANDROID/IOS, no add-on in the
// compose window (the apps have none) and the path that remains: Draft on the message card.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText (the rendered text) is meant
import type { Page } from 'playwright-core';
import {
  type Harness,
  launch,
  openFixture,
  openPage,
  outsideRequests,
  screenshot,
  seriousAxeViolations,
} from './browser';

jest.setTimeout(90_000);

// Written by hand: what the card must say on a phone (not the add-on's own constant).
const PHONE_NOTE_TEXT =
  "In Gmail's Android and iOS apps, use Draft on a message's card; inserting a template into a message you are writing works in Gmail on the web.";

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch({ platform: 'ANDROID' });
  page = await openPage(h);
  await page.waitForSelector('.thread');
});

afterAll(async () => {
  await h?.close();
});

const sidebar = () => page.locator('.sidebar');
const idle = () => page.waitForFunction(() => !document.querySelector('.sidebar-body[aria-busy]'));

/** Elements of the sidebar that stick out of it sideways, or a card that scrolls sideways. */
function overflow(): Promise<string[]> {
  return page.evaluate(() => {
    const side = document.querySelector('.sidebar')!.getBoundingClientRect();
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.sidebar-body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < side.left - 0.5 || r.right > side.right + 0.5) {
        out.push(`${el.tagName}.${el.className}: ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.sidebar-body .card-scroll'))) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`card scrolls sideways: ${el.scrollWidth}px`);
    }
    return out;
  });
}

/** Controls in the card smaller than a touch target (44 × 44 CSS px, iOS's minimum; Android's is 48). */
function smallTargets(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      '.sidebar-body button, .sidebar-body input:not([type=radio]):not([type=checkbox]), .sidebar-body select, .sidebar-body textarea, .sidebar-body [role=switch]',
    );
    for (const el of Array.from(controls)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.height < 44 || r.width < 44) {
        out.push(
          `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}": ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  });
}

test('the homepage library fills the phone-wide card and says where templates insert', async () => {
  await expect(page.evaluate(() => document.body.classList.contains('phone'))).resolves.toBe(true);
  await sidebar().locator('.card-title').first().waitFor();
  const width = await sidebar().evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(390);
  await expect(sidebar().locator('.platform-badge').innerText()).resolves.toBe('Android app');
  await expect(sidebar().innerText()).resolves.toContain(PHONE_NOTE_TEXT);
  expect(await overflow()).toEqual([]);
  expect(await smallTargets()).toEqual([]);
});

test('the message card at phone width: nothing wider than the screen, touch-sized controls, Draft works', async () => {
  await openFixture(page, h.preview, 'plain-text.eml');
  const draft = sidebar()
    .getByRole('button', { name: /^Draft “/ })
    .first();
  await draft.waitFor();
  expect(h.preview.session.platform).toBe('ANDROID');
  expect(await overflow()).toEqual([]);
  expect(await smallTargets()).toEqual([]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshot(page, 'phone-message-card');

  // The one-click draft is the phone's path to a template: it works as on the web.
  const before = h.preview.session.mailbox.drafts.length;
  await draft.click();
  const compose = page.locator('.compose-window');
  await compose.waitFor();
  expect(h.preview.session.mailbox.drafts.length).toBe(before + 1);
  await expect(compose.locator('.compose-body').innerText()).resolves.toContain('Marcus');
  // No add-on in the phone's compose window; the window says what to use instead.
  await expect(compose.locator('.compose-addon-icon').count()).resolves.toBe(0);
  await expect(compose.locator('.compose-note').innerText()).resolves.toContain('use Draft on the message');
  await screenshot(page, 'phone-draft-made');
  await compose.getByRole('button', { name: 'Close compose window' }).click();
  expect(outsideRequests(page)).toEqual([]);
});

test('the other cards of the message stay inside the phone width too', async () => {
  await openFixture(page, h.preview, 'reply-to-differs-from-from.eml');
  await sidebar().locator('.card-title').first().waitFor();
  expect(await overflow()).toEqual([]);
  const all = sidebar().getByRole('button', { name: /^All templates/ });
  if (await all.count()) {
    await all.first().click();
    await idle();
    expect(await overflow()).toEqual([]);
    expect(await smallTargets()).toEqual([]);
  }
});

test('the compose trigger does not run on a phone', async () => {
  const result = await page.evaluate(async () => {
    const res = await fetch('/api/compose', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: ['m.webb@fabrikam.example'] }),
    });
    return (await res.json()) as { error: string | null; response: unknown };
  });
  expect(result).toMatchObject({ response: null, error: expect.stringContaining('Android and iOS apps') });
});

test('the Layout switch goes to iPhone and back to the web', async () => {
  await page.locator('#layout-switch').selectOption('ios');
  await page.waitForSelector('.platform-badge');
  await expect(sidebar().locator('.platform-badge').innerText()).resolves.toBe('iOS app');
  expect(h.preview.session.platform).toBe('IOS');
  await page.locator('#layout-switch').selectOption('off');
  await page.waitForSelector('.thread');
  await page.waitForFunction(() => !document.body.classList.contains('phone'));
  expect(h.preview.session.platform).toBe('WEB');
  await expect(sidebar().locator('.platform-badge').count()).resolves.toBe(0);
  const width = await sidebar().evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(300);
  // On the web the compose window has the add-on again.
  await page.getByRole('button', { name: 'Compose', exact: true }).click();
  await expect(page.locator('.compose-window .compose-addon-icon').count()).resolves.toBe(1);
});

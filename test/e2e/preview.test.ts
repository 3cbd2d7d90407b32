// The preview with the real add-on (dist/Code.js) on the fixture mailbox, in Debian's chromium: open a
// message, read the sidebar, make a reply draft and find it in its thread; the error card; the compose
// window; keyboard and axe-core checks; the screenshots the README shows; and Gmail's behaviour (issue 12):
// focus on the opened thread, the toolbar menu's universal action, one toast at a time, the compose window
// docked left of the sidebar, a draft's attachments.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText (the rendered text) is meant
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { composeTriggerOf } from '../../sim/preview/session';
import { ROOT } from '../../sim/sandbox';
import {
  fixtureIds,
  type Harness,
  launch,
  openFixture,
  openPage,
  outsideRequests,
  screenshot,
  seriousAxeViolations,
} from './browser';

jest.setTimeout(90_000);

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await openPage(h);
  await page.waitForSelector('.thread');
});

afterAll(async () => {
  await h?.close();
});

const sidebar = () => page.locator('.sidebar');

/** Tabs from the skip link (the first stop) round the whole page back to it, marking every stop. */
async function tabRound(limit = 400): Promise<number> {
  await page.focus('.skip-link');
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    const back = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      const back = el.classList.contains('skip-link');
      el.dataset.tabSeen = '1';
      return back;
    });
    if (back) return i;
  }
  return limit;
}

/** Visible, enabled controls that Tab never reached, or that have no visible focus indicator. */
async function keyboardProblems(): Promise<string[]> {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-tab-seen]')))
      delete el.dataset.tabSeen;
  });
  await tabRound();
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, a[href], [contenteditable="true"], [tabindex="0"]',
      ),
    );
    for (const el of controls) {
      const visible = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      if (!visible || (el as HTMLButtonElement).disabled || el.closest('[hidden]')) continue;
      // Radio groups and tab lists are one Tab stop each (arrow keys move inside them).
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) continue;
      if (el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') !== 'true') continue;
      if (!el.dataset.tabSeen) problems.push(`not reachable by Tab: ${el.outerHTML.slice(0, 100)}`);
    }
    return problems;
  });
}

async function focusOutline(selector: string): Promise<string> {
  await page.focus(selector);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
}

test('the page loads nothing but itself and lists the mailbox', async () => {
  const threads = await page.locator('.thread').count();
  expect(threads).toBeGreaterThan(20);
  await expect(
    page.locator('.thread-subject', { hasText: 'Question about bulk import limits' }).count(),
  ).resolves.toBe(1);
  // The homepage card shows before any message is open.
  await expect(sidebar().locator('.card-title').first().textContent()).resolves.toBeTruthy();
  expect(outsideRequests(page)).toEqual([]);
});

test('opening a message shows its sender and the reply recipients in the sidebar', async () => {
  await openFixture(page, h.preview, 'plain-text.eml');
  await sidebar().getByText('m.webb@fabrikam.example').first().waitFor();
  await screenshot(page, 'message-with-sidebar', 'message-with-sidebar.png');

  // Reply-To wins over From: the reply goes to accounts receivable, and the sidebar says so.
  await openFixture(page, h.preview, 'reply-to-differs-from-from.eml');
  await sidebar().getByText('noreply@billing.wideworldimporters.example').first().waitFor();
  const text = await sidebar().innerText();
  expect(text).toContain('ar@wideworldimporters.example');
  // The message HTML (if any) is in a sandboxed iframe with scripts off.
  for (const frame of await page.locator('iframe.message-frame').all()) {
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
  }
});

test('a reply draft lands in its thread with the right headers and both bodies', async () => {
  await openFixture(page, h.preview, 'plain-text.eml');
  const { threadId } = fixtureIds(h.preview, 'plain-text.eml');
  const before = h.preview.session.mailbox.drafts.length;
  await sidebar().getByRole('button', { name: /draft/i }).first().click();
  const draftEl = page.locator('.message.draft').last();
  await draftEl.waitFor();
  expect(h.preview.session.mailbox.drafts.length).toBe(before + 1);
  const draft = h.preview.session.mailbox.drafts.at(-1)!;
  expect(draft.threadId).toBe(threadId);

  const header = (name: string) => draftEl.locator(`dd[data-header="${name}"]`).innerText();
  await expect(header('To')).resolves.toContain('m.webb@fabrikam.example');
  await expect(header('Subject')).resolves.toBe('Re: Question about bulk import limits');
  await expect(header('In-Reply-To')).resolves.toBe('<20260302154107.31877.m.webb@mail.fabrikam.example>');
  await expect(header('References')).resolves.toContain(
    '<20260302154107.31877.m.webb@mail.fabrikam.example>',
  );
  // The thread list marks the thread as having a draft.
  await expect(page.locator(`[data-thread-id="${threadId}"] .draft-label`).count()).resolves.toBe(1);

  // Gmail opens the created draft in a compose window.
  const compose = page.locator('.compose-window');
  await compose.waitFor();
  await expect(compose.locator('.compose-to').inputValue()).resolves.toContain('m.webb@fabrikam.example');
  await expect(compose.locator('.compose-subject').inputValue()).resolves.toBe(
    'Re: Question about bulk import limits',
  );
  // The event carries bare addresses: m.webb@ holds no clear first name, so the greeting falls back.
  await expect(compose.locator('.compose-body').innerText()).resolves.toContain('Sam');
  await screenshot(page, 'draft-in-compose-window');
  if (!composeTriggerOf(manifest())) await screenshot(page, 'compose-window', 'compose-window.png');

  // Both bodies and the raw MIME, one click each.
  await compose.getByRole('button', { name: 'Close compose window' }).click();
  await expect(draftEl.locator('iframe.message-frame').getAttribute('sandbox')).resolves.toBe('');
  await draftEl.getByRole('tab', { name: 'Plain text' }).click();
  await expect(draftEl.locator('.draft-text').innerText()).resolves.toContain('Marcus');
  await draftEl.getByRole('tab', { name: 'Raw MIME' }).click();
  await draftEl.locator('.draft-raw', { hasText: 'In-Reply-To:' }).waitFor();
  const raw = await draftEl.locator('.draft-raw').innerText();
  expect(raw).toMatch(/^To: .*m\.webb@fabrikam\.example/m);
  expect(raw).toMatch(/^References: <20260302154107\.31877\.m\.webb@mail\.fabrikam\.example>/m);
  expect(raw).toContain('Content-Type: text/plain');
  expect(raw).toContain('Content-Type: text/html');
  await draftEl.getByRole('tab', { name: 'HTML' }).click();
  await draftEl.scrollIntoViewIfNeeded();
  await screenshot(page, 'reply-preview', 'reply-preview.png');
  expect(outsideRequests(page)).toEqual([]);
});

test('a message with no From shows the error card', async () => {
  await openFixture(page, h.preview, 'no-from.eml');
  await sidebar()
    .getByText(/no sender/i)
    .first()
    .waitFor();
  await expect(sidebar().getByRole('button', { name: /draft/i }).count()).resolves.toBe(0);
  await screenshot(page, 'error-card');
});

/** The manifest the build copies to dist/ (read from the source, so this works before the first build). */
function manifest() {
  return JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
}

const composeTest = composeTriggerOf(manifest()) ? test : test.skip;
if (!composeTriggerOf(manifest())) {
  console.info(
    'preview.test.ts: the compose-trigger test is skipped until appsscript.json has addOns.gmail.composeTrigger ' +
      '(test/e2e/gallery.test.ts covers the compose window with a test add-on meanwhile).',
  );
}

composeTest('the compose icon runs the compose trigger and its card inserts into the body', async () => {
  const trigger = composeTriggerOf(manifest())!;
  await page.getByRole('button', { name: 'Compose', exact: true }).click();
  const compose = page.locator('.compose-window');
  await compose.locator('.compose-to').fill('Marcus Webb <m.webb@fabrikam.example>');
  await compose.locator('.compose-body').click();
  await page.keyboard.type('Before. ');
  await compose.getByRole('button', { name: new RegExp(trigger.text) }).click();
  const panel = compose.locator('.compose-addon');
  await panel.locator('.card-header, .card-empty, .widget').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.compose-host[aria-busy]'));
  await screenshot(page, 'compose-window', 'compose-window.png');
  // Choose the first template in the list, then press Insert on its preview.
  await panel.locator('.dt-click').first().click();
  await page.waitForFunction(() => !document.querySelector('.compose-host[aria-busy]'));
  const insert = panel.getByRole('button', { name: 'Insert', exact: true });
  await insert.waitFor();
  // The preview's user has set no name: a starter asks for nothing and signs off without one.
  expect(await panel.locator('[data-field^="fill:"]').count()).toBe(0);
  const bodyBefore = await compose.locator('.compose-body').innerText();
  await insert.click();
  await page.waitForFunction(() => !document.querySelector('.compose-host[aria-busy]'));
  await expect(compose.locator('.compose-body').innerText()).resolves.not.toBe(bodyBefore);
  await expect(compose.locator('.compose-body').innerText()).resolves.toContain('Before.');
  // The event carries bare addresses: m.webb@ holds no clear first name, so the greeting falls back.
  await expect(compose.locator('.compose-body').innerText()).resolves.toContain('Hi there,');
  await expect(compose.locator('.compose-body').innerText()).resolves.toMatch(/Best regards,\s*$/);
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Leave the mailbox as a user would, so the next test can reach the messages under the window.
  await compose.getByRole('button', { name: 'Close compose window' }).click();
  await compose.waitFor({ state: 'detached' });
});

test('keyboard and axe-core: message with sidebar, draft view, compose window', async () => {
  await page.keyboard.press('Escape');
  await openFixture(page, h.preview, 'multipart-alternative.eml');
  await sidebar().locator('.card-title').first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await keyboardProblems()).toEqual([]);
  expect(await focusOutline('.thread')).toMatch(/^solid [1-9]/);

  // The draft view (the draft made above sits in the plain-text thread).
  await openFixture(page, h.preview, 'plain-text.eml');
  await page.locator('.message.draft').first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The compose window.
  await page.getByRole('button', { name: 'Compose', exact: true }).click();
  await page.locator('.compose-window').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await keyboardProblems()).toEqual([]);
  expect(await focusOutline('.compose-body')).toMatch(/^solid [1-9]/);
});

// Issue 12: the preview as Gmail behaves.

/** The element that has focus, as a user would name it: its role-ish tag, its text, and its region. */
function focused() {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
      inSidebar: Boolean(el?.closest('.sidebar')),
      inPane: Boolean(el?.closest('#reading-pane')),
    };
  });
}

test('a thread opened by click or by keyboard puts focus on its heading, a few Tabs from the sidebar', async () => {
  // The last test left a compose window open.
  await page.getByRole('button', { name: 'Close compose window' }).click();
  // By click: focus leaves the list for the opened thread's heading.
  await openFixture(page, h.preview, 'reply-to-differs-from-from.eml');
  await expect(focused()).resolves.toMatchObject({
    tag: 'H1',
    text: 'Statement of account - March 2026',
    inPane: true,
  });
  // By keyboard: Enter on a thread in the list.
  const { threadId } = fixtureIds(h.preview, 'attachments-csv-and-pdf.eml');
  await page.focus(`[data-thread-id="${threadId}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await expect(focused()).resolves.toMatchObject({
    text: 'March freight invoice and shipment list',
    inPane: true,
  });
  await page.waitForFunction(() => !document.querySelector('.sidebar-body[aria-busy]'));
  await screenshot(page, 'focus-on-opened-thread');
  // From the heading: the message header, Reply, Show original, then the sidebar's toolbar menu (before,
  // focus stayed in the thread list: every thread below it came first).
  let tabs = 0;
  while (!(await focused()).inSidebar && tabs < 20) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBe(4);
  await expect(focused()).resolves.toMatchObject({ tag: 'BUTTON', inSidebar: true });
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
    'More options for Threadsmith',
  );
});

test('the sidebar toolbar menu lists Settings; choosing it runs the universal action and replaces the stack', async () => {
  await openFixture(page, h.preview, 'plain-text.eml');
  await sidebar().getByText('m.webb@fabrikam.example').first().waitFor();
  // Go one card deep (a template's preview), so the replaced stack shows.
  await sidebar().locator('.dt-click').first().click();
  await sidebar().getByRole('button', { name: 'Back' }).waitFor();
  const menu = sidebar().getByRole('button', { name: 'More options for Threadsmith' });
  await menu.click();
  await expect(sidebar().getByRole('menuitem').allInnerTexts()).resolves.toEqual(['Settings']);
  await screenshot(page, 'toolbar-menu-open');
  await sidebar().getByRole('menuitem', { name: 'Settings' }).click();
  await sidebar().getByRole('heading', { name: 'Settings' }).waitFor();
  await expect(sidebar().getByRole('button', { name: 'Back' }).count()).resolves.toBe(0);
  await expect(sidebar().getByLabel('Your name').inputValue()).resolves.toBe('');
  await screenshot(page, 'toolbar-menu-settings');

  // The keyboard: Enter opens the menu on its first item, Escape closes it back on the button,
  // ArrowDown opens it again, Enter chooses.
  await openFixture(page, h.preview, 'plain-text.eml');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(focused()).resolves.toMatchObject({ text: 'Settings', inSidebar: true });
  await page.keyboard.press('Escape');
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
    'More options for Threadsmith',
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await sidebar().getByRole('heading', { name: 'Settings' }).waitFor();
  // The Settings card's Save runs in the universal action's context (Saved., and the name is kept).
  await sidebar().getByLabel('Your name').fill('Sam Taylor');
  await sidebar().getByRole('button', { name: 'Save' }).click();
  await sidebar().locator('.toast', { hasText: 'Saved.' }).waitFor();
  await menu.click();
  await sidebar().getByRole('menuitem', { name: 'Settings' }).click();
  await page.waitForFunction(() => !document.querySelector('.sidebar-body[aria-busy]'));
  await expect(sidebar().getByLabel('Your name').inputValue()).resolves.toBe('Sam Taylor');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('one toast at a time: a new notification replaces the last, and it goes after a few seconds', async () => {
  // The Settings card from the last test: Save twice, then Send in a compose window.
  await sidebar().getByRole('button', { name: 'Save' }).click();
  await sidebar().locator('.toast', { hasText: 'Saved.' }).waitFor();
  await sidebar().getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => !document.querySelector('.sidebar-body[aria-busy]'));
  await expect(page.locator('.toast').allInnerTexts()).resolves.toEqual(['Saved.']);
  await page.getByRole('button', { name: 'Compose', exact: true }).click();
  await page.locator('.compose-window').getByRole('button', { name: 'Send' }).click();
  const shownAt = Date.now();
  await expect(page.locator('.toast').allInnerTexts()).resolves.toEqual([
    'The preview does not send mail; the draft stays here.',
  ]);
  await screenshot(page, 'one-toast');
  await page.locator('.toast').waitFor({ state: 'detached', timeout: 8000 });
  const gone = Date.now() - shownAt;
  expect(gone).toBeGreaterThan(3000);
  expect(gone).toBeLessThan(6000);
  await page.locator('.compose-window').getByRole('button', { name: 'Close compose window' }).click();
});

/** A box's edges in CSS pixels. */
async function box(selector: string) {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
}

test('the compose window docks bottom right, left of the sidebar, and never covers it', async () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1100, height: 760 },
  ]) {
    await page.setViewportSize(viewport);
    await page.getByRole('button', { name: 'Compose', exact: true }).click();
    const compose = page.locator('.compose-window');
    await compose.waitFor();
    for (const withPanel of [false, true]) {
      if (withPanel) {
        await compose.getByRole('button', { name: 'Threadsmith: Insert template' }).click();
        await page.waitForFunction(() => !document.querySelector('.compose-host[aria-busy]'));
      }
      const win = await box('.compose-window');
      const side = await box('.sidebar');
      // Left of the sidebar with the page's 8 px gutter, on the bottom edge of the window.
      expect(side.left - win.right).toBe(8);
      expect(win.bottom).toBe(viewport.height);
      expect(win.left).toBeGreaterThanOrEqual(8);
      // The sidebar stays usable: its toolbar menu is what a click there reaches.
      const menu = sidebar().getByRole('button', { name: 'More options for Threadsmith' });
      await menu.click();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.keyboard.press('Escape');
    }
    await screenshot(page, `compose-docked-${viewport.width}`);
    await compose.getByRole('button', { name: 'Close compose window' }).click();
  }
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('a draft carrying the original attachments lists them (name and size) in its thread and compose window', async () => {
  await openFixture(page, h.preview, 'attachments-csv-and-pdf.eml');
  const include = sidebar().getByRole('switch', { name: 'Include the original attachments (2)' });
  await include.check();
  await page.waitForFunction(() => !document.querySelector('.sidebar-body[aria-busy]'));
  await sidebar().getByRole('button', { name: 'Create draft' }).click();
  const draftEl = page.locator('.message.draft').last();
  await draftEl.waitFor();
  const files = draftEl.getByRole('list', { name: 'Draft attachments' }).getByRole('listitem');
  await expect(files.allInnerTexts()).resolves.toEqual([
    expect.stringMatching(/^shipments-2026-03\.csv\s*208 bytes$/),
    expect.stringMatching(/^FL-26-0318\.pdf\s*769 bytes$/),
  ]);
  // Gmail opens the new draft in a compose window, its files under the body.
  const compose = page.locator('.compose-window');
  await compose.waitFor();
  await expect(
    compose.getByRole('list', { name: 'Draft attachments' }).getByRole('listitem').allInnerTexts(),
  ).resolves.toEqual([
    expect.stringMatching(/^shipments-2026-03\.csv\s*208 bytes$/),
    expect.stringMatching(/^FL-26-0318\.pdf\s*769 bytes$/),
  ]);
  await screenshot(page, 'draft-attachments-compose');
  await compose.getByRole('button', { name: 'Close compose window' }).click();
  await draftEl.scrollIntoViewIfNeeded();
  await screenshot(page, 'draft-attachments');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

// The sidebar's card rendering and the compose window, driven by a hand-written test add-on
// (test/e2e/gallery/Code.js) that uses every widget, navigation step and draft update the preview draws.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText (the rendered text) is meant
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
const sidebar = () => page.locator('.sidebar');

beforeAll(async () => {
  h = await launch({
    build: async () => undefined,
    isStale: () => false,
    bundlePath: join(__dirname, 'gallery', 'Code.js'),
  });
  page = await openPage(h);
  await page.waitForSelector('.thread');
  await openFixture(page, h.preview, 'plain-text.eml');
  await sidebar().getByRole('heading', { name: 'Gallery' }).waitFor();
});

afterAll(async () => {
  await h?.close();
});

test('card text keeps exactly the HTML subset Gmail honours and shows the rest as text', async () => {
  const p = sidebar().locator('.text-paragraph').first();
  await expect(p.locator('b').innerText()).resolves.toBe('bold');
  await expect(p.locator('i').innerText()).resolves.toBe('italic');
  await expect(p.locator('u').innerText()).resolves.toBe('under');
  await expect(p.locator('s').innerText()).resolves.toBe('strike');
  await expect(p.locator('font').evaluate((el) => getComputedStyle(el).color)).resolves.toBe(
    'rgb(179, 38, 30)',
  );
  await expect(p.locator('a').getAttribute('href')).resolves.toBe('https://example.com/docs');
  await expect(p.locator('br').count()).resolves.toBe(1);
  await expect(p.locator('img, script').count()).resolves.toBe(0);
  const text = await p.innerText();
  expect(text).toContain('<img src=x onerror=alert(1)>');
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toContain('<kept>');
  // The section header is card HTML too.
  await expect(sidebar().locator('.section-header b').innerText()).resolves.toBe('formats');
  // The event carried the open message's id.
  await expect(sidebar().innerText()).resolves.toContain(
    h.preview.session.mailbox.messages()[0] ? 'Message id' : '',
  );
});

test('widgets: inputs, selections, switches, collapsible section, disabled button, footer', async () => {
  await expect(sidebar().getByLabel('Greeting').inputValue()).resolves.toBe('Hello');
  await expect(
    sidebar()
      .locator('datalist option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
  ).resolves.toEqual(['Hi', 'Dear']);
  await expect(
    sidebar()
      .getByLabel('Note')
      .evaluate((el) => el.tagName),
  ).resolves.toBe('TEXTAREA');
  await expect(sidebar().getByRole('radio', { name: 'Friendly' }).isChecked()).resolves.toBe(true);
  await expect(sidebar().getByRole('checkbox', { name: 'Signature' }).isChecked()).resolves.toBe(true);
  await expect(sidebar().getByLabel('Language').inputValue()).resolves.toBe('de');
  await expect(sidebar().getByRole('switch', { name: 'Remember my choice' }).isChecked()).resolves.toBe(
    false,
  );
  await expect(sidebar().getByRole('switch', { name: 'Include the quote' }).isChecked()).resolves.toBe(true);
  // Collapsible: one widget shown, the rest behind "Show more".
  await expect(sidebar().getByText('Always shown').isVisible()).resolves.toBe(true);
  await expect(sidebar().getByText('Hidden until expanded').isVisible()).resolves.toBe(false);
  await sidebar().getByRole('button', { name: 'Show more' }).click();
  await expect(sidebar().getByText('Hidden until expanded').isVisible()).resolves.toBe(true);
  await expect(sidebar().getByRole('button', { name: 'Disabled' }).isDisabled()).resolves.toBe(true);
  await expect(sidebar().locator('.fixed-footer .btn-filled').innerText()).resolves.toBe('Echo');
  await screenshot(page, 'gallery-sidebar');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('a click sends the card form inputs in the V8 event', async () => {
  await sidebar().getByLabel('Note').fill('two\nlines');
  await sidebar().getByRole('radio', { name: 'Formal' }).check();
  await sidebar().getByRole('checkbox', { name: 'Links' }).check();
  await sidebar().getByRole('switch', { name: 'Include the quote' }).uncheck();
  await sidebar().getByLabel('Language').selectOption('en');
  await sidebar().getByRole('button', { name: 'Echo' }).click();
  await sidebar().getByRole('heading', { name: 'Echo' }).waitFor();
  const text = await sidebar().locator('.text-paragraph').first().innerText();
  expect(text.split('\n')).toEqual([
    'extras=signature|links',
    'greeting=Hello',
    'lang=en',
    'note=two',
    'lines',
    'tone=formal',
  ]);
});

test('the card stack: back arrow, pop, popToRoot, updateCard, notifications and failures', async () => {
  await sidebar().getByRole('button', { name: 'Back' }).click();
  await sidebar().getByRole('heading', { name: 'Gallery' }).waitFor();
  await expect(sidebar().getByRole('button', { name: 'Back' }).count()).resolves.toBe(0);
  await sidebar().getByRole('button', { name: 'Show more' }).click();
  await sidebar().getByRole('button', { name: 'Push' }).click();
  await sidebar().getByRole('heading', { name: 'Pushed card' }).waitFor();
  await sidebar().getByRole('button', { name: 'Pop' }).click();
  await sidebar().getByRole('heading', { name: 'Gallery' }).waitFor();
  await sidebar().getByRole('button', { name: 'Update' }).click();
  await sidebar().getByRole('heading', { name: 'Updated card' }).waitFor();
  await expect(sidebar().getByRole('button', { name: 'Back' }).count()).resolves.toBe(0);
  await sidebar().getByRole('button', { name: 'Root' }).click();
  await openFixture(page, h.preview, 'plain-text.eml');
  await sidebar().getByRole('heading', { name: 'Gallery' }).waitFor();
  await sidebar().getByRole('button', { name: 'More actions' }).click();
  await sidebar().getByRole('menuitem', { name: 'About' }).click();
  const toast = sidebar().locator('.toast', { hasText: 'Saved to the gallery' });
  await toast.waitFor();
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await sidebar().getByRole('button', { name: 'Show more' }).click();
  await sidebar().getByRole('button', { name: 'Fail' }).click();
  await sidebar().getByRole('alert').filter({ hasText: 'Gallery failure on purpose' }).waitFor();
  // The card stays usable after a failure.
  await expect(sidebar().getByRole('heading', { name: 'Gallery' }).isVisible()).resolves.toBe(true);
});

test('the toolbar menu: universal actions replace the stack, open links, and must answer as one', async () => {
  // Links open in a new tab, which no page route covers: record and refuse them for the whole browser.
  const opened: string[] = [];
  await h.browser.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, async (route) => {
    opened.push(route.request().url());
    await route.abort();
  });
  // The new tab would leave the mailbox in the background: close it, as a user going back would (its
  // navigation request reaches the route before the tab is reported).
  const closeTab = (tab: Page) => void tab.close();
  h.browser.on('page', closeTab);
  const { messageId } = fixtureIds(h.preview, 'plain-text.eml');
  await openFixture(page, h.preview, 'plain-text.eml');
  await sidebar().getByRole('button', { name: 'Show more' }).click();
  await sidebar().getByRole('button', { name: 'Push' }).click();
  await sidebar().getByRole('heading', { name: 'Pushed card' }).waitFor();
  const menu = sidebar().getByRole('button', { name: 'More options for Gallery' });
  await menu.click();
  await expect(sidebar().getByRole('menuitem').allInnerTexts()).resolves.toEqual([
    'Gallery settings',
    'Gallery help',
    'Gallery docs',
    'Wrong answer',
  ]);
  await screenshot(page, 'gallery-toolbar-menu');
  await sidebar().getByRole('menuitem', { name: 'Gallery settings' }).click();
  // Its card replaces the stack (no way back to the pushed card), on the open message's event.
  await sidebar().getByRole('heading', { name: 'Universal card' }).waitFor();
  await expect(sidebar().getByRole('button', { name: 'Back' }).count()).resolves.toBe(0);
  await expect(sidebar().locator('.text-paragraph').first().innerText()).resolves.toBe(
    `Message id: ${messageId}\nToken: yes`,
  );
  // Its buttons run on the universal action's event.
  await sidebar().getByRole('button', { name: 'Notify' }).click();
  await sidebar().locator('.toast', { hasText: 'Saved to the gallery' }).waitFor();

  // A UniversalActionResponse with a link opens it; so does an openLink entry; the card stays.
  await menu.click();
  await sidebar().getByRole('menuitem', { name: 'Gallery help' }).click();
  await sidebar().locator('.toast', { hasText: 'Opened link: https://example.com/help' }).waitFor();
  await menu.click();
  await sidebar().getByRole('menuitem', { name: 'Gallery docs' }).click();
  await sidebar().locator('.toast', { hasText: 'Opened link: https://example.com/docs' }).waitFor();
  for (let i = 0; i < 50 && opened.length < 2; i++) await page.waitForTimeout(100);
  expect(opened).toEqual(['https://example.com/help', 'https://example.com/docs']);
  await expect(sidebar().getByRole('heading', { name: 'Universal card' }).isVisible()).resolves.toBe(true);

  // Called as a universal action, a function that returns a Card fails as it would in Gmail.
  await menu.click();
  await sidebar().getByRole('menuitem', { name: 'Wrong answer' }).click();
  await sidebar()
    .getByRole('alert')
    .filter({ hasText: 'galleryWrongUniversal ran as a universal action and returned a Card' })
    .waitFor();
  await expect(sidebar().getByRole('heading', { name: 'Universal card' }).isVisible()).resolves.toBe(true);
  h.browser.off('page', closeTab);
  await h.browser.unrouteAll();
  await openFixture(page, h.preview, 'plain-text.eml');
  await sidebar().getByRole('heading', { name: 'Gallery' }).waitFor();
});

test('the compose window: the add-on icon, the compose event, insert at the cursor, recipients and subject', async () => {
  await page.getByRole('button', { name: 'Compose', exact: true }).click();
  const compose = page.locator('.compose-window');
  await compose.getByLabel('To', { exact: true }).fill('Ann Lee <ann@example.com>, bob@example.com');
  await compose.getByRole('textbox', { name: 'Message body' }).click();
  await page.keyboard.type('Hello world');
  for (let i = 0; i < 'world'.length; i++) await page.keyboard.press('ArrowLeft');
  await compose.getByRole('button', { name: 'Gallery: Insert text' }).click();
  const panel = compose.locator('.compose-addon');
  await panel.getByText('To in the event: ann@example.com, bob@example.com').waitFor();
  await panel.getByRole('button', { name: 'Insert here' }).click();
  await compose.locator('.compose-body b').waitFor();
  await expect(compose.locator('.compose-body').innerHTML()).resolves.toBe('Hello <b>[inserted]</b>world');
  await expect(compose.getByLabel('To', { exact: true }).inputValue()).resolves.toBe(
    'ann@example.com, bob@example.com, added@example.com',
  );
  await expect(compose.getByLabel('Cc', { exact: true }).inputValue()).resolves.toBe('cc@example.com');
  await expect(compose.getByLabel('Subject', { exact: true }).inputValue()).resolves.toBe('Gallery subject');
  await panel.getByRole('button', { name: 'Insert at end' }).click();
  await compose.locator('.compose-body b').nth(1).waitFor();
  await expect(compose.locator('.compose-body').innerHTML()).resolves.toBe(
    'Hello <b>[inserted]</b>world<b>[inserted]</b>',
  );
  await screenshot(page, 'gallery-compose-window');
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(outsideRequests(page)).toEqual([]);
});

// The team library end to end in the preview, with two signed-in users sharing one Drive (issue 14):
// Sam creates the team library from the library card, shares the file with Ana from the preview's Drive
// page (Drive's own Share dialog), Ana selects the file in Drive, opens Threadsmith in Drive's side
// panel, presses "Use as team library", allows Drive's file-access dialog, presses it again, and then
// sees the team template, marked Team, among a message's suggestions. Only clicks and typing in chromium.
// Screenshots: artifacts/screenshots/team-*.png.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText (the rendered text) is meant
import type { Locator, Page } from 'playwright-core';
import { type Harness, launch, openFixture, openPage, outsideRequests, screenshot } from './browser';

jest.setTimeout(180_000);

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await openPage(h);
});

afterAll(async () => {
  await h?.close();
});

const sidebar = () => page.locator('.sidebar');

async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.sidebar-body[aria-busy]'));
}

async function press(name: string): Promise<void> {
  await sidebar().getByRole('button', { name, exact: true }).last().click();
  await settled();
}

const TEMPLATE = 'Polite decline';

/** Waits until `where` shows `text` (the add-on answers asynchronously). */
async function showsText(where: Locator, text: string): Promise<void> {
  await where.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
}

test('Sam creates and shares a team library; Ana joins it through Drive and uses it in a reply', async () => {
  // Sam: the library (homepage) has the Team library section.
  await page.locator('#user-switch').waitFor();
  expect(await page.locator('#user-switch').inputValue()).toBe('sam@northwind.example');
  await settled();
  await press('Create team library');
  await sidebar().getByLabel('Team library name').fill('Northwind support');
  await sidebar().getByRole('checkbox', { name: TEMPLATE }).check();
  await press('Create team library');
  await showsText(sidebar(), 'Northwind support');
  await screenshot(page, 'team-1-sam-created');

  // Sam shares the file with Ana from Drive.
  await page.getByRole('button', { name: 'Drive', exact: true }).click();
  const file = page.locator('.drive-file').filter({ hasText: 'Northwind support' });
  await file.waitFor();
  expect(await file.locator('.drive-share-email').inputValue()).toBe('ana@northwind.example');
  await file.locator('.drive-share-role').selectOption('viewer');
  await file.getByRole('button', { name: 'Share' }).click();
  await showsText(file, 'shared with ana@northwind.example (viewer)');
  await screenshot(page, 'team-2-sam-shared');

  // Ana: signed in instead, the file is in her Drive, but Threadsmith cannot open it yet (drive.file).
  await page.locator('#user-switch').selectOption('ana@northwind.example');
  await page.waitForLoadState('load');
  expect(await page.locator('#user-switch').inputValue()).toBe('ana@northwind.example');
  await settled();
  await page.getByRole('button', { name: 'Drive', exact: true }).click();
  const shared = page.locator('.drive-file').filter({ hasText: 'Northwind support' });
  await shared.waitFor();
  await showsText(shared, 'you: viewer');
  expect(await shared.innerText()).not.toContain('Threadsmith has access');
  await shared.locator('.drive-file-name').click();
  await settled();
  await press('Use as team library');
  const dialog = page.locator('.drive-dialog');
  await dialog.waitFor();
  await screenshot(page, 'team-3-ana-file-access');
  await dialog.getByRole('button', { name: 'Allow' }).click();
  await settled();
  await showsText(shared, 'Threadsmith has access');
  await press('Use as team library');
  await showsText(sidebar(), 'is now your team library');
  await screenshot(page, 'team-4-ana-joined');

  // Ana opens a message: the team template is among the suggestions, marked Team.
  await openFixture(page, h.preview, 'plain-text.eml');
  await settled();
  await showsText(sidebar(), 'Team · Thank you for thinking of me');
  await screenshot(page, 'team-5-ana-suggestion');
  expect(outsideRequests(page)).toEqual([]);
});

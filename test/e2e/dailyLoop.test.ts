// The daily loop's main tasks done in the preview as a user does them (issue 12): real clicks and typing
// in chromium, no calls to the add-on or the session, every click counted from the task's starting state
// to the result a user would notice.
//
// What counts: every click (a button, a row, a radio, a switch, a click into a text box to type in it,
// and a press on a disabled button). Typing, Tab, Enter and scrolling are not clicks. Opening the message
// (its thread in the list) is counted apart: it is the same for every way of doing the task.
//
// | Task                                                   | Before | Now | Clicks now                                    |
// |--------------------------------------------------------|--------|-----|-----------------------------------------------|
// | 1. Reply with a suggested template                     |      2 |   1 | the row's Draft                               |
// | 2. Reply all with a template, the mode kept            |      4 |   2 | Reply all, the row's Draft                    |
// |    … and its preview opens in Reply all                |      3 |   2 | Reply all, the row's name                     |
// | 3. Insert a template in compose (from the open window) |      3 |   3 | the add-on's icon, the row, Insert            |
// |    (+1 click into the body to write round it)          |        |     |                                               |
// | 4. Create a template (homepage)                        |      4 |   3 | New template, the Name box, Save              |
// | 5. Fix a missing value on the card (Tab after typing)  |      5 |   3 | the row, the value's box, Create draft        |
// |    … with the mouse only (no Tab)                      |      5 |   4 | … a first press on the still-disabled button  |
// | 6. My name once: the first template asking it          |      – |   4 | the row, Your name, the switch, Create draft  |
// |    … then a second template signed with it            |      – |   1 | the row's Draft                               |
//
// "Before" is the card flow before the message card's one-click Draft, the mode kept and the fill-in
// inputs on the preview (4fd485f and 83aaec8): 1. the row, Create draft; 2. Reply all, the row, Reply all
// again on the preview below the fold, Create draft; 4. the editor stayed open, so Back too (without the
// click into the Name box, which a card cannot focus by itself: 2 now, 3 before); 5. the row,
// Create draft, which pushed a "Fill in the missing values" card with no input, Back, the box, Create
// draft.
//
// The mouse-only case of task 5 is the add-on's: a value typed in a fill-in box reaches the add-on when
// the box loses focus, so the press that takes focus off it, on the Create draft that still waits, only
// enables it. With Tab (or Enter) after typing, the first press makes the draft.
//
// Screenshots: artifacts/screenshots/daily-*.png.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText (the rendered text) is meant
import type { Locator, Page } from 'playwright-core';
import { fixtureIds, type Harness, launch, openPage, outsideRequests, screenshot } from './browser';

jest.setTimeout(120_000);

let h: Harness;
let page: Page;

// Every task starts from a fresh install (the four starter templates, no history, no name in Settings):
// what the card suggests first depends on what was used last, so one task's drafts would move the next
// one's rows.
beforeEach(async () => {
  h = await launch();
  page = await openPage(h);
  await start();
});

afterEach(async () => {
  await h?.close();
});

const sidebar = () => page.locator('.sidebar');
const composeWindow = () => page.locator('.compose-window');

/** Until neither the sidebar nor the compose window's add-on panel is waiting for the add-on. */
async function settled(): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.sidebar-body[aria-busy], .compose-host[aria-busy]'),
  );
}

/** The user: clicks with the mouse, types on the keyboard, and keeps a list of what they clicked. */
class User {
  clicked: string[] = [];

  get clicks(): number {
    return this.clicked.length;
  }

  /**
   * A click on what `target` shows. A disabled button gets the press a person gives it (the mouse goes
   * down on it, whatever it does), so its cost is counted; anything else is clicked once it can be.
   */
  async click(target: Locator, what: string): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    if (await target.isDisabled()) {
      const box = await target.boundingBox();
      if (!box) throw new Error(`${what} is not on screen`);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      // The same check Playwright makes before a click: the point is on the button, not on a toast.
      const onIt = await target.evaluate(
        (el, [px, py]) => {
          const hit = document.elementFromPoint(px!, py!);
          return hit !== null && (hit === el || el.contains(hit));
        },
        [x, y],
      );
      if (!onIt) throw new Error(`${what} is covered at (${x}, ${y})`);
      await page.mouse.click(x, y);
    } else {
      await target.click();
    }
    this.clicked.push(what);
    await settled();
  }

  async type(text: string): Promise<void> {
    await page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await page.keyboard.press(key);
    await settled();
  }
}

/** The preview as it starts: the mailbox, the homepage card, no compose window (the add-on's data kept). */
async function start(): Promise<void> {
  await page.goto(h.preview.url);
  await page.waitForSelector('.thread');
  await sidebar().locator('.card-title').first().waitFor();
  await settled();
}

/** Opens a fixture's thread from the list as a user does; returns the clicks it took. */
async function openMessage(file: string): Promise<number> {
  const user = new User();
  const { messageId, threadId } = fixtureIds(h.preview, file);
  await user.click(page.locator(`[data-thread-id="${threadId}"]`), 'the thread');
  const header = page.locator(`.message[data-message-id="${messageId}"] > .message-header`);
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await user.click(header, 'the message');
  await sidebar().locator('.card-title').first().waitFor();
  await settled();
  return user.clicks;
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** A template's row in the sidebar (or `within`): its name is the row's text. */
function row(name: string, within: Locator = sidebar()): Locator {
  return within
    .locator('.decorated-text')
    .filter({ has: page.locator('.dt-text', { hasText: exactly(name) }) });
}

const rowName = (name: string, within?: Locator) => row(name, within).locator('.dt-click');
// Each row's Draft is named for its template (its alternative text), so a screen reader tells them apart.
const rowDraft = (name: string) => row(name).getByRole('button', { name: `Draft “${name}”`, exact: true });

/** Waits for the draft a click made (the drafts before it: `before`) and returns its view in the thread. */
async function newDraft(before: number): Promise<Locator> {
  await page.locator('.message.draft').nth(before).waitFor();
  await composeWindow().waitFor();
  await settled();
  return page.locator('.message.draft').nth(before);
}

const header = (draft: Locator, name: string) => draft.locator(`dd[data-header="${name}"]`).innerText();

/** Makes a template through the homepage's New template, as a user does (the tasks' setup, not counted). */
async function makeTemplate(user: User, name: string, body: string): Promise<void> {
  await user.click(sidebar().getByRole('button', { name: 'New template' }), 'New template');
  await sidebar().getByRole('heading', { name: 'New template' }).waitFor();
  await user.click(sidebar().getByLabel('Name', { exact: true }), 'the Name box');
  await user.type(name);
  // Tab to the text, which starts from a greeting and a sign-off: replace it all.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await user.type(body);
  await user.click(sidebar().getByRole('button', { name: 'Save', exact: true }), 'Save');
  await row(name).waitFor();
}

test('1. reply with a suggested template: one click on the message card, the Draft of its row', async () => {
  expect(await openMessage('plain-text.eml')).toBe(1);
  const card = sidebar();
  await card.getByText('Question about bulk import limits').first().waitFor();
  await screenshot(page, 'daily-1-message');

  const user = new User();
  const drafts = await page.locator('.message.draft').count();
  await user.click(rowDraft('Acknowledge, answer to follow'), 'Draft (Acknowledge, answer to follow)');
  const draft = await newDraft(drafts);
  expect(user.clicked).toEqual(['Draft (Acknowledge, answer to follow)']);
  expect(user.clicks).toBe(1);

  // What the user sees: the draft in the thread, addressed to Marcus, and its text in a compose window.
  await expect(header(draft, 'To')).resolves.toBe('Marcus Webb <m.webb@fabrikam.example>');
  await expect(header(draft, 'Cc')).resolves.toBe('—');
  await expect(header(draft, 'Subject')).resolves.toBe('Re: Question about bulk import limits');
  const text = await composeWindow().locator('.compose-body').innerText();
  expect(text).toMatch(/^Hi Marcus,\s+Thank you for your message, “Question about bulk import limits”\./);
  expect(text).toContain('Hi Sam,'); // the quoted original
  await screenshot(page, 'daily-1-draft');
  expect(outsideRequests(page)).toEqual([]);
});

test('2. reply all to a list message with a template: Reply all, then the row’s Draft; the mode holds on the preview', async () => {
  expect(await openMessage('mailing-list-post.eml')).toBe(1);
  const user = new User();
  await user.click(sidebar().getByRole('radio', { name: 'Reply all' }), 'Reply all');
  await expect(sidebar().getByRole('radio', { name: 'Reply all' }).isChecked()).resolves.toBe(true);
  // The card's own draft summary follows the choice: the list is in Cc.
  await expect(sidebar().locator('.decorated-text', { hasText: /^Cc/ }).innerText()).resolves.toContain(
    'support-leads@lists.northwind.example',
  );
  await screenshot(page, 'daily-2-reply-all-chosen');
  const drafts = await page.locator('.message.draft').count();
  await user.click(rowDraft('Ask for missing details'), 'Draft (Ask for missing details)');
  const draft = await newDraft(drafts);
  expect(user.clicked).toEqual(['Reply all', 'Draft (Ask for missing details)']);
  expect(user.clicks).toBe(2);
  // Everyone: Jordan, and the list in Cc (never me).
  await expect(header(draft, 'To')).resolves.toBe('Jordan Lee <jordan.lee@northwind.example>');
  await expect(header(draft, 'Cc')).resolves.toBe('support-leads@lists.northwind.example');
  await expect(composeWindow().locator('.compose-cc').inputValue()).resolves.toBe(
    'support-leads@lists.northwind.example',
  );
  await expect(composeWindow().locator('.compose-body').innerText()).resolves.toMatch(
    /^Hi Jordan,\s+Thanks for getting in touch\./,
  );
  await screenshot(page, 'daily-2-draft');

  // The template's preview, opened from its row after Reply all, starts in Reply all.
  await start();
  await openMessage('mailing-list-post.eml');
  const look = new User();
  await look.click(sidebar().getByRole('radio', { name: 'Reply all' }), 'Reply all');
  await look.click(rowName('Follow up'), 'Follow up');
  await sidebar().getByRole('heading', { name: 'Follow up' }).waitFor();
  expect(look.clicks).toBe(2);
  await expect(sidebar().getByRole('radio', { name: 'Reply all' }).isChecked()).resolves.toBe(true);
  await expect(sidebar().locator('.decorated-text', { hasText: /^Cc/ }).innerText()).resolves.toContain(
    'support-leads@lists.northwind.example',
  );
  await sidebar().getByRole('radio', { name: 'Reply all' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'daily-2-preview-kept');
});

test('3. insert a template in compose: the add-on’s icon, a row, Insert; the text lands at the cursor', async () => {
  const open = new User();
  await open.click(page.getByRole('button', { name: 'Compose', exact: true }), 'Compose');
  await composeWindow().waitFor();
  // The To box has focus when the window opens.
  await open.type('Marcus Webb <m.webb@fabrikam.example>');
  // Writing round the template: a line above, a line below, the cursor back at the end of the first.
  const writing = new User();
  await writing.click(composeWindow().locator('.compose-body'), 'the body');
  await writing.type('Top line');
  await page.keyboard.press('Enter');
  await writing.type('Bottom line');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await screenshot(page, 'daily-3-compose-open');

  const user = new User();
  await user.click(composeWindow().getByRole('button', { name: /^Threadsmith/ }), 'Threadsmith (compose)');
  const panel = composeWindow().locator('.compose-addon');
  await rowName('Acknowledge, answer to follow', panel).waitFor();
  await screenshot(page, 'daily-3-panel');
  await user.click(rowName('Acknowledge, answer to follow', panel), 'Acknowledge, answer to follow');
  await user.click(panel.getByRole('button', { name: 'Insert', exact: true }), 'Insert');
  expect(user.clicked).toEqual(['Threadsmith (compose)', 'Acknowledge, answer to follow', 'Insert']);
  expect(user.clicks).toBe(3);
  expect(writing.clicks).toBe(1);

  const body = await composeWindow().locator('.compose-body').innerText();
  const at = (s: string) => body.indexOf(s);
  expect(at('Top line')).toBe(0);
  expect(at('Thank you for your message. It has reached me')).toBeGreaterThan(at('Top line'));
  expect(at('Bottom line')).toBeGreaterThan(at('Best regards,'));
  expect(body.trimEnd().endsWith('Bottom line')).toBe(true);
  await screenshot(page, 'daily-3-inserted');
  await composeWindow().getByRole('button', { name: 'Close compose window' }).click();
});

test('4. create a template from the homepage: New template, type, Save, and its row is in the library', async () => {
  const user = new User();
  await user.click(sidebar().getByRole('button', { name: 'New template' }), 'New template');
  await sidebar().getByRole('heading', { name: 'New template' }).waitFor();
  // Gmail's cards never take focus by themselves: a click into the Name box, then Tab to the text.
  await user.click(sidebar().getByLabel('Name', { exact: true }), 'the Name box');
  await user.type('Delivery date');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await user.type('Hi {{ sender.first_name | default: "there" }},\n\nYour order leaves our depot on Monday.');
  await screenshot(page, 'daily-4-editor');
  await user.click(sidebar().getByRole('button', { name: 'Save', exact: true }), 'Save');
  expect(user.clicked).toEqual(['New template', 'the Name box', 'Save']);
  expect(user.clicks).toBe(3);

  // Back on the library (no Back to press), the new row marked and in view.
  await sidebar().getByRole('heading', { name: 'Templates', exact: true }).waitFor();
  await expect(sidebar().getByRole('button', { name: 'Save', exact: true }).count()).resolves.toBe(0);
  const saved = row('Delivery date');
  await expect(saved.locator('.dt-label').innerText()).resolves.toBe('Just saved');
  const box = (await saved.boundingBox())!;
  const pane = (await sidebar().locator('.sidebar-body').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(pane.y);
  expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
  await expect(page.locator('.toast').allInnerTexts()).resolves.toEqual(['Saved “Delivery date”']);
  await screenshot(page, 'daily-4-saved');
});

describe('5. a value the message lacks is typed on the card it is missing from', () => {
  /** Makes the template, opens its preview from the message card; checks that Create draft waits. */
  async function openWaiting(user: User): Promise<Locator> {
    // undisclosed-recipients.eml comes from "Wide World Importers": no first name to greet.
    await makeTemplate(
      new User(),
      'Order status',
      'Hi {{ sender.first_name }},\n\nYour order is on its way.',
    );
    await start();
    expect(await openMessage('undisclosed-recipients.eml')).toBe(1);
    // The row has no Draft and says what it asks for.
    await expect(row('Order status').locator('.dt-label').innerText()).resolves.toBe(
      "Asks for Sender's first name",
    );
    await expect(rowDraft('Order status').count()).resolves.toBe(0);
    await user.click(rowName('Order status'), 'Order status');
    await sidebar().getByRole('heading', { name: 'Order status' }).waitFor();
    const create = sidebar().getByRole('button', { name: 'Create draft' });
    await expect(create.isDisabled()).resolves.toBe(true);
    await expect(sidebar().locator('section', { hasText: 'Fill in' }).innerText()).resolves.toContain(
      'nothing is made until every field has a value',
    );
    return create;
  }

  test('typed, then Tab: the row, the box, Create draft (3 clicks); the draft greets with the value', async () => {
    const user = new User();
    const create = await openWaiting(user);
    await screenshot(page, 'daily-5-waits');
    await user.click(sidebar().getByLabel("Sender's first name"), 'the Sender’s first name box');
    await user.type('Dana');
    await user.press('Tab');
    await expect(create.isDisabled()).resolves.toBe(false);
    await expect(sidebar().locator('section', { hasText: 'The text' }).innerText()).resolves.toContain(
      'Hi Dana,',
    );
    await screenshot(page, 'daily-5-filled');
    const drafts = await page.locator('.message.draft').count();
    await user.click(create, 'Create draft');
    const draft = await newDraft(drafts);
    expect(user.clicked).toEqual(['Order status', 'the Sender’s first name box', 'Create draft']);
    expect(user.clicks).toBe(3);
    await expect(header(draft, 'To')).resolves.toBe('Wide World Importers <news@wideworldimporters.example>');
    await expect(composeWindow().locator('.compose-body').innerText()).resolves.toMatch(
      /^Hi Dana,\s+Your order is on its way\./,
    );
    await screenshot(page, 'daily-5-draft');
  });

  test('typed, then straight to the mouse: the first press on the waiting Create draft only enables it (4 clicks)', async () => {
    const user = new User();
    const create = await openWaiting(user);
    await user.click(sidebar().getByLabel("Sender's first name"), 'the Sender’s first name box');
    await user.type('Dana');
    const drafts = await page.locator('.message.draft').count();
    await user.click(create, 'Create draft (still waiting)');
    // The press took focus off the box: the value reached the add-on, which enabled the button; no draft.
    await expect(create.isDisabled()).resolves.toBe(false);
    await expect(page.locator('.message.draft').count()).resolves.toBe(drafts);
    await user.click(create, 'Create draft');
    await newDraft(drafts);
    expect(user.clicks).toBe(4);
    await expect(composeWindow().locator('.compose-body').innerText()).resolves.toMatch(/^Hi Dana,/);
  });
});

test('6. my name once: asked on the first template signed with it, kept with the switch, never asked again', async () => {
  // Neither message writes my name on my address (a list post, undisclosed recipients), and Settings has none.
  // Both names sort before "Polite decline": on a card that suggests nothing, they are among the five rows
  // shown (a template further down is behind All templates: two clicks more).
  await makeTemplate(new User(), 'Kind regards', 'Thanks for writing.\n\n{{ me.name }}');
  await makeTemplate(new User(), 'Noted', 'Noted.\n\n{{ me.first_name }}');
  expect(await openMessage('mailing-list-post.eml')).toBe(1);
  await expect(row('Kind regards').locator('.dt-label').innerText()).resolves.toBe('Asks for Your name');

  const user = new User();
  await user.click(rowName('Kind regards'), 'Kind regards');
  await sidebar().getByRole('heading', { name: 'Kind regards' }).waitFor();
  await user.click(sidebar().getByLabel('Your name', { exact: true }), 'the Your name box');
  await user.type('Sam Taylor');
  await user.press('Tab');
  const keep = sidebar().getByRole('switch', { name: 'Use my name for every draft' });
  await screenshot(page, 'daily-6-asked');
  await user.click(keep, 'Use my name for every draft');
  await sidebar()
    .locator('.toast', { hasText: 'Saved “Sam Taylor” as your name for every draft. Change it in Settings.' })
    .waitFor();
  // Known now: no box asks for it, and the text is signed.
  await expect(sidebar().locator('[data-field^="fill:"]').count()).resolves.toBe(0);
  await expect(sidebar().locator('section', { hasText: 'The text' }).innerText()).resolves.toMatch(
    /Thanks for writing\.\s+Sam Taylor$/,
  );
  await screenshot(page, 'daily-6-kept');
  const drafts = await page.locator('.message.draft').count();
  await user.click(sidebar().getByRole('button', { name: 'Create draft' }), 'Create draft');
  await newDraft(drafts);
  expect(user.clicked).toEqual([
    'Kind regards',
    'the Your name box',
    'Use my name for every draft',
    'Create draft',
  ]);
  expect(user.clicks).toBe(4);
  await expect(composeWindow().locator('.compose-body').innerText()).resolves.toMatch(
    /^Thanks for writing\.\s+Sam Taylor/,
  );

  // Another message, another template: nothing asked, one click.
  await start();
  expect(await openMessage('undisclosed-recipients.eml')).toBe(1);
  const second = new User();
  const before = await page.locator('.message.draft').count();
  await second.click(rowDraft('Noted'), 'Draft (Noted)');
  await newDraft(before);
  expect(second.clicks).toBe(1);
  await expect(composeWindow().locator('.compose-body').innerText()).resolves.toMatch(/^Noted\.\s+Sam\b/);
  await screenshot(page, 'daily-6-second');
});

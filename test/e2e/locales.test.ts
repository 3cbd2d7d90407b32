// The preview in the user's language, as a person sees it: the message card in German and Japanese,
// and in Arabic the whole page mirrored (Gmail lays its page out right to left, the add-on sidebar on
// the left), with screenshots of each state in artifacts/screenshots/locale-*.png.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText (the rendered text) is meant
import type { Page } from 'playwright-core';
import { type Harness, launch, openFixture, openPage, screenshot } from './browser';

jest.setTimeout(90_000);

// A fresh preview (so a fresh user) per language: the first run seeds that language's starters.
let h: Harness;

beforeEach(async () => {
  h = await launch();
});

afterEach(async () => {
  await h?.close();
});

const FIXTURE = 'reply-all-cc-duplicates-and-bcc.eml';

async function openIn(locale: string): Promise<Page> {
  const page = await openPage(h, `/?locale=${encodeURIComponent(locale)}`);
  await page.waitForSelector('.thread');
  await openFixture(page, h.preview, FIXTURE);
  return page;
}

/** Where the sidebar and the thread list sit, left to right. */
async function layout(page: Page): Promise<{ dir: string; lang: string; sidebarLeftOfList: boolean }> {
  return page.evaluate(() => {
    const side = document.querySelector('.sidebar')?.getBoundingClientRect();
    const list = document.querySelector('.threads')?.getBoundingClientRect();
    return {
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      sidebarLeftOfList: !!side && !!list && side.left < list.left,
    };
  });
}

test('German: the message card in Gmail’s German words, laid out left to right', async () => {
  const page = await openIn('de');
  const card = await page.locator('.sidebar').innerText();
  for (const label of ['Antwort', 'Allen antworten', 'Entwurf erstellen', 'Vorlagen'])
    expect(card).toContain(label);
  expect(card).not.toContain('Create draft');
  expect(await layout(page)).toEqual({ dir: 'ltr', lang: 'de', sidebarLeftOfList: false });
  await screenshot(page, 'locale-de-message');
  await page.close();
});

test('Japanese: the message card in Japanese', async () => {
  const page = await openIn('ja');
  const card = await page.locator('.sidebar').innerText();
  for (const label of ['返信', '全員に返信', '下書きを作成', 'テンプレート', 'フォローアップ'])
    expect(card).toContain(label);
  expect(card).not.toContain('Create draft');
  expect(await layout(page)).toEqual({ dir: 'ltr', lang: 'ja', sidebarLeftOfList: false });
  await screenshot(page, 'locale-ja-message');
  await page.close();
});

test('Hebrew: mirrored too, the card in Hebrew', async () => {
  const page = await openIn('he');
  expect(await layout(page)).toEqual({ dir: 'rtl', lang: 'he', sidebarLeftOfList: true });
  const text = (await page.locator('.sidebar').innerText()).replace(/[\u2068\u2069]/g, '');
  for (const label of ['תשובה', 'תשובה לכולם', 'יצירת טיוטה', 'תבניות', 'מעקב'])
    expect(text).toContain(label);
  await screenshot(page, 'locale-he-message');
  await page.close();
});

test('Arabic: the page mirrored right to left, the sidebar on the left, the card in Arabic', async () => {
  const page = await openIn('ar');
  expect(await layout(page)).toEqual({ dir: 'rtl', lang: 'ar', sidebarLeftOfList: true });
  const card = page.locator('.sidebar');
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const text = (await card.innerText()).replace(/[\u2068\u2069]/g, '');
  // Gmail's Arabic words: Reply, Reply all, Create draft, Templates; and the Arabic starter Follow up.
  for (const label of ['الرد', 'الرد على الكل', 'إنشاء مسودة', 'النماذج', 'متابعة'])
    expect(text).toContain(label);
  expect(text).not.toContain('Create draft');
  await screenshot(page, 'locale-ar-message');
  await page.close();
});

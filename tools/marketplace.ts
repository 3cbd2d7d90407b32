// `npm run marketplace:assets -- [icons] [screenshots]` (both when none is named): the Marketplace
// listing's pictures, made so they stay current.
// - icons: marketplace/icons/icon.svg rendered by Debian's chromium (playwright-core) at 32, 48, 96 and
//   128 px, the 220×140 card banner, and a copy of the 128 px icon in marketplace/site/ (the manifest's
//   logoUrl points at it once the site is hosted).
// - screenshots: the preview (`npm start`) on the fixture mailbox at 1280×800, driven as a user would:
//   the message card with its template rows and Draft buttons, a draft made, a template inserted in the
//   compose window, the library, and the card in the phone layout.
// Tests never run this (they write to artifacts/ only); commit what it writes after looking at it.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, launch, openFixture, openPage } from '../test/e2e/browser';
import { build } from './build';
import { pngSize } from './png';

export const ROOT = join(__dirname, '..');
export const MARKETPLACE = join(ROOT, 'marketplace');
export const ICON_SVG = join(MARKETPLACE, 'icons', 'icon.svg');
export const ICON_SIZES = [32, 48, 96, 128] as const;
export const BANNER = { width: 220, height: 140, file: join(MARKETPLACE, 'banner-220x140.png') };
export const SCREENSHOT = { width: 1280, height: 800, dir: join(MARKETPLACE, 'screenshots') };
export const SITE_ICON = join(MARKETPLACE, 'site', 'icon-128.png');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

function svgDataUrl(): string {
  return `data:image/svg+xml;base64,${readFileSync(ICON_SVG).toString('base64')}`;
}

function check(file: string, width: number, height: number): void {
  const size = pngSize(readFileSync(file));
  if (size.width !== width || size.height !== height) {
    throw new Error(`${file} is ${size.width}×${size.height}, not ${width}×${height}`);
  }
  console.log(`${file.slice(ROOT.length + 1)}: ${width}×${height}`);
}

/** A page with exactly `html` on a transparent background, captured at its CSS pixel size. */
async function render(page: Page, html: string, width: number, height: number, path: string) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await page.evaluate(async () => {
    await Promise.all(Array.from(document.images, (img) => img.decode()));
    await document.fonts.ready;
  });
  await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width, height } });
}

export async function icons(): Promise<void> {
  mkdirSync(join(MARKETPLACE, 'icons'), { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const src = svgDataUrl();
    for (const size of ICON_SIZES) {
      const file = join(MARKETPLACE, 'icons', `icon-${size}.png`);
      await render(page, `<img src="${src}" width="${size}" height="${size}" alt="">`, size, size, file);
      check(file, size, size);
    }
    // The card banner: the mark and the name, on the add-on's colour, no screenshot, no Google marks.
    const banner = `
      <div style="width:220px;height:140px;box-sizing:border-box;background:#e8f0fe;display:flex;
        flex-direction:column;align-items:center;justify-content:center;gap:8px;
        font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;color:#174ea6">
        <img src="${src}" width="64" height="64" alt="">
        <div style="font-size:20px;font-weight:bold;letter-spacing:0.2px">Threadsmith</div>
        <div style="font-size:11px;color:#3c4043">Reply drafts from your templates</div>
      </div>`;
    await render(page, banner, BANNER.width, BANNER.height, BANNER.file);
    check(BANNER.file, BANNER.width, BANNER.height);
    copyFileSync(join(MARKETPLACE, 'icons', 'icon-128.png'), SITE_ICON);
    check(SITE_ICON, 128, 128);
  } finally {
    await browser.close();
  }
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.sidebar-body[aria-busy], .compose-host[aria-busy]'),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  // Page toasts fade after a few seconds: the pictures leave them out.
  await page.evaluate(() => document.querySelector('.page-toasts')?.replaceChildren());
  const file = join(SCREENSHOT.dir, `${name}.png`);
  await page.screenshot({ path: file });
  check(file, SCREENSHOT.width, SCREENSHOT.height);
}

export async function screenshots(): Promise<void> {
  mkdirSync(SCREENSHOT.dir, { recursive: true });
  await build();
  const h = await launch({ build: async () => undefined });
  try {
    await h.browser.pages()[0]?.close();
    const page = await openPage(h);
    await page.setViewportSize({ width: SCREENSHOT.width, height: SCREENSHOT.height });
    await page.waitForSelector('.thread');
    const sidebar = page.locator('.sidebar');

    // 1. The message card: the suggested templates, each with the line it writes and a Draft button.
    await openFixture(page, h.preview, 'plain-text.eml');
    await sidebar
      .getByRole('button', { name: /^Draft “/ })
      .first()
      .waitFor();
    await shot(page, '1-message-card');

    // 2. One click: the draft, threaded and addressed, opens in a compose window.
    await sidebar
      .getByRole('button', { name: /^Draft “/ })
      .first()
      .click();
    await page.locator('.compose-window').waitFor();
    await idle(page);
    await shot(page, '2-draft-made');
    await page.getByRole('button', { name: 'Close compose window' }).click();

    // 3. The compose window: a template inserted where the cursor is.
    await page.getByRole('button', { name: 'Compose', exact: true }).click();
    const compose = page.locator('.compose-window');
    await compose.locator('.compose-to').fill('Marcus Webb <m.webb@fabrikam.example>');
    await compose.locator('.compose-subject').fill('Your import');
    await compose.locator('.compose-body').click();
    await compose.locator('.compose-addon-icon').click();
    await idle(page);
    await compose.locator('.compose-addon .dt-click').first().click();
    await idle(page);
    await compose.getByRole('button', { name: 'Insert', exact: true }).click();
    await idle(page);
    await shot(page, '3-compose-insert');
    await page.getByRole('button', { name: 'Close compose window' }).click();

    // 4. The library: search, new, import and export, the storage figure.
    await openFixture(page, h.preview, 'plain-text.eml');
    await sidebar.getByRole('button', { name: 'Manage templates', exact: true }).click();
    await idle(page);
    await sidebar.locator('.card-title', { hasText: 'Templates' }).first().waitFor();
    await shot(page, '4-library');

    // 5. The same card as Gmail's Android and iOS apps show it (the preview's phone layout).
    await page.goto(new URL('/?phone=android', h.preview.url).toString());
    await page.waitForSelector('.thread');
    await openFixture(page, h.preview, 'plain-text.eml');
    await page
      .locator('.sidebar')
      .getByRole('button', { name: /^Draft “/ })
      .first()
      .waitFor();
    await shot(page, '5-phone');
  } finally {
    await h.close();
  }
}

async function main(): Promise<void> {
  const what = process.argv.slice(2);
  const all = what.length === 0;
  for (const w of what) {
    if (w !== 'icons' && w !== 'screenshots') throw new Error(`unknown asset kind ${w} (icons, screenshots)`);
  }
  if (all || what.includes('icons')) await icons();
  if (all || what.includes('screenshots')) await screenshots();
}

if (require.main === module) {
  main().then(
    () => undefined,
    (error) => {
      console.error(`marketplace assets failed: ${(error as Error).stack}`);
      process.exit(1);
    },
  );
}

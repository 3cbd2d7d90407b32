import { join } from 'node:path';
import { launch, openFixture, openPage, screenshot } from './browser';

(async () => {
  const h = await launch({
    build: async () => {},
    isStale: () => false,
    bundlePath: join(__dirname, 'gallery', 'Code.js'),
  });
  const page = await openPage(h);
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.waitForSelector('.thread');
  await openFixture(page, h.preview, 'plain-text.eml');
  await page.waitForSelector('.sidebar .card-title');
  console.log(await screenshot(page, 'x-gallery'));
  await page.click('text=Compose');
  await page.fill('.compose-to', 'Ann <ann@example.com>');
  await page.click('.compose-addon-icon');
  await page.waitForSelector('.compose-addon .card-title');
  await page.click('.compose-body');
  await page.keyboard.type('Hello world');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.click('text=Insert here');
  await page.waitForSelector('.compose-body b');
  console.log(
    await page.innerHTML('.compose-body'),
    await page.inputValue('.compose-to'),
    await page.inputValue('.compose-subject'),
  );
  console.log(await screenshot(page, 'x-compose'));
  await h.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

// E2E support: Debian's chromium through playwright-core, the preview server in-process on a free port,
// screenshots, and axe-core injected from node_modules.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type PreviewOptions, type PreviewServer, startPreview } from '../../sim/preview/server';
import { ROOT } from '../../sim/sandbox';
import { build, bundleIsStale } from '../../tools/build';

export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
export const DOC_SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
export const FIXTURES = join(ROOT, 'fixtures', 'mailbox');

/** Debian's chromium, or one clear error saying how to get it. */
export function chromiumPath(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      "chromium is not installed: the browser tests need Debian's chromium (apt-get install chromium)",
    );
  }
}

export interface Harness {
  browser: BrowserContext;
  preview: PreviewServer;
  profile: string;
  close(): Promise<void>;
}

/** Builds the bundle when stale (once), starts a preview and a browser with a fresh profile. */
export async function launch(options: PreviewOptions = {}): Promise<Harness> {
  const executablePath = chromiumPath();
  if (!options.build && bundleIsStale()) await build();
  const preview = await startPreview({ port: 0, ...options });
  const profile = mkdtempSync(join(tmpdir(), 'preview-chromium-'));
  // A fresh profile per run (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    preview,
    profile,
    close: async () => {
      await browser.close();
      await preview.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page that fails the test on any request leaving loopback. */
export async function openPage(h: Harness, path = '/'): Promise<Page> {
  const page = await h.browser.newPage();
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url) || /^(data|about|blob):/.test(url)) {
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  (page as Page & { outsideRequests: string[] }).outsideRequests = outside;
  await page.goto(new URL(path, h.preview.url).toString());
  return page;
}

export function outsideRequests(page: Page): string[] {
  return (page as Page & { outsideRequests?: string[] }).outsideRequests ?? [];
}

export async function screenshot(page: Page, name: string, docName?: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // Page-level toasts ("Draft created") fade after a few seconds; the README's pictures leave them out.
  if (docName) await page.evaluate(() => document.querySelector('.page-toasts')?.replaceChildren());
  await page.screenshot({ path });
  // The README's pictures change only when asked (`npm run screenshots`): a test run never edits a
  // tracked file, and antialiasing differs between machines.
  if (docName && process.env.UPDATE_DOC_SCREENSHOTS === '1') {
    mkdirSync(DOC_SCREENSHOTS, { recursive: true });
    copyFileSync(path, join(DOC_SCREENSHOTS, docName));
  }
  return path;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) {
    const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    // The page's CSP (script-src 'self') refuses an inline <script> (page.addScriptTag); evaluating the
    // source through the DevTools protocol is not subject to it and keeps the CSP under test.
    await page.evaluate(source);
  }
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The message id and thread id of a fixture file. */
export function fixtureIds(preview: PreviewServer, file: string): { messageId: string; threadId: string } {
  const message = preview.session.mailbox.messages().find((m) => m.file.endsWith(`/${file}`));
  if (!message) throw new Error(`${file} is not in the mailbox`);
  return { messageId: message.id, threadId: message.threadId };
}

/** Opens a fixture's thread (and that message in the sidebar) the way a person does. */
export async function openFixture(page: Page, preview: PreviewServer, file: string): Promise<void> {
  const { messageId, threadId } = fixtureIds(preview, file);
  await page.click(`[data-thread-id="${threadId}"]`);
  const header = page.locator(`.message[data-message-id="${messageId}"] > .message-header`);
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.waitForFunction(() => !document.querySelector('.sidebar-body[aria-busy]'));
}

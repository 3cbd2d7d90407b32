// Bad input gets a clear answer: a missing or empty mailbox folder, a malformed .eml (listed with a marker,
// the rest work), a port in use, and a bundle that does not build (the page shows the error, then recovers).
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText (the rendered text) is meant
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startPreview } from '../../sim/preview/server';
import { ROOT } from '../../sim/sandbox';
import { BuildError } from '../../tools/build';
import { FIXTURES, launch, openFixture, openPage, screenshot } from './browser';

jest.setTimeout(90_000);

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'preview-mailbox-'));
  temps.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the mailbox folder', () => {
  test('a folder that does not exist, or holds no .eml, is refused with one clear line', async () => {
    await expect(
      startPreview({ mailboxDir: join(tmpdir(), 'no-such-mailbox-dir'), port: 0 }),
    ).rejects.toThrow(/^Mailbox directory not found: .*no-such-mailbox-dir$/);
    const empty = tempDir();
    writeFileSync(join(empty, 'notes.txt'), 'not mail');
    await expect(startPreview({ mailboxDir: empty, port: 0 })).rejects.toThrow(
      /^No \.eml files in mailbox directory/,
    );
  });

  test('npm start -- --mailbox MISSING prints one line and exits 1', async () => {
    const run = promisify(execFile);
    const missing = join(tmpdir(), 'no-such-mailbox-dir');
    const result = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'sim/preview/server.ts'), '--mailbox', missing],
      {
        cwd: ROOT,
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`error: Mailbox directory not found: ${missing}`]);
  });

  test('a malformed .eml is listed with a marker and the rest of the mailbox works', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'plain-text.eml'), join(dir, 'plain-text.eml'));
    writeFileSync(join(dir, 'broken.eml'), 'this is not an email at all\r\n\r\nno headers above\r\n');
    const h = await launch({ mailboxDir: dir });
    try {
      const page = await openPage(h);
      const marker = page.locator('[data-failed-file="broken.eml"]');
      await marker.waitFor();
      await expect(marker.innerText()).resolves.toContain('Unreadable: broken.eml');
      await expect(marker.locator('.failure-marker').count()).resolves.toBe(1);
      await openFixture(page, h.preview, 'plain-text.eml');
      await page.locator('.sidebar').getByText('m.webb@fabrikam.example').first().waitFor();
      await screenshot(page, 'malformed-marker');
    } finally {
      await h.close();
    }
  });
});

test('a port in use: the next free one is used, and the log says so', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const taken = (blocker.address() as { port: number }).port;
  const lines: string[] = [];
  try {
    const preview = await startPreview({ port: taken, log: (l) => lines.push(l) });
    try {
      expect(preview.port).toBeGreaterThan(taken);
      expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
      expect(lines).toContain(`port ${taken} is in use; trying ${taken + 1}`);
    } finally {
      await preview.close();
    }
  } finally {
    blocker.close();
  }
});

test('a failing build shows the build error instead of a blank page, and the page recovers once fixed', async () => {
  let broken = true;
  const message = 'appsscript.json names "onGmailCompose" but src/index.ts does not export it';
  const lines: string[] = [];
  const h = await launch({
    build: async () => {
      if (broken) throw new BuildError(message);
    },
    isStale: () => broken,
    log: (l) => lines.push(l),
  });
  try {
    expect(lines.join('\n')).toContain(message);
    const page = await openPage(h);
    await expect(page.locator('#build-error').innerText()).resolves.toBe(message);
    await expect(page.getByRole('heading', { name: 'The add-on failed to build' }).isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, 'build-error');
    broken = false;
    await page.reload();
    await page.locator('.thread').first().waitFor();
  } finally {
    await h.close();
  }
});

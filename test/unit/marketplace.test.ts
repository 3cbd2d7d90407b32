// The Marketplace listing kit (marketplace/): image sizes from the PNG headers, the listing's length
// limits, the site's pages linking each other and the listing, a justification for every scope, and
// the manifest's logoUrl pointing at the hosted icon.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from '../../tools/png';

const ROOT = join(__dirname, '..', '..');
const KIT = join(ROOT, 'marketplace');
const read = (...p: string[]) => readFileSync(join(KIT, ...p), 'utf8');
const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
const AUTH = 'https://www.googleapis.com/auth/';

function size(...p: string[]) {
  return pngSize(readFileSync(join(KIT, ...p)));
}

describe('pngSize', () => {
  it('reads IHDR and refuses what is not a PNG', () => {
    expect(size('icons', 'icon-32.png')).toEqual({ width: 32, height: 32 });
    expect(() => pngSize(Buffer.from('GIF89a and more bytes than that'))).toThrow('not a PNG');
  });
});

describe('graphic assets', () => {
  it.each([32, 48, 96, 128])('icons/icon-%i.png is %i × %i', (n) => {
    expect(size('icons', `icon-${n}.png`)).toEqual({ width: n, height: n });
  });

  it('all icons come from the one SVG source', () => {
    const svg = read('icons', 'icon.svg');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
    expect(readdirSync(join(KIT, 'icons')).sort()).toEqual([
      'icon-128.png',
      'icon-32.png',
      'icon-48.png',
      'icon-96.png',
      'icon.svg',
    ]);
  });

  it('the card banner is 220 × 140', () => {
    expect(size('banner-220x140.png')).toEqual({ width: 220, height: 140 });
  });

  it('there are at least three screenshots, each 1280 × 800', () => {
    const shots = readdirSync(join(KIT, 'screenshots')).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const shot of shots)
      expect([shot, size('screenshots', shot)]).toEqual([shot, { width: 1280, height: 800 }]);
  });

  it('the site serves the 128 px icon that the manifest names', () => {
    expect(
      readFileSync(join(KIT, 'site', 'icon-128.png')).equals(
        readFileSync(join(KIT, 'icons', 'icon-128.png')),
      ),
    ).toBe(true);
    const logo: string = manifest.addOns.common.logoUrl;
    // The host is a documented placeholder (OWNER) until the GitHub Pages site exists.
    expect(logo).toMatch(/^https:\/\/[\w.-]+\/threadsmith\/icon-128\.png$/);
    expect(logo).toMatch(/^https:\/\/(OWNER|[\w-]+)\.github\.io\//);
  });
});

/** The text between `<!-- key -->` and `<!-- /key -->` in listing.md, trimmed. */
function field(key: string): string {
  const m = new RegExp(`<!-- ${key} -->\\n([\\s\\S]*?)\\n<!-- /${key} -->`).exec(read('listing.md'));
  if (!m) throw new Error(`listing.md has no ${key} field`);
  return m[1]!.trim();
}

describe('listing.md', () => {
  it('names the app as the manifest does, in 50 characters or less', () => {
    expect(field('name')).toBe(manifest.addOns.common.name);
    expect(field('name').length).toBeLessThanOrEqual(50);
    expect(field('name')).not.toMatch(/google|\d+\.\d+|[()]/i);
  });

  it('has a short description of at most 200 characters', () => {
    expect(field('short').length).toBeGreaterThan(40);
    expect(field('short').length).toBeLessThanOrEqual(200);
    expect(field('short')).not.toContain('\n');
  });

  it('has a long description under 16,000 characters that says what it does and does not do', () => {
    const long = field('long');
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThan(16_000);
    expect(long).toContain('What it does\n');
    expect(long).toContain('What it does not do\n');
  });

  it('names a category and the languages', () => {
    const listing = read('listing.md');
    expect(listing).toMatch(/## Category\n\n\S/);
    expect(listing).toMatch(/## Languages\n\nEnglish/);
  });

  it('links each site page in its own field, and each exists', () => {
    const listing = read('listing.md');
    const base = 'https://OWNER.github.io/threadsmith/';
    for (const [label, page] of [
      ['Privacy policy URL', 'privacy.html'],
      ['Terms of service URL', 'terms.html'],
      ['Support URL', 'support.html'],
    ]) {
      expect(listing).toContain(`| ${label} | ${base}${page} |`);
      expect(existsSync(join(KIT, 'site', page!))).toBe(true);
    }
    expect(listing).toContain(`| Developer website | ${base} |`);
  });
});

const PAGES = ['index.html', 'privacy.html', 'terms.html', 'support.html'];
const LISTING_URL = 'https://workspace.google.com/marketplace/app/threadsmith/';

function links(page: string): string[] {
  return [...read('site', page).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

describe('the site', () => {
  it.each(PAGES)('%s links the other pages and the Marketplace listing', (page) => {
    const hrefs = links(page);
    for (const other of PAGES.filter((p) => p !== page)) expect(hrefs).toContain(other);
    expect(hrefs.some((h) => h.startsWith(LISTING_URL))).toBe(true);
  });

  it.each(PAGES)('%s links only files that exist', (page) => {
    for (const href of links(page).filter((h) => !/^(https?:|mailto:)/.test(h))) {
      expect([href, existsSync(join(KIT, 'site', href))]).toEqual([href, true]);
    }
  });

  it.each(PAGES)('%s labels each link as the page it opens', (page) => {
    const html = read('site', page);
    expect(html).not.toMatch(/href="support\.html"[^>]*>[^<]*[Pp]rivacy/);
    expect(html).not.toMatch(/href="privacy\.html"[^>]*>[^<]*([Ss]upport|[Tt]erms)/);
    expect(html).not.toMatch(/href="terms\.html"[^>]*>[^<]*([Ss]upport|[Pp]rivacy)/);
  });

  it('the privacy policy says what is read, what is stored where, and that nothing is sent', () => {
    const text = read('site', 'privacy.html')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(text).toContain('What Threadsmith reads');
    expect(text).toContain('Apps Script user properties');
    expect(text).toContain('drive.file');
    expect(text).toContain('It sends nothing anywhere');
    expect(text).toContain('Limited Use requirements');
    // No network permission, as the policy claims.
    expect(manifest.oauthScopes).not.toContain(`${AUTH}script.external_request`);
    expect(manifest.urlFetchWhitelist).toBeUndefined();
  });
});

describe('scopes.md', () => {
  it('justifies every scope the manifest asks for', () => {
    const text = read('scopes.md');
    for (const scope of manifest.oauthScopes as string[]) {
      expect([scope, text.includes(`## \`${scope.replace(AUTH, '')}\``)]).toEqual([scope, true]);
    }
  });

  it('marks the sensitive scopes as such', () => {
    const text = read('scopes.md');
    expect(text).toContain('## `gmail.addons.current.message.readonly` (sensitive)');
    expect(text).toContain('## `gmail.addons.current.message.metadata` (sensitive)');
  });
});

describe('docs/marketplace.md', () => {
  it('cites Google pages for each step of the checklist', () => {
    const text = readFileSync(join(ROOT, 'docs', 'marketplace.md'), 'utf8');
    for (const page of [
      'workspace/marketplace/create-listing',
      'workspace/marketplace/about-app-review',
      'workspace/marketplace/configure-oauth-consent-screen',
      'workspace/marketplace/how-to-publish',
    ]) {
      expect(text).toContain(`https://developers.google.com/${page}`);
    }
  });
});

// Which URLs a quoted message may keep, judged on the URL as the browser will read it (entities already
// decoded by the caller). Allow-listed schemes only: anything else with a scheme, however spelled, goes.
//
// data: URLs: only raster images (png, gif, jpeg, webp) in an <img src>. Newsletters inline small logos
// that way and a raster image cannot run script; data:image/svg+xml can (when opened on its own), and
// data:text/html in a link or frame is a page of the sender's choosing, so those are refused.

/** Where the URL is used: a link, an image source, or a CSS url() inside a style attribute. */
export type UrlUse = 'link' | 'image' | 'css';

const SCHEMES: Record<UrlUse, readonly string[]> = {
  link: ['http', 'https', 'mailto', 'tel'],
  image: ['http', 'https', 'cid'],
  css: ['http', 'https', 'cid'],
};
const RASTER_DATA = /^data:image\/(?:png|gif|jpeg|webp)[;,]/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these around and inside a scheme.
const EDGE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
// What some browser has ignored inside a scheme at some time: controls, spaces (incl. no-break and
// zero-width ones), soft hyphens, backslashes. Removed only to judge the scheme, never in the output.
const SCHEME_NOISE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: see above.
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/g;

/**
 * The URL to write back (as the WHATWG URL parser reads it: edges trimmed, tabs and newlines removed), or
 * null when it must go. A URL without a scheme (relative, `//host`, `#x`) is kept.
 */
export function safeUrl(decoded: string, use: UrlUse): string | null {
  const url = decoded.replace(EDGE, '').replace(TAB_OR_NEWLINE, '');
  const compact = url.replace(SCHEME_NOISE, '').toLowerCase();
  // A script URL anywhere (`mailto:…?body=javascript:`, a redirector's `?to=javascript:`) is refused too:
  // nothing a quote needs looks like that, and "no script URL in the output" is then a plain fact.
  if (/(?:java|vb|live)script:/.test(compact)) return null;
  const colon = compact.indexOf(':');
  if (colon < 0) return url;
  const before = compact.slice(0, colon);
  if (/[/?#]/.test(before)) return url; // the colon is in the path or query: no scheme
  if (SCHEMES[use].includes(before)) return url;
  if (before === 'data' && use === 'image' && RASTER_DATA.test(compact)) return url;
  return null;
}

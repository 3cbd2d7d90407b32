// The card text HTML subset Gmail honours (<b> <i> <u> <s> <font color> <a href> <time> <br>), parsed
// into a tiny tree the page turns into DOM nodes; every other tag, attribute or stray "<" stays text.

export type CardHtmlNode =
  | { kind: 'text'; text: string }
  | { kind: 'br' }
  | { kind: 'el'; tag: 'b' | 'i' | 'u' | 's' | 'time'; children: CardHtmlNode[] }
  | { kind: 'font'; color: string | null; children: CardHtmlNode[] }
  | { kind: 'a'; href: string | null; children: CardHtmlNode[] };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities a card text may carry; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Attributes of a start tag, names lower-cased, values entity-decoded; null when the syntax is off. */
function parseAttributes(source: string): Record<string, string> | null {
  const attrs: Record<string, string> = {};
  const re = /\s*([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*\/?\s*$/.test(source.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m || m[0].length === 0) return null;
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    at = re.lastIndex;
  }
  return attrs;
}

const SAFE_COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]{3,20})$/i;
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

type Open = Extract<CardHtmlNode, { children: CardHtmlNode[] }>;

function tagOf(node: Open): string {
  return node.kind === 'el' ? node.tag : node.kind;
}

/** Parses card text: allowed tags become nodes, anything else is shown literally. */
export function parseCardHtml(html: string): CardHtmlNode[] {
  const root: CardHtmlNode[] = [];
  const stack: Open[] = [];
  const out = () => (stack.length ? stack[stack.length - 1].children : root);
  const text = (t: string) => {
    if (!t) return;
    const list = out();
    const last = list[list.length - 1];
    if (last?.kind === 'text') last.text += t;
    else list.push({ kind: 'text', text: t });
  };
  const tagRe = /<(\/?)([a-zA-Z]+)((?:\s[^<>]*)?)\s*(\/?)>/g;
  let pos = 0;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    text(decodeEntities(html.slice(pos, m.index)));
    pos = tagRe.lastIndex;
    const [whole, closing, rawName, rawAttrs] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      let open = stack.length - 1;
      while (open >= 0 && tagOf(stack[open]) !== name) open--;
      if (open < 0 || rawAttrs.trim()) {
        text(whole);
        continue;
      }
      // Elements left open inside the one being closed end here too.
      stack.length = open;
      continue;
    }
    const attrs = parseAttributes(rawAttrs);
    let node: Open | null = null;
    if (attrs && name === 'br' && Object.keys(attrs).length === 0) {
      out().push({ kind: 'br' });
      continue;
    }
    if (attrs && ['b', 'i', 'u', 's', 'time'].includes(name)) {
      // <time> may carry datetime; nothing else is honoured.
      const extra = Object.keys(attrs).filter((a) => !(name === 'time' && a === 'datetime'));
      if (extra.length === 0) node = { kind: 'el', tag: name as 'b', children: [] };
    } else if (attrs && name === 'font' && Object.keys(attrs).every((a) => a === 'color')) {
      const color =
        attrs.color !== undefined && SAFE_COLOR.test(attrs.color.trim()) ? attrs.color.trim() : null;
      node = { kind: 'font', color, children: [] };
    } else if (attrs && name === 'a' && Object.keys(attrs).every((a) => a === 'href')) {
      const href = attrs.href !== undefined && SAFE_HREF.test(attrs.href.trim()) ? attrs.href.trim() : null;
      node = { kind: 'a', href, children: [] };
    }
    if (!node) {
      text(whole);
      continue;
    }
    out().push(node);
    stack.push(node);
  }
  text(decodeEntities(html.slice(pos)));
  return root;
}

/** The visible text of card HTML (what a reader sees), for labels and tests. */
export function cardHtmlText(html: string): string {
  const flat = (nodes: CardHtmlNode[]): string =>
    nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'br' ? '\n' : flat(n.children))).join('');
  return flat(parseCardHtml(html));
}

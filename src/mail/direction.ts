// Which way a text runs, by its first strong character (the Unicode Bidirectional Algorithm's rule P2,
// which is what HTML's dir="auto" does). A draft marks right-to-left parts with dir="rtl" itself, so
// the recipient's mail program lays out punctuation and quote marks on the right side even where it
// does not apply dir="auto".

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;
const STRONG = /[\p{L}\u0590-\u08ff]/u;

export type Direction = 'ltr' | 'rtl';

export function textDirection(text: string): Direction {
  for (const ch of text) {
    if (RTL.test(ch)) return 'rtl';
    if (STRONG.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** `html` wrapped in a block marked right-to-left when `text` (its plain form) runs that way. */
export function withDirection(html: string, text: string): string {
  return html && textDirection(text) === 'rtl' ? `<div dir="rtl">${html}</div>` : html;
}

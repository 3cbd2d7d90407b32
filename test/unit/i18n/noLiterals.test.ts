import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLiterals } from './literalScanner';
import { PENDING, PENDING_LITERALS } from './pendingLiterals';

// No user-visible string literal is left in the cards, the handlers and the mail code that writes the
// user's text: every word the user reads comes from the catalogue (t). The scanner (literalScanner.ts)
// flags literals passed to CardService's text setters and any literal with words outside code positions.

const ROOT = join(__dirname, '../../..');

const MAIL_FILES = ['warning', 'recipients', 'quote', 'plan', 'route', 'attachments', 'bodyLimit'].map(
  (f) => `src/mail/${f}.ts`,
);

const scanned = [
  ...['src/cards', 'src/handlers'].flatMap((dir) =>
    // Recursive: the handlers live in one directory per surface (docs/architecture.md).
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`)
      .sort(),
  ),
  ...MAIL_FILES,
].filter((f) => !PENDING.includes(f));

describe('no user-visible literal', () => {
  it.each(scanned)('%s', (file) => {
    const found = findLiterals(readFileSync(join(ROOT, file), 'utf8'), file).filter(
      (x) => !PENDING_LITERALS.some((p) => p.file === file && p.text.test(x.text)),
    );
    expect(found.map((x) => `${file}:${x.line} ${JSON.stringify(x.text)}`)).toEqual([]);
  });

  it('every pending file still exists (a renamed one would silently escape the scan)', () => {
    for (const f of PENDING) expect(readdirSync(join(ROOT, f, '..'))).toContain(f.split('/').pop());
  });
});

describe('the scanner', () => {
  const texts = (source: string) => findLiterals(source).map((x) => [x.why, x.text]);

  it('finds a literal planted in a text setter, a notification and a template literal', () => {
    const source = [
      "CardService.newDecoratedText().setTopLabel('Check').setText(escapeCardText(view.x));",
      "CardService.newNotification().setText('Saved');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source for the scanner
      'const more = `${count} more: refine the search.`;',
      "const section = CardService.newCardSection().setHeader(cond ? 'Templates' : t(locale, 'card.x'));",
    ].join('\n');
    expect(texts(source)).toEqual([
      ['setter', 'Check'],
      ['setter', 'Saved'],
      ['words', ' more: refine the search.'],
      ['setter', 'Templates'],
    ]);
  });

  it('leaves code alone: ids, action and field names, colours, card HTML, logs, errors, imports, types', () => {
    const source = [
      "import { t } from '../i18n';",
      "type Mode = 'reply' | 'reply-all';",
      "const text = t(locale, 'card.reply.header', { count: 2 });",
      "const action = cardAction('refreshReply', { modeSet: '1' });",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source for the scanner
      'widget.setText(`<font color="#c5221f">${text}</font>`).setFieldName(\'extraCc\');',
      "CardService.newMaterialIcon().setName('chevron_right');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source for the scanner
      'console.warn(`Template use not recorded: ${String(error)}`);',
      "throw new Error('seedStarters: bad id');",
      "if (mode === 'Reply all') return;",
      "const sep = ', ';",
    ].join('\n');
    expect(texts(source)).toEqual([]);
  });
});

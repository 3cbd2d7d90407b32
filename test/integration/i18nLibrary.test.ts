// The library and Settings through the bundle in the user's language (commonEventObject.userLocale):
// German and Japanese labels where the catalogue has them, English key by key where it has not, and
// numbers in the locale's digits. Every expected text is written here by hand.
import { cardsOf, findButton, inputsOf, notificationOf, rowsOf, textsOf } from '../../sim/testing/cardQuery';
import { homepageEvent } from '../../sim/testing/events';
import { click, fixtureRuntime } from '../support/harness';

const first = (response: unknown) => cardsOf(response)[0]!;
const header = (card: unknown) => (card as { header?: { title?: string; subtitle?: string } }).header ?? {};

const LOCALES = [
  {
    locale: 'de',
    library: 'Vorlagen',
    buttons: ['Neue Vorlage', 'Importieren', 'Exportieren'],
    usage: /^Belegt \d+(,\d)? KB von 500 KB$/,
    search: 'Vorlagen durchsuchen',
    searchHint: 'Wörter aus Name, Tags oder Text',
    count: /^\d+ Vorlagen$/,
    team: 'Team-Bibliothek',
    settingsRow: 'Einstellungen',
    settingsHint: 'Ihr Name für Vorlagen und Ihre weiteren Adressen',
    settings: 'Einstellungen',
    inputs: ['Ihr Name', 'Meine weiteren Adressen'],
    save: 'Speichern',
    saved: 'Gespeichert.',
  },
  {
    locale: 'ja',
    library: 'テンプレート',
    buttons: ['新しいテンプレート', 'インポート', 'エクスポート'],
    usage: /^500 KB 中 \d+(\.\d)? KB を使用$/,
    search: 'テンプレートを検索',
    // Not translated yet: English, key by key.
    searchHint: 'Words in the name, tags or text',
    count: /^テンプレート \d+ 件$/,
    team: 'チーム ライブラリ',
    settingsRow: '設定',
    settingsHint: 'テンプレートで使う名前と、その他のアドレス',
    settings: '設定',
    inputs: ['名前', 'その他のメールアドレス'],
    save: '保存',
    saved: '保存しました。',
  },
];

describe.each(LOCALES)('with userLocale $locale', (want) => {
  test('the library speaks it, and Settings opened from it does too', async () => {
    const runtime = await fixtureRuntime();
    const base = homepageEvent({ locale: want.locale });
    const library = first(runtime.render('onHomepage', base));
    expect(header(library).title).toBe(want.library);
    expect(header(library).subtitle).toMatch(want.usage);
    for (const text of want.buttons) expect(findButton(library, text).text).toBe(text);
    const texts = textsOf(library);
    expect(texts).toContain(want.search);
    expect(texts.some((t) => want.count.test(t))).toBe(true);
    expect(texts).toContain(want.team);
    // The locale's words where it has them (English key by key where not), never a raw id.
    expect(texts.join('\n')).toContain(want.searchHint);
    expect(texts.join('\n')).not.toMatch(/\b(library|rows|team|settings)\.[a-z]/);

    const row = rowsOf(library).find((r) => r.text === want.settingsRow)!;
    expect(row.bottomLabel).toBe(want.settingsHint);
    const settings = first(click(runtime, base, library, row.button));
    expect(header(settings).title).toBe(want.settings);
    const labels = inputsOf(settings).map((i) => i.label);
    for (const label of want.inputs) expect(labels).toContain(label);
    const saved = click(runtime, base, settings, findButton(settings, want.save), { myName: 'Sam Taylor' });
    expect(notificationOf(saved)).toBe(want.saved);
  });
});

test('an English user sees the library exactly as before', async () => {
  const runtime = await fixtureRuntime();
  const library = first(runtime.render('onHomepage', homepageEvent({ locale: 'en-US' })));
  expect(header(library).title).toBe('Templates');
  expect(header(library).subtitle).toMatch(/^Uses \d+(\.\d)? KB of 500 KB$/);
  expect(textsOf(library)).toContain('Team library');
});

test('a first run from the homepage seeds the starters in the user’s language, and New template starts in it', async () => {
  const runtime = await fixtureRuntime();
  const base = homepageEvent({ locale: 'de' });
  const library = first(runtime.render('onHomepage', base));
  const names = rowsOf(library).map((r) => r.text);
  expect(names).toEqual(expect.arrayContaining(['Nachfassen', 'Höflich absagen']));
  expect(names).not.toContain('Follow up');
  const editor = first(click(runtime, base, library, findButton(library, 'Neue Vorlage')));
  const body = inputsOf(editor).find((i) => i.kind === 'text' && i.value.includes('Viele Grüße'));
  expect(body).toBeDefined();
});

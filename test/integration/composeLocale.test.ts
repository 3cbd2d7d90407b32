// The compose window in the user's language: its labels come from the catalogue of the event's
// userLocale, and a new library starts with that language's starters. Through the built bundle in the
// emulator; the expected words are written out by hand.
import { cardsOf, fieldText, findButton, hasText, textsOf } from '../../sim/testing/cardQuery';
import { actionEvent, composeEvent } from '../../sim/testing/events';
import { fixtureRuntime } from '../support/harness';

type Json = Record<string, unknown>;

/** The click action of the list row named `name`. */
function rowAction(card: Json, name: string) {
  let action: { function: string; parameters: { key: string; value: string }[] } | undefined;
  JSON.stringify(card, (_k, v) => {
    if (v && typeof v === 'object' && (v as Json).text === name)
      action = ((v as Json).onClick as Json).action as never;
    return v;
  });
  if (!action) throw new Error(`no row "${name}": ${textsOf(card).join(' | ')}`);
  return { fn: action.function, params: Object.fromEntries(action.parameters.map((p) => [p.key, p.value])) };
}

test.each([
  {
    locale: 'de',
    header: 'Vorlage einfügen',
    search: 'Vorlagen suchen',
    forLabel: 'Für',
    starter: 'Höflich absagen',
    subtitle: 'Vorschau für diesen Entwurf',
    insert: 'Einfügen',
    greeting: 'Hallo Ana,',
  },
  {
    locale: 'ja',
    header: 'テンプレートを挿入',
    search: 'テンプレートを検索',
    forLabel: '宛先',
    starter: '丁寧なお断り',
    subtitle: 'この下書きでのプレビュー',
    insert: '挿入',
    greeting: 'Ruiz 様',
  },
])('userLocale $locale: the compose card and the starters speak it', async (w) => {
  const runtime = await fixtureRuntime();
  const event = composeEvent(
    runtime.mailbox,
    { to: ['Ana Ruiz <ana.ruiz@contoso.example>'] },
    { locale: w.locale },
  );
  const card = cardsOf(runtime.render('onCompose', event))[0]! as Json;
  const texts = JSON.stringify(card);
  expect(texts).toContain(w.header);
  expect(texts).toContain(w.search);
  expect(fieldText(card, w.forLabel)).toContain('ana.ruiz@contoso.example');
  // The first run seeded the starters in this language.
  expect(hasText(card, w.starter)).toBe(true);
  const { fn, params } = rowAction(card, w.starter);
  const preview = cardsOf(runtime.render(fn, actionEvent(event, params, {})))[0]! as Json;
  expect(JSON.stringify(preview)).toContain(w.subtitle);
  expect(findButton(preview, w.insert).disabled).not.toBe(true);
  expect(textsOf(preview).join('\n')).toContain(w.greeting);
});

// The CLI's copy of the card labels (sim/ never imports src/) is the catalogues' own words.
import { CARD_LABELS, type CardLabel } from '../../../sim/cli/cardLabels';
import { catalogueOf, LOCALES, type Message } from '../../../src/i18n';

test.each(Object.keys(CARD_LABELS))('%s', (tag) => {
  const catalogue = catalogueOf(tag) as Record<string, Message>;
  const english = catalogueOf('en') as Record<string, Message>;
  for (const [id, text] of Object.entries(CARD_LABELS[tag]!) as [CardLabel, string][]) {
    expect({ id, text }).toEqual({ id, text: catalogue[id] ?? english[id] });
  }
});

test('every locale with a translated card is in the CLI’s copy', () => {
  const translated = [...LOCALES].filter((tag) => catalogueOf(tag)?.['card.createDraft']);
  expect(Object.keys(CARD_LABELS).sort()).toEqual(translated.sort());
});

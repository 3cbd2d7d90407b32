// The CLI's copy of the card labels (sim/ never imports src/) is the catalogues' own words.
import { CARD_LABELS, type CardLabel } from '../../../sim/cli/cardLabels';
import { CATALOGUES, type Message } from '../../../src/i18n';

test.each(Object.keys(CARD_LABELS))('%s', (tag) => {
  const catalogue = CATALOGUES[tag] as Record<string, Message>;
  const english = CATALOGUES.en as Record<string, Message>;
  for (const [id, text] of Object.entries(CARD_LABELS[tag]!) as [CardLabel, string][]) {
    expect({ id, text }).toEqual({ id, text: catalogue[id] ?? english[id] });
  }
});

test('every locale with a translated card is in the CLI’s copy', () => {
  const translated = Object.keys(CATALOGUES).filter((tag) => CATALOGUES[tag]?.['card.createDraft']);
  expect(Object.keys(CARD_LABELS).sort()).toEqual(translated.sort());
});

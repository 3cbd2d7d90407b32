// MaterialIcon as the CardService reference describes it: a Google Font Icons name, with weight and grade
// falling back to their defaults when out of range, checked against card.proto's Icon.material_icon.
import { validateCard } from '../../sim/services/cardProto';
import { createCardService } from '../../sim/services/cardService';
import { cardServiceContext } from './cardServiceContext';

function cardWith(
  icon: (cs: GoogleAppsScript.Card_Service.CardService) => GoogleAppsScript.Card_Service.IconImage,
) {
  const cs = createCardService(cardServiceContext());
  const card = cs
    .newCardBuilder()
    .addSection(cs.newCardSection().addWidget(cs.newDecoratedText().setText('Open').setEndIcon(icon(cs))))
    .build();
  const json = JSON.parse(card.printJson()) as {
    sections: { widgets: { decoratedText: { endIcon: unknown } }[] }[];
  };
  expect(() => validateCard(json)).not.toThrow();
  return json.sections[0]!.widgets[0]!.decoratedText.endIcon;
}

test('a named icon with the defaults left out', () => {
  expect(
    cardWith((cs) => cs.newIconImage().setMaterialIcon(cs.newMaterialIcon().setName('chevron_right'))),
  ).toEqual({ materialIcon: { name: 'chevron_right' } });
});

test('fill, weight and grade; out-of-range values fall back to 400 and 0', () => {
  expect(
    cardWith((cs) =>
      cs
        .newIconImage()
        .setMaterialIcon(cs.newMaterialIcon().setName('warning').setFill(true).setWeight(700).setGrade(200))
        .setAltText('Check'),
    ),
  ).toEqual({ materialIcon: { name: 'warning', fill: true, weight: 700, grade: 200 }, altText: 'Check' });
  expect(
    cardWith((cs) =>
      cs.newIconImage().setMaterialIcon(cs.newMaterialIcon().setName('info').setWeight(450).setGrade(5)),
    ),
  ).toEqual({ materialIcon: { name: 'info' } });
});

test('a name that is no Google Font Icons name, or none at all, is refused', () => {
  const cs = createCardService(cardServiceContext());
  expect(() => cs.newMaterialIcon().setName('Chevron Right')).toThrow(/name/);
  expect(() => cardWith((c) => c.newIconImage().setMaterialIcon(c.newMaterialIcon()))).toThrow(
    /MaterialIcon has no name/,
  );
});

// validateCard holds card JSON to card.proto as Google's parser would, naming the path of the first problem.
import { validateCard } from '../../sim/services/cardProto';

/** In the style of the card samples in Google's Workspace add-on docs. */
const googleStyleCard = {
  header: {
    title: 'Pizza Bot',
    subtitle: 'pizzabot@example.com',
    imageUrl: 'https://example.com/pizza.png',
    imageType: 'CIRCLE',
    imageAltText: 'Avatar',
  },
  sections: [
    {
      header: 'Order',
      collapsible: true,
      uncollapsibleWidgetsCount: 1,
      widgets: [
        { textParagraph: { text: '<b>Your order</b> is on its way.', maxLines: 3 } },
        {
          decoratedText: {
            startIcon: { knownIcon: 'CLOCK' },
            topLabel: 'ETA',
            text: '12:30',
            wrapText: true,
            button: {
              text: 'Track',
              color: { red: 0, green: 0.5, blue: 1, alpha: 1 },
              type: 'FILLED',
              onClick: {
                openLink: { url: 'https://example.com/track', openAs: 'OVERLAY', onClose: 'RELOAD' },
              },
            },
          },
        },
        {
          selectionInput: {
            name: 'size',
            label: 'Size',
            type: 'RADIO_BUTTON',
            items: [{ text: 'Large', value: 'L', selected: true }],
          },
        },
        {
          textInput: {
            name: 'note',
            label: 'Note',
            type: 'MULTIPLE_LINE',
            onChangeAction: {
              function: 'onNote',
              parameters: [{ key: 'k', value: 'v' }],
              loadIndicator: 'NONE',
            },
          },
        },
        { divider: {} },
        {
          grid: {
            title: 'Toppings',
            columnCount: 2,
            items: [{ id: 'olive', title: 'Olive', image: { imageUri: 'https://example.com/o.png' } }],
            onClick: { action: { function: 'onTopping' } },
          },
        },
      ],
    },
  ],
  cardActions: [{ actionLabel: 'Help', onClick: { openLink: { url: 'https://example.com/help' } } }],
  fixedFooter: {
    primaryButton: { text: 'Order', onClick: { action: { function: 'order', persistValues: true } } },
  },
  name: 'order',
  displayStyle: 'PEEK',
  peekCardHeader: { title: 'Pizza' },
};

describe('validateCard', () => {
  it('accepts Google-style card JSON', () => {
    expect(() => validateCard(googleStyleCard)).not.toThrow();
  });

  it('rejects an unknown key at a nested path', () => {
    const card = { sections: [{ widgets: [{ decoratedText: { text: 'x', label: 'y' } }] }] };
    expect(() => validateCard(card)).toThrow(
      'Invalid card JSON at card.sections[0].widgets[0].decoratedText.label: unknown field "label" of google.apps.card.v1.DecoratedText',
    );
  });

  it('rejects a snake_case key, pointing at the JSON name', () => {
    expect(() => validateCard({ header: { title: 'T', image_url: 'https://x' } })).toThrow(
      /card.header.image_url: .*the JSON name is imageUrl/,
    );
  });

  it('rejects a value that is not a name of the enum', () => {
    const card = { sections: [{ widgets: [{ textInput: { name: 'n', type: 'MULTILINE' } }] }] };
    expect(() => validateCard(card)).toThrow(
      /card.sections\[0\].widgets\[0\].textInput.type: string "MULTILINE" is not a google.apps.card.v1.TextInput.Type value/,
    );
    expect(() => validateCard({ displayStyle: 2 })).toThrow(/card.displayStyle: number 2 is not/);
  });

  it('rejects two members of one oneof', () => {
    const card = { sections: [{ widgets: [{ textParagraph: { text: 'x' }, divider: {} }] }] };
    expect(() => validateCard(card)).toThrow(
      /widgets\[0\].divider: oneof "data" already holds "textParagraph"/,
    );
  });

  it('rejects a repeated field that is not an array and a scalar of the wrong type', () => {
    expect(() => validateCard({ sections: { widgets: [] } })).toThrow(/card.sections: expected an array/);
    const card = { sections: [{ widgets: [{ decoratedText: { text: 'x', wrapText: 'yes' } }] }] };
    expect(() => validateCard(card)).toThrow(/decoratedText.wrapText: expected a boolean, got string "yes"/);
    expect(() => validateCard({ sections: [{ uncollapsibleWidgetsCount: 1.5 }] })).toThrow(
      /expected a int32 integer/,
    );
  });

  it('rejects something that is not an object where a message belongs', () => {
    expect(() => validateCard('card')).toThrow(/at card: expected an object \(google.apps.card.v1.Card\)/);
    expect(() => validateCard({ header: ['T'] })).toThrow(/card.header: expected an object/);
  });
});

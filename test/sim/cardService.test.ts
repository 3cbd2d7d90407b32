// The emulated CardService builds the card.proto JSON Google would, and rejects what Google rejects.
import vm from 'node:vm';
import { validateCard } from '../../sim/services/cardProto';
import {
  CARD_JSON,
  COMPOSE_ACTIONS,
  type ComposeActionInfo,
  createCardService,
} from '../../sim/services/cardService';
import { DRAFT_INFO } from '../../sim/services/context';
import { cardServiceContext } from './cardServiceContext';

type CS = GoogleAppsScript.Card_Service.CardService;
type Card = GoogleAppsScript.Card_Service.Card;

function setup() {
  const ctx = cardServiceContext();
  return { ctx, cs: createCardService(ctx) };
}

/** Lets a test pass what TypeScript would refuse, as untyped add-on code (or a bad cast) could. */
function loose<T>(value: unknown): T {
  return value as T;
}

function jsonOf(card: Card): unknown {
  return JSON.parse(card.printJson());
}

function action(cs: CS, params: Record<string, string> = {}) {
  return cs.newAction().setFunctionName('dispatchAction').setParameters(params);
}

function oneWidgetCard(cs: CS, widget: GoogleAppsScript.Card_Service.Widget) {
  return cs.newCardBuilder().addSection(cs.newCardSection().addWidget(widget));
}

describe('a card with every widget kind', () => {
  function fullCard(cs: CS): Card {
    const replyButton = cs
      .newTextButton()
      .setText('Draft reply')
      .setTextButtonStyle(cs.TextButtonStyle.FILLED)
      .setBackgroundColor('#1a73e8')
      .setOnClickAction(
        action(cs, { action: 'draftReply', template: 't1' })
          .setLoadIndicator(cs.LoadIndicator.SPINNER)
          .setPersistValues(true),
      );
    return cs
      .newCardBuilder()
      .setName('main')
      .setHeader(
        cs
          .newCardHeader()
          .setTitle('Threadsmith')
          .setSubtitle('Reply templates')
          .setImageUrl('https://example.com/logo.png')
          .setImageStyle(cs.ImageStyle.CIRCLE)
          .setImageAltText('Logo'),
      )
      .addSection(
        cs
          .newCardSection()
          .setHeader('<b>Message</b>')
          .setCollapsible(true)
          .setNumUncollapsibleWidgets(2)
          .addWidget(cs.newTextParagraph().setText('Hello <i>there</i>'))
          .addWidget(
            cs
              .newDecoratedText()
              .setTopLabel('From')
              .setText('ann@example.com')
              .setBottomLabel('2 messages')
              .setWrapText(true)
              .setStartIcon(cs.newIconImage().setIcon(cs.Icon.EMAIL).setAltText('Email'))
              .setButton(
                cs
                  .newImageButton()
                  .setIcon(cs.Icon.STAR)
                  .setAltText('Star')
                  .setOpenLink(
                    cs
                      .newOpenLink()
                      .setUrl('https://example.com/help')
                      .setOpenAs(cs.OpenAs.OVERLAY)
                      .setOnClose(cs.OnClose.RELOAD),
                  ),
              ),
          )
          .addWidget(
            cs
              .newDecoratedText()
              .setText('Sign replies')
              .setSwitchControl(
                cs
                  .newSwitch()
                  .setFieldName('sign')
                  .setValue('yes')
                  .setSelected(true)
                  .setControlType(cs.SwitchControlType.CHECK_BOX)
                  .setOnChangeAction(action(cs, { action: 'toggleSign' })),
              ),
          )
          .addWidget(cs.newDivider())
          .addWidget(
            cs
              .newButtonSet()
              .addButton(replyButton)
              .addButton(
                cs
                  .newTextButton()
                  .setText('Help')
                  .setOpenLink(cs.newOpenLink().setUrl('https://example.com')),
              ),
          ),
      )
      .addSection(
        cs
          .newCardSection()
          .addWidget(
            cs
              .newTextInput()
              .setFieldName('body')
              .setTitle('Body')
              .setHint('Markdown')
              .setValue('Hi')
              .setMultiline(true)
              .setOnChangeAction(action(cs, { action: 'preview' })),
          )
          .addWidget(
            cs
              .newTextInput()
              .setFieldName('template')
              .setSuggestions(
                cs.newSuggestions().addSuggestion('Thanks').addSuggestions(['Follow-up', 'Decline']),
              )
              .setSuggestionsAction(action(cs, { action: 'suggest' })),
          )
          .addWidget(
            cs
              .newSelectionInput()
              .setType(cs.SelectionInputType.DROPDOWN)
              .setTitle('Template')
              .setFieldName('templateId')
              .addItem('Thanks', 't1', true)
              .addItem('Decline', 't2', false)
              .setOnChangeAction(action(cs, { action: 'pick' })),
          )
          .addWidget(
            loose<CS & { newImage(): GoogleAppsScript.Card_Service.Image }>(cs)
              .newImage()
              .setImageUrl('https://example.com/a.png')
              .setAltText('A'),
          ),
      )
      .addCardAction(
        cs
          .newCardAction()
          .setText('Settings')
          .setOnClickAction(action(cs, { action: 'settings' })),
      )
      .setFixedFooter(
        cs
          .newFixedFooter()
          .setPrimaryButton(
            cs
              .newTextButton()
              .setText('Save')
              .setOnClickAction(action(cs, { action: 'save' })),
          )
          .setSecondaryButton(
            cs
              .newTextButton()
              .setText('Cancel')
              .setTextButtonStyle(cs.TextButtonStyle.TEXT)
              .setOnClickAction(action(cs, { action: 'cancel' })),
          ),
      )
      .setDisplayStyle(cs.DisplayStyle.REPLACE)
      .setPeekCardHeader(cs.newCardHeader().setTitle('Peek'))
      .build();
  }

  it('builds the card.proto JSON a developer relies on, and it validates', () => {
    const { cs } = setup();
    const json = jsonOf(fullCard(cs));
    expect(() => validateCard(json)).not.toThrow();
    expect(json).toEqual({
      header: {
        title: 'Threadsmith',
        subtitle: 'Reply templates',
        imageType: 'CIRCLE',
        imageUrl: 'https://example.com/logo.png',
        imageAltText: 'Logo',
      },
      sections: [
        {
          header: '<b>Message</b>',
          collapsible: true,
          uncollapsibleWidgetsCount: 2,
          widgets: [
            { textParagraph: { text: 'Hello <i>there</i>' } },
            {
              decoratedText: {
                startIcon: { knownIcon: 'EMAIL', altText: 'Email' },
                topLabel: 'From',
                text: 'ann@example.com',
                wrapText: true,
                bottomLabel: '2 messages',
                button: {
                  icon: { knownIcon: 'STAR', altText: 'Star' },
                  altText: 'Star',
                  onClick: {
                    openLink: { url: 'https://example.com/help', openAs: 'OVERLAY', onClose: 'RELOAD' },
                  },
                },
              },
            },
            {
              decoratedText: {
                text: 'Sign replies',
                switchControl: {
                  name: 'sign',
                  value: 'yes',
                  selected: true,
                  controlType: 'CHECK_BOX',
                  onChangeAction: {
                    function: 'dispatchAction',
                    parameters: [{ key: 'action', value: 'toggleSign' }],
                  },
                },
              },
            },
            { divider: {} },
            {
              buttonList: {
                buttons: [
                  {
                    text: 'Draft reply',
                    color: { red: 0.102, green: 0.451, blue: 0.91 },
                    type: 'FILLED',
                    onClick: {
                      action: {
                        function: 'dispatchAction',
                        parameters: [
                          { key: 'action', value: 'draftReply' },
                          { key: 'template', value: 't1' },
                        ],
                        loadIndicator: 'SPINNER',
                        persistValues: true,
                      },
                    },
                  },
                  { text: 'Help', onClick: { openLink: { url: 'https://example.com' } } },
                ],
              },
            },
          ],
        },
        {
          widgets: [
            {
              textInput: {
                name: 'body',
                label: 'Body',
                hintText: 'Markdown',
                value: 'Hi',
                type: 'MULTIPLE_LINE',
                onChangeAction: {
                  function: 'dispatchAction',
                  parameters: [{ key: 'action', value: 'preview' }],
                },
              },
            },
            {
              textInput: {
                name: 'template',
                initialSuggestions: {
                  items: [{ text: 'Thanks' }, { text: 'Follow-up' }, { text: 'Decline' }],
                },
                autoCompleteAction: {
                  function: 'dispatchAction',
                  parameters: [{ key: 'action', value: 'suggest' }],
                },
              },
            },
            {
              selectionInput: {
                name: 'templateId',
                label: 'Template',
                type: 'DROPDOWN',
                items: [
                  { text: 'Thanks', value: 't1', selected: true },
                  { text: 'Decline', value: 't2', selected: false },
                ],
                onChangeAction: {
                  function: 'dispatchAction',
                  parameters: [{ key: 'action', value: 'pick' }],
                },
              },
            },
            { image: { imageUrl: 'https://example.com/a.png', altText: 'A' } },
          ],
        },
      ],
      cardActions: [
        {
          actionLabel: 'Settings',
          onClick: {
            action: { function: 'dispatchAction', parameters: [{ key: 'action', value: 'settings' }] },
          },
        },
      ],
      name: 'main',
      fixedFooter: {
        primaryButton: {
          text: 'Save',
          onClick: { action: { function: 'dispatchAction', parameters: [{ key: 'action', value: 'save' }] } },
        },
        secondaryButton: {
          text: 'Cancel',
          // TEXT: "DO NOT USE. Deprecated version of OUTLINED" (TextButtonStyle reference).
          type: 'OUTLINED',
          onClick: {
            action: { function: 'dispatchAction', parameters: [{ key: 'action', value: 'cancel' }] },
          },
        },
      },
      displayStyle: 'REPLACE',
      peekCardHeader: { title: 'Peek' },
    });
  });

  it('records every factory and builder call in the ledger, by class and method', () => {
    const { ctx, cs } = setup();
    cs.newCardBuilder()
      .setHeader(cs.newCardHeader().setTitle('T'))
      .addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('x')))
      .build();
    expect(ctx.ledger.entries.map((e) => e.method)).toEqual([
      'newCardBuilder',
      'newCardHeader',
      'CardHeader.setTitle',
      'CardBuilder.setHeader',
      'newCardSection',
      'newTextParagraph',
      'TextParagraph.setText',
      'CardSection.addWidget',
      'CardBuilder.addSection',
      'CardBuilder.build',
    ]);
    expect(ctx.ledger.count('CardService')).toBe(10);
  });

  it('throws an injected fault from the call it was armed for', () => {
    const { ctx, cs } = setup();
    ctx.ledger.failNext('CardService', 1, 'Service invoked too many times', 'CardBuilder.build');
    const builder = oneWidgetCard(cs, cs.newTextParagraph().setText('x'));
    expect(() => builder.build()).toThrow('Service invoked too many times');
    expect(() => builder.build()).not.toThrow();
  });

  it('returns the same builder from every setter and builds again after more changes', () => {
    const { cs } = setup();
    const section = cs.newCardSection();
    expect(section.addWidget(cs.newTextParagraph().setText('one'))).toBe(section);
    const builder = cs.newCardBuilder().addSection(section);
    const first = builder.build();
    section.addWidget(cs.newTextParagraph().setText('two'));
    const second = builder.build();
    expect(jsonOf(first)).toEqual({ sections: [{ widgets: [{ textParagraph: { text: 'one' } }] }] });
    expect(jsonOf(second)).toEqual({
      sections: [{ widgets: [{ textParagraph: { text: 'one' } }, { textParagraph: { text: 'two' } }] }],
    });
  });

  it('keeps a compose action as an ordinary onClick action and records its draft type beside the card', () => {
    const { cs } = setup();
    const button = cs
      .newTextButton()
      .setText('Reply')
      .setComposeAction(action(cs, { action: 'reply' }), cs.ComposedEmailType.REPLY_AS_DRAFT);
    const card = cs
      .newCardBuilder()
      .addSection(cs.newCardSection().addWidget(cs.newButtonSet().addButton(button)))
      .build();
    expect(jsonOf(card)).toEqual({
      sections: [
        {
          widgets: [
            {
              buttonList: {
                buttons: [
                  {
                    text: 'Reply',
                    onClick: {
                      action: { function: 'dispatchAction', parameters: [{ key: 'action', value: 'reply' }] },
                    },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    const expected: ComposeActionInfo[] = [
      { functionName: 'dispatchAction', parameters: { action: 'reply' }, type: 'REPLY_AS_DRAFT' },
    ];
    const tagged = loose<{ [COMPOSE_ACTIONS]: ComposeActionInfo[]; [CARD_JSON](): Record<symbol, unknown> }>(
      card,
    );
    expect(tagged[COMPOSE_ACTIONS]).toEqual(expected);
    expect(tagged[CARD_JSON]()[COMPOSE_ACTIONS]).toEqual(expected);
  });

  it('adds a lone button to a section as a one-button list', () => {
    const { cs } = setup();
    const card = oneWidgetCard(cs, cs.newTextButton().setText('Go').setOnClickAction(action(cs))).build();
    expect(jsonOf(card)).toEqual({
      sections: [
        {
          widgets: [
            {
              buttonList: { buttons: [{ text: 'Go', onClick: { action: { function: 'dispatchAction' } } }] },
            },
          ],
        },
      ],
    });
  });
});

describe('misuse the real CardService rejects', () => {
  it('refuses a TextButton with no text, naming where it sits in the card', () => {
    const { cs } = setup();
    const builder = oneWidgetCard(
      cs,
      cs.newButtonSet().addButton(cs.newTextButton().setOnClickAction(action(cs))),
    );
    expect(() => builder.build()).toThrow(
      'Card build failed at card.sections[0].widgets[0].buttonList.buttons[0]: TextButton has no text',
    );
  });

  it('refuses a TextButton with no action or link', () => {
    const { cs } = setup();
    const builder = oneWidgetCard(cs, cs.newButtonSet().addButton(cs.newTextButton().setText('Go')));
    expect(() => builder.build()).toThrow(/TextButton has no action/);
  });

  it('refuses an ImageButton with no icon, and one with no action', () => {
    const { cs } = setup();
    const noIcon = cs.newImageButton().setAltText('x').setOnClickAction(action(cs));
    expect(() => oneWidgetCard(cs, cs.newButtonSet().addButton(noIcon)).build()).toThrow(
      /ImageButton has no icon/,
    );
    const noAction = cs.newImageButton().setIcon(cs.Icon.STAR);
    expect(() => oneWidgetCard(cs, cs.newButtonSet().addButton(noAction)).build()).toThrow(
      /ImageButton has no action/,
    );
  });

  it('refuses a card with no section and a section with no widgets', () => {
    const { cs } = setup();
    expect(() => cs.newCardBuilder().setHeader(cs.newCardHeader().setTitle('T')).build()).toThrow(
      /card has no section/,
    );
    expect(() => cs.newCardBuilder().addSection(cs.newCardSection().setHeader('Empty')).build()).toThrow(
      'Card build failed at card.sections[0]: CardSection has no widgets',
    );
  });

  it('refuses more than 100 sections, and more than 100 widgets in a card (card.proto: the rest are dropped)', () => {
    const { cs } = setup();
    const sections = cs.newCardBuilder();
    for (let i = 0; i < 101; i++) sections.addSection(cs.newCardSection().addWidget(cs.newDivider()));
    expect(() => sections.build()).toThrow(/101 sections; the limit is 100/);

    const section = cs.newCardSection();
    for (let i = 0; i < 101; i++) section.addWidget(cs.newDivider());
    expect(() => cs.newCardBuilder().addSection(section).build()).toThrow(
      /101 widgets; Gmail shows at most 100 per card/,
    );
    // Spread over sections, the count is the card's: 60 + 41 is too many.
    const split = cs.newCardBuilder();
    for (const n of [60, 41]) {
      const s = cs.newCardSection();
      for (let i = 0; i < n; i++) s.addWidget(cs.newDivider());
      split.addSection(s);
    }
    expect(() => split.build()).toThrow(/101 widgets; Gmail shows at most 100 per card/);

    const full = cs.newCardSection();
    for (let i = 0; i < 100; i++) full.addWidget(cs.newDivider());
    expect(() => cs.newCardBuilder().addSection(full).build()).not.toThrow();
  });

  it('refuses an action parameter that is not a string', () => {
    const { cs } = setup();
    expect(() => cs.newAction().setParameters(loose({ action: 'x', count: 3 }))).toThrow(
      /Invalid argument: parameters.count .*expects a string.*got number 3/,
    );
  });

  it('refuses a function name that is not a global of the script, when the action is set', () => {
    const { cs } = setup();
    expect(() => cs.newAction().setFunctionName('handlers.dispatch')).toThrow(
      /"handlers.dispatch" is not a top-level function of the script/,
    );
    expect(() => cs.newAction().setFunctionName('onHomepage')).not.toThrow();
  });

  it('refuses an action that never got a function name', () => {
    const { cs } = setup();
    const button = cs.newTextButton().setText('Go').setOnClickAction(cs.newAction());
    expect(() => oneWidgetCard(cs, button).build()).toThrow(/Action has no function name/);
  });

  it('refuses non-string section headers and texts', () => {
    const { cs } = setup();
    expect(() => cs.newCardSection().setHeader(loose(5))).toThrow(
      'Invalid argument: header (CardSection.setHeader expects a string, got number 5)',
    );
    expect(() => cs.newTextParagraph().setText(loose(undefined))).toThrow(
      /TextParagraph.setText expects a string/,
    );
    expect(() => cs.newDecoratedText().setText(loose(null))).toThrow(
      /DecoratedText.setText expects a string/,
    );
  });

  it('refuses a TextInput or SelectionInput without a field name', () => {
    const { cs } = setup();
    expect(() => oneWidgetCard(cs, cs.newTextInput().setTitle('Body')).build()).toThrow(
      'Card build failed at card.sections[0].widgets[0].textInput: TextInput has no field name',
    );
    const selection = cs
      .newSelectionInput()
      .setType(cs.SelectionInputType.RADIO_BUTTON)
      .addItem('a', 'a', false);
    expect(() => oneWidgetCard(cs, selection).build()).toThrow(/SelectionInput has no field name/);
  });

  it('refuses an empty Navigation', () => {
    const { cs } = setup();
    const response = cs.newActionResponseBuilder().setNavigation(cs.newNavigation());
    expect(() => response.build()).toThrow(/ActionResponseBuilder.build: the Navigation is empty/);
  });

  it('refuses an unbuilt card in a Navigation', () => {
    const { cs } = setup();
    const unbuilt = oneWidgetCard(cs, cs.newDivider());
    expect(() => cs.newNavigation().pushCard(loose(unbuilt))).toThrow(
      /expects a built Card .*got a CardBuilder/,
    );
  });

  it('refuses setGmailDraft with anything but an emulated GmailDraft, without calling getId', () => {
    const { cs } = setup();
    const builder = cs.newComposeActionResponseBuilder();
    expect(() => builder.setGmailDraft(loose({ id: 'r1' }))).toThrow(/expects a GmailDraft/);
    const getId = jest.fn(() => 'r1');
    expect(() => builder.setGmailDraft(loose({ getId }))).toThrow(/expects a GmailDraft/);
    const draft = { getId, [DRAFT_INFO]: { draftId: 'r1', threadId: 't1', messageId: 'm1' } };
    expect(() => builder.setGmailDraft(loose(draft))).not.toThrow();
    expect(getId).not.toHaveBeenCalled();
  });

  it('refuses a ComposeActionResponse with no draft', () => {
    const { cs } = setup();
    expect(() => cs.newComposeActionResponseBuilder().build()).toThrow(/no draft; call setGmailDraft/);
  });

  it('refuses an UpdateDraftActionResponse with no update set', () => {
    const { cs } = setup();
    expect(() => cs.newUpdateDraftActionResponseBuilder().build()).toThrow(
      /UpdateDraftActionResponseBuilder.build: no update set/,
    );
  });

  it('refuses a value that is not one of the enum', () => {
    const { cs } = setup();
    expect(() => cs.newTextButton().setTextButtonStyle(loose('SHINY'))).toThrow(
      /Invalid argument: textButtonStyle .*CardService.TextButtonStyle/,
    );
    expect(() => cs.newSelectionInput().setType(loose('LIST'))).toThrow(/CardService.SelectionInputType/);
  });

  it('refuses a widget that is not a CardService widget', () => {
    const { cs } = setup();
    expect(() => cs.newCardSection().addWidget(loose({ textParagraph: { text: 'x' } }))).toThrow(
      /Invalid argument: widget/,
    );
  });

  it('creates its errors through the context, so they are sandbox-realm Errors', () => {
    const SandboxError = vm.runInNewContext('Error') as ErrorConstructor;
    const ctx = cardServiceContext({ error: (m) => new SandboxError(String(m)) });
    const cs = createCardService(ctx);
    let thrown: unknown;
    try {
      cs.newCardBuilder().build();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SandboxError);
    expect(thrown).not.toBeInstanceOf(Error);
  });
});

// What the platform receives for each kind of value an add-on function can return, and what it refuses.
import { createCardService } from '../../sim/services/cardService';
import { DRAFT_INFO } from '../../sim/services/context';
import { toRenderJson } from '../../sim/services/renderJson';
import { cardServiceContext } from './cardServiceContext';

type CS = GoogleAppsScript.Card_Service.CardService;

const cs: CS = createCardService(cardServiceContext());

function card(text: string, name?: string) {
  const builder = cs
    .newCardBuilder()
    .addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText(text)));
  if (name) builder.setName(name);
  return builder.build();
}

function cardJson(text: string, name?: string) {
  return { sections: [{ widgets: [{ textParagraph: { text } }] }], ...(name ? { name } : {}) };
}

describe('toRenderJson', () => {
  it('pushes a Card returned by a trigger', () => {
    expect(toRenderJson(card('Hi'))).toEqual({ action: { navigations: [{ pushCard: cardJson('Hi') }] } });
  });

  it('pushes every card of a Card[] in order', () => {
    expect(toRenderJson([card('One'), card('Two')])).toEqual({
      action: { navigations: [{ pushCard: cardJson('One') }, { pushCard: cardJson('Two') }] },
    });
  });

  it('renders an ActionResponse with chained navigation, notification, link and stateChanged', () => {
    const response = cs
      .newActionResponseBuilder()
      .setNavigation(
        cs
          .newNavigation()
          .popToRoot()
          .popToNamedCard('main')
          .popCard()
          .pushCard(card('Detail'))
          .updateCard(card('Main', 'main')),
      )
      .setNotification(cs.newNotification().setText('Saved'))
      .setOpenLink(cs.newOpenLink().setUrl('https://example.com').setOpenAs(cs.OpenAs.FULL_SIZE))
      .setStateChanged(true)
      .build();
    expect(toRenderJson(response)).toEqual({
      renderActions: {
        action: {
          navigations: [
            { popToRoot: true },
            { popToCard: 'main' },
            { pop: true },
            { pushCard: cardJson('Detail') },
            { updateCard: cardJson('Main', 'main') },
          ],
          notification: { text: 'Saved' },
          link: { url: 'https://example.com', openAs: 'FULL_SIZE' },
        },
      },
      stateChanged: true,
    });
  });

  it('leaves out the parts of an ActionResponse that were not set', () => {
    const response = cs
      .newActionResponseBuilder()
      .setNotification(cs.newNotification().setText('Done'))
      .setStateChanged(false)
      .build();
    expect(toRenderJson(response)).toEqual({ renderActions: { action: { notification: { text: 'Done' } } } });
  });

  it('refuses a Notification with no text', () => {
    const builder = cs.newActionResponseBuilder().setNotification(cs.newNotification());
    expect(() => builder.build()).toThrow(/Notification has no text/);
  });

  it('renders a UniversalActionResponse showing cards, or opening a link', () => {
    const cards = cs
      .newUniversalActionResponseBuilder()
      .displayAddOnCards([card('Settings')])
      .build();
    expect(toRenderJson(cards)).toEqual({
      renderActions: { action: { navigations: [{ pushCard: cardJson('Settings') }] } },
    });
    const link = cs
      .newUniversalActionResponseBuilder()
      .setOpenLink(cs.newOpenLink().setUrl('https://example.com/help').setOnClose(cs.OnClose.NOTHING))
      .build();
    expect(toRenderJson(link)).toEqual({
      renderActions: { action: { link: { url: 'https://example.com/help', onClose: 'NOTHING' } } },
    });
  });

  it('renders a ComposeActionResponse as openCreatedDraftActionMarkup with the draft and thread ids', () => {
    const draft = {
      getId: () => 'r-1',
      [DRAFT_INFO]: { draftId: 'r-1', threadId: 'thread-9', messageId: 'm-3' },
    };
    const response = cs
      .newComposeActionResponseBuilder()
      .setGmailDraft(draft as unknown as GoogleAppsScript.Gmail.GmailDraft)
      .build();
    expect(toRenderJson(response)).toEqual({
      renderActions: {
        hostAppAction: {
          gmailAction: { openCreatedDraftActionMarkup: { draftId: 'r-1', draftThreadId: 'thread-9' } },
        },
      },
    });
  });

  it('renders every part of an UpdateDraftActionResponse', () => {
    const response = cs
      .newUpdateDraftActionResponseBuilder()
      .setUpdateDraftBodyAction(
        cs
          .newUpdateDraftBodyAction()
          .addUpdateContent('<p>Hi</p>', cs.ContentType.MUTABLE_HTML)
          .addUpdateContent('-- sig', cs.ContentType.TEXT)
          .setUpdateType(loose(cs).UpdateDraftBodyType.INSERT_AT_END),
      )
      .setUpdateDraftSubjectAction(cs.newUpdateDraftSubjectAction().addUpdateSubject('Re: Plans'))
      .setUpdateDraftToRecipientsAction(
        cs.newUpdateDraftToRecipientsAction().addUpdateToRecipients(['a@x.com']),
      )
      .setUpdateDraftCcRecipientsAction(
        cs.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients(['b@x.com', 'c@x.com']),
      )
      .setUpdateDraftBccRecipientsAction(cs.newUpdateDraftBccRecipientsAction().addUpdateBccRecipients([]))
      .build();
    expect(toRenderJson(response)).toEqual({
      renderActions: {
        hostAppAction: {
          gmailAction: {
            updateDraftActionMarkup: {
              updateBody: {
                insertContents: [
                  { content: '<p>Hi</p>', contentType: 'MUTABLE_HTML' },
                  { content: '-- sig', contentType: 'TEXT' },
                ],
                type: 'INSERT_AT_END',
              },
              updateSubject: { subject: 'Re: Plans' },
              updateToRecipients: { toRecipients: [{ email: 'a@x.com' }] },
              updateCcRecipients: { ccRecipients: [{ email: 'b@x.com' }, { email: 'c@x.com' }] },
              updateBccRecipients: { bccRecipients: [] },
            },
          },
        },
      },
    });
  });

  it('renders only the draft updates that were set', () => {
    const response = cs
      .newUpdateDraftActionResponseBuilder()
      .setUpdateDraftSubjectAction(cs.newUpdateDraftSubjectAction().addUpdateSubject('Re: x'))
      .build();
    expect(toRenderJson(response)).toEqual({
      renderActions: {
        hostAppAction: { gmailAction: { updateDraftActionMarkup: { updateSubject: { subject: 'Re: x' } } } },
      },
    });
  });

  it('renders a SuggestionsResponse as autoComplete items', () => {
    const response = cs
      .newSuggestionsResponseBuilder()
      .setSuggestions(cs.newSuggestions().addSuggestions(['Thanks', 'Decline']))
      .build();
    expect(toRenderJson(response)).toEqual({
      autoComplete: { items: [{ text: 'Thanks' }, { text: 'Decline' }] },
    });
  });

  it('gives printJson the same JSON as the render', () => {
    const response = cs.newActionResponseBuilder().setNavigation(cs.newNavigation().popCard()).build();
    expect(JSON.parse(response.printJson())).toEqual(toRenderJson(response));
  });

  describe('refuses what Apps Script would reject', () => {
    it('an unbuilt builder, telling the developer to call build()', () => {
      const builder = cs.newCardBuilder().addSection(cs.newCardSection().addWidget(cs.newDivider()));
      expect(() => toRenderJson(builder)).toThrow('returned a CardBuilder: call build()');
      expect(() => toRenderJson(cs.newActionResponseBuilder())).toThrow(
        'returned an ActionResponseBuilder: call build()',
      );
    });

    it('a plain object', () => {
      expect(() => toRenderJson({ action: { navigations: [] } })).toThrow(
        /returned a plain object \{action\}; Apps Script would reject it/,
      );
    });

    it('undefined (a function that forgot to return)', () => {
      expect(() => toRenderJson(undefined)).toThrow(/returned undefined; Apps Script would reject it/);
    });

    it('a Promise (an async function)', () => {
      expect(() => toRenderJson(Promise.resolve(card('x')))).toThrow(/returned a Promise/);
    });

    it('an empty array, or an array holding something other than built cards', () => {
      expect(() => toRenderJson([])).toThrow(/returned an empty array/);
      expect(() => toRenderJson([card('x'), cs.newCardBuilder()])).toThrow(/a CardBuilder at index 1/);
    });

    it('a non-card CardService object', () => {
      expect(() => toRenderJson(cs.newNavigation().popCard())).toThrow(
        /returned a Navigation; Apps Script would reject/,
      );
    });
  });
});

/** UpdateDraftBodyType in @types lists only IN_PLACE_INSERT; the service has all three. */
function loose(service: CS): {
  UpdateDraftBodyType: Record<string, GoogleAppsScript.Card_Service.UpdateDraftBodyType>;
} {
  return service as unknown as {
    UpdateDraftBodyType: Record<string, GoogleAppsScript.Card_Service.UpdateDraftBodyType>;
  };
}

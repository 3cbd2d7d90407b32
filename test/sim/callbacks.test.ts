// Each role Gmail calls a function in accepts one kind of answer (docs/emulator.md "Callbacks"): the
// runtime refuses the others, learns each action's role from the card that offered it, and refuses a
// click no card offered.
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { ROOT, Runtime } from '../../sim/sandbox';
import { cardsOf, findButton } from '../../sim/testing/cardQuery';
import { actionEvent, composeEvent, homepageEvent, messageEvent } from '../../sim/testing/events';

const MANIFEST = {
  oauthScopes: [
    'https://www.googleapis.com/auth/gmail.addons.execute',
    'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
    'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  ],
  addOns: {
    common: { homepageTrigger: { runFunction: 'home' }, universalActions: [{ runFunction: 'menu' }] },
    gmail: {
      contextualTriggers: [{ onTriggerFunction: 'open' }],
      composeTrigger: { selectActions: [{ runFunction: 'compose' }] },
    },
  },
};

// A card offering every kind of action, and callbacks answering rightly or wrongly.
const SCRIPT = `
function card() {
  var act = function (what) { return CardService.newAction().setFunctionName('act').setParameters({ what: what }); };
  return CardService.newCardBuilder().addSection(CardService.newCardSection()
    .addWidget(CardService.newTextButton().setText('Push').setOnClickAction(act('push')))
    .addWidget(CardService.newTextButton().setText('Card').setOnClickAction(act('card')))
    .addWidget(CardService.newTextButton().setText('Reply draft').setComposeAction(act('reply'), CardService.ComposedEmailType.REPLY_AS_DRAFT))
    .addWidget(CardService.newTextButton().setText('Standalone as reply').setComposeAction(act('standalone'), CardService.ComposedEmailType.REPLY_AS_DRAFT))
    .addWidget(CardService.newTextButton().setText('Standalone').setComposeAction(act('standalone2'), CardService.ComposedEmailType.STANDALONE_DRAFT))
    .addWidget(CardService.newTextButton().setText('Error card').setComposeAction(act('error'), CardService.ComposedEmailType.REPLY_AS_DRAFT))
    .addWidget(CardService.newTextButton().setText('Insert').setOnClickAction(act('insert')))
  ).build();
}
function home(e) { return card(); }
function compose(e) { return [card()]; }
function open(e) {
  GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
  return card();
}
function menu(e) { return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card()]).build(); }
function wrongMenu(e) { return card(); }
function act(e) {
  var what = e.commonEventObject.parameters.what;
  var push = function () { return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(card())).build(); };
  if (what === 'push' || what === 'error') return push();
  if (what === 'card') return card();
  if (what === 'insert') return CardService.newUpdateDraftActionResponseBuilder().setUpdateDraftBodyAction(
    CardService.newUpdateDraftBodyAction().addUpdateContent('Hi', CardService.ContentType.TEXT)
      .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT)).build();
  GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
  var message = GmailApp.getMessageById(e.gmail.messageId);
  var draft = what === 'reply' ? message.createDraftReply('Thanks') : GmailApp.createDraft('ana@contoso.example', 'Hello', 'Hi');
  return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}
`;

async function runtime() {
  const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
  const rt = new Runtime({ mailbox, manifest: MANIFEST });
  rt.load(SCRIPT, 'probe.js');
  return rt;
}

function opened(rt: Runtime) {
  const event = messageEvent(rt.mailbox, rt.mailbox.messages()[0]!.id);
  return { event, card: cardsOf(rt.render('open', event))[0]! };
}

function clickOn(rt: Runtime, event: ReturnType<typeof messageEvent>, card: unknown, text: string) {
  return rt.render('act', actionEvent(event, findButton(card, text).parameters));
}

test('a card action answers with an ActionResponse: a Card is refused', async () => {
  const rt = await runtime();
  const { event, card } = opened(rt);
  expect(() => clickOn(rt, event, card, 'Push')).not.toThrow();
  expect(() => clickOn(rt, event, card, 'Card')).toThrow(
    'act ran as a card action (setOnClickAction) and returned a Card; Gmail accepts only an ActionResponse there',
  );
});

test('a compose action answers with a ComposeActionResponse: an ActionResponse (an error card) is refused', async () => {
  const rt = await runtime();
  const { event, card } = opened(rt);
  expect(() => clickOn(rt, event, card, 'Error card')).toThrow(
    'act ran as a compose action (setComposeAction) and returned an ActionResponse; Gmail accepts only a ComposeActionResponse there',
  );
  expect(() => clickOn(rt, event, card, 'Reply draft')).not.toThrow();
  expect(rt.mailbox.drafts).toHaveLength(1);
});

test("the draft's kind must match the button's ComposedEmailType", async () => {
  const rt = await runtime();
  const { event, card } = opened(rt);
  expect(() => clickOn(rt, event, card, 'Standalone')).not.toThrow();
  expect(() => clickOn(rt, event, card, 'Standalone as reply')).toThrow(
    'act ran as a compose action of ComposedEmailType.REPLY_AS_DRAFT and returned a standalone draft',
  );
});

test('a compose action returning an ActionResponse fails the click', async () => {
  const rt = await runtime();
  const { event } = opened(rt);
  expect(() =>
    rt.render('act', actionEvent(event, { what: 'push' }), { kind: 'compose', type: 'REPLY_AS_DRAFT' }),
  ).toThrow('Gmail accepts only a ComposeActionResponse there');
});

test('a universal action answers with a UniversalActionResponse, on every surface', async () => {
  const rt = await runtime();
  expect(() => rt.render('menu', homepageEvent())).not.toThrow();
  expect(() => rt.render('wrongMenu', homepageEvent(), { kind: 'universal', surface: 'homepage' })).toThrow(
    'Gmail accepts only a UniversalActionResponse there',
  );
});

test('a card in the compose window may answer with an UpdateDraftActionResponse; a message card may not', async () => {
  const rt = await runtime();
  const event = composeEvent(rt.mailbox, { to: ['ana@contoso.example'] });
  const card = cardsOf(rt.render('compose', event))[0]!;
  expect(() => rt.render('act', actionEvent(event, findButton(card, 'Insert').parameters))).not.toThrow();
  const message = opened(rt);
  expect(() =>
    rt.render('act', actionEvent(message.event, { what: 'insert' }), { kind: 'action', surface: 'message' }),
  ).toThrow('Gmail accepts only an ActionResponse there');
});

test('a click no card offered is refused: Gmail only calls what a card offers', async () => {
  const rt = await runtime();
  const { event } = opened(rt);
  expect(() => rt.render('act', actionEvent(event, { what: 'forged' }))).toThrow(
    'was not offered by any card this runtime rendered',
  );
});

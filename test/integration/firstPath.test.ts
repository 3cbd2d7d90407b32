// The first path a user takes: open a message, see it in the sidebar, click "Create draft", and get a
// reply draft in the same thread, with an HTML part and an equivalent text part.

import { COMPOSE_ACTIONS } from '../../sim/services/cardService';
import { findButton, hasText, plain, textsOf } from '../../sim/testing/cardQuery';
import { messageEvent } from '../../sim/testing/events';
import { click, fixtureRuntime, messageIdOf, openMessage } from '../support/harness';

test('the sidebar names the sender (Gmail shows subject and date beside it); the quote dates the message in the user’s locale and zone', async () => {
  const runtime = await fixtureRuntime();
  const env = { locale: 'de-DE', timeZone: 'Europe/Berlin' };
  const { event, card } = openMessage(runtime, 'plain-text.eml', env);
  const message = runtime.mailbox.message(messageIdOf(runtime, 'plain-text.eml'))!;
  expect((card.header as { title: string; subtitle: string }).subtitle).toBe(message.from.address);
  // Nothing Gmail already shows twice: the subject appears only as the draft's ("Re: …").
  expect(textsOf(card).filter((t) => t === message.subject)).toEqual([]);
  // The card speaks German: its button says so.
  const response = click(runtime, event, card, findButton(card, 'Entwurf erstellen')) as {
    renderActions: { hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: { draftId: string } } } };
  };
  const id = response.renderActions.hostAppAction.gmailAction.openCreatedDraftActionMarkup.draftId;
  const draft = runtime.mailbox.drafts.find((d) => d.draftId === id)!;
  // 2 March 2026, 15:41 UTC is 16:41 in Berlin; the attribution is Gmail's German one.
  expect(draft.text).toMatch(/Am .*2\. März 2026, 16:41 schrieb /);
});

test('"Create draft" makes a threaded draft with both parts and opens it', async () => {
  const runtime = await fixtureRuntime();
  const { event, card } = openMessage(runtime, 'plain-text.eml');
  const response = click(runtime, event, card, findButton(card, 'Create draft')) as {
    renderActions: {
      hostAppAction: {
        gmailAction: { openCreatedDraftActionMarkup: { draftId: string; draftThreadId: string } };
      };
    };
  };
  const opened = response.renderActions.hostAppAction.gmailAction.openCreatedDraftActionMarkup;
  const draft = runtime.mailbox.drafts.find((d) => d.draftId === opened.draftId)!;
  const parent = runtime.mailbox.message(messageIdOf(runtime, 'plain-text.eml'))!;
  expect(draft.threadId).toBe(parent.threadId);
  expect(opened.draftThreadId).toBe(parent.threadId);
  expect(draft.inReplyTo).toBe(parent.messageId);
  expect(draft.references.at(-1)).toBe(parent.messageId);
  // The parts are equivalent: every line of the quoted text reads the same in the HTML part.
  const quoted = draft.text
    .split('\n')
    .filter((line) => line.startsWith('> ') && line.trim().length > 2)
    .map((line) => line.slice(2).trim());
  expect(quoted.length).toBeGreaterThan(0);
  const htmlText = plain(draft.html ?? '');
  for (const line of quoted) expect(htmlText).toContain(line);
  expect(htmlText).toContain(
    draft.text
      .split('\n')
      .find((l) => l.startsWith('On '))!
      .slice(0, 20),
  );
});

test('the button is a compose action, so Gmail opens the draft in a compose window', async () => {
  const runtime = await fixtureRuntime();
  const id = messageIdOf(runtime, 'plain-text.eml');
  const built = runtime.invoke('onGmailMessage', messageEvent(runtime.mailbox, id)) as Record<
    symbol,
    unknown
  >;
  const actions = built[COMPOSE_ACTIONS] as { type: string; parameters: Record<string, string> }[];
  // Create draft, and the Draft of each suggested template that needs nothing more: all replies here.
  expect(actions.map((a) => a.parameters.action).sort()).toEqual([
    'draftReply',
    'draftTemplate',
    'draftTemplate',
    'draftTemplate',
    'draftTemplate',
  ]);
  expect(actions.every((a) => a.type === 'REPLY_AS_DRAFT')).toBe(true);
});

describe('errors reach the user as a card in plain words, never a stack trace', () => {
  const noStack = (card: unknown) =>
    expect(textsOf(card).join(' ')).not.toMatch(/\bat \w+ \(|Error:|\.ts:\d+/);

  test('an event without an access token or message id', async () => {
    const runtime = await fixtureRuntime();
    const id = messageIdOf(runtime, 'plain-text.eml');
    for (const gmail of [{ messageId: id }, { accessToken: runtime.mailbox.issueToken(id) }]) {
      const card = runtime.render('onGmailMessage', { commonEventObject: { hostApp: 'GMAIL' }, gmail });
      expect(hasText(card, 'Open a message')).toBe(true);
      noStack(card);
    }
  });

  test('a wrong access token', async () => {
    const runtime = await fixtureRuntime();
    const id = messageIdOf(runtime, 'plain-text.eml');
    const card = runtime.render('onGmailMessage', { gmail: { messageId: id, accessToken: 'forged' } });
    expect(hasText(card, 'did not let Threadsmith read this message')).toBe(true);
    noStack(card);
  });

  test('a message id that no longer exists', async () => {
    const runtime = await fixtureRuntime();
    const id = messageIdOf(runtime, 'plain-text.eml');
    const card = runtime.render('onGmailMessage', {
      gmail: { messageId: 'ffffffffffffffff', accessToken: runtime.mailbox.issueToken(id) },
    });
    expect(textsOf(card).join(' ')).toMatch(/no longer exists|did not let Threadsmith/);
    noStack(card);
  });

  test('a message without From', async () => {
    const runtime = await fixtureRuntime();
    const { card } = openMessage(runtime, 'no-from.eml');
    expect(hasText(card, 'nobody to reply to')).toBe(true);
    noStack(card);
  });

  test('an unexpected failure shows a reference and logs the details', async () => {
    const runtime = await fixtureRuntime();
    runtime.ledger.failNext('GmailApp', 5, 'Internal wiring broke', 'getMessageById');
    const { card } = openMessage(runtime, 'plain-text.eml');
    expect(hasText(card, 'Reference: TS-')).toBe(true);
    noStack(card);
    expect(runtime.logs.some((l) => l.level === 'error' && l.message.includes('Internal wiring broke'))).toBe(
      true,
    );
  });
});

// Errors as Gmail throws them, through the built bundle: in German and Japanese (nothing may depend on
// an error's words), the transient server error retried on reads, and failures after a write (a draft
// made though the call threw, a save committed though releasing the lock or re-reading failed).

import type { Runtime } from '../../sim/sandbox';
import { FAULT } from '../../sim/services/messages';
import { cardsOf, findButton, hasText, notificationOf, textsOf } from '../../sim/testing/cardQuery';
import { homepageEvent, messageEvent } from '../../sim/testing/events';
import {
  CREATE_DRAFT,
  click,
  createDraft,
  createDraftButtonOf,
  fixtureRuntime,
  messageIdOf,
  openMessage,
} from '../support/harness';

/** The message of what `run` throws ('' when it does not): what Gmail shows for a failed compose action. */
function thrownBy(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '';
}

const GERMAN = { locale: 'de-DE', timeZone: 'Europe/Berlin' };
const JAPANESE = { locale: 'ja-JP', timeZone: 'Asia/Tokyo' };
const HOME = homepageEvent();

/** A runtime whose user reads Gmail in `env.locale`: Apps Script's errors arrive in that language. */
const runtimeIn = (env: { locale: string }) => fixtureRuntime({ locale: env.locale });

const calls = (runtime: Runtime, method: string) =>
  runtime.ledger.entries.filter((e) => e.method === method).length;

const DRAFT_MAY_EXIST =
  'Gmail did not confirm the draft, but it may have been made anyway. Look in your Drafts folder before you try again, so you don’t end up with two copies.';
const UNEXPECTED = 'Threadsmith hit an unexpected problem';
// The German user reads the same advice in German (src/i18n/messages/de.ts), written out here by hand.
const DRAFT_MAY_EXIST_DE =
  'Gmail hat den Entwurf nicht bestätigt, er wurde aber eventuell trotzdem erstellt. Sehen Sie im Ordner „Entwürfe“ nach, bevor Sie es noch einmal versuchen, damit Sie nicht zwei Exemplare haben.';
const UNEXPECTED_DE = 'Bei Threadsmith ist ein unerwartetes Problem aufgetreten';

describe('reads are retried whatever language the error is in', () => {
  test('German: a server error on opening the message, then the card', async () => {
    const runtime = await runtimeIn(GERMAN);
    runtime.ledger.failNext('GmailApp', 1, FAULT.serverError, 'getMessageById');
    const { card } = openMessage(runtime, 'plain-text.eml', GERMAN);
    expect(hasText(card, UNEXPECTED) || hasText(card, UNEXPECTED_DE)).toBe(false);
    expect(CREATE_DRAFT.some((text) => hasText(card, text))).toBe(true);
    expect(calls(runtime, 'getMessageById')).toBe(2);
  });

  test('Japanese: a server error reading the templates and settings, then the card', async () => {
    const runtime = await runtimeIn(JAPANESE);
    runtime.ledger.failNext('PropertiesService', 2, FAULT.serverError, 'user.getProperties');
    const { card } = openMessage(runtime, 'plain-text.eml', JAPANESE);
    expect(hasText(card, UNEXPECTED)).toBe(false);
    expect(CREATE_DRAFT.some((text) => hasText(card, text))).toBe(true);
    expect(calls(runtime, 'user.getProperties')).toBeGreaterThanOrEqual(3);
  });

  test('Japanese: a server error on the access token, then the card', async () => {
    const runtime = await runtimeIn(JAPANESE);
    runtime.ledger.failNext('GmailApp', 1, FAULT.serverError, 'setCurrentMessageAccessToken');
    const { card } = openMessage(runtime, 'plain-text.eml', JAPANESE);
    expect(CREATE_DRAFT.some((text) => hasText(card, text))).toBe(true);
  });

  test('German: a message that is gone is named in plain words, with a reference', async () => {
    const runtime = await runtimeIn(GERMAN);
    const id = messageIdOf(runtime, 'plain-text.eml');
    const event = messageEvent(runtime.mailbox, id, GERMAN);
    // Gmail refuses in German; the add-on used to recognise only English words ("permission", "not found").
    const gone = { ...event, gmail: { ...event.gmail, messageId: 'ffffffffffffffff' } };
    const card = cardsOf(runtime.render('onGmailMessage', gone))[0]!;
    expect(textsOf(card)).toContain(
      'Gmail hat Threadsmith diese Nachricht nicht lesen lassen: Sie wurde eventuell gelöscht oder verschoben, oder Gmail hat Probleme. Schließen Sie die Nachricht, öffnen Sie sie erneut und versuchen Sie es noch einmal.',
    );
    expect(hasText(card, 'Referenz: TS-')).toBe(true);
    expect(hasText(card, UNEXPECTED) || hasText(card, UNEXPECTED_DE)).toBe(false);
    expect(
      runtime.logs.some((l) => l.level === 'error' && l.message.includes('Sie sind nicht berechtigt')),
    ).toBe(true);
  });
});

describe('a draft call that may have written', () => {
  test('Japanese: the reply draft times out after Gmail made it: the user is sent to Drafts', async () => {
    const runtime = await runtimeIn(JAPANESE);
    const { event, card } = openMessage(runtime, 'plain-text.eml', JAPANESE);
    runtime.ledger.failAfter('GmailMessage', 'createDraftReply', FAULT.gmailTimedOut);
    // A compose action can only answer with a draft: its failure is the message Gmail shows.
    const failure = thrownBy(() => click(runtime, event, card, createDraftButtonOf(card)));
    // The draft is there; the add-on cannot know, so it must not invite a second one.
    expect(runtime.mailbox.drafts).toHaveLength(1);
    expect(failure).toContain(DRAFT_MAY_EXIST);
    expect(failure).not.toContain(UNEXPECTED);
    expect(failure).toMatch(/Reference: TS-/);
    // The draft call is never repeated.
    expect(calls(runtime, 'createDraftReply')).toBe(1);
  });

  test('German: a standalone draft (reply to list) that times out: the same advice', async () => {
    const runtime = await runtimeIn(GERMAN);
    const { event, card } = openMessage(runtime, 'mailing-list-post.eml', GERMAN);
    // Reply-To is not the list here, so the route is a standalone draft: GmailApp.createDraft.
    runtime.ledger.failAfter('GmailApp', 'createDraft', FAULT.gmailTimedOut);
    const failure = thrownBy(() => createDraft(runtime, event, card, { mode: 'reply-list' }));
    expect(runtime.mailbox.drafts).toHaveLength(1);
    expect(failure).toContain(DRAFT_MAY_EXIST_DE);
    expect(calls(runtime, 'createDraft')).toBe(1);
  });

  test('German: a template draft that times out after the write: the same advice', async () => {
    const runtime = await runtimeIn(GERMAN);
    const { event, card } = openMessage(runtime, 'plain-text.eml', GERMAN);
    // A German user's library starts with the German starters: "Nachfassen" is "Follow up".
    const preview = cardsOf(click(runtime, event, card, findButton(card, 'Nachfassen')))[0]!;
    runtime.ledger.failAfter('GmailMessage', 'createDraftReply', FAULT.gmailTimedOut);
    const failure = thrownBy(() => click(runtime, event, preview, createDraftButtonOf(preview)));
    expect(runtime.mailbox.drafts).toHaveLength(1);
    expect(failure).toContain(DRAFT_MAY_EXIST_DE);
  });

  test('a draft refused before anything was written still reads as an unexpected problem', async () => {
    const runtime = await runtimeIn(GERMAN);
    const { event, card } = openMessage(runtime, 'plain-text.eml', GERMAN);
    // Reading the message's thread again fails: no draft call was made, so trying again is right.
    runtime.ledger.failNext('GmailApp', 3, FAULT.serverError, 'getMessageById');
    const failure = thrownBy(() => click(runtime, event, card, createDraftButtonOf(card)));
    expect(runtime.mailbox.drafts).toHaveLength(0);
    expect(failure).not.toContain(DRAFT_MAY_EXIST_DE);
    expect(failure).not.toContain(DRAFT_MAY_EXIST);
  });
});

/** The homepage's library card, with its “New template” editor. */
function newTemplateEditor(runtime: Runtime) {
  const home = cardsOf(runtime.render('onHomepage', HOME))[0]!;
  return cardsOf(click(runtime, HOME, home, findButton(home, 'New template')))[0]!;
}

const savedNames = (runtime: Runtime) =>
  Object.values(runtime.userStore.toObject()).filter((v) => v.includes('"Quick thanks"')).length;

describe('a save that committed is reported as saved', () => {
  test('German: releasing the lock throws after the template was saved', async () => {
    const runtime = await runtimeIn(GERMAN);
    const editor = newTemplateEditor(runtime);
    runtime.ledger.failAfter('LockService', 'user.releaseLock', FAULT.serverError);
    const response = click(runtime, HOME, editor, findButton(editor, 'Save'), {
      templateName: 'Quick thanks',
      templateBody: 'Thanks!',
    });
    expect(notificationOf(response)).toBe('Saved “Quick thanks”');
    expect(hasText(cardsOf(response)[0]!, 'Quick thanks')).toBe(true);
    expect(savedNames(runtime)).toBe(1);
  });

  test('Japanese: the properties write throws after it committed', async () => {
    const runtime = await runtimeIn(JAPANESE);
    const editor = newTemplateEditor(runtime);
    runtime.ledger.failAfter('PropertiesService', 'user.setProperties', FAULT.serverError, 2);
    const response = click(runtime, HOME, editor, findButton(editor, 'Save'), {
      templateName: 'Quick thanks',
      templateBody: 'Thanks!',
    });
    expect(notificationOf(response)).toBe('Saved “Quick thanks”');
    expect(savedNames(runtime)).toBe(1);
    // Read back, found written: not written again.
    expect(calls(runtime, 'user.setProperties')).toBe(2);
  });

  test('Japanese: the list after a save is drawn from the save’s own read: a failing store adds nothing', async () => {
    const runtime = await runtimeIn(JAPANESE);
    const editor = newTemplateEditor(runtime);
    // The save's own read passes; any read after it would fail (the list used to be read again).
    const before = calls(runtime, 'user.getProperties');
    runtime.ledger.failNext('PropertiesService', 3, FAULT.serverError, 'user.getProperties', { skip: 1 });
    const response = click(runtime, HOME, editor, findButton(editor, 'Save'), {
      templateName: 'Quick thanks',
      templateBody: 'Thanks!',
    });
    expect(notificationOf(response)).toBe('Saved “Quick thanks”');
    expect(hasText(cardsOf(response)[0]!, 'Quick thanks')).toBe(true);
    expect(calls(runtime, 'user.getProperties') - before).toBe(1);
    expect(savedNames(runtime)).toBe(1);
  });

  test('German: settings saved, then the card cannot be redrawn (the user’s address fails to read)', async () => {
    const runtime = await runtimeIn(GERMAN);
    const { event } = openMessage(runtime, 'plain-text.eml', GERMAN);
    const settings = cardsOf(runtime.render('onSettings', event))[0]!;
    runtime.ledger.failNext('Session', 3, FAULT.serverError, 'getActiveUser');
    // Settings speak the event's language: "Speichern", "Gespeichert." (written by hand).
    const response = click(runtime, event, settings, findButton(settings, 'Speichern'), {
      otherAddresses: 'sam.taylor@northwind.example',
    });
    expect(notificationOf(response)).toBe('Gespeichert.');
    expect(JSON.stringify(runtime.userStore.toObject())).toContain('sam.taylor@northwind.example');
  });

  test('Japanese: settings saved, then releasing the lock throws', async () => {
    const runtime = await runtimeIn(JAPANESE);
    const { event } = openMessage(runtime, 'plain-text.eml', JAPANESE);
    const settings = cardsOf(runtime.render('onSettings', event))[0]!;
    runtime.ledger.failAfter('LockService', 'user.releaseLock', FAULT.serverError);
    const response = click(runtime, event, settings, findButton(settings, '保存'), {
      otherAddresses: 'sam.taylor@northwind.example',
    });
    expect(notificationOf(response)).toBe('保存しました。');
    expect(JSON.stringify(runtime.userStore.toObject())).toContain('sam.taylor@northwind.example');
  });
});

// The team library as users set it up: the owner presses "Create team library" on the library card (and
// shares the file from Drive); a teammate selects the file in Drive, opens Threadsmith there and presses
// "Use as team library", says yes to Drive's file-access dialog, and presses it again. Only the cards,
// Drive's events and Drive's own sharing are used.
import type { Runtime } from '../sandbox';
import type { DriveFileRecord } from '../services/driveApp';
import { cardsOf, findButton, formDefaults, inputsOf, notificationOf } from './cardQuery';
import { driveItemsEvent, homepageEvent } from './events';
import { click, openLibrary, SetupError, shownCard, textInputNamed } from './setup';

type Card = Record<string, unknown>;

/** The library's "Create team library": `name` typed, the personal templates named in `start` ticked. */
export function createTeamLibrary(
  runtime: Runtime,
  options: { name?: string; start?: readonly string[] } = {},
): { notification: string; file: DriveFileRecord } {
  const base = homepageEvent();
  const library = openLibrary(runtime, base);
  const card = shownCard(click(runtime, base, library, findButton(library, 'Create team library')));
  const form = formDefaults(card);
  if (options.name !== undefined) form[textInputNamed(card, 'Team library name')] = [options.name];
  const ticks = inputsOf(card).find((i) => i.label === 'Your templates');
  if (options.start?.length) {
    if (!ticks) throw new SetupError(['the card lists no templates to start with']);
    const values = (options.start ?? []).map((name) => {
      const item = ticks.items?.find((i) => i.text === name);
      if (!item) throw new SetupError([`no template “${name}” to tick`]);
      return item.value;
    });
    form[ticks.name] = values;
  }
  const before = new Set(runtime.drive.files.keys());
  const response = click(runtime, base, card, findButton(card, 'Create team library'), form);
  shownCard(response);
  const created = [...runtime.drive.files.values()].find((f) => !before.has(f.id));
  if (!created) throw new SetupError([notificationOf(response) ?? 'no file was created']);
  return { notification: notificationOf(response) ?? '', file: created };
}

/**
 * In Drive: select `fileId`, press "Use as team library", grant file access when Drive asks (unless
 * `decline`), then press it again. Returns the last card Drive shows and its notification.
 */
export function joinTeamLibrary(
  runtime: Runtime,
  fileId: string,
  options: { decline?: boolean } = {},
): { card: Card; notification?: string; askedForAccess: boolean } {
  const select = () => driveItemsEvent(runtime.drive, runtime.user.email, [fileId]);
  let event = select();
  let card = shownCard(runtime.render('onDriveItemsSelected', event));
  let response = click(runtime, event, card, findButton(card, 'Use as team library'));
  const asked = (
    response as {
      renderActions?: { hostAppAction?: { driveAction?: { requestFileScope?: { itemId?: string } } } };
    }
  )?.renderActions?.hostAppAction?.driveAction?.requestFileScope?.itemId;
  if (asked) {
    if (options.decline) return { card, askedForAccess: true };
    runtime.grantFileScope(asked);
    // Drive runs the items-selected trigger again once access is granted.
    event = select();
    card = shownCard(runtime.render('onDriveItemsSelected', event));
    response = click(runtime, event, card, findButton(card, 'Use as team library'));
  }
  const shown = cardsOf(response)[0] ?? card;
  return { card: shown, notification: notificationOf(response), askedForAccess: Boolean(asked) };
}

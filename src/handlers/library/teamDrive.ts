// The team library in Drive's side panel: the file selected there offered as the team library ("Use as
// team library", file access asked with requestFileScope), and the panel's home card. Gmail's team
// actions are team.ts.

import type { ActionParams } from '../../actions';
import { askFileScope, updateCard } from '../../cards/responses';
import { driveHomeCard, driveItemCard } from '../../cards/teamCards';
import { UserError } from '../../errors';
import { type AddonEvent, userEnv } from '../../events';
import { t } from '../../i18n';
import { cardOrErrorCard } from '../shared/boundary';
import { teamLibrary } from '../shared/stores';

type Card = GoogleAppsScript.Card_Service.Card;

interface DriveItem {
  id?: string;
  title?: string;
  mimeType?: string;
  addonHasFileScopePermission?: boolean;
}
type DriveEvent = AddonEvent & { drive?: { activeCursorItem?: DriveItem; selectedItems?: DriveItem[] } };

function selectedItem(e: DriveEvent, id?: string): DriveItem | undefined {
  const items = [e.drive?.activeCursorItem, ...(e.drive?.selectedItems ?? [])].filter(
    (i): i is DriveItem => !!i?.id,
  );
  return id ? items.find((i) => i.id === id) : items[0];
}

function itemCard(item: DriveItem, locale: string): Card {
  const id = item.id ?? '';
  const title = item.title ?? t(locale, 'team.theFile');
  const pointer = teamLibrary().load().status;
  if (pointer.state !== 'none' && pointer.pointer.fileId === id) {
    return driveItemCard({
      fileId: id,
      title,
      message: t(locale, 'team.isYours'),
      canJoin: false,
      locale,
    });
  }
  return driveItemCard({
    fileId: id,
    title,
    message: t(locale, item.addonHasFileScopePermission ? 'team.askUse' : 'team.askUseAccess'),
    canJoin: true,
    locale,
  });
}

/** Drive's items-selected trigger: the file under the cursor, offered as the team library. */
export function onDriveItemsSelected(e: DriveEvent): Card {
  return cardOrErrorCard(() => {
    const item = selectedItem(e);
    const { locale } = userEnv(e);
    return item ? itemCard(item, locale) : driveHomeCard(locale);
  });
}

export function onDriveHomepage(e: AddonEvent): Card {
  return cardOrErrorCard(() => driveHomeCard(userEnv(e).locale));
}

/**
 * "Use as team library": without access to the file yet, Drive is asked for it (requestFileScope: the
 * user grants drive.file for this one file, and Drive runs the trigger again); with it, the file is
 * read, checked to be a team library, and becomes the user's.
 */
export function joinTeam(e: DriveEvent, params: ActionParams['joinTeam']) {
  const item = selectedItem(e, params.fileId);
  if (!item?.addonHasFileScopePermission) {
    return askFileScope(params.fileId);
  }
  const { locale } = userEnv(e);
  const title = item.title ?? t(locale, 'team.theFile');
  try {
    const joined = teamLibrary().join(params.fileId);
    const templates = t(locale, 'rows.templates', { count: joined.count });
    const card = driveItemCard({
      fileId: params.fileId,
      title,
      message: t(locale, joined.role === 'viewer' ? 'team.joinedViewer' : 'team.joined', {
        name: joined.name,
        templates,
      }),
      canJoin: false,
      locale,
    });
    return updateCard(card, t(locale, 'team.joinedNote', { name: joined.name }));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const card = driveItemCard({
      fileId: params.fileId,
      title,
      message: `${error.message}`,
      canJoin: false,
      locale,
    });
    return updateCard(card, t(locale, 'team.notTeamLibrary'));
  }
}

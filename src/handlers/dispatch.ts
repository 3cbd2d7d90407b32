// The single entry point of every card button: reads parameters.action and runs its handler.
import { type ActionName, type ActionParams, COMPOSE_ACTIONS } from '../actions';
import { userError } from '../errors';
import { type AddonEvent, userEnv } from '../events';
import { composeInsert, composePreview, composeRefresh, composeSearch } from './compose/compose';
import {
  confirmDeleteTemplate,
  deleteDamaged,
  deleteTemplate,
  duplicateTemplate,
  editTemplate,
  exportTemplates,
  goBack,
  importTemplates,
  insertField,
  newTemplate,
  openImport,
  openLibrary,
  saveTemplate,
  showDamaged,
  showLibrary,
} from './library/library';
import {
  copyToTeam,
  createTeam,
  leaveTeam,
  newTeamTemplate,
  openCopyToTeam,
  openCreateTeam,
} from './library/team';
import { joinTeam } from './library/teamDrive';
import { draftReply, refreshReply } from './message/message';
import { allTemplates, draftTemplate, previewTemplate, refreshTemplate } from './message/templateReply';
import { openSettings, saveSettings } from './settings/settings';
import { composeOrThrow, responseOrErrorCard } from './shared/boundary';

type Handler<K extends ActionName> = (
  e: AddonEvent,
  params: ActionParams[K],
) => ReturnType<typeof responseOrErrorCard>;

const HANDLERS: { [K in ActionName]: Handler<K> } = {
  refreshReply,
  draftReply,
  openSettings,
  saveSettings,
  previewTemplate,
  refreshTemplate,
  draftTemplate,
  allTemplates,
  openLibrary,
  showLibrary,
  newTemplate,
  editTemplate,
  insertField,
  saveTemplate,
  duplicateTemplate,
  confirmDeleteTemplate,
  deleteTemplate,
  openImport,
  importTemplates,
  exportTemplates,
  showDamaged,
  deleteDamaged,
  goBack,
  composeSearch,
  composePreview,
  composeRefresh,
  composeInsert,
  openCreateTeam,
  createTeam,
  openCopyToTeam,
  copyToTeam,
  newTeamTemplate,
  leaveTeam,
  joinTeam,
};

const ACTION_NAMES: readonly string[] = Object.keys(HANDLERS);

// Not Object.hasOwn: Apps Script's V8 may predate it, and esbuild does not polyfill library calls.
function isActionName(name: string): name is ActionName {
  return ACTION_NAMES.includes(name);
}

export function dispatchAction(e: AddonEvent) {
  const parameters = e.commonEventObject?.parameters ?? {};
  const name = parameters.action ?? '';
  const { locale } = userEnv(e);
  const run = () => {
    if (!isActionName(name)) {
      throw userError({ title: 'error.title', message: 'error.oldButton' });
    }
    const handler = HANDLERS[name] as Handler<typeof name>;
    return handler(e, parameters as unknown as ActionParams[typeof name]);
  };
  // A compose action may only answer with a draft (boundary.ts): its failures cannot become a card.
  if (COMPOSE_ACTIONS.includes(name as ActionName)) {
    return composeOrThrow(run as () => GoogleAppsScript.Card_Service.ComposeActionResponse, locale);
  }
  return responseOrErrorCard(run, locale);
}

// The emulated CardService global: factories (each a ledger entry) and enums, over the builders that
// produce card.proto JSON and the platform's render JSON.
import type { ServiceContext } from '../context';
import { Action, OpenLink } from './actions';
import { ButtonSet, IconImage, ImageButton, MaterialIcon, TextButton } from './buttons';
import { CardAction, CardBuilder, CardHeader, CardSection, FixedFooter } from './card';
import {
  UpdateDraftActionResponseBuilder,
  UpdateDraftBccRecipientsAction,
  UpdateDraftBodyAction,
  UpdateDraftCcRecipientsAction,
  UpdateDraftSubjectAction,
  UpdateDraftToRecipientsAction,
} from './draftUpdates';
import { ENUMS } from './enums';
import { SelectionInput, Suggestions, TextInput } from './inputs';
import {
  ActionResponseBuilder,
  ComposeActionResponseBuilder,
  DriveItemsSelectedActionResponseBuilder,
  Navigation,
  Notification,
  SuggestionsResponseBuilder,
  UniversalActionResponseBuilder,
} from './responses';
import { DecoratedText, Divider, Image, Switch, TextParagraph } from './widgets';

export { CARD_JSON, COMPOSE_ACTIONS, type ComposeActionInfo, RENDER_JSON, SIM_KIND } from '../renderJson';
export { Card, MAX_SECTIONS, MAX_WIDGETS_PER_CARD } from './card';
export { BuiltResponse } from './responses';

type Factory = new (ctx: ServiceContext) => object;

const FACTORIES: Record<string, Factory> = {
  newAction: Action,
  newActionResponseBuilder: ActionResponseBuilder,
  newButtonSet: ButtonSet,
  newCardAction: CardAction,
  newCardBuilder: CardBuilder,
  newCardHeader: CardHeader,
  newCardSection: CardSection,
  newComposeActionResponseBuilder: ComposeActionResponseBuilder,
  newDecoratedText: DecoratedText,
  newDivider: Divider,
  newDriveItemsSelectedActionResponseBuilder: DriveItemsSelectedActionResponseBuilder,
  newFixedFooter: FixedFooter,
  newIconImage: IconImage,
  newImage: Image,
  newImageButton: ImageButton,
  newMaterialIcon: MaterialIcon,
  newNavigation: Navigation,
  newNotification: Notification,
  newOpenLink: OpenLink,
  newSelectionInput: SelectionInput,
  newSuggestions: Suggestions,
  newSuggestionsResponseBuilder: SuggestionsResponseBuilder,
  newSwitch: Switch,
  newTextButton: TextButton,
  newTextInput: TextInput,
  newTextParagraph: TextParagraph,
  newUniversalActionResponseBuilder: UniversalActionResponseBuilder,
  newUpdateDraftActionResponseBuilder: UpdateDraftActionResponseBuilder,
  newUpdateDraftBccRecipientsAction: UpdateDraftBccRecipientsAction,
  newUpdateDraftBodyAction: UpdateDraftBodyAction,
  newUpdateDraftCcRecipientsAction: UpdateDraftCcRecipientsAction,
  newUpdateDraftSubjectAction: UpdateDraftSubjectAction,
  newUpdateDraftToRecipientsAction: UpdateDraftToRecipientsAction,
};

/**
 * The CardService global for the sandbox. Only the listed part of the interface exists; the enums are
 * string-valued, so `CardService.Icon.EMAIL === 'EMAIL'` (Apps Script's own enum objects print the same).
 */
export function createCardService(ctx: ServiceContext): GoogleAppsScript.Card_Service.CardService {
  const service: Record<string, unknown> = { ...ENUMS };
  for (const [name, Type] of Object.entries(FACTORIES)) {
    service[name] = () => {
      ctx.record('CardService', name, []);
      return new Type(ctx);
    };
  }
  service.toString = () => 'CardService';
  return Object.freeze(service) as unknown as GoogleAppsScript.Card_Service.CardService;
}

// The action responses the handlers answer with, one builder chain each, so a handler says what it does
// (push a card, redraw one, notify) and not how CardService spells it. The emulator checks each kind
// against the callback that returns it (sim/services/): push/update/pop with an optional notification.

type Card = GoogleAppsScript.Card_Service.Card;
type Navigation = GoogleAppsScript.Card_Service.Navigation;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/** Navigate as given (a pop to a named card, say, that may also redraw it), with `notice` if any. */
export function respond(navigation: Navigation, notice?: string): ActionResponse {
  const response = CardService.newActionResponseBuilder().setNavigation(navigation);
  if (notice) response.setNotification(CardService.newNotification().setText(notice));
  return response.build();
}

/** A new card on top of the stack. */
export const pushCard = (card: Card, notice?: string) =>
  respond(CardService.newNavigation().pushCard(card), notice);

/** The card on top drawn again, in place. */
export const updateCard = (card: Card, notice?: string) =>
  respond(CardService.newNavigation().updateCard(card), notice);

/** Back one card. */
export const popCard = (notice?: string) => respond(CardService.newNavigation().popCard(), notice);

/** Only a notification: the cards stay as they are. */
export const notify = (text: string): ActionResponse =>
  CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).build();

/** The draft just made, opened in a compose window (a Draft button's answer). */
export const openDraft = (draft: GoogleAppsScript.Gmail.GmailDraft) =>
  CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();

/** A universal action's answer: these cards in place of the add-on's. */
export const showCards = (cards: Card[]) =>
  CardService.newUniversalActionResponseBuilder().displayAddOnCards(cards).build();

/**
 * Drive's answer when the add-on may not read the selected file yet: ask the user for drive.file on it
 * (Drive runs the trigger again once granted). Typed as an action response, which dispatch returns.
 */
export const askFileScope = (fileId: string) =>
  CardService.newDriveItemsSelectedActionResponseBuilder()
    .requestFileScope(fileId)
    .build() as unknown as ActionResponse;

/**
 * A compose action's answer: `html` inserted at the cursor; Cc, Bcc and the subject set only when given
 * (each action replaces the whole list, so the caller passes the draft's own recipients first).
 */
export function updateDraft(update: { html: string; cc?: string[]; bcc?: string[]; subject?: string }) {
  const response = CardService.newUpdateDraftActionResponseBuilder().setUpdateDraftBodyAction(
    CardService.newUpdateDraftBodyAction()
      .addUpdateContent(update.html, CardService.ContentType.MUTABLE_HTML)
      .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT),
  );
  if (update.cc) {
    response.setUpdateDraftCcRecipientsAction(
      CardService.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients(update.cc),
    );
  }
  if (update.bcc) {
    response.setUpdateDraftBccRecipientsAction(
      CardService.newUpdateDraftBccRecipientsAction().addUpdateBccRecipients(update.bcc),
    );
  }
  if (update.subject !== undefined) {
    response.setUpdateDraftSubjectAction(
      CardService.newUpdateDraftSubjectAction().addUpdateSubject(update.subject),
    );
  }
  return response.build();
}

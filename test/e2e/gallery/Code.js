// A hand-written add-on for the preview's browser tests: one card with every widget the preview draws,
// navigation, notifications, and a compose trigger that edits the open draft. Runs in the emulator.
// biome-ignore-all lint: an Apps Script-style script in ES5: its functions are globals called by name

function act(name, params) {
  return CardService.newAction()
    .setFunctionName(name)
    .setParameters(params || {});
}

function button(text, name, params) {
  return CardService.newTextButton().setText(text).setOnClickAction(act(name, params));
}

function onGalleryHome() {
  return CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle('Gallery home'))
    .addSection(
      CardService.newCardSection().addWidget(CardService.newTextParagraph().setText('Open a message.')),
    )
    .build();
}

function galleryCard(e) {
  var messageId = e && e.gmail ? e.gmail.messageId : '';
  var html = CardService.newCardSection()
    .setHeader('Text <b>formats</b>')
    .addWidget(
      CardService.newTextParagraph().setText(
        '<b>bold</b> <i>italic</i> <u>under</u> <s>strike</s> <font color="#b3261e">red</font> ' +
          '<a href="https://example.com/docs">link</a><br>next line <img src=x onerror=alert(1)> <script>alert(1)</script> &lt;kept&gt;',
      ),
    )
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel('Message id')
        .setText(messageId)
        .setBottomLabel('from the event')
        .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.EMAIL)),
    )
    .addWidget(
      CardService.newDecoratedText()
        .setText('Include the quote')
        .setSwitchControl(CardService.newSwitch().setFieldName('quote').setValue('yes').setSelected(true)),
    );
  var inputs = CardService.newCardSection()
    .setHeader('Inputs')
    .addWidget(
      CardService.newTextInput()
        .setFieldName('greeting')
        .setTitle('Greeting')
        .setValue('Hello')
        .setSuggestions(CardService.newSuggestions().addSuggestion('Hi').addSuggestion('Dear')),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName('note')
        .setTitle('Note')
        .setMultiline(true)
        .setHint('Several lines'),
    )
    .addWidget(
      CardService.newSelectionInput()
        .setFieldName('tone')
        .setTitle('Tone')
        .setType(CardService.SelectionInputType.RADIO_BUTTON)
        .addItem('Friendly', 'friendly', true)
        .addItem('Formal', 'formal', false),
    )
    .addWidget(
      CardService.newSelectionInput()
        .setFieldName('extras')
        .setTitle('Extras')
        .setType(CardService.SelectionInputType.CHECK_BOX)
        .addItem('Signature', 'signature', true)
        .addItem('Links', 'links', false),
    )
    .addWidget(
      CardService.newSelectionInput()
        .setFieldName('lang')
        .setTitle('Language')
        .setType(CardService.SelectionInputType.DROPDOWN)
        .addItem('English', 'en', false)
        .addItem('German', 'de', true),
    )
    .addWidget(
      CardService.newSelectionInput()
        .setFieldName('track')
        .setTitle('Tracking')
        .setType(CardService.SelectionInputType.SWITCH)
        .addItem('Remember my choice', 'remember', false),
    );
  var more = CardService.newCardSection()
    .setHeader('More')
    .setCollapsible(true)
    .setNumUncollapsibleWidgets(1)
    .addWidget(CardService.newTextParagraph().setText('Always shown'))
    .addWidget(CardService.newDivider())
    .addWidget(CardService.newTextParagraph().setText('Hidden until expanded'))
    .addWidget(
      CardService.newButtonSet()
        .addButton(button('Push', 'galleryPush'))
        .addButton(button('Notify', 'galleryNotify'))
        .addButton(button('Fail', 'galleryFail'))
        .addButton(button('Disabled', 'galleryNotify').setDisabled(true)),
    );
  return CardService.newCardBuilder()
    .setName('gallery')
    .setHeader(CardService.newCardHeader().setTitle('Gallery').setSubtitle('every widget'))
    .addSection(html)
    .addSection(inputs)
    .addSection(more)
    .addCardAction(CardService.newCardAction().setText('About').setOnClickAction(act('galleryNotify')))
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(
          button('Echo', 'galleryEcho').setTextButtonStyle(CardService.TextButtonStyle.FILLED),
        )
        .setSecondaryButton(button('Update', 'galleryUpdate')),
    )
    .build();
}

function onGalleryMessage(e) {
  return galleryCard(e);
}

function simpleCard(title, text, name) {
  var b = CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle(title))
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextParagraph().setText(text))
        .addWidget(
          CardService.newButtonSet()
            .addButton(button('Pop', 'galleryPop'))
            .addButton(button('Root', 'galleryRoot')),
        ),
    );
  if (name) b.setName(name);
  return b.build();
}

function galleryPush() {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(simpleCard('Pushed card', 'one level down')))
    .build();
}

function galleryPop() {
  return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().popCard()).build();
}

function galleryRoot() {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().popToRoot())
    .build();
}

function galleryNotify() {
  return CardService.newActionResponseBuilder()
    .setNotification(CardService.newNotification().setText('Saved to the gallery'))
    .build();
}

function galleryFail() {
  throw new Error('Gallery failure on purpose');
}

function galleryEcho(e) {
  var inputs = e.commonEventObject.formInputs || {};
  var names = Object.keys(inputs).sort();
  var lines = names.map((n) => n + '=' + inputs[n].stringInputs.value.join('|'));
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().pushCard(simpleCard('Echo', lines.join('<br>'), 'echo')))
    .build();
}

function galleryUpdate() {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().updateCard(simpleCard('Updated card', 'replaced in place')))
    .build();
}

function onGalleryCompose(e) {
  var to = (e.gmail && e.gmail.toRecipients) || [];
  return CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle('Compose gallery'))
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextParagraph().setText('To in the event: ' + (to.join(', ') || 'nobody')))
        .addWidget(
          CardService.newButtonSet()
            .addButton(button('Insert here', 'galleryInsert', { where: 'IN_PLACE_INSERT' }))
            .addButton(button('Insert at end', 'galleryInsert', { where: 'INSERT_AT_END' })),
        ),
    )
    .build();
}

function galleryInsert(e) {
  var where = e.commonEventObject.parameters.where;
  var to = (e.gmail && e.gmail.toRecipients) || [];
  return CardService.newUpdateDraftActionResponseBuilder()
    .setUpdateDraftBodyAction(
      CardService.newUpdateDraftBodyAction()
        .addUpdateContent('<b>[inserted]</b>', CardService.ContentType.MUTABLE_HTML)
        .setUpdateType(CardService.UpdateDraftBodyType[where]),
    )
    .setUpdateDraftSubjectAction(
      CardService.newUpdateDraftSubjectAction().addUpdateSubject('Gallery subject'),
    )
    .setUpdateDraftToRecipientsAction(
      CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(to.concat(['added@example.com'])),
    )
    .setUpdateDraftCcRecipientsAction(
      CardService.newUpdateDraftCcRecipientsAction().addUpdateCcRecipients(['cc@example.com']),
    )
    .build();
}

// The toolbar menu's universal actions: cards that replace the stack, a link, and a wrong answer.
function galleryUniversal(e) {
  var gmail = e.gmail || {};
  var card = CardService.newCardBuilder()
    .setName('universal')
    .setHeader(CardService.newCardHeader().setTitle('Universal card'))
    .addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextParagraph().setText(
            'Message id: ' + (gmail.messageId || 'none') + '<br>Token: ' + (gmail.accessToken ? 'yes' : 'no'),
          ),
        )
        .addWidget(button('Notify', 'galleryNotify')),
    )
    .build();
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

function galleryHelpLink() {
  return CardService.newUniversalActionResponseBuilder()
    .setOpenLink(CardService.newOpenLink().setUrl('https://example.com/help'))
    .build();
}

function galleryWrongUniversal() {
  return simpleCard('Wrong', 'a Card where a UniversalActionResponse belongs');
}

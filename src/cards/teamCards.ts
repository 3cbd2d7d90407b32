// The team library's cards: its section on the library card (how to create or join one, or what it holds
// and what went wrong), creating one, copying templates to it, a team template for someone who can only
// view it, and the cards Threadsmith shows in Drive when the file is selected.
import { FIELD } from '../actions';
import { actionButton } from './actions';
import { bold, escapeCardText, muted } from './html';

type Card = GoogleAppsScript.Card_Service.Card;

export type TeamSectionView =
  | { state: 'none' }
  | {
      state: 'ok';
      name: string;
      count: number;
      canEdit: boolean;
      url: string;
      problems: string[];
      stale: boolean;
    }
  | { state: 'problem'; name: string; title: string; message: string; consentUrl?: string };

/** The words of the empty section, also in docs/team-library.md. */
export const TEAM_EMPTY_TEXT =
  'Share one set of templates with your team. <b>Create team library</b> makes a file in your Google Drive; you then share that file with your team from Drive (“Share…”). To join a team library someone shared with you: open Google Drive, select the file, open Threadsmith in Drive’s side panel and choose <b>Use as team library</b>.';

const SHOWN_PROBLEMS = 10;

function linkButton(text: string, url: string, reload = false): GoogleAppsScript.Card_Service.TextButton {
  const link = CardService.newOpenLink().setUrl(url).setOpenAs(CardService.OpenAs.FULL_SIZE);
  if (reload) link.setOnClose(CardService.OnClose.RELOAD);
  return CardService.newTextButton()
    .setText(text)
    .setTextButtonStyle(CardService.TextButtonStyle.OUTLINED)
    .setOpenLink(link);
}

/** The "Team library" section of the library card. */
export function teamSection(view: TeamSectionView): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader('Team library');
  const text = (html: string) => section.addWidget(CardService.newTextParagraph().setText(html));
  if (view.state === 'none') {
    text(TEAM_EMPTY_TEXT);
    section.addWidget(actionButton('Create team library', 'openCreateTeam', {}));
    return section;
  }
  if (view.state === 'problem') {
    text(`${bold(escapeCardText(view.title))}<br>${escapeCardText(view.message)}`);
    const buttons = CardService.newButtonSet();
    if (view.consentUrl) buttons.addButton(linkButton('Allow access', view.consentUrl, true));
    buttons.addButton(actionButton('Stop using it', 'leaveTeam', {}));
    section.addWidget(buttons);
    return section;
  }
  const n = `${view.count} template${view.count === 1 ? '' : 's'}`;
  text(
    `${bold(escapeCardText(view.name))}: ${n}, marked Team in your lists. ${
      view.canEdit
        ? 'You can edit them; your teammates see your changes.'
        : 'You can use them; only people with edit access to the file in Drive can change them.'
    }`,
  );
  if (view.stale) text(muted('Drive did not answer just now: these are the team templates as last read.'));
  if (view.problems.length > 0) {
    const shown = view.problems.slice(0, SHOWN_PROBLEMS).map((p) => escapeCardText(p));
    if (view.problems.length > SHOWN_PROBLEMS)
      shown.push(`… and ${view.problems.length - SHOWN_PROBLEMS} more`);
    text(
      `${bold(`${view.problems.length} entr${view.problems.length === 1 ? 'y' : 'ies'} of the file can’t be used`)} (the others can):<br>${shown.join('<br>')}`,
    );
  }
  const buttons = CardService.newButtonSet();
  if (view.canEdit) {
    buttons.addButton(actionButton('New team template', 'newTeamTemplate', {}));
    buttons.addButton(actionButton('Copy my templates to the team', 'openCopyToTeam', {}));
  }
  if (view.url) buttons.addButton(linkButton('Share…', view.url));
  buttons.addButton(actionButton('Stop using it', 'leaveTeam', {}));
  section.addWidget(buttons);
  return section;
}

function checkboxes(templates: { id: string; name: string }[]) {
  const input = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.CHECK_BOX)
    .setFieldName(FIELD.teamTemplates)
    .setTitle('Your templates');
  for (const t of templates) input.addItem(t.name, t.id, false);
  return input;
}

/** Creating a team library: a name and, optionally, which personal templates it starts with. */
export function createTeamCard(view: {
  name: string;
  templates: { id: string; name: string }[];
  more: number;
  error?: string;
}): Card {
  const section = CardService.newCardSection();
  if (view.error) section.addWidget(CardService.newTextParagraph().setText(escapeCardText(view.error)));
  section
    .addWidget(
      CardService.newTextParagraph().setText(
        'Threadsmith makes a file in your Google Drive for the team’s templates. Only people you share the file with can see it; those you give edit access can change its templates.',
      ),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName(FIELD.teamName)
        .setTitle('Team library name')
        .setValue(view.name),
    );
  if (view.templates.length > 0) {
    section.addWidget(
      CardService.newTextParagraph().setText(
        muted(
          'Tick the templates to start it with (copies: yours stay as they are), or none to start empty.',
        ),
      ),
    );
    section.addWidget(checkboxes(view.templates));
    if (view.more > 0)
      section.addWidget(
        CardService.newTextParagraph().setText(
          muted(`${view.more} more: copy them later with “Copy my templates to the team”.`),
        ),
      );
  }
  return pickCard(
    'createTeam',
    'Create team library',
    section,
    actionButton('Create team library', 'createTeam', {}, true),
  );
}

export function copyToTeamCard(view: {
  teamName: string;
  templates: { id: string; name: string }[];
  more: number;
  error?: string;
}): Card {
  const section = CardService.newCardSection();
  if (view.error) section.addWidget(CardService.newTextParagraph().setText(escapeCardText(view.error)));
  section.addWidget(
    CardService.newTextParagraph().setText(
      `Tick the templates to copy to ${bold(escapeCardText(view.teamName))}. Your own stay as they are.`,
    ),
  );
  if (view.templates.length > 0) section.addWidget(checkboxes(view.templates));
  else
    section.addWidget(
      CardService.newTextParagraph().setText(muted('You have no templates of your own yet.')),
    );
  if (view.more > 0)
    section.addWidget(
      CardService.newTextParagraph().setText(muted(`${view.more} more: search the library to open one.`)),
    );
  return pickCard(
    'copyToTeam',
    'Copy to the team library',
    section,
    actionButton('Copy to the team', 'copyToTeam', {}, true),
  );
}

/** A card where templates are ticked, with its action and Cancel in the footer. */
function pickCard(
  name: string,
  title: string,
  section: GoogleAppsScript.Card_Service.CardSection,
  primary: GoogleAppsScript.Card_Service.TextButton,
): Card {
  return CardService.newCardBuilder()
    .setName(name)
    .setHeader(CardService.newCardHeader().setTitle(title))
    .addSection(section)
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(primary)
        .setSecondaryButton(actionButton('Cancel', 'goBack', {})),
    )
    .build();
}

/** A team template for someone who can only view the library: its text, and a copy to their own. */
export function teamTemplateReadOnlyCard(view: {
  id: string;
  name: string;
  body: string;
  tags: string[];
  teamName: string;
}): Card {
  return CardService.newCardBuilder()
    .setName('teamTemplate')
    .setHeader(CardService.newCardHeader().setTitle(view.name).setSubtitle(`Team · ${view.teamName}`))
    .addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextParagraph().setText(
            muted(
              'A team template: you can use it, but only people with edit access to the team library can change it. Copy it to your templates to make your own version.',
            ),
          ),
        )
        .addWidget(
          CardService.newDecoratedText()
            .setTopLabel('Text')
            .setText(escapeCardText(view.body))
            .setWrapText(true),
        )
        .addWidget(
          CardService.newDecoratedText()
            .setTopLabel('Tags')
            .setText(escapeCardText(view.tags.join(', ') || '(none)'))
            .setWrapText(true),
        )
        .addWidget(
          CardService.newButtonSet()
            .addButton(
              actionButton('Copy to my templates', 'duplicateTemplate', { templateId: view.id }, true),
            )
            .addButton(actionButton('Back', 'goBack', {})),
        ),
    )
    .build();
}

// --- Drive ---------------------------------------------------------------------------------------

export const DRIVE_HOME_TEXT =
  'To use a team library someone shared with you, select its file here in Drive (it ends in “(Threadsmith team library).json”); this panel then offers <b>Use as team library</b>. To create one, open Threadsmith in Gmail: its library has a Team library section.';

export function driveHomeCard(): Card {
  return CardService.newCardBuilder()
    .setName('driveHome')
    .setHeader(CardService.newCardHeader().setTitle('Threadsmith'))
    .addSection(
      CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(DRIVE_HOME_TEXT)),
    )
    .build();
}

/** The Drive panel for a selected file: use it as the team library, or what is wrong with it. */
export function driveItemCard(view: {
  fileId: string;
  title: string;
  /** What the panel says: a question before access, what it found after, or that it is in use. */
  message: string;
  canJoin: boolean;
}): Card {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(escapeCardText(view.message)),
  );
  if (view.canJoin)
    section.addWidget(actionButton('Use as team library', 'joinTeam', { fileId: view.fileId }, true));
  return CardService.newCardBuilder()
    .setName('driveItem')
    .setHeader(CardService.newCardHeader().setTitle('Threadsmith').setSubtitle(view.title))
    .addSection(section)
    .build();
}

// The team library's cards: its section on the library card (how to create or join one, or what it holds
// and what went wrong), creating one, copying templates to it, a team template for someone who can only
// view it, and the cards Threadsmith shows in Drive when the file is selected.
import { FIELD } from '../actions';
import { type MessageId, type Params, t } from '../i18n';
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

type Say = (id: MessageId, params?: Params) => string;
const sayIn =
  (locale: string | undefined): Say =>
  (id, params) =>
    t(locale, id, params);

/**
 * A message whose params are card HTML (a bold name): the message text is escaped around them, so a
 * translation stays data while the HTML the card made is kept.
 */
function withHtml(say: Say, id: MessageId, html: Record<string, string>): string {
  const keys = Object.keys(html);
  const mark = (i: number) => `\u0001${i}\u0002`;
  let out = escapeCardText(say(id, Object.fromEntries(keys.map((k, i) => [k, mark(i)]))));
  keys.forEach((k, i) => {
    // A function, so a `$&` in a user's name is not read as a replacement pattern.
    out = out.replace(mark(i), () => html[k] ?? '');
  });
  return out;
}

const SHOWN_PROBLEMS = 10;

function linkButton(text: string, url: string, reload = false): GoogleAppsScript.Card_Service.TextButton {
  const link = CardService.newOpenLink().setUrl(url).setOpenAs(CardService.OpenAs.FULL_SIZE);
  if (reload) link.setOnClose(CardService.OnClose.RELOAD);
  return CardService.newTextButton()
    .setText(text)
    .setTextButtonStyle(CardService.TextButtonStyle.OUTLINED)
    .setOpenLink(link);
}

/** The "Team library" section of the library card (its empty words are also in docs/team-library.md). */
export function teamSection(
  view: TeamSectionView,
  locale?: string,
): GoogleAppsScript.Card_Service.CardSection {
  const say = sayIn(locale);
  const section = CardService.newCardSection().setHeader(escapeCardText(say('team.header')));
  const text = (html: string) => section.addWidget(CardService.newTextParagraph().setText(html));
  if (view.state === 'none') {
    text(
      withHtml(say, 'team.empty', {
        create: bold(escapeCardText(say('team.create'))),
        use: bold(escapeCardText(say('team.use'))),
      }),
    );
    section.addWidget(actionButton(say('team.create'), 'openCreateTeam', {}));
    return section;
  }
  if (view.state === 'problem') {
    text(`${bold(escapeCardText(view.title))}<br>${escapeCardText(view.message)}`);
    const buttons = CardService.newButtonSet();
    if (view.consentUrl) buttons.addButton(linkButton(say('team.allowAccess'), view.consentUrl, true));
    buttons.addButton(actionButton(say('team.stop'), 'leaveTeam', {}));
    section.addWidget(buttons);
    return section;
  }
  text(
    withHtml(say, 'team.summary', {
      name: bold(escapeCardText(view.name)),
      templates: escapeCardText(say('rows.templates', { count: view.count })),
      access: escapeCardText(say(view.canEdit ? 'team.canEdit' : 'team.canUse')),
    }),
  );
  if (view.stale) text(muted(escapeCardText(say('team.stale'))));
  if (view.problems.length > 0) {
    const shown = view.problems.slice(0, SHOWN_PROBLEMS).map((p) => escapeCardText(p));
    if (view.problems.length > SHOWN_PROBLEMS)
      shown.push(escapeCardText(say('team.moreProblems', { count: view.problems.length - SHOWN_PROBLEMS })));
    const problems = bold(escapeCardText(say('team.problems', { count: view.problems.length })));
    text(`${withHtml(say, 'team.problemsOthers', { problems })}<br>${shown.join('<br>')}`);
  }
  const buttons = CardService.newButtonSet();
  if (view.canEdit) {
    buttons.addButton(actionButton(say('team.newTemplate'), 'newTeamTemplate', {}));
    buttons.addButton(actionButton(say('team.copyMine'), 'openCopyToTeam', {}));
  }
  if (view.url) buttons.addButton(linkButton(say('team.share'), view.url));
  buttons.addButton(actionButton(say('team.stop'), 'leaveTeam', {}));
  section.addWidget(buttons);
  return section;
}

function checkboxes(templates: { id: string; name: string }[], say: Say) {
  const input = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.CHECK_BOX)
    .setFieldName(FIELD.teamTemplates)
    .setTitle(say('team.yourTemplates'));
  for (const t of templates) input.addItem(t.name, t.id, false);
  return input;
}

/** Creating a team library: a name and, optionally, which personal templates it starts with. */
export function createTeamCard(view: {
  name: string;
  templates: { id: string; name: string }[];
  more: number;
  error?: string;
  locale?: string;
}): Card {
  const say = sayIn(view.locale);
  const section = CardService.newCardSection();
  if (view.error) section.addWidget(CardService.newTextParagraph().setText(escapeCardText(view.error)));
  section
    .addWidget(CardService.newTextParagraph().setText(escapeCardText(say('team.createIntro'))))
    .addWidget(
      CardService.newTextInput().setFieldName(FIELD.teamName).setTitle(say('team.name')).setValue(view.name),
    );
  if (view.templates.length > 0) {
    section.addWidget(CardService.newTextParagraph().setText(muted(escapeCardText(say('team.tickToStart')))));
    section.addWidget(checkboxes(view.templates, say));
    if (view.more > 0)
      section.addWidget(
        CardService.newTextParagraph().setText(
          muted(escapeCardText(say('team.moreLater', { count: view.more }))),
        ),
      );
  }
  return pickCard(
    'createTeam',
    say('team.create'),
    section,
    actionButton(say('team.create'), 'createTeam', {}, true),
    say,
  );
}

export function copyToTeamCard(view: {
  teamName: string;
  templates: { id: string; name: string }[];
  more: number;
  error?: string;
  locale?: string;
}): Card {
  const say = sayIn(view.locale);
  const section = CardService.newCardSection();
  if (view.error) section.addWidget(CardService.newTextParagraph().setText(escapeCardText(view.error)));
  section.addWidget(
    CardService.newTextParagraph().setText(
      withHtml(say, 'team.tickToCopy', { team: bold(escapeCardText(view.teamName)) }),
    ),
  );
  if (view.templates.length > 0) section.addWidget(checkboxes(view.templates, say));
  else
    section.addWidget(
      CardService.newTextParagraph().setText(muted(escapeCardText(say('team.noneOfYourOwn')))),
    );
  if (view.more > 0)
    section.addWidget(
      CardService.newTextParagraph().setText(
        muted(escapeCardText(say('team.moreSearch', { count: view.more }))),
      ),
    );
  return pickCard(
    'copyToTeam',
    say('team.copyHeader'),
    section,
    actionButton(say('team.copyButton'), 'copyToTeam', {}, true),
    say,
  );
}

/** A card where templates are ticked, with its action and Cancel in the footer. */
function pickCard(
  name: string,
  title: string,
  section: GoogleAppsScript.Card_Service.CardSection,
  primary: GoogleAppsScript.Card_Service.TextButton,
  say: Say,
): Card {
  return CardService.newCardBuilder()
    .setName(name)
    .setHeader(CardService.newCardHeader().setTitle(title))
    .addSection(section)
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(primary)
        .setSecondaryButton(actionButton(say('library.cancel'), 'goBack', {})),
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
  locale?: string;
}): Card {
  const say = sayIn(view.locale);
  return CardService.newCardBuilder()
    .setName('teamTemplate')
    .setHeader(
      CardService.newCardHeader()
        .setTitle(view.name)
        .setSubtitle(say('team.subtitle', { team: view.teamName })),
    )
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextParagraph().setText(muted(escapeCardText(say('team.readOnly')))))
        .addWidget(
          CardService.newDecoratedText()
            .setTopLabel(say('team.text'))
            .setText(escapeCardText(view.body))
            .setWrapText(true),
        )
        .addWidget(
          CardService.newDecoratedText()
            .setTopLabel(say('team.tags'))
            .setText(escapeCardText(view.tags.join(', ') || say('team.noTags')))
            .setWrapText(true),
        )
        .addWidget(
          CardService.newButtonSet()
            .addButton(
              actionButton(say('team.copyToMine'), 'duplicateTemplate', { templateId: view.id }, true),
            )
            .addButton(actionButton(say('library.back'), 'goBack', {})),
        ),
    )
    .build();
}

// --- Drive ---------------------------------------------------------------------------------------

export function driveHomeCard(locale?: string): Card {
  const say = sayIn(locale);
  return CardService.newCardBuilder()
    .setName('driveHome')
    .setHeader(CardService.newCardHeader().setTitle('Threadsmith'))
    .addSection(
      CardService.newCardSection().addWidget(
        CardService.newTextParagraph().setText(
          withHtml(say, 'team.driveHome', { use: bold(escapeCardText(say('team.use'))) }),
        ),
      ),
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
  locale?: string;
}): Card {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(escapeCardText(view.message)),
  );
  if (view.canJoin)
    section.addWidget(actionButton(t(view.locale, 'team.use'), 'joinTeam', { fileId: view.fileId }, true));
  return CardService.newCardBuilder()
    .setName('driveItem')
    .setHeader(CardService.newCardHeader().setTitle('Threadsmith').setSubtitle(view.title))
    .addSection(section)
    .build();
}

/** Before a team library can be made: why Threadsmith asks for Drive access, and the link to allow it. */
export function consentCard(url: string | null, locale?: string): Card {
  const say = sayIn(locale);
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(escapeCardText(say('team.consent'))),
  );
  if (url)
    section.addWidget(
      CardService.newTextButton()
        .setText(say('team.allowAccess'))
        .setOpenLink(
          CardService.newOpenLink()
            .setUrl(url)
            .setOpenAs(CardService.OpenAs.FULL_SIZE)
            .setOnClose(CardService.OnClose.RELOAD),
        ),
    );
  return CardService.newCardBuilder()
    .setName('teamConsent')
    .setHeader(CardService.newCardHeader().setTitle(say('team.permission')))
    .addSection(section)
    .build();
}

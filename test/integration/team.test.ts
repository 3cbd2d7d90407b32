// The team library through the built bundle, with two users in one Drive (sam@ owns it, ana@ joins):
// create from a personal template, share from Drive, join through Drive (requestFileScope, then Gmail
// reads it), use it in a reply and in compose, a viewer's read-only card and copy, an editor's edit, a
// conflicting save, access revoked, the file trashed, a corrupt file, a bad entry, Drive failing, the
// cache, and drive.file declined. Everything is done through cards, Drive's events and Drive's sharing.
import { Mailbox } from '../../sim/mailbox/mailbox';
import { Runtime } from '../../sim/sandbox';
import { DRIVE_SCOPE, DriveWorld } from '../../sim/services/driveApp';
import {
  buttonsOf,
  cardsOf,
  changeAction,
  findButton,
  formDefaults,
  hasText,
  inputsOf,
  notificationOf,
  rowsOf,
  sectionOf,
  textsOf,
} from '../../sim/testing/cardQuery';
import { composeEvent, homepageEvent } from '../../sim/testing/events';
import { exportedTemplates, importTemplates, openLibrary, textInputNamed } from '../../sim/testing/setup';
import { createTeamLibrary, joinTeamLibrary } from '../../sim/testing/team';
import { click, FIXTURES, openMessage } from '../support/harness';

const SAM = { email: 'sam@northwind.example', name: 'Sam Taylor' };
const ANA = { email: 'ana@northwind.example', name: 'Ana Ruiz' };
const REFUND = {
  name: 'Refund sent',
  body: 'Hi {{ sender.first_name | default: "there" }}, your refund is on its way.',
  tags: ['billing'],
};
const SHIPPING = { name: 'Shipping times', body: 'Hello, orders ship within two days.' };

type Card = Record<string, unknown>;
const HOME = homepageEvent();

async function world(options: { anaScopes?: string[] } = {}) {
  const mailbox = await Mailbox.fromDirectory(FIXTURES);
  const drive = new DriveWorld();
  const make = (user: typeof SAM, grantedScopes?: string[]) => {
    const rt = new Runtime({ mailbox, user, drive, grantedScopes });
    rt.loadBundle();
    return rt;
  };
  const declared = make(SAM).manifest.oauthScopes ?? [];
  const sam = make(SAM);
  const ana = make(ANA, options.anaScopes ?? declared);
  return { drive, sam, ana };
}

/** Sam makes a team library from two templates and shares it with Ana; Ana joins it from Drive. */
async function sharedLibrary(role: 'viewer' | 'editor') {
  const w = await world();
  importTemplates(w.sam, [REFUND, SHIPPING]);
  const { file } = createTeamLibrary(w.sam, {
    name: 'Northwind support',
    start: [REFUND.name, SHIPPING.name],
  });
  w.drive.share(file.id, ANA.email, role);
  joinTeamLibrary(w.ana, file.id);
  return { ...w, file };
}

const teamSection = (card: Card) => sectionOf(card, 'Team library');
const teamText = (card: Card) => textsOf(teamSection(card)).join(' ');
const teamRows = (card: Card) => rowsOf(card).filter((r) => r.bottomLabel.startsWith('Team'));

function press(runtime: Runtime, card: unknown, text: string, changes: Record<string, string[]> = {}) {
  const response = click(runtime, HOME, card, findButton(card, text), changes);
  return { response, card: cardsOf(response)[0] as Card };
}

describe('creating a team library', () => {
  test('the empty section says how to create or join one, in plain words', async () => {
    const { sam } = await world();
    const text = teamText(openLibrary(sam));
    expect(text).toContain('Create team library makes a file in your Google Drive');
    expect(text).toContain(
      'open Google Drive, select the file, open Threadsmith in Drive’s side panel and choose Use as team library',
    );
  });

  test('"Create team library" writes the chosen templates to a Drive file in the export format', async () => {
    const { sam, drive } = await world();
    importTemplates(sam, [REFUND, SHIPPING]);
    const { notification, file } = createTeamLibrary(sam, {
      name: 'Northwind support',
      start: [REFUND.name],
    });
    expect(notification).toContain('Created “Northwind support” in your Drive with 1 template');
    expect(file.owner).toBe(SAM.email);
    expect(drive.hasGrant(SAM.email, file.id)).toBe(true);
    const json = JSON.parse(file.content);
    expect(json).toMatchObject({
      format: 'threadsmith-templates',
      version: 1,
      teamLibrary: { schema: 1, name: 'Northwind support' },
    });
    expect(json.templates).toEqual([
      expect.objectContaining({ name: REFUND.name, body: REFUND.body, tags: ['billing'] }),
    ]);
    const library = openLibrary(sam);
    expect(teamText(library)).toContain(
      'Northwind support: 1 template, marked Team in your lists. You can edit them',
    );
    expect(teamRows(library).map((r) => r.text)).toEqual([REFUND.name]);
    // The personal one stays, unmarked; "Share…" opens the file's Drive page.
    expect(rowsOf(library).filter((r) => r.text === REFUND.name)).toHaveLength(2);
    expect(findButton(teamSection(library), 'Share…').url).toBe(
      `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
    );
  });

  test('an empty team library can be made too, and its file reads back through Import', async () => {
    const { sam } = await world();
    const { file } = createTeamLibrary(sam, { name: 'Empty team' });
    expect(JSON.parse(file.content).templates).toEqual([]);
    expect(teamText(openLibrary(sam))).toContain('Empty team: 0 templates');
  });

  test('with drive.file declined (granular consent), Create asks for it first and personal use is untouched', async () => {
    const w = await world();
    const declared = (w.sam.manifest.oauthScopes ?? []).filter((s) => s !== DRIVE_SCOPE.file);
    const { ana } = await world({ anaScopes: declared });
    const library = openLibrary(ana);
    const { card } = press(ana, library, 'Create team library');
    expect(textsOf(card).join(' ')).toContain(
      'Threadsmith needs your permission to see and change the Drive files you create or open with it',
    );
    expect(findButton(card, 'Allow access').url).toContain('authorize');
    expect(ana.drive.files.size).toBe(0);
  });
});

describe('joining through Drive', () => {
  test('the teammate selects the file in Drive, file access is asked with requestFileScope, then Gmail reads it', async () => {
    const w = await world();
    importTemplates(w.sam, [REFUND]);
    const { file } = createTeamLibrary(w.sam, { name: 'Northwind support', start: [REFUND.name] });
    w.drive.share(file.id, ANA.email, 'viewer');
    expect(teamText(openLibrary(w.ana))).toContain('Create team library');
    const joined = joinTeamLibrary(w.ana, file.id);
    expect(joined.askedForAccess).toBe(true);
    expect(textsOf(joined.card).join(' ')).toContain(
      'Done: “Northwind support” (1 template) is now your team library',
    );
    expect(w.drive.hasGrant(ANA.email, file.id)).toBe(true);
    const library = openLibrary(w.ana);
    expect(teamText(library)).toContain('only people with edit access to the file in Drive can change them');
    expect(teamRows(library).map((r) => r.text)).toEqual([REFUND.name]);
  });

  test('declining Drive’s dialog leaves everything as it was', async () => {
    const w = await world();
    const { file } = createTeamLibrary(w.sam, { name: 'Northwind support' });
    w.drive.share(file.id, ANA.email, 'viewer');
    joinTeamLibrary(w.ana, file.id, { decline: true });
    expect(teamText(openLibrary(w.ana))).toContain('Create team library');
  });

  test('a file that is not a team library is refused in plain words in Drive', async () => {
    const w = await world();
    const other = w.drive.addFile(ANA.email, 'notes.json', '{"shopping": ["milk"]}');
    const joined = joinTeamLibrary(w.ana, other.id);
    expect(textsOf(joined.card).join(' ')).toContain('The file is not a Threadsmith team library');
    expect(teamText(openLibrary(w.ana))).toContain('Create team library');
  });
});

describe('using team templates', () => {
  test('they are suggested on a message, marked Team, and a draft is made from one', async () => {
    const { ana } = await sharedLibrary('viewer');
    const { event, card } = openMessage(ana, 'plain-text.eml');
    const row = rowsOf(card).find((r) => r.text === REFUND.name)!;
    expect(row.bottomLabel).toBe('Team · Hi Marcus, your refund is on its way.');
    const draft = buttonsOf(card).find(
      (b) => b.text === 'Draft' && b.parameters.templateId === row.button.parameters.templateId,
    )!;
    const before = ana.mailbox.drafts.length;
    click(ana, event, card, draft, {});
    expect(ana.mailbox.drafts.length).toBe(before + 1);
    expect(ana.mailbox.drafts.at(before)?.raw ?? JSON.stringify(ana.mailbox.drafts.at(before))).toContain(
      'your refund is on its way',
    );
  });

  test('the compose window lists them, marked Team', async () => {
    const { ana } = await sharedLibrary('viewer');
    const card = cardsOf(ana.render('onCompose', composeEvent(ana.mailbox, { to: ['lee@example.com'] })))[0];
    const row = rowsOf(card).find((r) => r.text === REFUND.name);
    expect(row?.bottomLabel).toMatch(/^Team · /);
  });

  test('the library search finds them', async () => {
    const { ana } = await sharedLibrary('viewer');
    const library = openLibrary(ana);
    const search = textInputNamed(library, 'Search templates');
    const response = click(ana, HOME, library, changeAction(library), { [search]: ['shipping'] });
    expect(teamRows(cardsOf(response)[0] as Card).map((r) => r.text)).toEqual([SHIPPING.name]);
  });
});

describe('viewers and editors', () => {
  test('a viewer sees a team template read-only and can copy it to their own templates', async () => {
    const { ana } = await sharedLibrary('viewer');
    const library = openLibrary(ana);
    const row = teamRows(library).find((r) => r.text === REFUND.name)!;
    const opened = cardsOf(click(ana, HOME, library, row.button))[0] as Card;
    expect(textsOf(opened).join(' ')).toContain(
      'only people with edit access to the team library can change it',
    );
    expect(() => findButton(opened, 'Save')).toThrow();
    const copied = click(ana, HOME, opened, findButton(opened, 'Copy to my templates'));
    expect(notificationOf(copied)).toBe(`Copied to your templates as “${REFUND.name}”`);
    expect(exportedTemplates(ana).map((t) => t.name)).toContain(REFUND.name);
  });

  test('an editor edits a team template; the owner sees the change', async () => {
    const { ana, sam } = await sharedLibrary('editor');
    const library = openLibrary(ana);
    const row = teamRows(library).find((r) => r.text === SHIPPING.name)!;
    const editor = cardsOf(click(ana, HOME, library, row.button))[0] as Card;
    const body = textInputNamed(editor, 'Text');
    const saved = click(ana, HOME, editor, findButton(editor, 'Save'), {
      [body]: ['Orders ship the same day.'],
    });
    expect(notificationOf(saved)).toBe(`Saved “${SHIPPING.name}” in the team library`);
    const samLibrary = openLibrary(sam);
    const samRow = teamRows(samLibrary).find((r) => r.text === SHIPPING.name)!;
    const samEditor = cardsOf(click(sam, HOME, samLibrary, samRow.button))[0] as Card;
    expect(formDefaults(samEditor)[textInputNamed(samEditor, 'Text')]).toEqual(['Orders ship the same day.']);
  });

  test('two editors saving the same template: the second is told, and keeps what they typed', async () => {
    const { ana, sam } = await sharedLibrary('editor');
    const open = (rt: Runtime) => {
      const library = openLibrary(rt);
      const row = teamRows(library).find((r) => r.text === REFUND.name)!;
      return cardsOf(click(rt, HOME, library, row.button))[0] as Card;
    };
    const anaEditor = open(ana);
    const samEditor = open(sam);
    click(sam, HOME, samEditor, findButton(samEditor, 'Save'), {
      [textInputNamed(samEditor, 'Text')]: ['Sam’s words.'],
    });
    const body = textInputNamed(anaEditor, 'Text');
    const refused = click(ana, HOME, anaEditor, findButton(anaEditor, 'Save'), { [body]: ['Ana’s words.'] });
    expect(notificationOf(refused)).toBe('Not saved: see the card');
    const card = cardsOf(refused)[0] as Card;
    expect(textsOf(card).join(' ')).toContain(
      'Someone else saved “Refund sent” in the team library after you opened it',
    );
    expect(formDefaults(card)[body]).toEqual(['Ana’s words.']);
    expect(hasText(card, 'Open the saved version')).toBe(true);
  });

  test('two editors changing different templates at once both keep their change', async () => {
    const { ana, sam, file } = await sharedLibrary('editor');
    const open = (rt: Runtime, name: string) => {
      const library = openLibrary(rt);
      const row = teamRows(library).find((r) => r.text === name)!;
      return cardsOf(click(rt, HOME, library, row.button))[0] as Card;
    };
    const a = open(ana, REFUND.name);
    const s = open(sam, SHIPPING.name);
    click(sam, HOME, s, findButton(s, 'Save'), { [textInputNamed(s, 'Text')]: ['Shipping by Sam.'] });
    click(ana, HOME, a, findButton(a, 'Save'), { [textInputNamed(a, 'Text')]: ['Refund by Ana.'] });
    const bodies = JSON.parse(file.content).templates.map((t: { body: string }) => t.body);
    expect(bodies).toEqual(expect.arrayContaining(['Shipping by Sam.', 'Refund by Ana.']));
  });

  test('an editor copies personal templates to the team', async () => {
    const { ana, file } = await sharedLibrary('editor');
    importTemplates(ana, [{ name: 'Ana’s hello', body: 'Hello from Ana.' }]);
    const library = openLibrary(ana);
    const { card } = press(ana, library, 'Copy my templates to the team');
    const ticks = inputsOf(card).find((i) => i.label === 'Your templates')!;
    const hello = ticks.items.find((i) => i.text === 'Ana’s hello')!;
    const done = click(ana, HOME, card, findButton(card, 'Copy to the team'), {
      [ticks.name]: [hello.value],
    });
    expect(notificationOf(done)).toBe('Copied 1 template to the team library');
    expect(JSON.parse(file.content).templates.map((t: { name: string }) => t.name)).toContain('Ana’s hello');
  });
});

describe('faults: personal templates keep working and the card says what happened', () => {
  test('access revoked: plain words, personal templates still listed and usable', async () => {
    const { ana, drive, file } = await sharedLibrary('viewer');
    importTemplates(ana, [{ name: 'Mine', body: 'My own words.' }]);
    drive.share(file.id, ANA.email, null);
    const library = openLibrary(ana);
    expect(teamText(library)).toContain(
      'Threadsmith can’t open the team library “Northwind support” any more',
    );
    expect(teamRows(library)).toEqual([]);
    expect(rowsOf(library).map((r) => r.text)).toContain('Mine');
    const { card } = openMessage(ana, 'plain-text.eml');
    expect(rowsOf(card).length).toBeGreaterThan(0);
  });

  test('the file deleted or trashed: said in plain words', async () => {
    const { ana, drive, file } = await sharedLibrary('viewer');
    drive.trash(file.id);
    expect(teamText(openLibrary(ana))).toContain('is in the trash in Drive');
    drive.remove(file.id);
    expect(teamText(openLibrary(ana))).toContain('the file was deleted, or it is no longer shared with you');
  });

  test('a corrupt file: its templates hidden, nothing in it changed, personal ones work', async () => {
    const { ana, sam, drive, file } = await sharedLibrary('editor');
    drive.writeContent(file.id, '{"templates": [ this is not json');
    const library = openLibrary(ana);
    expect(teamText(library)).toContain('The file is not valid JSON');
    expect(teamRows(library)).toEqual([]);
    // An edit cannot overwrite it either.
    expect(file.content).toBe('{"templates": [ this is not json');
    expect(teamText(openLibrary(sam))).toContain('nothing in the file was changed');
  });

  test('a bad entry is listed and never takes the rest down; a file over 1 MB is refused unread', async () => {
    const { ana, drive, file } = await sharedLibrary('viewer');
    const json = JSON.parse(file.content);
    json.templates.push(
      { name: 'Broken', body: '' },
      { name: '<b>x</b>', body: 'fine {{ sender.first_name | default: "you" }}' },
    );
    drive.writeContent(file.id, JSON.stringify(json));
    const library = openLibrary(ana);
    expect(teamText(library)).toContain('1 entry of the file can’t be used');
    expect(teamText(library)).toContain('“Broken”: Body is empty');
    expect(teamRows(library).map((r) => r.text)).toEqual(
      expect.arrayContaining([REFUND.name, SHIPPING.name, '<b>x</b>']),
    );
    drive.writeContent(file.id, JSON.stringify({ ...json, padding: 'x'.repeat(1024 * 1024) }));
    expect(teamText(openLibrary(ana))).toContain('Threadsmith reads at most 1 MB');
  });

  test('Drive failing: the cached team templates are shown, marked as such', async () => {
    const { ana } = await sharedLibrary('viewer');
    openLibrary(ana);
    ana.ledger.failNext(
      'Drive',
      10,
      "Exception: We're sorry, a server error occurred. Please wait a bit and try again.",
      'Files.get',
    );
    const library = openLibrary(ana);
    ana.ledger.clearFaults();
    expect(teamText(library)).toContain('Drive did not answer just now');
    expect(teamRows(library).length).toBe(2);
  });
});

describe('cost', () => {
  test('while the file is unchanged, an action costs ONE Drive call (Drive.Files.get of the version) and no read', async () => {
    const { ana } = await sharedLibrary('viewer');
    openLibrary(ana);
    ana.ledger.reset();
    openLibrary(ana);
    const drive = ana.ledger.entries
      .filter((e) => e.service === 'DriveApp' || e.service === 'Drive')
      .map((e) => `${e.service}.${e.method}`);
    expect(drive).toEqual(['Drive.Files.get']);
    const cache = ana.ledger.entries.filter((e) => e.service === 'CacheService').map((e) => e.method);
    expect(cache).toEqual(['getUserCache', 'user.getAll']);
  });

  test('after a change, the read is the version check plus the content (getFileById + getBlob)', async () => {
    const { ana, drive, file } = await sharedLibrary('viewer');
    openLibrary(ana);
    drive.writeContent(file.id, drive.file(file.id).content);
    ana.ledger.reset();
    openLibrary(ana);
    const calls = ana.ledger.entries
      .filter((e) => e.service === 'DriveApp' || e.service === 'Drive')
      .map((e) => `${e.service}.${e.method}`);
    expect(calls).toEqual(['Drive.Files.get', 'DriveApp.getFileById', 'DriveApp.File.getBlob']);
  });

  test('a change of access in Drive shows at the next action, from the same call', async () => {
    const { ana, drive, file } = await sharedLibrary('viewer');
    openLibrary(ana);
    drive.share(file.id, ANA.email, 'editor');
    ana.ledger.reset();
    const library = openLibrary(ana);
    expect(teamText(library)).not.toContain('only people with edit access');
    expect(ana.ledger.entries.filter((e) => e.service === 'DriveApp')).toEqual([]);
  });
});

// DriveApp under drive.file, as strict as Apps Script: two users in one Drive, per-user grants (files the
// add-on created, or the user opened with it), sharing roles, versions, the 10 MB content limit, the
// Drive add-on's requestFileScope, and ScriptApp's authorization checks under granular consent.
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { type Manifest, ROOT, Runtime } from '../../sim/sandbox';
import { DRIVE_SCOPE, DriveWorld, NOT_FOUND_MESSAGE } from '../../sim/services/driveApp';
import { driveItemsEvent } from '../../sim/testing/events';

const SAM = { email: 'sam@northwind.example', name: 'Sam Taylor' };
const ANA = { email: 'ana@northwind.example', name: 'Ana Ruiz' };
const EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const MANIFEST: Manifest = {
  oauthScopes: [EMAIL, DRIVE_SCOPE.file],
  addOns: { drive: { onItemsSelectedTrigger: { runFunction: 'onItems' } } },
};

const PROBE = `
function create(e) { var f = DriveApp.createFile(e.name, e.content, 'application/json'); return f.getId(); }
function read(e) { return DriveApp.getFileById(e.id).getBlob().getDataAsString(); }
function stamp(e) { var f = DriveApp.getFileById(e.id); return f.getLastUpdated().getTime(); }
function write(e) { DriveApp.getFileById(e.id).setContent(e.content); return 'ok'; }
function access(e) { var f = DriveApp.getFileById(e.id); return f.getAccess(e.email); }
function share(e) { DriveApp.getFileById(e.id).addViewer(e.email); return 'ok'; }
function isDate(e) { return DriveApp.getFileById(e.id).getLastUpdated() instanceof Date; }
function auth(e) {
  var info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, e.scopes);
  return [info.getAuthorizationStatus(), info.getAuthorizationUrl(), info.getAuthorizedScopes().join(' ')];
}
function need(e) { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, e.scopes); return 'granted'; }
function onItems(e) { return CardService.newCardBuilder().addSection(CardService.newCardSection()
  .addWidget(CardService.newTextButton().setText('Use').setOnClickAction(CardService.newAction()
  .setFunctionName('ask').setParameters({ id: e.drive.activeCursorItem.id })))).build(); }
function ask(e) { return CardService.newDriveItemsSelectedActionResponseBuilder()
  .requestFileScope(e.commonEventObject.parameters.id).build(); }
function askOther(e) { return CardService.newDriveItemsSelectedActionResponseBuilder().requestFileScope('elsewhere').build(); }
`;

async function users(options: { samScopes?: string[] } = {}) {
  const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
  const drive = new DriveWorld();
  const make = (user: typeof SAM, grantedScopes?: string[]) => {
    const rt = new Runtime({ mailbox, user, manifest: MANIFEST, drive, grantedScopes });
    rt.load(PROBE, 'probe.js');
    return rt;
  };
  return { drive, sam: make(SAM, options.samScopes), ana: make(ANA) };
}

describe('DriveApp with drive.file', () => {
  test('the creator reads and writes what the add-on created; every write moves lastUpdated and version', async () => {
    const { sam, drive } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{"a":1}' }) as string;
    expect(sam.invoke('read', { id })).toBe('{"a":1}');
    const before = sam.invoke('stamp', { id }) as number;
    expect(sam.invoke('write', { id, content: '{"a":2}' })).toBe('ok');
    expect(sam.invoke('stamp', { id })).toBeGreaterThan(before);
    expect(drive.file(id).version).toBe(2);
    expect(sam.invoke('isDate', { id })).toBe(true);
    expect(sam.invoke('access', { id, email: SAM.email })).toBe('OWNER');
  });

  test('a teammate it is shared with still cannot open it until they open it with the add-on', async () => {
    const { sam, ana, drive } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    expect(() => ana.invoke('read', { id })).toThrow(NOT_FOUND_MESSAGE);
    drive.share(id, ANA.email, 'viewer');
    expect(() => ana.invoke('read', { id })).toThrow(NOT_FOUND_MESSAGE);
    ana.grantFileScope(id);
    expect(ana.invoke('read', { id })).toBe('{}');
    expect(ana.invoke('access', { id, email: ANA.email })).toBe('VIEW');
  });

  test('a viewer cannot write or share; an editor can write', async () => {
    const { sam, ana, drive } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    drive.share(id, ANA.email, 'viewer');
    ana.grantFileScope(id);
    expect(() => ana.invoke('write', { id, content: 'x' })).toThrow('Access denied: DriveApp.');
    expect(() => ana.invoke('share', { id, email: 'lee@northwind.example' })).toThrow('Access denied');
    drive.share(id, ANA.email, 'editor');
    expect(ana.invoke('write', { id, content: '{"by":"ana"}' })).toBe('ok');
    expect(sam.invoke('read', { id })).toBe('{"by":"ana"}');
  });

  test('a file made in Drive itself is out of reach, and so is one unshared or deleted', async () => {
    const { sam, ana, drive } = await users();
    const other = drive.addFile(SAM.email, 'Notes.json', '{}');
    expect(() => sam.invoke('read', { id: other.id })).toThrow(NOT_FOUND_MESSAGE);
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    drive.share(id, ANA.email, 'editor');
    ana.grantFileScope(id);
    drive.share(id, ANA.email, null);
    expect(() => ana.invoke('read', { id })).toThrow(NOT_FOUND_MESSAGE);
    drive.remove(id);
    expect(() => sam.invoke('read', { id })).toThrow(NOT_FOUND_MESSAGE);
  });

  test('content over 10 MB is refused by createFile and setContent', async () => {
    const { sam } = await users();
    const big = 'x'.repeat(10 * 1024 * 1024 + 1);
    expect(() => sam.invoke('create', { name: 'Big.json', content: big })).toThrow('Argument too large');
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    expect(() => sam.invoke('write', { id, content: big })).toThrow('Argument too large');
  });

  test('without drive.file granted, DriveApp throws the permission error naming the scope', async () => {
    const { sam } = await users({ samScopes: [EMAIL] });
    expect(() => sam.invoke('create', { name: 'Team.json', content: '{}' })).toThrow(DRIVE_SCOPE.file);
  });

  test('every call is one DriveApp entry in the ledger, and faults can be injected', async () => {
    const { sam } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    sam.ledger.reset();
    sam.invoke('stamp', { id });
    expect(sam.ledger.count('DriveApp')).toBe(2);
    sam.ledger.failNext('DriveApp', 1, 'Exception: We are sorry, a server error occurred.');
    expect(() => sam.invoke('stamp', { id })).toThrow('server error');
  });
});

describe('Drive add-on: requestFileScope', () => {
  test('the answer is a DriveItemsSelectedActionResponse for the selected item; Drive grants it', async () => {
    const { sam, ana, drive } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    drive.share(id, ANA.email, 'viewer');
    const event = driveItemsEvent(drive, ANA.email, [id]);
    expect(
      (event.drive as { activeCursorItem: { addonHasFileScopePermission: boolean } }).activeCursorItem,
    ).toMatchObject({ id, title: 'Team.json', addonHasFileScopePermission: false });
    ana.render('onItems', event);
    const json = ana.render('ask', {
      ...event,
      commonEventObject: { ...event.commonEventObject, parameters: { id } },
    });
    expect(json).toEqual({
      renderActions: { hostAppAction: { driveAction: { requestFileScope: { itemId: id } } } },
    });
    ana.grantFileScope(id);
    expect(driveItemsEvent(drive, ANA.email, [id]).drive).toMatchObject({
      activeCursorItem: { addonHasFileScopePermission: true },
    });
  });

  test('asking for an item that is not selected, or answering so outside Drive, is refused', async () => {
    const { sam, drive } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    const event = driveItemsEvent(drive, SAM.email, [id]);
    expect(() => sam.render('askOther', event, { kind: 'action', surface: 'drive' })).toThrow(
      'not an item selected in Drive',
    );
    expect(() =>
      sam.render(
        'ask',
        { commonEventObject: { parameters: { id } } },
        { kind: 'action', surface: 'homepage' },
      ),
    ).toThrow('Gmail accepts only an ActionResponse');
  });
});

describe('ScriptApp under granular consent', () => {
  test('getAuthorizationInfo for a scope the user declined says REQUIRED with a URL; requireScopes stops', async () => {
    const { sam } = await users({ samScopes: [EMAIL] });
    const scopes = [DRIVE_SCOPE.file];
    const [status, url, granted] = sam.invoke('auth', { scopes }) as [string, string | null, string];
    expect(status).toBe('REQUIRED');
    expect(url).toContain('authorize');
    expect(granted).toBe('');
    expect(() => sam.invoke('need', { scopes })).toThrow('Authorization is required');
    sam.grantScopes(scopes);
    expect(sam.invoke('auth', { scopes })).toEqual(['NOT_REQUIRED', null, DRIVE_SCOPE.file]);
    expect(sam.invoke('need', { scopes })).toBe('granted');
  });

  test('a scope the manifest lacks can be neither asked for nor granted', async () => {
    const { sam } = await users();
    const full = [DRIVE_SCOPE.full];
    expect(() => sam.invoke('auth', { scopes: full })).toThrow('not in the manifest');
    expect(() => sam.grantScopes(full)).toThrow('cannot be granted');
  });
});

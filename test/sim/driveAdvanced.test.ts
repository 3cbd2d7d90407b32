// The advanced Drive service (v3 Files.get) as strict as Apps Script: defined only when the manifest
// enables it, the same Drive and drive.file grants as DriveApp, `fields` honoured (and refused when
// unknown), int64 fields as strings, and a GoogleJsonResponseException with `details.code` 404 for a
// file the user's add-on cannot reach.
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { type Manifest, ROOT, Runtime } from '../../sim/sandbox';
import { DRIVE_SCOPE, DriveWorld } from '../../sim/services/driveApp';

const SAM = { email: 'sam@northwind.example', name: 'Sam Taylor' };
const ANA = { email: 'ana@northwind.example', name: 'Ana Ruiz' };
const EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const ENABLED = { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] };

const PROBE = `
function create(e) { return DriveApp.createFile(e.name, e.content, 'application/json').getId(); }
function meta(e) {
  try { return JSON.stringify(Drive.Files.get(e.id, e.args)); }
  catch (err) { return 'ERR ' + err.name + ': ' + err.message + ' ' + JSON.stringify(err.details || null); }
}
function defined() { return typeof Drive; }
`;

async function users(manifest: Partial<Manifest> = {}) {
  const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
  const drive = new DriveWorld();
  const full: Manifest = { oauthScopes: [EMAIL, DRIVE_SCOPE.file], dependencies: ENABLED, ...manifest };
  const make = (user: typeof SAM) => {
    const rt = new Runtime({ mailbox, user, manifest: full, drive });
    rt.load(PROBE, 'probe.js');
    return rt;
  };
  return { drive, sam: make(SAM), ana: make(ANA) };
}

describe('Drive advanced service (v3)', () => {
  test('is not defined unless appsscript.json enables it', async () => {
    const { sam } = await users({ dependencies: undefined });
    expect(sam.invoke('defined', {})).toBe('undefined');
    const on = await users();
    expect(on.sam.invoke('defined', {})).toBe('object');
  });

  test('one call answers the fields asked for, version and size as strings, role from capabilities', async () => {
    const { sam, ana, drive } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{"a":1}' }) as string;
    sam.ledger.reset();
    const fields = 'version,trashed,size,ownedByMe,capabilities/canEdit';
    const got = JSON.parse(sam.invoke('meta', { id, args: { fields } }) as string);
    expect(got).toEqual({
      version: '1',
      trashed: false,
      size: '7',
      ownedByMe: true,
      capabilities: { canEdit: true },
    });
    expect(sam.ledger.entries.map((e) => `${e.service}.${e.method}`)).toEqual(['Drive.Files.get']);
    drive.writeContent(id, '{"a":22}');
    expect(JSON.parse(sam.invoke('meta', { id, args: { fields: 'version' } }) as string)).toEqual({
      version: '2',
    });
    // No fields: the v3 default subset.
    expect(Object.keys(JSON.parse(sam.invoke('meta', { id }) as string)).sort()).toEqual([
      'id',
      'kind',
      'mimeType',
      'name',
    ]);
    // A viewer, once the file is opened with the add-on.
    drive.share(id, ANA.email, 'viewer');
    drive.grant(ANA.email, id);
    expect(
      JSON.parse(ana.invoke('meta', { id, args: { fields: 'ownedByMe,capabilities(canEdit)' } }) as string),
    ).toEqual({
      ownedByMe: false,
      capabilities: { canEdit: false },
    });
  });

  test('drive.file: shared but never opened with the add-on is "File not found" (404), as are deleted files', async () => {
    const { sam, ana, drive } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    drive.share(id, ANA.email, 'editor');
    const answer = ana.invoke('meta', { id, args: { fields: 'version' } }) as string;
    expect(answer).toContain(
      `ERR GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${id}.`,
    );
    expect(answer).toContain('"code":404');
    drive.grant(ANA.email, id);
    expect(ana.invoke('meta', { id, args: { fields: 'version' } })).toBe('{"version":"1"}');
    drive.share(id, ANA.email, null);
    expect(ana.invoke('meta', { id, args: { fields: 'version' } })).toContain('File not found');
    drive.remove(id);
    expect(sam.invoke('meta', { id, args: { fields: 'version' } })).toContain('File not found');
  });

  test('an unknown field or parameter is refused; content (alt=media) is not emulated', async () => {
    const { sam } = await users();
    const id = sam.invoke('create', { name: 'Team.json', content: '{}' }) as string;
    expect(sam.invoke('meta', { id, args: { fields: 'version,headRevision' } })).toContain(
      'Invalid field selection headRevision',
    );
    expect(sam.invoke('meta', { id, args: { feilds: 'version' } })).toContain('Invalid argument: feilds');
    expect(sam.invoke('meta', { id, args: { alt: 'media' } })).toContain('not emulated');
  });

  test('without drive.file granted the call is refused with the permission error', async () => {
    const mailbox = await Mailbox.fromFiles([join(ROOT, 'fixtures', 'mailbox', 'plain-text.eml')]);
    const rt = new Runtime({
      mailbox,
      user: SAM,
      manifest: { oauthScopes: [EMAIL, DRIVE_SCOPE.file], dependencies: ENABLED },
      grantedScopes: [EMAIL],
    });
    rt.load(PROBE, 'probe.js');
    expect(rt.invoke('meta', { id: 'x', args: { fields: 'version' } })).toContain(DRIVE_SCOPE.file);
  });
});

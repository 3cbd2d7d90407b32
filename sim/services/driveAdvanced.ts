// The advanced Drive service (Drive API v3, docs/emulator.md "Drive (advanced service)"): only
// `Drive.Files.get(fileId, {fields})` for metadata, over the same DriveWorld as DriveApp, with the same
// per-user `drive.file` rule. It exists in the sandbox only when the manifest enables it
// (`dependencies.enabledAdvancedServices` with serviceId "drive", version "v3"), under its `userSymbol`,
// as in Apps Script, where a service that is not enabled is simply not defined.
import type { ServiceContext } from './context';
import { DRIVE_SCOPE, type DriveWorld } from './driveApp';

/** Drive API scopes that let files.get read a file's metadata (drive/api/guides/api-specific-auth). */
const METADATA_SCOPES = [
  DRIVE_SCOPE.file,
  DRIVE_SCOPE.full,
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/drive.metadata',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
];

/** What Apps Script throws for a failed advanced-service call (GoogleJsonResponseException). */
export const apiError = (method: string, message: string) =>
  `API call to drive.${method} failed with error: ${message}`;

/** The File fields emulated (Drive API v3 File resource); any other field is refused as Drive refuses it. */
const FIELDS = [
  'kind',
  'id',
  'name',
  'mimeType',
  'version',
  'modifiedTime',
  'createdTime',
  'trashed',
  'size',
  'ownedByMe',
  'webViewLink',
  'capabilities',
  'capabilities/canEdit',
  'capabilities/canShare',
  'capabilities/canDownload',
] as const;

/** files.get with no `fields` answers these (v3: "only a subset of commonly used fields"). */
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

export interface AdvancedServiceEntry {
  serviceId?: string;
  userSymbol?: string;
  version?: string;
}

/** The symbol the Drive v3 advanced service is bound to in the manifest, or null when not enabled. */
export function driveSymbol(dependencies: unknown): string | null {
  const list = (dependencies as { enabledAdvancedServices?: AdvancedServiceEntry[] } | undefined)
    ?.enabledAdvancedServices;
  if (!Array.isArray(list)) return null;
  const entry = list.find((s) => s?.serviceId === 'drive');
  if (!entry) return null;
  if (entry.version !== 'v3' || typeof entry.userSymbol !== 'string' || !entry.userSymbol)
    throw new Error(
      'appsscript.json: the emulator has the Drive advanced service v3 only, with a userSymbol',
    );
  return entry.userSymbol;
}

/** Parses `fields` ("version,modifiedTime,capabilities/canEdit" or "capabilities(canEdit)"). */
function parseFields(fields: string): string[] | string {
  const out: string[] = [];
  const re = /\s*([A-Za-z]+)(?:\(([^)]*)\)|\/([A-Za-z]+))?\s*(?:,|$)/y;
  let pos = 0;
  while (pos < fields.length) {
    re.lastIndex = pos;
    const m = re.exec(fields);
    if (!m || m[0] === '') return fields.slice(pos);
    const [, head, group, sub] = m;
    if (group !== undefined) for (const s of group.split(',')) out.push(`${head}/${s.trim()}`);
    else out.push(sub ? `${head}/${sub}` : head!);
    pos = re.lastIndex;
  }
  return out;
}

/** A plain object of the sandbox's realm (what the add-on gets from an advanced service). */
function inRealm(ctx: ServiceContext, value: Record<string, unknown>): Record<string, unknown> {
  try {
    const RealmFunction = ctx.error('').constructor.constructor as FunctionConstructor;
    return RealmFunction('s', 'return JSON.parse(s)')(JSON.stringify(value)) as Record<string, unknown>;
  } catch {
    return value;
  }
}

export function createDriveAdvanced(ctx: ServiceContext, world: DriveWorld) {
  const me = () => ctx.user.email.toLowerCase();
  const files = {
    get(fileId: unknown, optionalArgs?: unknown) {
      ctx.record('Drive', 'Files.get', [fileId, optionalArgs]);
      if (!METADATA_SCOPES.some((s) => ctx.scopes.includes(s)))
        ctx.requireScope(DRIVE_SCOPE.file, 'Drive.Files.get');
      if (typeof fileId !== 'string' || fileId === '')
        throw ctx.error(apiError('files.get', 'Required parameter: fileId'));
      const args = (optionalArgs ?? {}) as Record<string, unknown>;
      if (typeof args !== 'object') throw ctx.error(apiError('files.get', 'Invalid argument: optionalArgs'));
      for (const key of Object.keys(args)) {
        if (key === 'alt' || key === 'acknowledgeAbuse')
          throw ctx.error(`${key}: not emulated (the add-on reads content with DriveApp)`);
        if (!['fields', 'supportsAllDrives', 'includePermissionsForView', 'includeLabels'].includes(key))
          throw ctx.error(apiError('files.get', `Invalid argument: ${key}`));
      }
      const f = world.files.get(fileId);
      const fullDrive = ctx.scopes.includes(DRIVE_SCOPE.full);
      const role = world.roleOf(fileId, me());
      if (!f || f.deleted || !role || (!fullDrive && !world.hasGrant(me(), fileId))) {
        const message = `File not found: ${fileId}.`;
        const error = ctx.error(apiError('files.get', message)) as Error & { details?: unknown };
        error.name = 'GoogleJsonResponseException';
        error.details = inRealm(ctx, {
          code: 404,
          message,
          errors: [
            { domain: 'global', reason: 'notFound', message, locationType: 'parameter', location: 'fileId' },
          ],
        });
        throw error;
      }
      let wanted: string[] = DEFAULT_FIELDS;
      if (args.fields !== undefined) {
        if (typeof args.fields !== 'string')
          throw ctx.error(apiError('files.get', 'Invalid field selection'));
        const parsed = parseFields(args.fields);
        if (typeof parsed === 'string')
          throw ctx.error(apiError('files.get', `Invalid field selection ${parsed}`));
        const bad = parsed.find((p) => p !== '*' && !(FIELDS as readonly string[]).includes(p));
        if (bad) throw ctx.error(apiError('files.get', `Invalid field selection ${bad}`));
        wanted = parsed.includes('*') ? [...FIELDS] : parsed;
      }
      const canEdit = role === 'owner' || role === 'editor';
      const value: Record<string, unknown> = {
        kind: 'drive#file',
        id: f.id,
        name: f.name,
        mimeType: f.mimeType,
        // int64 fields are strings in the JSON, and so in the object Apps Script returns.
        version: String(f.version),
        modifiedTime: new Date(f.lastUpdated).toISOString(),
        createdTime: new Date(f.createdAt).toISOString(),
        trashed: f.trashed,
        size: String(Buffer.byteLength(f.content, 'utf8')),
        ownedByMe: role === 'owner',
        webViewLink: `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
      };
      const capabilities = { canEdit, canShare: canEdit, canDownload: true };
      const out: Record<string, unknown> = {};
      for (const field of wanted) {
        if (field === 'capabilities') out.capabilities = { ...capabilities };
        else if (field.startsWith('capabilities/')) {
          const key = field.slice('capabilities/'.length) as keyof typeof capabilities;
          out.capabilities = { ...(out.capabilities as object), [key]: capabilities[key] };
        } else out[field] = value[field];
      }
      // The object is made in the sandbox's realm, as Apps Script hands a plain JS object.
      return inRealm(ctx, out);
    },
    toString() {
      return 'Files';
    },
  };
  return {
    Files: files,
    toString() {
      return 'Drive';
    },
  };
}

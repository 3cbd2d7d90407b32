// appsscript.json checked against Google's manifest protos (google-proto-files) and our scope policy.
// Every check runs on the real manifest and on mutated in-memory copies, so each rule is shown to bite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  assertMatchesProto,
  loadProtoRoot,
  type ProtoJsonOptions,
  protoJsonProblems,
} from '../support/protoJson';

const MANIFEST_FILE = path.resolve(__dirname, '../../appsscript.json');
const root = loadProtoRoot([
  'google/apps/script/type/script_manifest.proto',
  'google/apps/script/type/gmail/gmail_addon_manifest.proto',
  'google/apps/script/type/drive/drive_addon_manifest.proto',
]);
const COMMON_TYPE = 'google.apps.script.type.CommonAddOnManifest';
const GMAIL_TYPE = 'google.apps.script.type.gmail.GmailAddOnManifest';
const DRIVE_TYPE = 'google.apps.script.type.drive.DriveAddOnManifest';

const AUTH = 'https://www.googleapis.com/auth/';
const SCOPES = {
  execute: `${AUTH}gmail.addons.execute`,
  readonly: `${AUTH}gmail.addons.current.message.readonly`,
  metadata: `${AUTH}gmail.addons.current.message.metadata`,
  compose: `${AUTH}gmail.addons.current.action.compose`,
  locale: `${AUTH}script.locale`,
  email: `${AUTH}userinfo.email`,
  // The team library (docs/scopes.md): "Recommended / Non-sensitive", per file (drive/api/guides/about-auth).
  driveFile: `${AUTH}drive.file`,
} as const;
const EXPECTED_SCOPES: readonly string[] = Object.values(SCOPES);
// platform.md §0: restricted scopes need a security assessment. gmail.settings.* is a family.
const RESTRICTED_SCOPES: readonly string[] = [
  `${AUTH}gmail.readonly`,
  `${AUTH}gmail.compose`,
  `${AUTH}gmail.modify`,
  `${AUTH}gmail.metadata`,
  `${AUTH}gmail.insert`,
  'https://mail.google.com/',
  // Drive's restricted scopes (drive/api/guides/about-auth): the whole Drive, never one file.
  `${AUTH}drive`,
  `${AUTH}drive.readonly`,
  `${AUTH}drive.metadata`,
  `${AUTH}drive.metadata.readonly`,
  `${AUTH}drive.photos.readonly`,
  `${AUTH}drive.scripts`,
];
const RESTRICTED_PREFIXES: readonly string[] = [`${AUTH}gmail.settings.`];
const NETWORK_SCOPE = `${AUTH}script.external_request`;

// Top-level keys of the Apps Script manifest resource (platform.md §1, [MAN]).
const TOP_LEVEL_KEYS = new Set([
  'timeZone',
  'runtimeVersion',
  'exceptionLogging',
  'oauthScopes',
  'urlFetchWhitelist',
  'dependencies',
  'addOns',
  'webapp',
  'executionApi',
  'sheets',
  'dataStudio',
  'chat',
]);

/**
 * The only places where appsscript.json and the deployment proto part ways (platform.md §1 and §6:
 * in the Apps Script manifest `composeTrigger` holds `selectActions[]{text, runFunction}`, while
 * gmail_addon_manifest.proto has `actions[]` of MenuItemExtensionPoint{runFunction, label, logoUrl}).
 * `rename`: the manifest key stands for that proto field. `absent`: a proto field the Apps Script
 * manifest does not have. Everything else must match the proto exactly.
 * platform.md §0 also spells contextualTriggers[] as {unconditional, onTriggerFunction}: the proto
 * text has exactly those fields (ContextualTrigger.unconditional / on_trigger_function), so they
 * need no row; a test below pins that.
 */
const DIVERGENCES: ReadonlyArray<{
  manifestKey: string;
  protoType: string;
  protoField: string;
  kind: 'rename' | 'absent';
  why: string;
}> = [
  {
    manifestKey: 'addOns.gmail.composeTrigger.selectActions',
    protoType: 'google.apps.script.type.gmail.ComposeTrigger',
    protoField: 'actions',
    kind: 'rename',
    why: 'Apps Script calls the compose actions selectActions',
  },
  {
    manifestKey: 'addOns.gmail.composeTrigger.selectActions[].text',
    protoType: 'google.apps.script.type.MenuItemExtensionPoint',
    protoField: 'label',
    kind: 'rename',
    why: 'a select action is labelled by text',
  },
  {
    manifestKey: 'addOns.gmail.composeTrigger.selectActions[].logoUrl',
    protoType: 'google.apps.script.type.MenuItemExtensionPoint',
    protoField: 'logoUrl',
    kind: 'absent',
    why: 'a select action has only text and runFunction; its icon is the add-on logo',
  },
  {
    manifestKey: 'addOns.gmail.universalActions',
    protoType: 'google.apps.script.type.gmail.GmailAddOnManifest',
    protoField: 'universalActions',
    kind: 'absent',
    why: 'legacy Gmail add-on field; Workspace add-ons declare addOns.common.universalActions',
  },
];

const PROTO_OPTIONS: ProtoJsonOptions = {
  renames: Object.fromEntries(
    DIVERGENCES.filter((d) => d.kind === 'rename').map((d) => [d.manifestKey, d.protoField]),
  ),
  forbidden: Object.fromEntries(
    DIVERGENCES.filter((d) => d.kind === 'absent').map((d) => [d.manifestKey, d.why]),
  ),
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function obj(value: unknown): Json {
  return isObject(value) ? value : {};
}

const FUNCTION_NAME = /^[A-Za-z_$][\w$]*$/;

/** Every way a manifest breaks the protos or our policy; empty when it is fine. */
function manifestProblems(manifest: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(manifest)) return ['manifest is not an object'];

  for (const key of Object.keys(manifest)) {
    if (!TOP_LEVEL_KEYS.has(key)) problems.push(`${key}: unknown top-level manifest key`);
  }
  if (manifest.runtimeVersion !== 'V8') problems.push('runtimeVersion: must be "V8"');
  if (manifest.exceptionLogging !== 'STACKDRIVER') problems.push('exceptionLogging: must be "STACKDRIVER"');
  problems.push(...timeZoneProblems(manifest.timeZone));
  if (manifest.urlFetchWhitelist !== undefined)
    problems.push('urlFetchWhitelist: Threadsmith makes no network calls');

  const scopes = manifest.oauthScopes;
  const scopeList = Array.isArray(scopes) ? scopes : [];
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) {
    problems.push('oauthScopes: must be an array of strings');
  } else {
    problems.push(...scopeProblems(scopes as string[]));
  }

  // Advanced services (apps-script/manifest/dependencies): only Drive v3, for the team library's one-call
  // version check. It adds no scope of its own only because oauthScopes is explicit (concepts/scopes,
  // "Setting explicit scopes": the listed scopes are used instead of the ones detected in the code,
  // which for Drive.* would be the restricted full-Drive scope).
  if (manifest.dependencies !== undefined) {
    const deps = manifest.dependencies;
    const services = isObject(deps) ? deps.enabledAdvancedServices : undefined;
    if (!isObject(deps) || !Array.isArray(services))
      problems.push('dependencies: must list enabledAdvancedServices');
    else {
      if (deps.libraries !== undefined) problems.push('dependencies.libraries: Threadsmith uses no library');
      for (const s of services) {
        if (!isObject(s) || s.serviceId !== 'drive' || s.version !== 'v3' || s.userSymbol !== 'Drive')
          problems.push(
            `dependencies: only the Drive v3 advanced service (as "Drive"), not ${JSON.stringify(s)}`,
          );
      }
      if (!Array.isArray(scopes))
        problems.push('dependencies: an advanced service needs explicit oauthScopes');
    }
  }

  const addOns = manifest.addOns;
  if (!isObject(addOns)) return [...problems, 'addOns: missing'];
  for (const key of Object.keys(addOns)) {
    if (key !== 'common' && key !== 'gmail' && key !== 'drive')
      problems.push(`addOns.${key}: Threadsmith extends Gmail (and Drive, to join a team library) only`);
  }
  if (addOns.drive !== undefined) {
    if (!isObject(addOns.drive)) problems.push('addOns.drive: must be an object');
    else {
      problems.push(...protoJsonProblems(root, DRIVE_TYPE, addOns.drive, 'addOns.drive', PROTO_OPTIONS));
      const selected = obj(addOns.drive.onItemsSelectedTrigger as Json);
      if (typeof selected.runFunction !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(selected.runFunction))
        problems.push('addOns.drive.onItemsSelectedTrigger.runFunction: missing or not a function name');
      if (!scopeList.includes(SCOPES.driveFile))
        problems.push(`addOns.drive: requestFileScope needs ${SCOPES.driveFile} (drive-actions guide)`);
    }
  }
  if (!isObject(addOns.common)) problems.push('addOns.common: missing (required by [AO])');
  else problems.push(...protoJsonProblems(root, COMMON_TYPE, addOns.common, 'addOns.common', PROTO_OPTIONS));
  if (!isObject(addOns.gmail)) problems.push('addOns.gmail: missing');
  else problems.push(...protoJsonProblems(root, GMAIL_TYPE, addOns.gmail, 'addOns.gmail', PROTO_OPTIONS));

  problems.push(...commonPolicyProblems(obj(addOns.common)));
  problems.push(...gmailPolicyProblems(obj(addOns.gmail), scopeList));
  return problems;
}

function timeZoneProblems(timeZone: unknown): string[] {
  if (typeof timeZone !== 'string') return ['timeZone: missing'];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return [];
  } catch {
    return [`timeZone: "${timeZone}" is not a time zone Intl.DateTimeFormat accepts`];
  }
}

function scopeProblems(scopes: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const scope of scopes) {
    if (seen.has(scope)) problems.push(`oauthScopes: duplicate ${scope}`);
    seen.add(scope);
    if (RESTRICTED_SCOPES.includes(scope) || RESTRICTED_PREFIXES.some((p) => scope.startsWith(p))) {
      problems.push(`oauthScopes: restricted scope ${scope}`);
    }
    if (scope === NETWORK_SCOPE) problems.push(`oauthScopes: ${scope} (Threadsmith makes no network calls)`);
    if (!EXPECTED_SCOPES.includes(scope)) problems.push(`oauthScopes: unexpected scope ${scope}`);
  }
  for (const scope of EXPECTED_SCOPES) {
    if (!seen.has(scope)) problems.push(`oauthScopes: missing ${scope}`);
  }
  return problems;
}

function commonPolicyProblems(common: Json): string[] {
  const problems: string[] = [];
  if (common.name !== 'Threadsmith') problems.push('addOns.common.name: must be "Threadsmith"');
  if (typeof common.logoUrl !== 'string' || !/^https:\/\/[^/\s]+\/\S*$/.test(common.logoUrl)) {
    problems.push('addOns.common.logoUrl: must be an https URL');
  }
  if (!isObject(common.layoutProperties)) problems.push('addOns.common.layoutProperties: missing');
  if (common.useLocaleFromApp !== true) problems.push('addOns.common.useLocaleFromApp: must be true');
  const homepage = obj(common.homepageTrigger);
  if (typeof homepage.runFunction !== 'string' || !FUNCTION_NAME.test(homepage.runFunction)) {
    problems.push('addOns.common.homepageTrigger.runFunction: missing or not a function name');
  }
  return problems;
}

function gmailPolicyProblems(gmail: Json, scopes: unknown[]): string[] {
  const problems: string[] = [];
  if (gmail.authorizationCheckFunction !== undefined) {
    problems.push('addOns.gmail.authorizationCheckFunction: deprecated (platform.md §1)');
  }
  const triggers = Array.isArray(gmail.contextualTriggers) ? gmail.contextualTriggers.map(obj) : [];
  const unconditional = triggers.filter((t) => isObject(t.unconditional));
  if (unconditional.length === 0) problems.push('addOns.gmail.contextualTriggers: no unconditional trigger');
  for (const trigger of triggers) {
    if (typeof trigger.onTriggerFunction !== 'string' || !FUNCTION_NAME.test(trigger.onTriggerFunction)) {
      problems.push('addOns.gmail.contextualTriggers[].onTriggerFunction: not a function name');
    }
  }

  if (gmail.composeTrigger === undefined) return problems;
  const compose = obj(gmail.composeTrigger);
  const actions = Array.isArray(compose.selectActions) ? compose.selectActions.map(obj) : [];
  // [GM]: "limited to one action per add-on".
  if (actions.length > 1) problems.push('addOns.gmail.composeTrigger.selectActions: at most one action');
  for (const action of actions) {
    if (typeof action.runFunction !== 'string' || !FUNCTION_NAME.test(action.runFunction)) {
      problems.push('addOns.gmail.composeTrigger.selectActions[].runFunction: not a function name');
    }
  }
  // gmail_addon_manifest.proto: every compose add-on needs …action.compose; METADATA needs …metadata.
  if (!scopes.includes(SCOPES.compose)) {
    problems.push(`addOns.gmail.composeTrigger: needs ${SCOPES.compose}`);
  }
  if (compose.draftAccess === 'METADATA' && !scopes.includes(SCOPES.metadata)) {
    problems.push(`addOns.gmail.composeTrigger.draftAccess: METADATA needs ${SCOPES.metadata}`);
  }
  return problems;
}

const manifest: Json = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));

const DELETE = Symbol('delete');

/** A deep copy of the manifest with one value set (or deleted) at `a.b[0].c`. */
function changed(where: string, value: unknown): Json {
  const copy: Json = structuredClone(manifest);
  const steps = where.split(/\.|(?=\[)/).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
  let node: unknown = copy;
  for (const step of steps.slice(0, -1)) {
    const container = node as Record<string | number, unknown>;
    if (container[step] === undefined) container[step] = {};
    node = container[step];
  }
  const last = steps.at(-1)!;
  const container = node as Record<string | number, unknown>;
  if (value === DELETE) {
    if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
    else delete container[last];
  } else {
    container[last] = value;
  }
  return copy;
}

/** The platform.md §1 compose trigger, as Threadsmith would declare it. */
const COMPOSE_TRIGGER = {
  selectActions: [{ text: 'Insert reply', runFunction: 'onGmailCompose' }],
  draftAccess: 'METADATA',
};

describe('appsscript.json', () => {
  it('matches the manifest protos and our policy', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('addOns.common is a valid CommonAddOnManifest', () => {
    const common = obj(obj(manifest.addOns).common);
    expect(() => assertMatchesProto(root, COMMON_TYPE, common, 'addOns.common', PROTO_OPTIONS)).not.toThrow();
  });

  it('addOns.gmail is a valid GmailAddOnManifest', () => {
    const gmail = obj(obj(manifest.addOns).gmail);
    expect(() => assertMatchesProto(root, GMAIL_TYPE, gmail, 'addOns.gmail', PROTO_OPTIONS)).not.toThrow();
  });

  it('throws a readable error for a manifest that breaks the proto', () => {
    const gmail = { contextualTriggers: [{ unconditional: {}, onTriggerFunction: 'f', when: 'always' }] };
    expect(() => assertMatchesProto(root, GMAIL_TYPE, gmail, 'addOns.gmail', PROTO_OPTIONS)).toThrow(
      /addOns\.gmail\.contextualTriggers\[0\]\.when: unknown key/,
    );
  });

  it('asks for exactly the seven scopes, each once', () => {
    const scopes = manifest.oauthScopes as string[];
    expect(new Set(scopes).size).toBe(scopes.length);
    expect([...scopes].sort()).toEqual([...EXPECTED_SCOPES].sort());
  });

  it('runs on V8, logs to Stackdriver, and names a real time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: manifest.timeZone as string })).not.toThrow();
  });

  it('declares the add-on surface Threadsmith needs', () => {
    const { common, gmail } = manifest.addOns as { common: Json; gmail: Json };
    expect(common.name).toBe('Threadsmith');
    expect(common.logoUrl).toMatch(/^https:\/\//);
    expect(common.layoutProperties).toEqual(expect.any(Object));
    expect(common.useLocaleFromApp).toBe(true);
    expect(common.homepageTrigger).toEqual(expect.objectContaining({ runFunction: expect.any(String) }));
    expect(gmail.contextualTriggers).toContainEqual(
      expect.objectContaining({ unconditional: {}, onTriggerFunction: expect.any(String) }),
    );
  });

  it('would also accept the compose trigger from platform.md §1', () => {
    expect(manifestProblems(changed('addOns.gmail.composeTrigger', COMPOSE_TRIGGER))).toEqual([]);
    expect(
      manifestProblems(changed('addOns.gmail.composeTrigger', { ...COMPOSE_TRIGGER, draftAccess: 'NONE' })),
    ).toEqual([]);
  });
});

describe('Drive and the team library', () => {
  it('extends Drive with an items-selected trigger, valid against DriveAddOnManifest', () => {
    const drive = obj(obj(manifest.addOns).drive);
    expect(drive.onItemsSelectedTrigger).toEqual({ runFunction: expect.any(String) });
    expect(() => assertMatchesProto(root, DRIVE_TYPE, drive, 'addOns.drive', PROTO_OPTIONS)).not.toThrow();
  });

  it('asks for drive.file and never a restricted Drive scope', () => {
    expect(manifest.oauthScopes).toContain(SCOPES.driveFile);
    for (const scope of [`${AUTH}drive`, `${AUTH}drive.readonly`, `${AUTH}drive.metadata.readonly`]) {
      const scopes = [...(manifest.oauthScopes as string[]), scope];
      expect(manifestProblems(changed('oauthScopes', scopes))).toContain(
        `oauthScopes: restricted scope ${scope}`,
      );
    }
  });

  it('enables the Drive v3 advanced service, which adds no scope: oauthScopes stays explicit', () => {
    expect(manifest.dependencies).toEqual({
      enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }],
    });
    expect(manifest.oauthScopes).toEqual(EXPECTED_SCOPES);
    const { oauthScopes: _dropped, ...implicit } = manifest;
    expect(manifestProblems(implicit)).toContain(
      'dependencies: an advanced service needs explicit oauthScopes',
    );
    const sheets = {
      enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }],
    };
    expect(manifestProblems(changed('dependencies', sheets))).toContainEqual(
      expect.stringContaining('only the Drive v3 advanced service'),
    );
  });

  it('refuses a Drive extension without drive.file', () => {
    const scopes = (manifest.oauthScopes as string[]).filter((s) => s !== SCOPES.driveFile);
    expect(manifestProblems(changed('oauthScopes', scopes))).toContain(
      `addOns.drive: requestFileScope needs ${SCOPES.driveFile} (drive-actions guide)`,
    );
  });
});

describe('the divergence table', () => {
  it.each(DIVERGENCES)('$manifestKey is anchored to the proto ($protoType.$protoField)', (row) => {
    const fields = root.lookupType(row.protoType).fieldsArray.map((f) => f.jsonName);
    expect(fields).toContain(row.protoField);
    const manifestName = row.manifestKey.slice(row.manifestKey.lastIndexOf('.') + 1);
    if (row.kind === 'rename') expect(fields).not.toContain(manifestName);
  });

  it('needs no row for contextualTriggers: the proto spells them as the manifest does', () => {
    const fields = root.lookupType('google.apps.script.type.gmail.ContextualTrigger').fieldsArray;
    expect(fields.map((f) => f.jsonName).sort()).toEqual(['onTriggerFunction', 'unconditional']);
  });
});

describe('a broken manifest is caught', () => {
  const compose = (trigger: unknown) => changed('addOns.gmail.composeTrigger', trigger);
  const cases: Array<[string, Json, string]> = [
    [
      'an unknown key in common',
      changed('addOns.common.colour', '#fff'),
      'addOns.common.colour: unknown key',
    ],
    [
      'an unknown key in gmail',
      changed('addOns.gmail.onCompose', 'x'),
      'addOns.gmail.onCompose: unknown key',
    ],
    [
      'an unknown nested key',
      changed('addOns.common.homepageTrigger.runFunctions', 'onHomepage'),
      'addOns.common.homepageTrigger.runFunctions: unknown key',
    ],
    [
      'an unknown key in a contextual trigger',
      changed('addOns.gmail.contextualTriggers[0].criteria', 'all'),
      'addOns.gmail.contextualTriggers[0].criteria: unknown key',
    ],
    [
      'an unknown key in an empty message',
      changed('addOns.gmail.contextualTriggers[0].unconditional', { always: true }),
      'unconditional.always: unknown key',
    ],
    [
      'a snake_case key',
      changed('addOns.common.logo_url', 'https://x.example/a.png'),
      'logo_url: unknown key',
    ],
    ['a string for a bool', changed('addOns.common.useLocaleFromApp', 'true'), 'expected a boolean'],
    [
      'a string for a BoolValue',
      changed('addOns.common.homepageTrigger.enabled', 'yes'),
      'homepageTrigger.enabled: expected a boolean',
    ],
    ['a number for a string', changed('addOns.common.name', 42), 'addOns.common.name: expected a string'],
    ['an object for a repeated field', changed('addOns.gmail.contextualTriggers', {}), 'expected an array'],
    [
      'a string for a ListValue',
      changed('addOns.common.openLinkUrlPrefixes', 'https://x.example/'),
      'openLinkUrlPrefixes: expected an array',
    ],
    ['null for a message', changed('addOns.common.layoutProperties', null), 'null is not allowed'],
    [
      'both members of a oneof',
      changed('addOns.common.universalActions', [
        { label: 'Settings', runFunction: 'onSettings', openLink: 'https://x.example/' },
      ]),
      'takes one of its fields',
    ],
    [
      'no member of a required oneof',
      changed('addOns.common.universalActions', [{ label: 'Settings' }]),
      'one of openLink, runFunction',
    ],
    [
      'a missing required field',
      changed('addOns.common.logoUrl', DELETE),
      'missing required field "logoUrl"',
    ],
    [
      'a trigger without its function',
      changed('addOns.gmail.contextualTriggers[0].onTriggerFunction', DELETE),
      'missing required field "onTriggerFunction"',
    ],
    ['an invalid enum value', compose({ ...COMPOSE_TRIGGER, draftAccess: 'FULL' }), 'expected one of'],
    ['an enum as a number', compose({ ...COMPOSE_TRIGGER, draftAccess: 2 }), 'expected one of'],
    [
      "the proto's spelling of selectActions",
      compose({ actions: [{ label: 'Insert', runFunction: 'onGmailCompose' }] }),
      'composeTrigger.actions: the proto\'s name for this field is spelled "selectActions"',
    ],
    [
      "the proto's spelling of a select action's text",
      compose({ selectActions: [{ label: 'Insert', runFunction: 'onGmailCompose' }] }),
      'selectActions[0].label: the proto\'s name for this field is spelled "text"',
    ],
    [
      'a select action without text',
      compose({ selectActions: [{ runFunction: 'onGmailCompose' }] }),
      'missing required field "text"',
    ],
    [
      'a select action with a logo',
      compose({
        selectActions: [{ ...COMPOSE_TRIGGER.selectActions[0], logoUrl: 'https://x.example/a.png' }],
      }),
      'selectActions[0].logoUrl: not allowed here',
    ],
    [
      'legacy gmail.universalActions',
      changed('addOns.gmail.universalActions', [{ text: 'Settings', runFunction: 'onSettings' }]),
      'addOns.gmail.universalActions: not allowed here',
    ],
    [
      'two select actions',
      compose({ selectActions: [COMPOSE_TRIGGER.selectActions[0], { text: 'More', runFunction: 'onMore' }] }),
      'selectActions: at most one action',
    ],
    ['a restricted scope', changed('oauthScopes[6]', `${AUTH}gmail.readonly`), 'restricted scope'],
    ['full mail access', changed('oauthScopes[6]', 'https://mail.google.com/'), 'restricted scope'],
    ['a settings scope', changed('oauthScopes[6]', `${AUTH}gmail.settings.basic`), 'restricted scope'],
    ['the network scope', changed('oauthScopes[6]', NETWORK_SCOPE), 'no network calls'],
    ['a duplicate scope', changed('oauthScopes[6]', SCOPES.execute), 'duplicate'],
    ['a missing scope', changed('oauthScopes[0]', DELETE), `missing ${SCOPES.execute}`],
    ['a URL fetch whitelist', changed('urlFetchWhitelist', ['https://x.example/']), 'urlFetchWhitelist'],
    ['an unknown top-level key', changed('runtime', 'V8'), 'runtime: unknown top-level manifest key'],
    ['another host', changed('addOns.calendar', {}), 'addOns.calendar: Threadsmith extends Gmail (and Drive'],
    ['Rhino', changed('runtimeVersion', 'STABLE'), 'runtimeVersion'],
    ['no exception logging', changed('exceptionLogging', 'NONE'), 'exceptionLogging'],
    ['a made-up time zone', changed('timeZone', 'Europe/Atlantis'), 'Europe/Atlantis'],
    ['another name', changed('addOns.common.name', 'Replybot'), 'addOns.common.name: must be "Threadsmith"'],
    ['an http logo', changed('addOns.common.logoUrl', 'http://x.example/a.png'), 'must be an https URL'],
    ['no layout properties', changed('addOns.common.layoutProperties', DELETE), 'layoutProperties: missing'],
    ['locale not from the app', changed('addOns.common.useLocaleFromApp', false), 'useLocaleFromApp'],
    ['no homepage trigger', changed('addOns.common.homepageTrigger', DELETE), 'homepageTrigger.runFunction'],
    [
      'a conditional-only trigger list',
      changed('addOns.gmail.contextualTriggers[0].unconditional', DELETE),
      'no unconditional trigger',
    ],
    [
      'a function name that is not an identifier',
      changed('addOns.gmail.contextualTriggers[0].onTriggerFunction', 'handlers.onMessage'),
      'onTriggerFunction: not a function name',
    ],
    [
      'the deprecated authorization check',
      changed('addOns.gmail.authorizationCheckFunction', 'checkAuth'),
      'authorizationCheckFunction: deprecated',
    ],
  ];

  it.each(cases)('%s', (_name, broken, expected) => {
    expect(manifestProblems(broken)).toContainEqual(expect.stringContaining(expected));
  });

  it('reports a METADATA compose trigger without its scope as such', () => {
    const broken = changed('addOns.gmail.composeTrigger', COMPOSE_TRIGGER);
    const scopes = (broken.oauthScopes as string[]).filter((s) => s !== SCOPES.metadata);
    expect(manifestProblems({ ...broken, oauthScopes: scopes })).toContainEqual(
      expect.stringContaining('draftAccess: METADATA needs'),
    );
  });

  it('reports a compose trigger without the compose scope', () => {
    const broken = changed('addOns.gmail.composeTrigger', COMPOSE_TRIGGER);
    const scopes = (broken.oauthScopes as string[]).filter((s) => s !== SCOPES.compose);
    expect(manifestProblems({ ...broken, oauthScopes: scopes })).toContainEqual(
      expect.stringContaining(`composeTrigger: needs ${SCOPES.compose}`),
    );
  });
});

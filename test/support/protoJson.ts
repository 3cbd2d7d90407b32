// Checks a JSON document against a protobuf message type from google-proto-files, key by key.
// protobufjs's own fromObject/verify silently drop unknown keys, so this walks the JSON itself.
import path from 'node:path';
import { Enum, type Field, MapField, type OneOf, Root, Type } from 'protobufjs';

/** Directory of the google-proto-files package; every import in its protos resolves against it. */
export const PROTO_FILES_DIR = path.dirname(require.resolve('google-proto-files/package.json'));

/**
 * Loads proto files (paths relative to google-proto-files, e.g. `google/apps/card/v1/card.proto`)
 * and their imports, keeping `//` comments so "Required." notes can be enforced.
 */
export function loadProtoRoot(files: string[]): Root {
  const root = new Root();
  root.resolvePath = (_origin, target) => path.join(PROTO_FILES_DIR, target);
  root.loadSync(files, { alternateCommentMode: true });
  root.resolveAll();
  return root;
}

export interface ProtoJsonOptions {
  /**
   * Places where a JSON dialect spells a field differently from the proto. Keys are JSON key
   * locations with array indices written `[]` (`addOns.gmail.composeTrigger.selectActions`),
   * values the proto field's JSON name at that point (`actions`). The proto spelling is then
   * refused at that location.
   */
  renames?: Readonly<Record<string, string>>;
  /** JSON key locations (same form as `renames`) the dialect does not allow although the proto has them. */
  forbidden?: Readonly<Record<string, string>>;
  /** Enforce fields and oneofs whose proto comment starts with "Required." (default true). */
  requiredFromComments?: boolean;
}

/** Every way `json` fails to be `typeName` in proto3 JSON; empty when it matches. */
export function protoJsonProblems(
  root: Root,
  typeName: string,
  json: unknown,
  jsonPath = '',
  options: ProtoJsonOptions = {},
): string[] {
  const walker = new Walker(options);
  walker.message(root.lookupType(typeName), json, jsonPath);
  return walker.problems;
}

/** Throws one error listing every problem if `json` is not a valid `typeName` in proto3 JSON. */
export function assertMatchesProto(
  root: Root,
  typeName: string,
  json: unknown,
  jsonPath?: string,
  options?: ProtoJsonOptions,
): void {
  const problems = protoJsonProblems(root, typeName, json, jsonPath ?? '', options);
  if (problems.length > 0) {
    throw new Error(`JSON does not match ${typeName}:\n  ${problems.join('\n  ')}`);
  }
}

const INT32 = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32 = new Set(['uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);
const WRAPPERS: Readonly<Record<string, string>> = {
  'google.protobuf.BoolValue': 'bool',
  'google.protobuf.StringValue': 'string',
  'google.protobuf.BytesValue': 'bytes',
  'google.protobuf.Int32Value': 'int32',
  'google.protobuf.UInt32Value': 'uint32',
  'google.protobuf.Int64Value': 'int64',
  'google.protobuf.UInt64Value': 'uint64',
  'google.protobuf.FloatValue': 'float',
  'google.protobuf.DoubleValue': 'double',
};
const STRING_ENCODED = new Set([
  'google.protobuf.Timestamp',
  'google.protobuf.Duration',
  'google.protobuf.FieldMask',
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

/** `a.b[3].c` → `a.b[].c`, the form option keys use. */
function patternOf(jsonPath: string): string {
  return jsonPath.replace(/\[\d+\]/g, '[]');
}

function join(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

function isRequired(comment: string | null | undefined): boolean {
  return typeof comment === 'string' && comment.trimStart().startsWith('Required.');
}

class Walker {
  readonly problems: string[] = [];
  private readonly renames: Readonly<Record<string, string>>;
  private readonly forbidden: Readonly<Record<string, string>>;
  private readonly requiredFromComments: boolean;
  /** `parentPattern.protoJsonName` → the dialect's key location, for refusing the proto spelling. */
  private readonly renamedAway = new Map<string, string>();

  constructor(options: ProtoJsonOptions) {
    this.renames = options.renames ?? {};
    this.forbidden = options.forbidden ?? {};
    this.requiredFromComments = options.requiredFromComments ?? true;
    for (const [location, target] of Object.entries(this.renames)) {
      const dot = location.lastIndexOf('.');
      this.renamedAway.set(join(dot < 0 ? '' : location.slice(0, dot), target), location);
    }
  }

  private problem(at: string, what: string): void {
    this.problems.push(`${at || '(root)'}: ${what}`);
  }

  message(type: Type, json: unknown, at: string): void {
    const wellKnown = type.fullName.replace(/^\./, '');
    if (wellKnown.startsWith('google.protobuf.') && this.wellKnown(wellKnown, json, at)) return;
    if (!isPlainObject(json)) {
      this.problem(at, `expected an object (${type.name}), got ${show(json)}`);
      return;
    }
    const byJsonName = new Map<string, Field>();
    for (const field of type.fieldsArray) byJsonName.set(field.jsonName, field);

    const parentPattern = patternOf(at);
    const present = new Set<Field>();
    for (const [key, value] of Object.entries(json)) {
      const keyAt = join(at, key);
      const location = join(parentPattern, key);
      const reason = this.forbidden[location];
      if (reason !== undefined) {
        this.problem(keyAt, `not allowed here (${reason})`);
        continue;
      }
      const dialectKey = this.renamedAway.get(location);
      if (dialectKey !== undefined) {
        const spelled = dialectKey.slice(dialectKey.lastIndexOf('.') + 1);
        this.problem(keyAt, `the proto's name for this field is spelled "${spelled}" here`);
        continue;
      }
      const renamed = this.renames[location];
      const field = byJsonName.get(renamed ?? key);
      if (field === undefined) {
        const known = [...byJsonName.keys()].join(', ');
        this.problem(keyAt, `unknown key for ${type.name} (fields: ${known})`);
        continue;
      }
      present.add(field);
      this.field(field, value, keyAt);
    }

    for (const oneof of type.oneofsArray) this.oneof(oneof, present, type, at);
    if (this.requiredFromComments) {
      for (const field of type.fieldsArray) {
        if (field.partOf === null && isRequired(field.comment) && !present.has(field)) {
          this.problem(at, `missing required field "${this.spelling(parentPattern, field.jsonName)}"`);
        }
      }
    }
  }

  /** How the dialect spells a proto field at a location (the rename, if any). */
  private spelling(parentPattern: string, jsonName: string): string {
    const location = this.renamedAway.get(join(parentPattern, jsonName));
    return location === undefined ? jsonName : location.slice(location.lastIndexOf('.') + 1);
  }

  private oneof(oneof: OneOf, present: Set<Field>, type: Type, at: string): void {
    const set = oneof.fieldsArray.filter((f) => present.has(f));
    if (set.length > 1) {
      this.problem(
        at,
        `${type.name}.${oneof.name} takes one of its fields, got ${set.map((f) => f.jsonName).join(', ')}`,
      );
    }
    // proto3 `optional` makes a synthetic one-field oneof; its "Required." belongs to the field.
    const members = oneof.fieldsArray;
    const required = isRequired(oneof.comment) || (members.length === 1 && isRequired(members[0]!.comment));
    if (this.requiredFromComments && set.length === 0 && required) {
      this.problem(at, `missing required field: one of ${members.map((f) => f.jsonName).join(', ')}`);
    }
  }

  private field(field: Field, value: unknown, at: string): void {
    if (value === null) {
      const type = field.resolvedType;
      if (type instanceof Type && type.fullName === '.google.protobuf.Value') return;
      this.problem(at, 'null is not allowed (leave the key out instead)');
      return;
    }
    if (field.map) {
      if (!isPlainObject(value)) {
        this.problem(at, `expected an object (map), got ${show(value)}`);
        return;
      }
      const keyType = field instanceof MapField ? field.keyType : 'string';
      for (const [k, v] of Object.entries(value)) {
        if (keyType !== 'string' && !this.mapKeyOk(keyType, k)) {
          this.problem(`${at}.${k}`, `bad ${keyType} map key`);
        }
        this.single(field, v, `${at}.${k}`);
      }
      return;
    }
    if (field.repeated) {
      if (!Array.isArray(value)) {
        this.problem(at, `expected an array, got ${show(value)}`);
        return;
      }
      value.forEach((item, i) => {
        if (item === null) this.problem(`${at}[${i}]`, 'null is not allowed in a repeated field');
        else this.single(field, item, `${at}[${i}]`);
      });
      return;
    }
    this.single(field, value, at);
  }

  private mapKeyOk(keyType: string, key: string): boolean {
    if (keyType === 'bool') return key === 'true' || key === 'false';
    return /^-?\d+$/.test(key);
  }

  private single(field: Field, value: unknown, at: string): void {
    const type = field.resolvedType;
    if (type instanceof Type) this.message(type, value, at);
    else if (type instanceof Enum) this.enumValue(type, value, at);
    else this.scalar(field.type, value, at);
  }

  private enumValue(type: Enum, value: unknown, at: string): void {
    if (type.fullName === '.google.protobuf.NullValue') {
      if (value !== null) this.problem(at, `expected null, got ${show(value)}`);
      return;
    }
    // Manifests and card JSON spell enums by name; a number would be legal proto3 JSON but is
    // never what a hand-written manifest means, so it is refused.
    if (typeof value !== 'string' || !Object.hasOwn(type.values, value)) {
      this.problem(at, `expected one of ${Object.keys(type.values).join('|')}, got ${show(value)}`);
    }
  }

  private scalar(scalarType: string, value: unknown, at: string): void {
    const bad = (expected: string) => this.problem(at, `expected ${expected}, got ${show(value)}`);
    if (scalarType === 'string') {
      if (typeof value !== 'string') bad('a string');
    } else if (scalarType === 'bool') {
      if (typeof value !== 'boolean') bad('a boolean');
    } else if (scalarType === 'bytes') {
      if (typeof value !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) bad('base64 bytes');
    } else if (scalarType === 'float' || scalarType === 'double') {
      const special = value === 'NaN' || value === 'Infinity' || value === '-Infinity';
      if (!special && (typeof value !== 'number' || !Number.isFinite(value))) bad('a number');
    } else if (INT32.has(scalarType) || UINT32.has(scalarType) || INT64.has(scalarType)) {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      const unsigned = UINT32.has(scalarType) || scalarType === 'uint64' || scalarType === 'fixed64';
      if (typeof n !== 'number' || !Number.isInteger(n) || (unsigned && n < 0)) {
        bad(`an integer (${scalarType})`);
      } else if (!INT64.has(scalarType) && (n > (unsigned ? 2 ** 32 - 1 : 2 ** 31 - 1) || n < -(2 ** 31))) {
        bad(`an integer in ${scalarType} range`);
      }
    } else {
      this.problem(at, `unsupported scalar type ${scalarType}`);
    }
  }

  /** proto3 JSON encodings of well-known types; returns false for types it leaves to the walker. */
  private wellKnown(name: string, json: unknown, at: string): boolean {
    const wrapped = WRAPPERS[name];
    if (wrapped !== undefined) {
      this.scalar(wrapped, json, at);
      return true;
    }
    if (STRING_ENCODED.has(name)) {
      if (typeof json !== 'string') this.problem(at, `expected a string (${name}), got ${show(json)}`);
      return true;
    }
    switch (name) {
      case 'google.protobuf.Value':
        return true;
      case 'google.protobuf.ListValue':
        if (!Array.isArray(json)) this.problem(at, `expected an array, got ${show(json)}`);
        return true;
      case 'google.protobuf.Struct':
        if (!isPlainObject(json)) this.problem(at, `expected an object, got ${show(json)}`);
        return true;
      case 'google.protobuf.Empty':
        if (!isPlainObject(json) || Object.keys(json).length > 0) this.problem(at, 'expected {}');
        return true;
      case 'google.protobuf.Any':
        if (!isPlainObject(json) || typeof json['@type'] !== 'string') {
          this.problem(at, 'expected an object with "@type"');
        }
        return true;
      default:
        return false;
    }
  }
}

// Checks card JSON against google.apps.card.v1.Card from card.proto, strictly: protobufjs's own
// fromObject drops unknown keys and verify is loose, so the JSON is walked against the reflected types.
import { dirname, join } from 'node:path';
import protobuf from 'protobufjs';

const CARD_PROTO = 'google/apps/card/v1/card.proto';
const CARD_TYPE = 'google.apps.card.v1.Card';

let cardType: protobuf.Type | undefined;

/** The reflected Card message, loaded from google-proto-files once per process. */
export function cardMessageType(): protobuf.Type {
  if (!cardType) {
    const protoDir = dirname(require.resolve('google-proto-files/package.json'));
    const root = new protobuf.Root();
    // Imports (google/type/color.proto) resolve inside google-proto-files; google/protobuf/* are bundled.
    root.resolvePath = (_origin, target) => join(protoDir, target);
    root.loadSync(CARD_PROTO);
    root.resolveAll();
    cardType = root.lookupType(CARD_TYPE);
  }
  return cardType;
}

class CardJsonError extends Error {
  constructor(path: string, problem: string) {
    super(`Invalid card JSON at ${path}: ${problem}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Proto3 JSON maps wrapper messages (google.type.Color's alpha is a FloatValue) to bare scalars. */
const WRAPPER_SCALARS: Record<string, string> = {
  '.google.protobuf.DoubleValue': 'double',
  '.google.protobuf.FloatValue': 'float',
  '.google.protobuf.Int64Value': 'int64',
  '.google.protobuf.UInt64Value': 'uint64',
  '.google.protobuf.Int32Value': 'int32',
  '.google.protobuf.UInt32Value': 'uint32',
  '.google.protobuf.BoolValue': 'bool',
  '.google.protobuf.StringValue': 'string',
  '.google.protobuf.BytesValue': 'bytes',
};

const INT32 = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32 = new Set(['uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);

function checkScalar(type: string, value: unknown, path: string): void {
  const bad = (expected: string) => new CardJsonError(path, `expected ${expected}, got ${describe(value)}`);
  if (type === 'string' || type === 'bytes') {
    if (typeof value !== 'string') throw bad('a string');
  } else if (type === 'bool') {
    if (typeof value !== 'boolean') throw bad('a boolean');
  } else if (INT32.has(type) || UINT32.has(type)) {
    const min = UINT32.has(type) ? 0 : -(2 ** 31);
    const max = UINT32.has(type) ? 2 ** 32 - 1 : 2 ** 31 - 1;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw bad(`a ${type} integer`);
    }
  } else if (INT64.has(type)) {
    const ok =
      (typeof value === 'number' && Number.isInteger(value)) ||
      (typeof value === 'string' && /^-?\d+$/.test(value));
    if (!ok) throw bad(`a ${type} integer`);
  } else if (type === 'float' || type === 'double') {
    const ok = typeof value === 'number' || value === 'NaN' || value === 'Infinity' || value === '-Infinity';
    if (!ok) throw bad('a number');
  } else {
    throw new CardJsonError(path, `unsupported scalar type ${type}`);
  }
}

function checkEnum(enumType: protobuf.Enum, value: unknown, path: string): void {
  if (typeof value !== 'string' || !Object.hasOwn(enumType.values, value)) {
    const names = Object.keys(enumType.values).join(', ');
    throw new CardJsonError(
      path,
      `${describe(value)} is not a ${enumType.fullName.slice(1)} value (one of ${names})`,
    );
  }
}

function checkSingle(field: protobuf.Field, value: unknown, path: string): void {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) checkEnum(resolved, value, path);
  else if (resolved instanceof protobuf.Type) {
    const scalar = WRAPPER_SCALARS[resolved.fullName];
    if (scalar) checkScalar(scalar, value, path);
    else checkMessage(resolved, value, path);
  } else checkScalar(field.type, value, path);
}

/** JSON key → field, keyed by the lowerCamelCase JSON name only (snake_case keys are unknown). */
function jsonFields(type: protobuf.Type): Map<string, protobuf.Field> {
  const fields = new Map<string, protobuf.Field>();
  for (const field of type.fieldsArray) {
    const jsonName = field.options?.json_name;
    fields.set(typeof jsonName === 'string' ? jsonName : field.name, field);
  }
  return fields;
}

const fieldCache = new WeakMap<protobuf.Type, Map<string, protobuf.Field>>();

function fieldsOf(type: protobuf.Type): Map<string, protobuf.Field> {
  let fields = fieldCache.get(type);
  if (!fields) {
    fields = jsonFields(type);
    fieldCache.set(type, fields);
  }
  return fields;
}

function camel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function checkMessage(type: protobuf.Type, value: unknown, path: string): void {
  if (!isPlainObject(value)) {
    throw new CardJsonError(path, `expected an object (${type.fullName.slice(1)}), got ${describe(value)}`);
  }
  const fields = fieldsOf(type);
  const oneofMembers = new Map<string, string>();
  for (const [key, fieldValue] of Object.entries(value)) {
    const at = `${path}.${key}`;
    const field = fields.get(key);
    if (!field) {
      const hint = fields.has(camel(key)) ? ` (the JSON name is ${camel(key)})` : '';
      throw new CardJsonError(at, `unknown field "${key}" of ${type.fullName.slice(1)}${hint}`);
    }
    // Proto3 JSON reads null as "field not set".
    if (fieldValue === null) continue;
    const oneof = field.partOf;
    if (oneof) {
      const other = oneofMembers.get(oneof.name);
      if (other) {
        throw new CardJsonError(
          at,
          `oneof "${oneof.name}" already holds "${other}"; it can hold only one member`,
        );
      }
      oneofMembers.set(oneof.name, key);
    }
    if (field.map) {
      if (!isPlainObject(fieldValue))
        throw new CardJsonError(at, `expected an object map, got ${describe(fieldValue)}`);
      for (const [k, v] of Object.entries(fieldValue)) checkSingle(field, v, `${at}.${k}`);
    } else if (field.repeated) {
      if (!Array.isArray(fieldValue))
        throw new CardJsonError(at, `expected an array, got ${describe(fieldValue)}`);
      fieldValue.forEach((item: unknown, index) => {
        checkSingle(field, item, `${at}[${index}]`);
      });
    } else {
      checkSingle(field, fieldValue, at);
    }
  }
}

/** Throws an Error naming the JSON path (e.g. `card.sections[0].widgets[1].foo`) of the first problem. */
export function validateCard(json: unknown): void {
  checkMessage(cardMessageType(), json, 'card');
}

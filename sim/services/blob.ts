// Apps Script's Blob (bytes + content type + name) and the conversions for values that cross into the
// sandbox: signed byte arrays, and arrays/Dates made in the sandbox's realm so `instanceof` holds there.
import { charsetName, decodeJava } from '../mailbox/charset';
import type { ServiceContext } from './context';

/** Host-side key under which a Blob (or GmailAttachment) carries its data for other emulated services. */
export const BLOB_DATA = Symbol.for('threadsmith.sim.blobData');

export interface BlobData {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
}

interface Intrinsics {
  Array: ArrayConstructor;
  Date: DateConstructor;
}

const intrinsicsByContext = new WeakMap<ServiceContext, Intrinsics>();

/**
 * The sandbox realm's Array and Date, reached through the realm of the errors ctx makes. Host arrays
 * and Dates handed to the add-on would fail `instanceof Array/Date` there.
 */
function intrinsics(ctx: ServiceContext): Intrinsics {
  let found = intrinsicsByContext.get(ctx);
  if (!found) {
    found = { Array, Date };
    try {
      const RealmFunction = ctx.error('').constructor.constructor as FunctionConstructor;
      const realmGlobal = RealmFunction('return this')() as Partial<Intrinsics> | undefined;
      if (realmGlobal?.Array && realmGlobal.Date)
        found = { Array: realmGlobal.Array, Date: realmGlobal.Date };
    } catch {
      // Code generation disabled in the sandbox: host intrinsics still work for everything but instanceof.
    }
    intrinsicsByContext.set(ctx, found);
  }
  return found;
}

export function sandboxArray<T>(ctx: ServiceContext, items: Iterable<T>): T[] {
  return intrinsics(ctx).Array.from(items);
}

export function sandboxDate(ctx: ServiceContext, time: number): Date {
  return new (intrinsics(ctx).Date)(time);
}

/** Apps Script byte arrays are Java bytes: numbers from -128 to 127. */
export function toSignedBytes(ctx: ServiceContext, bytes: Uint8Array): number[] {
  return sandboxArray(ctx, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** Accepts what the add-on passes as a byte array (signed or unsigned numbers); null when it is not one. */
export function fromByteArray(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (!Array.isArray(value)) return null;
  const out = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const n: unknown = value[i];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < -128 || n > 255) return null;
    out[i] = n & 0xff;
  }
  return out;
}

/** Bytes, type and name of anything the add-on may pass as a BlobSource (Blob, GmailAttachment, getBlob()). */
export function blobData(source: unknown): BlobData | null {
  if (source === null || typeof source !== 'object') return null;
  const own = (source as { [BLOB_DATA]?: () => BlobData })[BLOB_DATA];
  if (typeof own === 'function') return own.call(source);
  const getBlob = (source as { getBlob?: unknown }).getBlob;
  if (typeof getBlob === 'function') {
    const blob: unknown = getBlob.call(source);
    if (blob !== source) return blobData(blob);
  }
  return null;
}

export class Blob {
  #ctx: ServiceContext;
  #bytes: Uint8Array;
  #contentType: string | null;
  #name: string | null;
  /** Ledger service name: GmailAttachment reuses these methods under its own name. */
  protected readonly service: string = 'Blob';

  constructor(
    ctx: ServiceContext,
    bytes: Uint8Array,
    contentType: string | null = null,
    name: string | null = null,
  ) {
    this.#ctx = ctx;
    this.#bytes = bytes.slice();
    this.#contentType = contentType;
    this.#name = name;
  }

  [BLOB_DATA](): BlobData {
    return { bytes: this.#bytes, contentType: this.#contentType, name: this.#name };
  }

  protected get ctx(): ServiceContext {
    return this.#ctx;
  }

  protected record(method: string, args: readonly unknown[]): void {
    this.#ctx.record(this.service, method, args);
  }

  getBytes(): number[] {
    this.record('getBytes', []);
    return toSignedBytes(this.#ctx, this.#bytes);
  }

  getDataAsString(charset?: string): string {
    this.record('getDataAsString', charset === undefined ? [] : [charset]);
    const text = decodeJava(this.#bytes, charsetName(charset));
    if (text === null) throw this.#ctx.error(`Exception: Invalid argument: charset`);
    return text;
  }

  getContentType(): string | null {
    this.record('getContentType', []);
    return this.#contentType;
  }

  setContentType(contentType: string | null): this {
    this.record('setContentType', [contentType]);
    this.#contentType = contentType;
    return this;
  }

  getName(): string | null {
    this.record('getName', []);
    return this.#name;
  }

  setName(name: string | null): this {
    this.record('setName', [name]);
    this.#name = name;
    return this;
  }

  copyBlob(): Blob {
    this.record('copyBlob', []);
    return new Blob(this.#ctx, this.#bytes, this.#contentType, this.#name);
  }

  /** Only the identity conversion is emulated; Apps Script's PDF/image conversions are not. */
  getAs(contentType: string): Blob {
    this.record('getAs', [contentType]);
    if (typeof contentType !== 'string' || contentType !== this.#contentType) {
      throw this.#ctx.error(
        `Exception: Converting from ${this.#contentType ?? 'unknown'} to ${String(contentType)} is not supported.`,
      );
    }
    return new Blob(this.#ctx, this.#bytes, this.#contentType, this.#name);
  }

  getBlob(): Blob {
    this.record('getBlob', []);
    return this;
  }

  isGoogleType(): boolean {
    this.record('isGoogleType', []);
    return false;
  }
}

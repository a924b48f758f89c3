import { codec } from './codec.js';
import { utf8Length } from './utf8.js';
import { XDR_UNBOUNDED, type XdrReader } from './reader.js';
import type { XdrWriter } from './writer.js';

/*
 * Read/write/size functions for the built-in XDR types, shaped so generated code can pass them
 * to the composite helpers (arrays, optionals, lists) without allocating closures.
 */

export const readInt = (r: XdrReader): number => r.readInt();
export const readUint = (r: XdrReader): number => r.readUint();
export const readHyper = (r: XdrReader): bigint => r.readHyper();
export const readUhyper = (r: XdrReader): bigint => r.readUhyper();
export const readBool = (r: XdrReader): boolean => r.readBool();
export const readVoid = (_r: XdrReader): void => undefined;

export const writeInt = (w: XdrWriter, v: number): void => w.writeInt(v);
export const writeUint = (w: XdrWriter, v: number): void => w.writeUint(v);
export const writeHyper = (w: XdrWriter, v: bigint): void => w.writeHyper(v);
export const writeUhyper = (w: XdrWriter, v: bigint): void => w.writeUhyper(v);
export const writeBool = (w: XdrWriter, v: boolean): void => w.writeBool(v);
export const writeVoid = (_w: XdrWriter, _v: void): void => undefined;

export const size4 = (): number => 4;
export const size8 = (): number => 8;
export const size0 = (): number => 0;

/** Bytes an opaque or string body of `n` bytes takes once padded to a multiple of 4. */
export function padded(n: number): number {
  return n + ((4 - (n & 3)) & 3);
}

export function sizeOpaque(b: Buffer): number {
  return 4 + padded(b.length);
}

export function sizeString(s: string): number {
  return 4 + padded(utf8Length(s));
}

export const xdr_void = codec<void>(readVoid, writeVoid, size0);
export const xdr_int = codec<number>(readInt, writeInt, size4);
export const xdr_u_int = codec<number>(readUint, writeUint, size4);
export const xdr_hyper = codec<bigint>(readHyper, writeHyper, size8);
export const xdr_u_hyper = codec<bigint>(readUhyper, writeUhyper, size8);
export const xdr_bool = codec<boolean>(readBool, writeBool, size4);
/** An unbounded `string` (e.g. the result of RPCBPROC_GETADDR). */
export const xdr_string = codec<string>(
  (r) => r.readString(XDR_UNBOUNDED),
  (w, v) => w.writeString(v),
  sizeString,
);

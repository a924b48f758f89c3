import { XdrError } from './errors.js';
import type { ReadFn, SizeFn, WriteFn } from './codec.js';
import type { XdrReader } from './reader.js';
import type { XdrWriter } from './writer.js';

/*
 * Arrays, optional data and linked lists. Every loop here is iterative: a list of a million
 * entries costs a million iterations, never a million stack frames.
 */

/** `T x<max>`: the count is checked against the bytes left before the array is allocated. */
export function readArray<T>(r: XdrReader, max: number, minElementSize: number, readElem: ReadFn<T>): T[] {
  const n = r.readCount(max, minElementSize);
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = readElem(r);
  return out;
}

/** `T x[n]`. */
export function readFixedArray<T>(r: XdrReader, n: number, minElementSize: number, readElem: ReadFn<T>): T[] {
  r.need(n * minElementSize);
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = readElem(r);
  return out;
}

export function writeArray<T>(w: XdrWriter, a: readonly T[], max: number, writeElem: WriteFn<T>): void {
  if (a.length > max) throw new XdrError(`array of ${a.length} exceeds bound ${max}`);
  w.writeUint(a.length);
  for (const e of a) writeElem(w, e);
}

export function writeFixedArray<T>(w: XdrWriter, a: readonly T[], n: number, writeElem: WriteFn<T>): void {
  if (a.length !== n) throw new XdrError(`fixed array needs ${n} elements, got ${a.length}`);
  for (const e of a) writeElem(w, e);
}

/** Size of the elements only (callers add 4 for a counted array). */
export function sizeElements<T>(a: readonly T[], sizeElem: SizeFn<T>): number {
  let n = 0;
  for (const e of a) n += sizeElem(e);
  return n;
}

/** `T *x` (optional data): a bool, then the value when it is TRUE. */
export function readOptional<T>(r: XdrReader, readElem: ReadFn<T>): T | null {
  return r.readBool() ? readElem(r) : null;
}

export function writeOptional<T>(w: XdrWriter, v: T | null, writeElem: WriteFn<T>): void {
  if (v === null) {
    w.writeBool(false);
    return;
  }
  w.writeBool(true);
  writeElem(w, v);
}

export function sizeOptional<T>(v: T | null, sizeElem: SizeFn<T>): number {
  return v === null ? 4 : 4 + sizeElem(v);
}

/**
 * A linked list (`struct S { ...; S *next; }` reached through an `S *`): on the wire each
 * element is preceded by TRUE and the list ends with FALSE. `readElem` reads one element's
 * fields without the next pointer.
 */
export function readList<T>(r: XdrReader, readElem: ReadFn<T>): T[] {
  const out: T[] = [];
  while (r.readBool()) out.push(readElem(r));
  return out;
}

export function writeList<T>(w: XdrWriter, a: readonly T[], writeElem: WriteFn<T>): void {
  for (const e of a) {
    w.writeBool(true);
    writeElem(w, e);
  }
  w.writeBool(false);
}

export function sizeList<T>(a: readonly T[], sizeElem: SizeFn<T>): number {
  let n = 4;
  for (const e of a) n += 4 + sizeElem(e);
  return n;
}

/** An enum or union discriminant value no arm accepts. */
export function badValue(what: string, v: number | boolean): never {
  throw new XdrError(`unknown ${what} value ${String(v)}`);
}

import { XdrError } from './errors.js';
import { XdrReader } from './reader.js';
import { XdrWriter } from './writer.js';

/**
 * The contract every generated type shares (after dns-packet): `size` is the exact encoding
 * length, `encode` writes into a given buffer at an offset (or a fresh one) and returns a view
 * of the bytes written, `decode` rejects trailing bytes.
 */
export interface Codec<T> {
  read(r: XdrReader): T;
  write(w: XdrWriter, v: T): void;
  size(v: T): number;
  encode(v: T, buf?: Buffer, offset?: number): Buffer;
  decode(buf: Buffer, offset?: number): T;
}

export type ReadFn<T> = (r: XdrReader) => T;
export type WriteFn<T> = (w: XdrWriter, v: T) => void;
export type SizeFn<T> = (v: T) => number;

/** Builds a Codec from the three functions the generator emits for a type. */
export function codec<T>(read: ReadFn<T>, write: WriteFn<T>, size: SizeFn<T>): Codec<T> {
  return {
    read,
    write,
    size,
    encode(v: T, buf?: Buffer, offset = 0): Buffer {
      const n = size(v);
      const out = buf ?? Buffer.allocUnsafe(offset + n);
      const w = new XdrWriter(out, offset);
      write(w, v);
      // A size function that disagrees with its writer is a generator bug; never ship its bytes.
      if (w.pos !== offset + n) throw new Error(`encoding length mismatch: size ${n}, wrote ${w.pos - offset}`);
      return out.subarray(offset, offset + n);
    },
    decode(buf: Buffer, offset = 0): T {
      const r = new XdrReader(buf, offset);
      const v = read(r);
      if (r.pos !== r.end) throw new XdrError(`${r.end - r.pos} trailing bytes`);
      return v;
    },
  };
}

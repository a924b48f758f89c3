import { XdrError } from './errors.js';
import { XDR_UNBOUNDED } from './reader.js';
import { utf8Length } from './utf8.js';

const ZEROS = Buffer.alloc(4);

/**
 * A cursor that writes XDR into a pre-sized Buffer (size it with the codec's `size`). Opaque
 * writes skip the copy when the source already occupies the destination bytes, so a READ reply
 * can have file data read straight into its slot and then be "written" for free.
 */
export class XdrWriter {
  readonly buf: Buffer;
  pos: number;
  // DataView writes BigInts natively; Buffer#writeBigUInt64BE splits them in JavaScript
  // (measured 5x slower).
  private readonly view: DataView;

  constructor(buf: Buffer, offset = 0) {
    this.buf = buf;
    this.pos = offset;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  }

  private room(n: number): void {
    if (n > this.buf.length - this.pos) throw new XdrError(`writer overflow: need ${n} bytes at ${this.pos} of ${this.buf.length}`);
  }

  writeInt(v: number): void {
    this.room(4);
    this.view.setInt32(this.pos, v);
    this.pos += 4;
  }

  writeUint(v: number): void {
    this.room(4);
    this.view.setUint32(this.pos, v);
    this.pos += 4;
  }

  writeHyper(v: bigint): void {
    this.room(8);
    this.view.setBigInt64(this.pos, v);
    this.pos += 8;
  }

  writeUhyper(v: bigint): void {
    this.room(8);
    this.view.setBigUint64(this.pos, v);
    this.pos += 8;
  }

  writeBool(v: boolean): void {
    this.writeInt(v ? 1 : 0);
  }

  /** Exactly `n` bytes of `b` plus zero padding. */
  writeFixedOpaque(b: Buffer, n: number): void {
    if (b.length !== n) throw new XdrError(`fixed opaque needs ${n} bytes, got ${b.length}`);
    const padded = n + ((4 - (n & 3)) & 3);
    this.room(padded);
    const dest = this.buf.byteOffset + this.pos;
    // Already in place (same memory, same offset): nothing to copy.
    if (b.buffer !== this.buf.buffer || b.byteOffset !== dest) b.copy(this.buf, this.pos);
    if (padded !== n) ZEROS.copy(this.buf, this.pos + n, 0, padded - n);
    this.pos += padded;
  }

  /** A length-prefixed opaque; `max` is the declared bound (`<max>`), enforced here too. */
  writeOpaque(b: Buffer, max = XDR_UNBOUNDED): void {
    if (b.length > max) throw new XdrError(`opaque of ${b.length} bytes exceeds bound ${max}`);
    this.writeUint(b.length);
    this.writeFixedOpaque(b, b.length);
  }

  writeString(s: string, max = XDR_UNBOUNDED): void {
    const n = utf8Length(s);
    if (n > max) throw new XdrError(`string of ${n} bytes exceeds bound ${max}`);
    const padded = n + ((4 - (n & 3)) & 3);
    this.room(4 + padded);
    this.view.setUint32(this.pos, n);
    if (n === s.length && n <= 32) {
      // Short ASCII: byte per char, cheaper than a call into the runtime's encoder.
      for (let i = 0; i < n; i++) this.buf[this.pos + 4 + i] = s.charCodeAt(i);
    } else {
      this.buf.write(s, this.pos + 4, n, 'utf8');
    }
    if (padded !== n) ZEROS.copy(this.buf, this.pos + 4 + n, 0, padded - n);
    this.pos += 4 + padded;
  }
}

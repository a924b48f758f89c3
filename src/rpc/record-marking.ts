// TCP record marking (RFC 5531 section 11): every record is a sequence of fragments,
// each preceded by a 4-byte mark whose top bit says "last fragment" and whose low 31
// bits give the fragment length. Requests may be cut anywhere by TCP, so the reader
// keeps the unread chunks and hands out one complete record at a time: the caller pulls
// records only while it has room for more calls, which is what makes backpressure work.
// A large fragment spread over several socket chunks (a 1 MiB WRITE arrives in 64 KiB reads)
// is copied into pooled memory (reply-pool.ts): a fresh 1 MiB buffer per call costs page faults
// and GC. A handler that keeps no view of its arguments gives it back (releaseArgs).
import { giveBackFrame, takeFrame } from './reply-pool.js';

const LAST_FRAGMENT = 0x80000000;
const LENGTH_MASK = 0x7fffffff;
/** Copied fragments from this size on use pooled memory; smaller ones come from Node's slab. */
const POOLED_MIN = 64 * 1024;
export const RECORD_MARK_SIZE = 4;

export type NextRecord =
  | { kind: 'record'; record: Buffer }
  | { kind: 'need-more' }
  | { kind: 'too-large'; size: number };

export class RecordReader {
  private readonly chunks: Buffer[] = [];
  private chunkOffset = 0; // read position inside chunks[0]
  private buffered = 0; // unread bytes over all chunks
  private fragments: Buffer[] = []; // finished fragments of the record being assembled
  private recordSize = 0;

  constructor(private readonly maxRecordSize: number) {}

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  /** Bytes received but not yet returned as part of a record. */
  get pendingBytes(): number {
    return this.buffered + this.recordSize;
  }

  next(): NextRecord {
    for (;;) {
      if (this.buffered < RECORD_MARK_SIZE) return { kind: 'need-more' };
      const mark = this.peekMark();
      const length = mark & LENGTH_MASK;
      const size = this.recordSize + length;
      // Checked before anything is allocated: a hostile mark cannot make us reserve memory.
      if (size > this.maxRecordSize) return { kind: 'too-large', size };
      if (this.buffered < RECORD_MARK_SIZE + length) return { kind: 'need-more' };
      this.skip(RECORD_MARK_SIZE);
      const fragment = this.take(length);
      if ((mark & LAST_FRAGMENT) === 0) {
        this.fragments.push(fragment);
        this.recordSize = size;
        continue;
      }
      if (this.fragments.length === 0) return { kind: 'record', record: fragment };
      this.fragments.push(fragment);
      const record = Buffer.concat(this.fragments, size);
      for (const f of this.fragments) giveBackFrame(f);
      this.fragments = [];
      this.recordSize = 0;
      return { kind: 'record', record };
    }
  }

  private peekMark(): number {
    const first = this.chunks[0]!;
    if (first.length - this.chunkOffset >= RECORD_MARK_SIZE) return first.readUInt32BE(this.chunkOffset);
    const mark = Buffer.alloc(RECORD_MARK_SIZE);
    let copied = 0;
    let offset = this.chunkOffset;
    for (const chunk of this.chunks) {
      copied += chunk.copy(mark, copied, offset);
      offset = 0;
      if (copied === RECORD_MARK_SIZE) break;
    }
    return mark.readUInt32BE(0);
  }

  private skip(n: number): void {
    this.take(n);
  }

  /** Removes n buffered bytes; a view when they lie in one chunk, a copy otherwise. */
  private take(n: number): Buffer {
    this.buffered -= n;
    const first = this.chunks[0];
    if (n === 0 || first === undefined) return Buffer.alloc(0);
    if (first.length - this.chunkOffset >= n) {
      const view = first.subarray(this.chunkOffset, this.chunkOffset + n);
      this.advance(n);
      return view;
    }
    const out = n >= POOLED_MIN ? takeFrame(n) : Buffer.allocUnsafe(n);
    let copied = 0;
    while (copied < n) {
      const chunk = this.chunks[0]!;
      const count = Math.min(n - copied, chunk.length - this.chunkOffset);
      chunk.copy(out, copied, this.chunkOffset, this.chunkOffset + count);
      copied += count;
      this.advance(count);
    }
    return out;
  }

  private advance(n: number): void {
    this.chunkOffset += n;
    if (this.chunkOffset === this.chunks[0]!.length) {
      this.chunks.shift();
      this.chunkOffset = 0;
    }
  }
}

/** Writes the single-fragment mark into the first 4 bytes of a framed reply. */
export function markSingleFragment(frame: Buffer): void {
  frame.writeUInt32BE((LAST_FRAGMENT | (frame.length - RECORD_MARK_SIZE)) >>> 0, 0);
}

/** Frames records for a client: tests and the RPC client use it to build requests. */
export function frameRecord(record: Buffer, fragmentSizes: number[] = []): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (const size of fragmentSizes) {
    if (offset + size >= record.length) break;
    const mark = Buffer.allocUnsafe(RECORD_MARK_SIZE);
    mark.writeUInt32BE(size, 0);
    parts.push(mark, record.subarray(offset, offset + size));
    offset += size;
  }
  const mark = Buffer.allocUnsafe(RECORD_MARK_SIZE);
  mark.writeUInt32BE((LAST_FRAGMENT | (record.length - offset)) >>> 0, 0);
  parts.push(mark, record.subarray(offset));
  return Buffer.concat(parts);
}

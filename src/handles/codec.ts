// Wire format of an NFS file handle (opaque to clients, NFS3_FHSIZE = 64 allows more):
//
//   offset  size  field
//        0     1  format version (1)
//        1     3  reserved, zero (covered by the MAC, so a future format can use them)
//        4     4  export id, uint32 big-endian
//        8     8  object id (the overlay's stable id = NFS fileid), uint64 big-endian
//       16    16  HMAC-SHA256(secret, bytes 0..15) truncated to 16 bytes
//
// A fixed 32-byte size keeps decode a single length check and fits the kernel's inline handles.
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export const HANDLE_VERSION = 1;
export const HANDLE_SIZE = 32;
const BODY_SIZE = 16;
const MAC_SIZE = HANDLE_SIZE - BODY_SIZE;

export type HandleError = 'BADHANDLE' | 'STALE';
export type DecodedHandle = { id: bigint } | { error: HandleError };

/** Export id written in a well-formed handle, without checking its MAC (for routing to the
 *  export's table, which then verifies it). undefined when the handle cannot be ours. */
export function peekExportId(fh: Buffer): number | undefined {
  if (fh.length !== HANDLE_SIZE || fh[0] !== HANDLE_VERSION) return undefined;
  return fh.readUInt32BE(4);
}

// An HMAC costs ~2.5 µs, most of a cheap NFS call. The handle of an id is deterministic, so the
// codec keeps the handles of recently used ids: decoding a known id is a cache hit and one
// constant-time compare of the whole handle against the one we minted (bench/handles).
export class HandleCodec {
  private readonly key: KeyObject;
  private readonly minted: LRUCache<bigint, Buffer>;

  constructor(secret: Buffer, private readonly exportId: number, cacheSize: number) {
    this.key = createSecretKey(secret);
    this.minted = new LRUCache<bigint, Buffer>({ max: cacheSize });
  }

  /** A new buffer each call: callers may keep or modify it. */
  encode(id: bigint): Buffer {
    return Buffer.from(this.handleOf(id));
  }

  decode(fh: Buffer): DecodedHandle {
    if (fh.length !== HANDLE_SIZE || fh.readUInt32BE(0) !== HANDLE_VERSION << 24) return { error: 'BADHANDLE' };
    if (fh.readUInt32BE(4) !== this.exportId) {
      // Authentic, but minted for another export id under this secret: an export that was
      // recreated with a new id over the same state directory. The object is gone for us.
      return timingSafeEqual(this.mac(fh), fh.subarray(BODY_SIZE)) ? { error: 'STALE' } : { error: 'BADHANDLE' };
    }
    const id = fh.readBigUInt64BE(8);
    return timingSafeEqual(this.handleOf(id), fh) ? { id } : { error: 'BADHANDLE' };
  }

  private handleOf(id: bigint): Buffer {
    const cached = this.minted.get(id);
    if (cached !== undefined) return cached;
    // Not from the shared pool: a cached slice of it would keep a whole 8 KiB slab alive.
    const fh = Buffer.allocUnsafeSlow(HANDLE_SIZE);
    fh.writeUInt32BE(HANDLE_VERSION << 24, 0); // version + zero reserved bytes
    fh.writeUInt32BE(this.exportId, 4);
    fh.writeBigUInt64BE(id, 8);
    this.mac(fh).copy(fh, BODY_SIZE);
    this.minted.set(id, fh);
    return fh;
  }

  /** HMAC-SHA256 of the body, truncated to the MAC field's size. */
  private mac(fh: Buffer): Buffer {
    return createHmac('sha256', this.key).update(fh.subarray(0, BODY_SIZE)).digest().subarray(0, MAC_SIZE);
  }
}

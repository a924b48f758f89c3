// TCP record marking for the fuzzers: mostly honest (one fragment, or many fragments split
// anywhere, empty ones included), sometimes lying (a mark longer or shorter than its
// fragment, a huge or over-limit length, a record whose last fragment never comes). After a
// lie the stream no longer says where records start, so the client half-closes and the
// server must answer what it could read and close, never wait for ever.
import { frameRecord } from '../../src/rpc/record-marking.js';
import type { Random } from '../xdr/helpers/random.js';

const LAST_FRAGMENT = 0x80000000;

export interface Framed {
  bytes: Buffer;
  /** False when the marks do not describe the record exactly. */
  honest: boolean;
}

function mark(length: number, last: boolean): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32BE(((last ? LAST_FRAGMENT : 0) | length) >>> 0, 0);
  return b;
}

export function frameForFuzz(record: Buffer, rnd: Random, maxRecordSize: number): Framed {
  const kind = rnd.below(100);
  if (kind < 80) return { bytes: frameRecord(record), honest: true };
  if (kind < 95) {
    const sizes = Array.from({ length: 1 + rnd.below(6) }, () => rnd.below(Math.max(1, record.length)));
    return { bytes: frameRecord(record, sizes), honest: true };
  }
  const bytes = (() => {
    switch (rnd.below(5)) {
      case 0: // the mark claims more than follows
        return Buffer.concat([mark(record.length + 1 + rnd.below(4096), true), record]);
      case 1: // the mark claims less: the rest is read as the next mark
        return Buffer.concat([mark(rnd.below(record.length + 1), true), record]);
      case 2: // a length past the record size limit, or the largest a mark can say
        return Buffer.concat([mark(rnd.chance(0.5) ? 0x7fffffff : maxRecordSize + 1 + rnd.below(1 << 20), rnd.chance(0.5)), record]);
      case 3: // fragments that add up past the limit
        return Buffer.concat([mark(record.length, false), record, mark(maxRecordSize, true)]);
      default: // the last fragment never comes
        return Buffer.concat([mark(record.length, false), record]);
    }
  })();
  return { bytes, honest: false };
}

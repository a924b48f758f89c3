import t, { type Test } from 'tap';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { HandleCodec, HANDLE_SIZE, peekExportId } from '../../src/handles/codec.js';

const secret = randomBytes(32);
const codec = new HandleCodec(secret, 7, 16);
const U64_MAX = 0xffffffffffffffffn;

/** Checks a fast-check property with a fixed seed (deterministic runs); a counterexample fails
 *  the test with fast-check's shrunk report. */
function holds<T>(t: Test, arbitrary: fc.Arbitrary<T>, predicate: (v: T) => boolean, numRuns: number): void {
  t.doesNotThrow(() => fc.assert(fc.property(arbitrary, predicate), { numRuns, seed: 4 }));
}
const isId = (d: unknown, id: bigint): boolean => typeof d === 'object' && d !== null && 'id' in d && d.id === id;
const isBad = (d: unknown): boolean => typeof d === 'object' && d !== null && 'error' in d && d.error === 'BADHANDLE';

t.test('encode/decode round trip for any uint64 id, fixed size within NFS3_FHSIZE', async (t) => {
  t.ok(HANDLE_SIZE <= 64);
  holds(t, fc.bigInt({ min: 0n, max: U64_MAX }), (id) => {
    const fh = codec.encode(id);
    return fh.length === HANDLE_SIZE && isId(codec.decode(fh), id);
  }, 2000);
  t.same(codec.decode(codec.encode(0n)), { id: 0n });
  t.same(codec.decode(codec.encode(U64_MAX)), { id: U64_MAX });
});

t.test('encoding is deterministic: same secret, export and id give the same bytes', async (t) => {
  const again = new HandleCodec(Buffer.from(secret), 7, 16);
  t.same(again.encode(42n), codec.encode(42n));
  t.notSame(codec.encode(42n), codec.encode(43n));
});

t.test('every single-bit flip, and every byte replaced by its complement, is BADHANDLE', async (t) => {
  // With the genuine handle cached, and with a cache of one that the forgeries keep evicting.
  for (const decoder of [codec, new HandleCodec(secret, 7, 1)]) {
    const fh = decoder.encode(0x0123456789abcdefn);
    let checked = 0;
    for (let i = 0; i < fh.length; i++) {
      for (const mask of [1, 2, 4, 8, 16, 32, 64, 128, 0xff]) {
        const forged = Buffer.from(fh);
        forged[i] = forged[i]! ^ mask;
        // A flip inside the export id field still fails the MAC: never STALE, never another id.
        t.same(decoder.decode(forged), { error: 'BADHANDLE' }, `byte ${i} ^ ${mask}`);
        checked++;
      }
    }
    t.equal(checked, HANDLE_SIZE * 9);
    t.same(decoder.decode(fh), { id: 0x0123456789abcdefn }, 'the genuine handle still decodes');
  }
});

t.test('decoding does not depend on which handles the codec has cached', async (t) => {
  const uncached = new HandleCodec(secret, 7, 1);
  const fresh = new HandleCodec(secret, 7, 1000);
  holds(t, fc.array(fc.bigInt({ min: 0n, max: 50n }), { maxLength: 40 }), (ids) => ids.every((id) => {
    const fh = codec.encode(id);
    return isId(uncached.decode(fh), id) && isId(fresh.decode(fh), id);
  }), 200);
});

t.test('encode returns a copy: modifying it does not change later handles', async (t) => {
  const fh = codec.encode(11n);
  const kept = Buffer.from(fh);
  fh.fill(0);
  t.same(codec.encode(11n), kept);
  t.same(codec.decode(kept), { id: 11n });
});

t.test('truncated, extended and empty handles are BADHANDLE', async (t) => {
  const fh = codec.encode(99n);
  for (let len = 0; len < fh.length; len++) t.same(codec.decode(fh.subarray(0, len)), { error: 'BADHANDLE' }, `length ${len}`);
  t.same(codec.decode(Buffer.concat([fh, Buffer.from([0])])), { error: 'BADHANDLE' });
  t.same(codec.decode(Buffer.concat([fh, fh])), { error: 'BADHANDLE' });
  t.same(codec.decode(Buffer.alloc(64)), { error: 'BADHANDLE' });
});

t.test('a view into a larger buffer (as XDR decode returns) decodes', async (t) => {
  const fh = codec.encode(5n);
  const wire = Buffer.concat([Buffer.from([1, 2, 3]), fh, Buffer.from([4])]);
  t.same(codec.decode(wire.subarray(3, 3 + HANDLE_SIZE)), { id: 5n });
});

t.test('authentic handle of another export id under the same secret is STALE', async (t) => {
  const other = new HandleCodec(secret, 8, 16);
  t.same(codec.decode(other.encode(5n)), { error: 'STALE' });
  t.same(other.decode(codec.encode(5n)), { error: 'STALE' });
});

t.test('a handle made with another secret is BADHANDLE, whatever its export id', async (t) => {
  const foreign = new HandleCodec(randomBytes(32), 7, 16);
  t.same(codec.decode(foreign.encode(5n)), { error: 'BADHANDLE' });
  t.same(codec.decode(new HandleCodec(randomBytes(32), 8, 16).encode(5n)), { error: 'BADHANDLE' });
});

t.test('random garbage of any length is BADHANDLE', async (t) => {
  holds(t, fc.uint8Array({ maxLength: 80 }), (bytes) => isBad(codec.decode(Buffer.from(bytes))), 2000);
  // Well-formed header, our export id, random id and MAC: forged handles that reach the MAC check.
  const header = codec.encode(0n).subarray(0, 8);
  holds(t, fc.uint8Array({ minLength: 24, maxLength: 24 }),
    (rest) => isBad(codec.decode(Buffer.concat([header, rest]))), 2000);
});

t.test('peekExportId reads the export id of well-formed handles only', async (t) => {
  t.equal(peekExportId(codec.encode(1n)), 7);
  t.equal(peekExportId(new HandleCodec(secret, 0xffffffff, 16).encode(1n)), 0xffffffff);
  t.equal(peekExportId(codec.encode(1n).subarray(0, 31)), undefined);
  const badVersion = codec.encode(1n);
  badVersion[0] = 2;
  t.equal(peekExportId(badVersion), undefined);
});

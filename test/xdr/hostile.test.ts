import t from 'tap';
import { XdrError, XdrReader, type Codec } from '../../src/xdr/index.js';
import * as mount from '../../src/generated/mount3.js';
import * as nfs from '../../src/generated/nfs3.js';
import * as rpc from '../../src/generated/rpc.js';
import { goldens } from './fixtures/golden.js';

/** The XdrError message `decode` throws, or a description of what happened instead. */
function decodeError(codec: Codec<unknown>, bytes: Buffer): string {
  try {
    codec.decode(bytes);
    return 'decoded without error';
  } catch (e) {
    return e instanceof XdrError ? `XdrError: ${e.message}` : `other error: ${String(e)}`;
  }
}

const word = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

t.test('truncation at every byte of every golden vector is an XdrError', async (t) => {
  for (const g of goldens) {
    const bad: number[] = [];
    for (let len = 0; len < g.bytes.length; len++) {
      // Copy so the truncated record really ends there (no readable bytes behind it).
      const cut = Buffer.from(g.bytes.subarray(0, len));
      if (!decodeError(g.codec, cut).startsWith('XdrError')) bad.push(len);
    }
    t.same(bad, [], `${g.name}: all ${g.bytes.length} truncations rejected`);
  }
});

t.test('non-zero padding is rejected', async (t) => {
  const write = goldens.find((g) => g.name === 'WRITE3args');
  if (!write) throw new Error('fixture missing');
  for (const at of [write.bytes.length - 3, write.bytes.length - 2, write.bytes.length - 1]) {
    const b = Buffer.from(write.bytes);
    b[at] = 0x01;
    t.match(decodeError(nfs.xdr_WRITE3args as Codec<unknown>, b), /^XdrError: non-zero padding/, `opaque padding byte ${at}`);
  }
  // string padding: "/export" has one byte of padding
  const path = Buffer.from([...word(7), 0x2f, 0x65, 0x78, 0x70, 0x6f, 0x72, 0x74, 0x20]);
  t.match(decodeError(mount.xdr_dirpath as Codec<unknown>, path), /^XdrError: non-zero padding/, 'string padding');
});

t.test('huge lengths are rejected before anything is allocated', async (t) => {
  // WRITE3args whose data claims 4 GiB - 1 with 4 bytes left: rejected by the remaining-bytes check.
  const hugeData = Buffer.from([...word(0), ...word(0), ...word(0), ...word(5), ...word(0), ...word(0xffffffff), 1, 2, 3, 4]);
  t.match(decodeError(nfs.xdr_WRITE3args as Codec<unknown>, hugeData), /^XdrError: truncated: need 4294967296 bytes/);
  // A file handle longer than NFS3_FHSIZE is rejected by its bound even when the bytes are there.
  const longFh = Buffer.from([...word(65), ...Buffer.alloc(68)]);
  t.match(decodeError(nfs.xdr_nfs_fh3 as Codec<unknown>, longFh), /^XdrError: length 65 exceeds bound 64/);
  // An array count of 2^30 with 8 bytes left is rejected by count * min element size.
  const hugeCount = Buffer.from([...word(0), ...word(0), ...word(0x40000000), ...word(1), ...word(1)]);
  t.match(decodeError(mount.xdr_mountres3 as Codec<unknown>, hugeCount), /^XdrError: count 1073741824 cannot fit in 8 bytes/);
  // gids<16>: 17 groups is over the bound.
  const tooManyGids = Buffer.from([...word(0), ...word(0), ...word(0), ...word(0), ...word(17), ...Buffer.alloc(68)]);
  t.match(decodeError(rpc.xdr_authsys_parms as Codec<unknown>, tooManyGids), /^XdrError: length 17 exceeds bound 16/);
  // machinename<255>
  const longName = Buffer.from([...word(0), ...word(256), ...Buffer.alloc(256), ...word(0), ...word(0), ...word(0)]);
  t.match(decodeError(rpc.xdr_authsys_parms as Codec<unknown>, longName), /^XdrError: length 256 exceeds bound 255/);
  // opaque_auth body<400>
  const bigAuth = Buffer.from([...word(1), ...word(401), ...Buffer.alloc(404)]);
  t.match(decodeError(rpc.xdr_opaque_auth as Codec<unknown>, bigAuth), /^XdrError: length 401 exceeds bound 400/);
});

t.test('unknown enum values and discriminants are rejected', async (t) => {
  t.match(decodeError(nfs.xdr_GETATTR3res as Codec<unknown>, Buffer.from(word(99))), /^XdrError: unknown nfsstat3 value 99/);
  t.match(decodeError(nfs.xdr_ftype3 as Codec<unknown>, Buffer.from(word(0))), /^XdrError: unknown ftype3 value 0/);
  t.match(decodeError(nfs.xdr_stable_how as Codec<unknown>, Buffer.from(word(0xffffffff))), /^XdrError: unknown stable_how value -1/);
  t.match(decodeError(nfs.xdr_post_op_attr as Codec<unknown>, Buffer.from(word(2))), /^XdrError: bad bool 2/);
  t.match(decodeError(nfs.xdr_createhow3 as Codec<unknown>, Buffer.from(word(3))), /^XdrError: unknown createmode3 value 3/);
  t.match(decodeError(rpc.xdr_rpc_msg as Codec<unknown>, Buffer.from([...word(1), ...word(2)])), /^XdrError: unknown msg_type value 2/);
  // An enum value with no arm in a union without default: auth_flavor is fine as a number, but
  // reply_stat 2 is not a reply_stat.
  t.match(decodeError(rpc.xdr_reply_body as Codec<unknown>, Buffer.from(word(2))), /^XdrError: unknown reply_stat value 2/);
});

t.test('the linked-list decoder is iterative (no stack growth per entry)', async (t) => {
  // 200,000 entries: a recursive decoder would overflow the stack long before.
  const entry = [...word(1), ...word(0), ...word(1), ...word(1), 0x61, 0, 0, 0, ...word(0), ...word(1)];
  const n = 200_000;
  const bytes = Buffer.alloc(n * entry.length + 8);
  for (let i = 0; i < n; i++) bytes.set(entry, i * entry.length);
  bytes.set([...word(0), ...word(1)], n * entry.length); // end of list, eof = TRUE
  const list = nfs.xdr_dirlist3.decode(bytes);
  t.equal(list.entries.length, n);
  t.equal(nfs.xdr_dirlist3.encode(list).equals(bytes), true, 'encodes back to the same bytes');
});

t.test('encoding enforces bounds and fixed sizes', async (t) => {
  const encodeError = (f: () => unknown): string => {
    try {
      f();
      return 'encoded without error';
    } catch (e) {
      return e instanceof XdrError ? `XdrError: ${e.message}` : `other error: ${String(e)}`;
    }
  };
  t.match(encodeError(() => nfs.xdr_nfs_fh3.encode({ data: Buffer.alloc(65) })), /^XdrError: opaque of 65 bytes exceeds bound 64/);
  t.match(encodeError(() => nfs.xdr_cookieverf3.encode(Buffer.alloc(7))), /^XdrError: fixed opaque needs 8 bytes, got 7/);
  t.match(encodeError(() => mount.xdr_name.encode('x'.repeat(256))), /^XdrError: string of 256 bytes exceeds bound 255/);
  t.match(
    encodeError(() => rpc.xdr_authsys_parms.encode({ stamp: 0, machinename: '', uid: 0, gid: 0, gids: new Array<number>(17).fill(0) })),
    /^XdrError: array of 17 exceeds bound 16/,
  );
  t.match(encodeError(() => nfs.xdr_GETATTR3args.encode({ object: { data: Buffer.alloc(4) } }, Buffer.alloc(4))), /^XdrError: writer overflow/);
});

t.test('a reader never reads past its end', async (t) => {
  const buf = Buffer.from([...word(5), ...word(6)]);
  const r = new XdrReader(buf, 0, 4);
  t.equal(r.readUint(), 5);
  t.throws(() => r.readUint(), XdrError, 'the window ends at 4 even though the buffer goes on');
  t.throws(() => new XdrReader(buf, 0, 9), XdrError, 'window beyond the buffer');
});

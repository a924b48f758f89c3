import t from 'tap';
import * as nfs from '../../src/generated/nfs3.js';
import { XdrWriter } from '../../src/xdr/index.js';

t.test('WRITE3args data is a view of the receive buffer', async (t) => {
  const payload = Buffer.alloc(1 << 20, 0x5a);
  const args: nfs.WRITE3args = { file: { data: Buffer.alloc(16, 1) }, offset: 0n, count: payload.length, stable: nfs.stable_how.UNSTABLE, data: payload };
  const record = Buffer.alloc(100 + nfs.xdr_WRITE3args.size(args));
  nfs.xdr_WRITE3args.encode(args, record, 100);
  const decoded = nfs.xdr_WRITE3args.decode(record.subarray(0, 100 + nfs.xdr_WRITE3args.size(args)), 100);
  t.equal(decoded.data.buffer, record.buffer, 'same memory');
  const dataAt = 100 + 4 + 16 + 8 + 4 + 4 + 4; // fh length + fh + offset + count + stable + data length
  t.equal(decoded.data.byteOffset, record.byteOffset + dataAt, 'at the payload offset');
  record[dataAt] = 0x01;
  t.equal(decoded.data[0], 0x01, 'a change to the record shows through the view');
});

t.test('writing opaque data already in place skips the copy', async (t) => {
  const resok: nfs.READ3resok = { file_attributes: { attributes_follow: false }, count: 5, eof: true, data: Buffer.alloc(5) };
  const size = nfs.xdr_READ3resok.size(resok);
  const out = Buffer.alloc(size);
  const dataAt = 4 + 4 + 4 + 4; // attributes_follow + count + eof + data length
  // "Read from disk" straight into the reply's slot, then encode with a view of that slot.
  out.write('hello', dataAt);
  const inPlace = out.subarray(dataAt, dataAt + 5);
  let copies = 0;
  inPlace.copy = (...a: Parameters<Buffer['copy']>) => {
    copies++;
    return Buffer.prototype.copy.apply(inPlace, a);
  };
  nfs.xdr_READ3resok.encode({ ...resok, data: inPlace }, out, 0);
  t.equal(copies, 0, 'no copy made');
  t.same(nfs.xdr_READ3resok.decode(out), { ...resok, data: Buffer.from('hello') }, 'reply bytes are right');

  // Data elsewhere is copied.
  const elsewhere = Buffer.from('world');
  let otherCopies = 0;
  elsewhere.copy = (...a: Parameters<Buffer['copy']>) => {
    otherCopies++;
    return Buffer.prototype.copy.apply(elsewhere, a);
  };
  const w = new XdrWriter(out, dataAt - 4);
  w.writeOpaque(elsewhere);
  t.equal(otherCopies, 1, 'copied once');
  t.equal(out.toString('latin1', dataAt, dataAt + 5), 'world');
});

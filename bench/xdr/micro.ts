/**
 * XDR micro-benchmark (not a test). Run: npm run build && node out/bench/xdr/micro.js
 * Reports ns per operation as the median of 7 timed rounds after a warm-up.
 */
import * as nfs from '../../src/generated/nfs3.js';

function nsPerOp(label: string, iterations: number, op: () => void): number {
  for (let i = 0; i < iterations; i++) op(); // warm-up: let the JIT settle
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) op();
    rounds.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  rounds.sort((a, b) => a - b);
  const median = rounds[3] as number;
  console.log(`${label.padEnd(58)} ${median.toFixed(1).padStart(9)} ns/op`);
  return median;
}

const attrs: nfs.fattr3 = {
  type: nfs.ftype3.NF3REG,
  mode: 0o644,
  nlink: 1,
  uid: 1000,
  gid: 1000,
  size: 123456789n,
  used: 123457536n,
  rdev: { specdata1: 0, specdata2: 0 },
  fsid: 1n,
  fileid: 0x1234567890n,
  atime: { seconds: 1700000000, nseconds: 1 },
  mtime: { seconds: 1700000001, nseconds: 2 },
  ctime: { seconds: 1700000002, nseconds: 3 },
};
const getattr: nfs.GETATTR3res = { status: nfs.nfsstat3.NFS3_OK, resok: { obj_attributes: attrs } };
const getattrBuf = Buffer.alloc(nfs.xdr_GETATTR3res.size(getattr));
let sink = 0;

console.log(`node ${process.version}, ${process.arch}`);
nsPerOp('encode GETATTR3res into a reused buffer', 1_000_000, () => {
  sink += nfs.xdr_GETATTR3res.encode(getattr, getattrBuf, 0).length;
});
nsPerOp('encode GETATTR3res into a new buffer', 1_000_000, () => {
  sink += nfs.xdr_GETATTR3res.encode(getattr).length;
});
nsPerOp('decode GETATTR3res', 1_000_000, () => {
  sink += nfs.xdr_GETATTR3res.decode(getattrBuf).status;
});

function writeRecord(payloadBytes: number): Buffer {
  const args: nfs.WRITE3args = {
    file: { data: Buffer.alloc(32, 7) },
    offset: 1n << 40n,
    count: payloadBytes,
    stable: nfs.stable_how.UNSTABLE,
    data: Buffer.alloc(payloadBytes, 0x5a),
  };
  return Buffer.from(nfs.xdr_WRITE3args.encode(args));
}

const big = writeRecord(1 << 20);
const small = writeRecord(4);
const decodedBig = nfs.xdr_WRITE3args.decode(big);
const isView = decodedBig.data.buffer === big.buffer && decodedBig.data.byteOffset === big.byteOffset + big.length - (1 << 20);
nsPerOp('decode WRITE3args carrying 1 MiB', 200_000, () => {
  sink += nfs.xdr_WRITE3args.decode(big).data.length;
});
nsPerOp('decode WRITE3args carrying 4 bytes', 200_000, () => {
  sink += nfs.xdr_WRITE3args.decode(small).data.length;
});
nsPerOp('for comparison: copying 1 MiB (Buffer.from)', 2_000, () => {
  sink += Buffer.from(decodedBig.data).length;
});
console.log(`1 MiB WRITE payload is a view of the record (same memory, no copy): ${isView}`);

const entries: nfs.entryplus3[] = Array.from({ length: 100 }, (_, i) => ({
  fileid: BigInt(i + 10),
  name: `file-${i}.txt`,
  cookie: BigInt(i + 1),
  name_attributes: { attributes_follow: true, attributes: attrs },
  name_handle: { handle_follows: true, handle: { data: Buffer.alloc(40, i) } },
}));
const rdp: nfs.READDIRPLUS3res = {
  status: nfs.nfsstat3.NFS3_OK,
  resok: { dir_attributes: { attributes_follow: true, attributes: attrs }, cookieverf: Buffer.alloc(8), reply: { entries, eof: true } },
};
const rdpBuf = Buffer.alloc(nfs.xdr_READDIRPLUS3res.size(rdp));
nsPerOp(`encode READDIRPLUS3res, 100 entries (${rdpBuf.length} bytes)`, 20_000, () => {
  sink += nfs.xdr_READDIRPLUS3res.encode(rdp, rdpBuf, 0).length;
});
if (sink === 42) console.log('');

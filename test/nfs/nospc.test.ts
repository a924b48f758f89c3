// A full upper filesystem: WRITE, copy-up, CREATE and MKDIR answer NFS3ERR_NOSPC, nothing
// half-written is left in the upper or work directory, and the export keeps working once
// space is freed. The upper and work directories live on a small tmpfs mounted by the test
// (root only, as CI runs; mount is how a full disk is produced without filling the machine's).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import t from 'tap';
import { nfsstat3, stable_how, createmode3, type nfs_fh3, type sattr3 } from '../../src/generated/nfs3.js';
import { mountProgram } from '../../src/mount/index.js';
import { nfsProgram, openNfsExport } from '../../src/nfs/index.js';
import { RpcServer } from '../../src/rpc/index.js';
import { NfsClient, ROOT } from './helpers/nfs-client.js';

const noAttrs: sattr3 = {
  mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false },
  atime: { set_it: 0 }, mtime: { set_it: 0 },
};
const MiB = 1024 * 1024;

if (process.getuid?.() !== 0) {
  t.fail('this test mounts a tmpfs and must run as root (CI runs as root)');
} else {
  t.test('a full upper gives NOSPC, leaves nothing partial, and recovers', async (t) => {
    const base = mkdtempSync(join(tmpdir(), 'ovlnfs-nospc-'));
    const small = join(base, 'small');
    const lower = join(base, 'lower');
    mkdirSync(small);
    mkdirSync(lower);
    // 4 MiB of data blocks; the handle store and overlay metadata need a little of it.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,nr_inodes=4096', 'ovlnfs-nospc', small]);
    t.teardown(() => {
      execFileSync('umount', ['-l', small]);
      rmSync(base, { recursive: true, force: true });
    });
    const upper = join(small, 'upper');
    const work = join(small, 'work');
    mkdirSync(upper);
    mkdirSync(work);
    writeFileSync(join(lower, 'big.bin'), Buffer.alloc(6 * MiB, 7));

    const log = pino({ level: process.env.NOSPC_LOG ?? 'silent' });
    const nfs = await openNfsExport({ lowers: [lower], upper, work, exportId: 1, fsid: 1n, log });
    const rpc = new RpcServer({ logger: log });
    rpc.register(nfsProgram(nfs));
    rpc.register(mountProgram([{ path: '/ovl', nfs, allowed: ['*'] }]));
    const { port } = await rpc.listen('127.0.0.1', 0);
    const c = await NfsClient.connect(port, ROOT);
    t.teardown(async () => {
      c.close();
      await rpc.close();
      await nfs.close();
    });
    const root = await c.rootHandle();

    // Copy-up of a lower file larger than the upper filesystem.
    const big = await c.walk(root, 'big.bin');
    const copyUp = await c.nfs('NFSPROC3_WRITE', { file: big, offset: 0n, count: 1, stable: stable_how.FILE_SYNC, data: Buffer.from('x') });
    t.equal(copyUp.status, nfsstat3.NFS3ERR_NOSPC, 'copy-up that does not fit');
    t.same(readdirSync(upper), [], 'no partial copy-up in the upper');
    t.same(readdirSync(join(work, 'work')), [], 'no leftover in the work directory (the kernel layout: W/work is the scratch area)');
    const stillLower = await c.nfs('NFSPROC3_READ', { file: big, offset: 0n, count: 4 });
    t.equal(stillLower.status === nfsstat3.NFS3_OK && stillLower.resok.data[0], 7, 'the lower file still reads');

    // Writes into a new file until the filesystem is full.
    const created = await c.nfs('NFSPROC3_CREATE', { where: { dir: root, name: 'fill.bin' }, how: { mode: createmode3.UNCHECKED, obj_attributes: noAttrs } });
    if (created.status !== nfsstat3.NFS3_OK || !created.resok.obj.handle_follows) return t.fail('CREATE fill.bin');
    const fill: nfs_fh3 = { data: Buffer.from(created.resok.obj.handle.data) };
    const chunk = Buffer.alloc(MiB, 1);
    let status: nfsstat3 = nfsstat3.NFS3_OK;
    let offset = 0n;
    for (let i = 0; i < 8 && status === nfsstat3.NFS3_OK; i++) {
      const res = await c.nfs('NFSPROC3_WRITE', { file: fill, offset, count: MiB, stable: stable_how.FILE_SYNC, data: chunk });
      status = res.status;
      if (res.status === nfsstat3.NFS3_OK) offset += BigInt(res.resok.count);
    }
    t.equal(status, nfsstat3.NFS3ERR_NOSPC, 'WRITE beyond the free space');
    t.ok(offset > 0n && offset < 4n * BigInt(MiB), `some data fitted (${offset} bytes)`);

    // Fill what is left (a short write may still fit), then new names need space too.
    for (let i = 0; i < 64; i++) {
      const res = await c.nfs('NFSPROC3_WRITE', { file: fill, offset, count: 4096, stable: stable_how.FILE_SYNC, data: chunk.subarray(0, 4096) });
      if (res.status !== nfsstat3.NFS3_OK) break;
      offset += BigInt(res.resok.count);
    }
    const mkdir = await c.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'd' }, attributes: noAttrs });
    const symlink = await c.nfs('NFSPROC3_SYMLINK', { where: { dir: root, name: 's' }, symlink: { symlink_attributes: noAttrs, symlink_data: 'x'.repeat(4000) } });
    t.ok([mkdir.status, symlink.status].every((s) => s === nfsstat3.NFS3ERR_NOSPC || s === nfsstat3.NFS3_OK) && [mkdir.status, symlink.status].includes(nfsstat3.NFS3ERR_NOSPC),
      `a full filesystem refuses new objects with NOSPC, never SERVERFAULT (MKDIR ${nfsstat3[mkdir.status]}, SYMLINK ${nfsstat3[symlink.status]})`);

    // Free the space: the export works again, with the same handles.
    const removed = await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'fill.bin' } });
    t.equal(removed.status, nfsstat3.NFS3_OK, 'REMOVE works on a full filesystem');
    const again = await c.nfs('NFSPROC3_WRITE', { file: big, offset: 0n, count: 1, stable: stable_how.FILE_SYNC, data: Buffer.from('y') });
    t.equal(again.status, nfsstat3.NFS3ERR_NOSPC, 'the big file still does not fit');
    const small1 = await c.nfs('NFSPROC3_CREATE', { where: { dir: root, name: 'after.txt' }, how: { mode: createmode3.GUARDED, obj_attributes: noAttrs } });
    t.equal(small1.status, nfsstat3.NFS3_OK, 'CREATE after space was freed');
  });
}

// CREATE (UNCHECKED, GUARDED, EXCLUSIVE), MKDIR, SYMLINK and MKNOD against a live server.
import { lstatSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { createmode3, ftype3, nfsstat3, time_how, type CREATE3res, type createhow3, type nfs_fh3, type sattr3 } from '../../src/generated/nfs3.js';
import type { NfsClient } from './helpers/nfs-client.js';
import { USER } from './helpers/nfs-client.js';
import { startTestServer } from './helpers/server.js';

const noChange: sattr3 = {
  mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false },
  atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE },
};
const mode = (m: number): sattr3 => ({ ...noChange, mode: { set_it: true, mode: m } });

function createFile(c: NfsClient, dir: nfs_fh3, name: string, how: createhow3): Promise<CREATE3res> {
  return c.nfs('NFSPROC3_CREATE', { where: { dir, name }, how });
}

t.test('CREATE UNCHECKED and GUARDED', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const made = await createFile(c, root, 'new.txt', { mode: createmode3.GUARDED, obj_attributes: mode(0o640) });
  t.equal(made.status, nfsstat3.NFS3_OK);
  if (made.status !== nfsstat3.NFS3_OK) return;
  t.equal(made.resok.obj.handle_follows, true);
  t.equal(made.resok.obj_attributes.attributes_follow && made.resok.obj_attributes.attributes.mode, 0o640);
  t.equal(made.resok.dir_wcc.before.attributes_follow, true);
  t.equal(made.resok.dir_wcc.after.attributes_follow, true);
  t.equal(lstatSync(join(s.layers.upper, 'new.txt')).mode & 0o7777, 0o640);

  const again = await createFile(c, root, 'new.txt', { mode: createmode3.GUARDED, obj_attributes: mode(0o640) });
  t.equal(again.status, nfsstat3.NFS3ERR_EXIST);
  t.equal(again.status !== nfsstat3.NFS3_OK && again.resfail.dir_wcc.after.attributes_follow, true);
  const lowerGuarded = await createFile(c, root, 'hello.txt', { mode: createmode3.GUARDED, obj_attributes: mode(0o640) });
  t.equal(lowerGuarded.status, nfsstat3.NFS3ERR_EXIST, 'a lower file exists too');

  const truncate = await createFile(c, root, 'hello.txt', { mode: createmode3.UNCHECKED, obj_attributes: { ...mode(0o600), size: { set_it: true, size: 0n } } });
  t.equal(truncate.status, nfsstat3.NFS3_OK);
  t.equal(truncate.status === nfsstat3.NFS3_OK && truncate.resok.obj_attributes.attributes_follow && truncate.resok.obj_attributes.attributes.size, 0n, 'UNCHECKED truncates');
  t.equal(truncate.status === nfsstat3.NFS3_OK && truncate.resok.obj_attributes.attributes_follow && truncate.resok.obj_attributes.attributes.mode, 0o644, 'but keeps the mode');
  const onDir = await createFile(c, root, 'dir', { mode: createmode3.UNCHECKED, obj_attributes: noChange });
  t.equal(onDir.status, nfsstat3.NFS3ERR_EXIST, 'UNCHECKED over a directory');
  t.equal((await createFile(c, root, '.', { mode: createmode3.UNCHECKED, obj_attributes: noChange })).status, nfsstat3.NFS3ERR_EXIST);
  t.equal((await createFile(c, root, 'n'.repeat(256), { mode: createmode3.UNCHECKED, obj_attributes: noChange })).status, nfsstat3.NFS3ERR_NAMETOOLONG);
  const hello = await c.walk(root, 'hello.txt');
  t.equal((await createFile(c, hello, 'x', { mode: createmode3.UNCHECKED, obj_attributes: noChange })).status, nfsstat3.NFS3ERR_NOTDIR);
  const user = await s.connect(USER);
  t.equal((await createFile(user, root, 'u.txt', { mode: createmode3.UNCHECKED, obj_attributes: noChange })).status, nfsstat3.NFS3ERR_ACCES);
});

t.test('CREATE EXCLUSIVE: a retransmission succeeds, another verifier gets EXIST', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const verf = Buffer.from('0123456789abcdef', 'hex');
  const first = await createFile(c, root, 'ex.txt', { mode: createmode3.EXCLUSIVE, verf });
  t.equal(first.status, nfsstat3.NFS3_OK);
  const retry = await createFile(c, root, 'ex.txt', { mode: createmode3.EXCLUSIVE, verf });
  t.equal(retry.status, nfsstat3.NFS3_OK, 'retransmission');
  t.same(retry.status === nfsstat3.NFS3_OK && retry.resok.obj.handle_follows && retry.resok.obj.handle.data,
    first.status === nfsstat3.NFS3_OK && first.resok.obj.handle_follows && first.resok.obj.handle.data, 'same handle');
  const other = await createFile(c, root, 'ex.txt', { mode: createmode3.EXCLUSIVE, verf: Buffer.from('fedcba9876543210', 'hex') });
  t.equal(other.status, nfsstat3.NFS3ERR_EXIST);
  const onLower = await createFile(c, root, 'hello.txt', { mode: createmode3.EXCLUSIVE, verf });
  t.equal(onLower.status, nfsstat3.NFS3ERR_EXIST);
  // then the client's SETATTR sets the real attributes
  if (first.status !== nfsstat3.NFS3_OK || !first.resok.obj.handle_follows) return;
  const set = await c.nfs('NFSPROC3_SETATTR', {
    object: first.resok.obj.handle,
    new_attributes: { ...mode(0o644), atime: { set_it: time_how.SET_TO_SERVER_TIME }, mtime: { set_it: time_how.SET_TO_SERVER_TIME } },
    guard: { check: false },
  });
  t.equal(set.status === nfsstat3.NFS3_OK && set.resok.obj_wcc.after.attributes_follow && set.resok.obj_wcc.after.attributes.mode, 0o644);
});

t.test('MKDIR, SYMLINK, MKNOD', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const md = await c.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'made' }, attributes: mode(0o750) });
  t.equal(md.status, nfsstat3.NFS3_OK);
  t.equal(md.status === nfsstat3.NFS3_OK && md.resok.obj_attributes.attributes_follow && md.resok.obj_attributes.attributes.type, ftype3.NF3DIR);
  t.equal(lstatSync(join(s.layers.upper, 'made')).mode & 0o7777, 0o750);
  t.equal((await c.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'dir' }, attributes: noChange })).status, nfsstat3.NFS3ERR_EXIST);
  t.equal((await c.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: '..' }, attributes: noChange })).status, nfsstat3.NFS3ERR_EXIST);

  const sl = await c.nfs('NFSPROC3_SYMLINK', { where: { dir: root, name: 'sl' }, symlink: { symlink_attributes: noChange, symlink_data: 'dir/a.txt' } });
  t.equal(sl.status, nfsstat3.NFS3_OK);
  t.equal(sl.status === nfsstat3.NFS3_OK && sl.resok.obj_attributes.attributes_follow && sl.resok.obj_attributes.attributes.type, ftype3.NF3LNK);
  t.equal(readlinkSync(join(s.layers.upper, 'sl')), 'dir/a.txt');
  t.equal((await c.nfs('NFSPROC3_SYMLINK', { where: { dir: root, name: 'link' }, symlink: { symlink_attributes: noChange, symlink_data: 'x' } })).status, nfsstat3.NFS3ERR_EXIST);

  const fifo = await c.nfs('NFSPROC3_MKNOD', { where: { dir: root, name: 'fifo' }, what: { type: ftype3.NF3FIFO, pipe_attributes: mode(0o600) } });
  t.equal(fifo.status, nfsstat3.NFS3_OK);
  t.ok(lstatSync(join(s.layers.upper, 'fifo')).isFIFO());
  const sock = await c.nfs('NFSPROC3_MKNOD', { where: { dir: root, name: 'sock' }, what: { type: ftype3.NF3SOCK, pipe_attributes: noChange } });
  t.equal(sock.status, nfsstat3.NFS3_OK);
  t.ok(lstatSync(join(s.layers.upper, 'sock')).isSocket());
  const chr = await c.nfs('NFSPROC3_MKNOD', { where: { dir: root, name: 'null' }, what: { type: ftype3.NF3CHR, device: { dev_attributes: mode(0o666), spec: { specdata1: 1, specdata2: 3 } } } });
  t.equal(chr.status, nfsstat3.NFS3_OK, 'character device as root');
  t.same(chr.status === nfsstat3.NFS3_OK && chr.resok.obj_attributes.attributes_follow && chr.resok.obj_attributes.attributes.rdev, { specdata1: 1, specdata2: 3 });
  t.ok(lstatSync(join(s.layers.upper, 'null')).isCharacterDevice());
  const reg = await c.nfs('NFSPROC3_MKNOD', { where: { dir: root, name: 'reg' }, what: { type: ftype3.NF3REG } });
  t.equal(reg.status, nfsstat3.NFS3ERR_BADTYPE);

  const user = await s.connect(USER);
  const tmp = await c.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'tmp' }, attributes: mode(0o1777) });
  if (tmp.status !== nfsstat3.NFS3_OK || !tmp.resok.obj.handle_follows) return t.fail('MKDIR tmp');
  const ufifo = await user.nfs('NFSPROC3_MKNOD', { where: { dir: tmp.resok.obj.handle, name: 'f' }, what: { type: ftype3.NF3FIFO, pipe_attributes: noChange } });
  t.equal(ufifo.status, nfsstat3.NFS3_OK, 'a FIFO as a user');
  t.equal(ufifo.status === nfsstat3.NFS3_OK && ufifo.resok.obj_attributes.attributes_follow && ufifo.resok.obj_attributes.attributes.uid, 1000, 'owned by the caller');
  const uchr = await user.nfs('NFSPROC3_MKNOD', { where: { dir: tmp.resok.obj.handle, name: 'c' }, what: { type: ftype3.NF3CHR, device: { dev_attributes: noChange, spec: { specdata1: 1, specdata2: 3 } } } });
  t.equal(uchr.status, nfsstat3.NFS3ERR_PERM, 'no devices as a user');
  const udir = await user.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'nope' }, attributes: noChange });
  t.equal(udir.status, nfsstat3.NFS3ERR_ACCES);
});

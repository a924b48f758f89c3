// REMOVE, RMDIR, RENAME and LINK against a live server, incl. the handles they leave behind.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { createmode3, nfsstat3, time_how, type sattr3 } from '../../src/generated/nfs3.js';
import { USER } from './helpers/nfs-client.js';
import { startTestServer } from './helpers/server.js';

const noChange: sattr3 = {
  mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false },
  atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE },
};

t.test('REMOVE and RMDIR', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const hello = await c.walk(root, 'hello.txt');
  const rm = await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'hello.txt' } });
  t.equal(rm.status, nfsstat3.NFS3_OK);
  t.equal(rm.status === nfsstat3.NFS3_OK && rm.resok.dir_wcc.before.attributes_follow && rm.resok.dir_wcc.after.attributes_follow, true);
  t.ok(existsSync(join(s.layers.lower, 'hello.txt')), 'lower untouched');
  t.ok(lstatSync(join(s.layers.upper, 'hello.txt')).isCharacterDevice(), 'whiteout in the upper');
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: hello })).status, nfsstat3.NFS3ERR_STALE, 'handle of a removed file');
  t.equal((await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'hello.txt' } })).status, nfsstat3.NFS3ERR_NOENT);
  t.equal((await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'dir' } })).status, nfsstat3.NFS3ERR_ISDIR);
  t.equal((await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: '.' } })).status, nfsstat3.NFS3ERR_INVAL);

  const dir = await c.walk(root, 'dir');
  t.equal((await c.nfs('NFSPROC3_RMDIR', { object: { dir: root, name: 'dir' } })).status, nfsstat3.NFS3ERR_NOTEMPTY);
  t.equal((await c.nfs('NFSPROC3_RMDIR', { object: { dir, name: 'a.txt' } })).status, nfsstat3.NFS3ERR_NOTDIR);
  t.equal((await c.nfs('NFSPROC3_RMDIR', { object: { dir: root, name: '..' } })).status, nfsstat3.NFS3ERR_INVAL);
  const empty = await c.walk(root, 'empty');
  const user = await s.connect(USER);
  t.equal((await user.nfs('NFSPROC3_RMDIR', { object: { dir: root, name: 'empty' } })).status, nfsstat3.NFS3ERR_ACCES, 'not the caller\'s directory');
  t.equal((await user.nfs('NFSPROC3_REMOVE', { object: { dir, name: 'a.txt' } })).status, nfsstat3.NFS3ERR_ACCES);
  const rd = await c.nfs('NFSPROC3_RMDIR', { object: { dir: root, name: 'empty' } });
  t.equal(rd.status, nfsstat3.NFS3_OK);
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: empty })).status, nfsstat3.NFS3ERR_STALE);
  t.equal((await c.nfs('NFSPROC3_RMDIR', { object: { dir: root, name: 'empty' } })).status, nfsstat3.NFS3ERR_NOENT);
  // a new object under the old name does not revive the old handle
  await c.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'empty' }, attributes: noChange });
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: empty })).status, nfsstat3.NFS3ERR_STALE, 'name reused by another object');
});

t.test('RENAME keeps handles of the object and its descendants', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const dir = await c.walk(root, 'dir');
  const deep = await c.walk(root, 'dir/sub/deep.txt');
  const before = await c.nfs('NFSPROC3_GETATTR', { object: deep });
  const mv = await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'dir' }, to: { dir: root, name: 'moved' } });
  t.equal(mv.status, nfsstat3.NFS3_OK, 'renaming a lower directory');
  if (mv.status !== nfsstat3.NFS3_OK) return;
  t.equal(mv.resok.fromdir_wcc.before.attributes_follow && mv.resok.todir_wcc.after.attributes_follow, true);
  const after = await c.nfs('NFSPROC3_GETATTR', { object: deep });
  t.equal(after.status, nfsstat3.NFS3_OK, 'a descendant\'s handle survives its ancestor\'s rename');
  t.equal(after.status === nfsstat3.NFS3_OK && after.resok.obj_attributes.fileid, before.status === nfsstat3.NFS3_OK && before.resok.obj_attributes.fileid);
  const read = await c.nfs('NFSPROC3_READ', { file: deep, offset: 0n, count: 100 });
  t.equal(read.status === nfsstat3.NFS3_OK && read.resok.data.toString(), 'deep\n');
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: dir })).status, nfsstat3.NFS3_OK);
  t.same(readdirSync(join(s.layers.lower, 'dir')).sort(), ['a.txt', 'sub'], 'lower untouched');

  // across directories, replacing a file: the replaced file's handle goes stale
  const moved = await c.walk(root, 'moved');
  const a = await c.walk(moved, 'a.txt');
  const hello = await c.walk(root, 'hello.txt');
  const over = await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'hello.txt' }, to: { dir: moved, name: 'a.txt' } });
  t.equal(over.status, nfsstat3.NFS3_OK);
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: a })).status, nfsstat3.NFS3ERR_STALE, 'replaced');
  const helloRead = await c.nfs('NFSPROC3_READ', { file: hello, offset: 0n, count: 100 });
  t.equal(helloRead.status === nfsstat3.NFS3_OK && helloRead.resok.data.toString(), 'hello world\n', 'moved file keeps its handle');

  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'nope' }, to: { dir: root, name: 'x' } })).status, nfsstat3.NFS3ERR_NOENT);
  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'moved' }, to: { dir: moved, name: 'inside' } })).status, nfsstat3.NFS3ERR_INVAL, 'into itself');
  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'moved' }, to: { dir: root, name: 'link' } })).status, nfsstat3.NFS3ERR_NOTDIR, 'directory over a non-directory');
  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'link' }, to: { dir: root, name: 'moved' } })).status, nfsstat3.NFS3ERR_ISDIR, 'non-directory over a directory');
  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'empty' }, to: { dir: root, name: 'moved' } })).status, nfsstat3.NFS3ERR_NOTEMPTY);
  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: '.' }, to: { dir: root, name: 'x' } })).status, nfsstat3.NFS3ERR_INVAL);
  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'link' }, to: { dir: hello, name: 'x' } })).status, nfsstat3.NFS3ERR_NOTDIR);
  const user = await s.connect(USER);
  t.equal((await user.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'link' }, to: { dir: root, name: 'x' } })).status, nfsstat3.NFS3ERR_ACCES);
});

t.test('LINK', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const hello = await c.walk(root, 'hello.txt');
  const ln = await c.nfs('NFSPROC3_LINK', { file: hello, link: { dir: root, name: 'hard' } });
  t.equal(ln.status, nfsstat3.NFS3_OK);
  if (ln.status !== nfsstat3.NFS3_OK) return;
  t.equal(ln.resok.file_attributes.attributes_follow && ln.resok.file_attributes.attributes.nlink, 2);
  t.equal(ln.resok.linkdir_wcc.after.attributes_follow, true);
  const hard = await c.walk(root, 'hard');
  const ga = await c.nfs('NFSPROC3_GETATTR', { object: hard });
  const gh = await c.nfs('NFSPROC3_GETATTR', { object: hello });
  t.equal(ga.status === nfsstat3.NFS3_OK && ga.resok.obj_attributes.fileid, gh.status === nfsstat3.NFS3_OK && gh.resok.obj_attributes.fileid, 'one fileid for both names');
  t.equal((await c.nfs('NFSPROC3_LINK', { file: hello, link: { dir: root, name: 'hard' } })).status, nfsstat3.NFS3ERR_EXIST);
  t.equal((await c.nfs('NFSPROC3_LINK', { file: hello, link: { dir: hello, name: 'x' } })).status, nfsstat3.NFS3ERR_NOTDIR);
  const dirLink = await c.nfs('NFSPROC3_LINK', { file: await c.walk(root, 'dir'), link: { dir: root, name: 'dl' } });
  t.ok(dirLink.status === nfsstat3.NFS3ERR_PERM || dirLink.status === nfsstat3.NFS3ERR_ISDIR, `hard link to a directory: ${nfsstat3[dirLink.status]}`);
  // removing one name keeps the other working
  t.equal((await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'hard' } })).status, nfsstat3.NFS3_OK);
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: hello })).status, nfsstat3.NFS3_OK);
  const made = await c.nfs('NFSPROC3_CREATE', { where: { dir: root, name: 'f' }, how: { mode: createmode3.GUARDED, obj_attributes: noChange } });
  t.equal(made.status, nfsstat3.NFS3_OK);
});

// NULL, FSSTAT, FSINFO, PATHCONF, and a lowers-only export that refuses every change (ROFS).
import t from 'tap';
import {
  ACCESS3_EXTEND, ACCESS3_LOOKUP, ACCESS3_MODIFY, ACCESS3_READ, createmode3, FSF3_CANSETTIME, FSF3_HOMOGENEOUS, FSF3_LINK, FSF3_SYMLINK,
  ftype3, nfsstat3, time_how, type sattr3,
} from '../../src/generated/nfs3.js';
import { startTestServer } from './helpers/server.js';

const noChange: sattr3 = {
  mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false },
  atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE },
};

t.test('NULL, FSSTAT, FSINFO, PATHCONF', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  t.equal(await c.nfs('NFSPROC3_NULL', undefined), undefined);
  const root = await c.rootHandle();
  const st = await c.nfs('NFSPROC3_FSSTAT', { fsroot: root });
  t.equal(st.status, nfsstat3.NFS3_OK);
  if (st.status === nfsstat3.NFS3_OK) {
    t.ok(st.resok.tbytes > 0n && st.resok.fbytes <= st.resok.tbytes && st.resok.abytes <= st.resok.fbytes, 'space');
    t.equal(st.resok.obj_attributes.attributes_follow, true);
  }
  const info = await c.nfs('NFSPROC3_FSINFO', { fsroot: root });
  if (info.status !== nfsstat3.NFS3_OK) return t.fail('FSINFO');
  t.equal(info.resok.rtmax, 1048576);
  t.equal(info.resok.wtmax, 1048576);
  t.ok(info.resok.rtpref <= info.resok.rtmax && info.resok.wtpref <= info.resok.wtmax && info.resok.dtpref > 0);
  t.equal(info.resok.properties, FSF3_LINK | FSF3_SYMLINK | FSF3_HOMOGENEOUS | FSF3_CANSETTIME);
  t.same(info.resok.time_delta, { seconds: 0, nseconds: 1 });
  const pc = await c.nfs('NFSPROC3_PATHCONF', { object: root });
  if (pc.status !== nfsstat3.NFS3_OK) return t.fail('PATHCONF');
  t.equal(pc.resok.name_max, 255);
  t.equal(pc.resok.no_trunc, true);
  t.equal(pc.resok.chown_restricted, true);
  t.equal(pc.resok.case_insensitive, false);
  t.equal(pc.resok.case_preserving, true);
  const stale = await c.walk(root, 'hello.txt');
  t.equal((await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'hello.txt' } })).status, nfsstat3.NFS3_OK);
  for (const r of [
    await c.nfs('NFSPROC3_FSSTAT', { fsroot: stale }),
    await c.nfs('NFSPROC3_FSINFO', { fsroot: stale }),
    await c.nfs('NFSPROC3_PATHCONF', { object: stale }),
  ]) t.equal(r.status, nfsstat3.NFS3ERR_STALE, 'the handle of a removed file is STALE');
});

t.test('a lowers-only export is read-only', async (t) => {
  const s = await startTestServer(t, { readOnly: true });
  const c = s.root;
  const root = await c.rootHandle();
  const hello = await c.walk(root, 'hello.txt');
  const read = await c.nfs('NFSPROC3_READ', { file: hello, offset: 0n, count: 5 });
  t.equal(read.status === nfsstat3.NFS3_OK && read.resok.data.toString(), 'hello');
  const access = await c.nfs('NFSPROC3_ACCESS', { object: root, access: ACCESS3_READ | ACCESS3_LOOKUP | ACCESS3_MODIFY | ACCESS3_EXTEND });
  t.equal(access.status === nfsstat3.NFS3_OK && access.resok.access, ACCESS3_READ | ACCESS3_LOOKUP, 'no change rights, even for root');
  const dir = { dir: root, name: 'x' };
  const results = {
    SETATTR: await c.nfs('NFSPROC3_SETATTR', { object: hello, new_attributes: { ...noChange, mode: { set_it: true, mode: 0o600 } }, guard: { check: false } }),
    WRITE: await c.nfs('NFSPROC3_WRITE', { file: hello, offset: 0n, count: 1, stable: 2, data: Buffer.from('x') }),
    COMMIT: await c.nfs('NFSPROC3_COMMIT', { file: hello, offset: 0n, count: 0 }),
    CREATE: await c.nfs('NFSPROC3_CREATE', { where: dir, how: { mode: createmode3.UNCHECKED, obj_attributes: noChange } }),
    MKDIR: await c.nfs('NFSPROC3_MKDIR', { where: dir, attributes: noChange }),
    SYMLINK: await c.nfs('NFSPROC3_SYMLINK', { where: dir, symlink: { symlink_attributes: noChange, symlink_data: 'y' } }),
    MKNOD: await c.nfs('NFSPROC3_MKNOD', { where: dir, what: { type: ftype3.NF3FIFO, pipe_attributes: noChange } }),
    REMOVE: await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'hello.txt' } }),
    RMDIR: await c.nfs('NFSPROC3_RMDIR', { object: { dir: root, name: 'empty' } }),
    RENAME: await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'hello.txt' }, to: dir }),
    LINK: await c.nfs('NFSPROC3_LINK', { file: hello, link: dir }),
  };
  for (const [name, r] of Object.entries(results)) t.equal(nfsstat3[r.status], 'NFS3ERR_ROFS', name);
});

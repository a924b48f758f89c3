// MOUNT v3 against a live server: MNT (root, subdirectories, errors), DUMP, UMNT, UMNTALL, EXPORT.
import t from 'tap';
import { mountstat3 } from '../../src/generated/mount3.js';
import { nfsstat3 } from '../../src/generated/nfs3.js';
import { auth_flavor } from '../../src/generated/rpc.js';
import { normalisePath } from '../../src/mount/index.js';
import { startTestServer } from '../nfs/helpers/server.js';

t.test('MNT gives the root handle and the accepted flavors', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  t.equal(await c.mount('MOUNTPROC3_NULL', undefined), undefined);
  const mnt = await c.mount('MOUNTPROC3_MNT', '/ovl');
  t.equal(mnt.fhs_status, mountstat3.MNT3_OK);
  if (mnt.fhs_status !== mountstat3.MNT3_OK) return;
  t.same(mnt.mountinfo.auth_flavors, [auth_flavor.AUTH_SYS, auth_flavor.AUTH_NONE]);
  t.ok(mnt.mountinfo.fhandle.length <= 64);
  const ga = await c.nfs('NFSPROC3_GETATTR', { object: { data: mnt.mountinfo.fhandle } });
  t.equal(ga.status === nfsstat3.NFS3_OK && ga.resok.obj_attributes.fileid, s.nfs.overlay.rootId);
  const again = await c.mount('MOUNTPROC3_MNT', '/ovl/');
  t.same(again.fhs_status === mountstat3.MNT3_OK && again.mountinfo.fhandle, mnt.mountinfo.fhandle, 'the root handle never changes');

  const sub = await c.mount('MOUNTPROC3_MNT', '/ovl/dir/sub');
  t.equal(sub.fhs_status, mountstat3.MNT3_OK, 'a directory below the export');
  const viaLookup = await c.walk(await c.rootHandle(), 'dir/sub');
  t.same(sub.fhs_status === mountstat3.MNT3_OK && sub.mountinfo.fhandle, viaLookup.data);
  t.equal((await c.mount('MOUNTPROC3_MNT', '/ovl/nope')).fhs_status, mountstat3.MNT3ERR_NOENT);
  t.equal((await c.mount('MOUNTPROC3_MNT', '/other')).fhs_status, mountstat3.MNT3ERR_NOENT);
  t.equal((await c.mount('MOUNTPROC3_MNT', '/ovl/../etc')).fhs_status, mountstat3.MNT3ERR_NOENT, 'no climbing out');
  t.equal((await c.mount('MOUNTPROC3_MNT', '/ovl/hello.txt')).fhs_status, mountstat3.MNT3ERR_NOTDIR);
});

t.test('DUMP, UMNT, UMNTALL, EXPORT', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  t.same(await c.mount('MOUNTPROC3_DUMP', undefined), []);
  await c.mount('MOUNTPROC3_MNT', '/ovl');
  await c.mount('MOUNTPROC3_MNT', '/ovl/dir');
  const dump = await c.mount('MOUNTPROC3_DUMP', undefined);
  t.same(dump.map((m) => m.ml_directory).sort(), ['/ovl', '/ovl/dir']);
  t.equal(dump[0]?.ml_hostname, '127.0.0.1');
  await c.mount('MOUNTPROC3_UMNT', '/ovl');
  t.same((await c.mount('MOUNTPROC3_DUMP', undefined)).map((m) => m.ml_directory), ['/ovl/dir']);
  await c.mount('MOUNTPROC3_UMNTALL', undefined);
  t.same(await c.mount('MOUNTPROC3_DUMP', undefined), []);
  t.same(await c.mount('MOUNTPROC3_EXPORT', undefined), [{ ex_dir: '/ovl', ex_groups: [{ gr_name: '*' }] }]);
});

t.test('export paths are normalised', async (t) => {
  t.equal(normalisePath('/ovl/'), '/ovl');
  t.equal(normalisePath('//ovl/./x'), '/ovl/x');
  t.equal(normalisePath('/'), '/');
  t.equal(normalisePath('/a/../b'), '/a/../b', '.. is kept so MNT can refuse it');
});

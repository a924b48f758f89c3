// Who the caller is: AUTH_SYS ids, AUTH_NONE as the anonymous user, root squashing.
import t from 'tap';
import { createmode3, nfsstat3, time_how, type sattr3 } from '../../src/generated/nfs3.js';
import { startTestServer } from './helpers/server.js';

const noChange: sattr3 = {
  mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false },
  atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE },
};

t.test('AUTH_NONE callers act as the anonymous user', async (t) => {
  const s = await startTestServer(t);
  const root = await s.root.rootHandle();
  const tmp = await s.root.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'tmp' }, attributes: { ...noChange, mode: { set_it: true, mode: 0o1777 } } });
  if (tmp.status !== nfsstat3.NFS3_OK || !tmp.resok.obj.handle_follows) return t.fail('MKDIR');
  const anon = await s.connect(null);
  const made = await anon.nfs('NFSPROC3_CREATE', { where: { dir: tmp.resok.obj.handle, name: 'f' }, how: { mode: createmode3.GUARDED, obj_attributes: noChange } });
  t.equal(made.status === nfsstat3.NFS3_OK && made.resok.obj_attributes.attributes_follow && made.resok.obj_attributes.attributes.uid, 65534);
  t.equal((await anon.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'x' }, attributes: noChange })).status, nfsstat3.NFS3ERR_ACCES);
});

t.test('root squashing', async (t) => {
  const s = await startTestServer(t, { squash: { squash: 'root', anonuid: 4242, anongid: 4242 } });
  const root = await s.root.rootHandle();
  t.equal((await s.root.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'x' }, attributes: noChange })).status, nfsstat3.NFS3ERR_ACCES, 'root is nobody here');
  const read = await s.root.nfs('NFSPROC3_READ', { file: await s.root.walk(root, 'hello.txt'), offset: 0n, count: 5 });
  t.equal(read.status === nfsstat3.NFS3_OK && read.resok.data.toString(), 'hello', 'world-readable files stay readable');
});

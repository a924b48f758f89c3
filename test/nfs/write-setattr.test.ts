// WRITE (all stable modes), COMMIT and SETATTR (guard, size, mode, times) against a live server.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { nfsstat3, stable_how, time_how, type sattr3 } from '../../src/generated/nfs3.js';
import { USER } from './helpers/nfs-client.js';
import { startTestServer } from './helpers/server.js';

const noChange: sattr3 = {
  mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false },
  atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE },
};

t.test('WRITE in every stable mode copies up and reports wcc and the verifier', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const hello = await c.walk(root, 'hello.txt');
  const verifiers: string[] = [];
  for (const [i, stable] of [stable_how.UNSTABLE, stable_how.DATA_SYNC, stable_how.FILE_SYNC].entries()) {
    const res = await c.nfs('NFSPROC3_WRITE', { file: hello, offset: BigInt(12 + i), count: 1, stable, data: Buffer.from(String(i)) });
    t.equal(res.status, nfsstat3.NFS3_OK);
    if (res.status !== nfsstat3.NFS3_OK) return;
    t.equal(res.resok.count, 1);
    t.equal(res.resok.committed, stable, 'we did what was asked');
    t.equal(res.resok.file_wcc.before.attributes_follow, true);
    t.equal(res.resok.file_wcc.after.attributes_follow && res.resok.file_wcc.after.attributes.size, BigInt(13 + i));
    verifiers.push(res.resok.verf.toString('hex'));
  }
  t.equal(new Set(verifiers).size, 1, 'one verifier while the server runs');
  const commit = await c.nfs('NFSPROC3_COMMIT', { file: hello, offset: 0n, count: 0 });
  t.equal(commit.status === nfsstat3.NFS3_OK && commit.resok.verf.toString('hex'), verifiers[0]);
  t.equal(readFileSync(join(s.layers.upper, 'hello.txt'), 'utf8'), 'hello world\n012', 'copied up to the upper');
  t.equal(readFileSync(join(s.layers.lower, 'hello.txt'), 'utf8'), 'hello world\n', 'lower untouched');
  const after = await c.nfs('NFSPROC3_GETATTR', { object: hello });
  t.equal(after.status === nfsstat3.NFS3_OK && after.resok.obj_attributes.size, 15n, 'same handle after copy-up');

  t.equal((await c.nfs('NFSPROC3_WRITE', { file: root, offset: 0n, count: 1, stable: 2, data: Buffer.from('x') })).status, nfsstat3.NFS3ERR_ISDIR);
  t.equal((await c.nfs('NFSPROC3_WRITE', { file: await c.walk(root, 'link'), offset: 0n, count: 1, stable: 2, data: Buffer.from('x') })).status, nfsstat3.NFS3ERR_INVAL);
  t.equal((await c.nfs('NFSPROC3_WRITE', { file: hello, offset: 0n, count: 5, stable: 2, data: Buffer.from('x') })).status, nfsstat3.NFS3ERR_INVAL, 'count beyond the data');
  t.equal((await c.nfs('NFSPROC3_COMMIT', { file: root, offset: 0n, count: 0 })).status, nfsstat3.NFS3ERR_ISDIR);
});

t.test('SETATTR: size, mode, owner, times, guard', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const hello = await c.walk(root, 'hello.txt');
  const ga = await c.nfs('NFSPROC3_GETATTR', { object: hello });
  if (ga.status !== nfsstat3.NFS3_OK) return t.fail('GETATTR');
  const ctime = ga.resok.obj_attributes.ctime;

  const stale = await c.nfs('NFSPROC3_SETATTR', {
    object: hello, new_attributes: { ...noChange, size: { set_it: true, size: 0n } },
    guard: { check: true, obj_ctime: { seconds: ctime.seconds - 1, nseconds: ctime.nseconds } },
  });
  t.equal(stale.status, nfsstat3.NFS3ERR_NOT_SYNC);
  t.equal(stale.status !== nfsstat3.NFS3_OK && stale.resfail.obj_wcc.before.attributes_follow, true, 'wcc on NOT_SYNC');
  t.equal(readFileSync(join(s.layers.lower, 'hello.txt'), 'utf8').length, 12, 'nothing changed');

  const ok = await c.nfs('NFSPROC3_SETATTR', {
    object: hello,
    new_attributes: {
      ...noChange, size: { set_it: true, size: 5n }, mode: { set_it: true, mode: 0o600 },
      uid: { set_it: true, uid: 1234 }, gid: { set_it: true, gid: 4321 },
      mtime: { set_it: time_how.SET_TO_CLIENT_TIME, mtime: { seconds: 1000000000, nseconds: 5 } },
    },
    guard: { check: true, obj_ctime: ctime },
  });
  t.equal(ok.status, nfsstat3.NFS3_OK);
  if (ok.status !== nfsstat3.NFS3_OK) return;
  const post = ok.resok.obj_wcc.after;
  if (!post.attributes_follow) return t.fail('post attributes');
  t.equal(post.attributes.size, 5n);
  t.equal(post.attributes.mode, 0o600);
  t.equal(post.attributes.uid, 1234);
  t.equal(post.attributes.gid, 4321);
  t.same(post.attributes.mtime, { seconds: 1000000000, nseconds: 5 });
  const st = statSync(join(s.layers.upper, 'hello.txt'));
  t.equal(st.size, 5);
  t.equal(st.mode & 0o7777, 0o600);
  t.equal(st.uid, 1234);

  const now = await c.nfs('NFSPROC3_SETATTR', {
    object: hello, new_attributes: { ...noChange, atime: { set_it: time_how.SET_TO_SERVER_TIME }, mtime: { set_it: time_how.SET_TO_SERVER_TIME } },
    guard: { check: false },
  });
  t.equal(now.status, nfsstat3.NFS3_OK);
  const nowSec = Math.floor(Date.now() / 1000);
  t.ok(now.status === nfsstat3.NFS3_OK && now.resok.obj_wcc.after.attributes_follow
    && Math.abs(now.resok.obj_wcc.after.attributes.mtime.seconds - nowSec) < 100, 'server time');

  const user = await s.connect(USER);
  const denied = await user.nfs('NFSPROC3_SETATTR', { object: root, new_attributes: { ...noChange, mode: { set_it: true, mode: 0o777 } }, guard: { check: false } });
  t.equal(denied.status, nfsstat3.NFS3ERR_PERM, 'chmod of a file someone else owns');
  const dirSize = await c.nfs('NFSPROC3_SETATTR', { object: root, new_attributes: { ...noChange, size: { set_it: true, size: 0n } }, guard: { check: false } });
  t.ok(dirSize.status === nfsstat3.NFS3ERR_ISDIR || dirSize.status === nfsstat3.NFS3ERR_INVAL, `truncating a directory: ${nfsstat3[dirSize.status]}`);
});

// Issue 5, running unprivileged: `ovlnfs serve` as uid 65534 on an unprivileged port serves
// an overlay whose upper it owns, writes overlay metadata as `user.overlay.*` xattrs (the
// kernel's userxattr format), and creates files as its own user.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createmode3, nfsstat3, time_how } from '../../src/generated/nfs3.js';
import { NfsClient, USER } from '../nfs/helpers/nfs-client.js';
import { startServe } from './serve-process.js';

const NOBODY = 65534;

function xattrs(path: string): string {
  const r = spawnSync('getfattr', ['--absolute-names', '-d', '-m', '-', path], { encoding: 'utf8' });
  return r.stdout;
}

t.test('as uid 65534: serves, user.overlay. xattrs, files owned by the server user', async (t) => {
  const base = mkdtempSync(join(tmpdir(), 'ovlnfs-unpriv-'));
  t.teardown(() => rmSync(base, { recursive: true, force: true }));
  chmodSync(base, 0o755);
  for (const d of ['lower', 'upper', 'work', 'state']) mkdirSync(join(base, d));
  writeFileSync(join(base, 'lower', 'gone.txt'), 'remove me\n');
  mkdirSync(join(base, 'lower', 'dir'));
  writeFileSync(join(base, 'lower', 'dir', 'f'), 'f\n');
  for (const d of ['', 'lower', 'lower/gone.txt', 'lower/dir', 'lower/dir/f', 'upper', 'work', 'state']) chownSync(join(base, d), NOBODY, NOBODY);

  const serve = await startServe(
    ['-o', `lowerdir=${base}/lower,upperdir=${base}/upper,workdir=${base}/work`, '--listen', '127.0.0.1:0', '--portmapper', 'off', '--state-dir', `${base}/state`, '--squash', 'none'],
    undefined,
    { uid: NOBODY },
  );
  t.teardown(() => serve.child.kill('SIGKILL'));
  t.ok(serve.port >= 1024, 'an unprivileged port');

  const c = await NfsClient.connect(serve.port, { ...USER, uid: NOBODY, gid: NOBODY, gids: [] });
  t.teardown(() => c.close());
  const root = await c.rootHandle('/ovl');
  const removed = await c.nfs('NFSPROC3_REMOVE', { object: { dir: root, name: 'gone.txt' } });
  t.equal(removed.status, nfsstat3.NFS3_OK);
  t.ok(statSync(join(base, 'upper', 'gone.txt')).isCharacterDevice(), 'a chr 0/0 whiteout (allowed unprivileged since Linux 5.8)');

  // A lower directory removed and made again: the new one is opaque, marked in the user. namespace.
  const dirFh = await c.walk(root, 'dir');
  t.equal((await c.nfs('NFSPROC3_REMOVE', { object: { dir: dirFh, name: 'f' } })).status, nfsstat3.NFS3_OK);
  t.equal((await c.nfs('NFSPROC3_RMDIR', { object: { dir: root, name: 'dir' } })).status, nfsstat3.NFS3_OK);
  const keepDir = { mode: { set_it: true, mode: 0o755 }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false }, atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE } } as const;
  t.equal((await c.nfs('NFSPROC3_MKDIR', { where: { dir: root, name: 'dir' }, attributes: keepDir })).status, nfsstat3.NFS3_OK);
  const marks = xattrs(join(base, 'upper', 'dir'));
  t.match(marks, /user\.overlay\.opaque="y"/, 'user.overlay.opaque');
  t.notMatch(marks, /trusted\.overlay/);

  const keep = { mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false }, atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE } } as const;
  const created = await c.nfs('NFSPROC3_CREATE', { where: { dir: root, name: 'new.txt' }, how: { mode: createmode3.GUARDED, obj_attributes: keep } });
  t.equal(created.status, nfsstat3.NFS3_OK);
  t.equal(statSync(join(base, 'upper', 'new.txt')).uid, NOBODY, 'created as the server user');

  serve.child.kill('SIGTERM');
  t.equal((await serve.exited).code, 0);
});

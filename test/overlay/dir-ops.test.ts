// Deletes and creates over layers (issue 3 item 4), checked on disk and by kernel overlayfs.
import { lstatSync, statSync } from 'node:fs';
import t from 'tap';
import { ALICE, BOB, ROOT, exists, isWhiteout, kernelSnapshot, listAll, makeFixture, outcome, overlaySnapshot, xattrOf } from './fixture.js';

t.test('remove leaves a whiteout only when something lies below', async (t) => {
  const f = makeFixture([{ low: 'x', 'd/a': '1', 'd/b': '2' }], { up: 'u' });
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.remove('', 'low', ROOT);
  t.ok(isWhiteout(`${f.upper}/low`));
  await o.remove('', 'up', ROOT);
  t.notOk(exists(`${f.upper}/up`));
  t.equal(await outcome(o.rmdir('', 'd', ROOT)), 'ENOTEMPTY');
  t.equal(await outcome(o.remove('', 'd', ROOT)), 'EISDIR');
  t.equal(await outcome(o.rmdir('d', 'a', ROOT)), 'ENOTDIR');
  await o.remove('d', 'a', ROOT);
  await o.remove('d', 'b', ROOT);
  t.same(await listAll(o, 'd'), []);
  await o.rmdir('', 'd', ROOT);
  t.ok(isWhiteout(`${f.upper}/d`), 'merged dir replaced by a whiteout');
  t.same(await listAll(o, ''), []);
  t.same(kernelSnapshot(f), await overlaySnapshot(o));
});

t.test('mkdir in a merged parent is opaque, in a pure upper parent not (kernel ovl_create_upper)', async (t) => {
  const f = makeFixture([{ 'm/x': 'x' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.mkdir('m', 'new', ROOT, 0o755);
  t.equal(xattrOf(`${f.upper}/m/new`, 'trusted.overlay.opaque'), 'y', 'parent m merges the lower');
  await o.mkdir('m/new', 'sub', ROOT, 0o755);
  t.equal(xattrOf(`${f.upper}/m/new/sub`, 'trusted.overlay.opaque'), undefined, 'parent m/new is upper only');
  t.same(await listAll(o, 'm'), ['new', 'x']);
});

t.test('mkdir over a whiteout is opaque; create replaces whiteouts', async (t) => {
  const f = makeFixture([{ 'd/old': 'o', f: 'lower' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.setattr('', ROOT, { mode: 0o777 });
  await o.remove('d', 'old', ROOT);
  await o.rmdir('', 'd', ROOT);
  const a = await o.mkdir('', 'd', ALICE, 0o750);
  t.equal(a.uid, 1000);
  t.equal(a.mode, 0o750);
  t.equal(xattrOf(`${f.upper}/d`, 'trusted.overlay.opaque'), 'y');
  t.same(await listAll(o, 'd'), []);
  await o.remove('', 'f', ROOT);
  await o.create('', 'f', BOB, 0o644, true);
  t.ok(lstatSync(`${f.upper}/f`).isFile());
  t.equal(lstatSync(`${f.upper}/f`).uid, 1001);
  await o.symlink('d', 's', '../f', ALICE);
  await o.mknod('d', 'p', ALICE, 'fifo', 0o600, { major: 0, minor: 0 });
  t.equal((await o.getattr('d/p')).type, 'fifo');
  t.equal(await outcome(o.mkdir('', 'd', ROOT, 0o755)), 'EEXIST');
  t.equal(await outcome(o.create('', 'f', ROOT, 0o644, true)), 'EEXIST');
  t.equal(await outcome(o.mknod('', 'c', ALICE, 'chr', 0o600, { major: 1, minor: 3 })), 'EPERM');
  t.same(kernelSnapshot(f), await overlaySnapshot(o));
});

t.test('setgid parents give their group; ownership is the caller', async (t) => {
  const f = makeFixture([{ g: { dir: true } }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.setattr('g', ROOT, { mode: 0o2777, gid: 50 });
  const d = await o.mkdir('g', 'sub', ALICE, 0o755);
  t.equal(d.gid, 50);
  t.equal(d.mode, 0o2755);
  const file = await o.create('g', 'f', ALICE, 0o2755, true);
  t.equal(file.gid, 50);
  t.equal(file.mode, 0o755, 'setgid dropped: caller not in group');
  t.equal(statSync(`${f.upper}/g/f`).uid, 1000);
});

t.test('sticky directories and permission errors', async (t) => {
  const f = makeFixture([{ tmp: { dir: true }, 'ro/x': 'x' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.setattr('tmp', ROOT, { mode: 0o1777 });
  await o.create('tmp', 'alice', ALICE, 0o644, true);
  t.equal(await outcome(o.remove('tmp', 'alice', BOB)), 'EPERM');
  t.equal(await outcome(o.rename('tmp', 'alice', 'tmp', 'bob', BOB)), 'EPERM');
  await o.remove('tmp', 'alice', ALICE);
  t.equal(await outcome(o.create('ro', 'y', ALICE, 0o644, true)), 'EACCES');
  t.equal(await outcome(o.remove('ro', 'x', ALICE)), 'EACCES');
  t.equal(await outcome(o.setattr('ro/x', ALICE, { mode: 0o777 })), 'EPERM');
  t.equal(await outcome(o.setattr('ro/x', ALICE, { uid: 1000 })), 'EPERM');
  t.equal(await outcome(o.write('ro/x', 0n, Buffer.from('z'), ALICE, 'file')), 'EACCES');
});

t.test('access answers the permission matrix', async (t) => {
  const f = makeFixture([{ f: 'x', d: { dir: true } }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.setattr('f', ROOT, { uid: 1000, gid: 100, mode: 0o640 });
  t.equal(await o.access('f', ALICE, 7), 6, 'owner rw');
  t.equal(await o.access('f', BOB, 7), 4, 'supplementary group r');
  t.equal(await o.access('f', { uid: 5, gid: 5, groups: [] }, 7), 0, 'other nothing');
  t.equal(await o.access('f', ROOT, 7), 6, 'root: no x without an x bit');
  t.equal(await o.access('d', ROOT, 7), 7);
  await o.setattr('f', ROOT, { mode: 0o604 });
  t.equal(await o.access('f', BOB, 4), 0, 'group bits apply even when other allows more');
});

// Lookup and merge rules (issue 3 item 2) and the lower formats the overlay reads (item 7).
import t from 'tap';
import { OverlayError } from '../../src/overlay/index.js';
import * as sys from '../../src/sys/index.js';
import { ROOT, listAll, makeFixture, outcome, readAll } from './fixture.js';

t.test('upper first, then lowers in order; union of names without duplicates', async (t) => {
  const f = makeFixture([{ a: 'l1-a', 'd/x': 'l1-x', 'd/same': 'l1' }, { a: 'l2-a', b: 'l2-b', 'd/y': 'l2-y', 'd/same': 'l2' }], { c: 'up-c' });
  t.teardown(f.cleanup);
  const o = await f.open();
  t.equal(await readAll(o, 'a'), 'l1-a');
  t.equal(await readAll(o, 'b'), 'l2-b');
  t.equal(await readAll(o, 'c'), 'up-c');
  t.same(await listAll(o, ''), ['a', 'b', 'c', 'd']);
  t.same(await listAll(o, 'd'), ['same', 'x', 'y']);
  t.equal(await readAll(o, 'd/same'), 'l1');
  t.equal((await o.getattr('d')).nlink, 1, 'merged dir reports nlink 1 like the kernel');
});

t.test('whiteouts hide names below; opaque dirs stop the merge; non-dirs stop the merge', async (t) => {
  const f = makeFixture(
    [{ gone: { whiteout: true }, 'op/new': 'n', op: { opaque: true }, file: 'f' },
     { gone: 'hidden', 'op/old': 'o', 'file/inner': 'i', 'keep/k': 'k' }],
  );
  t.teardown(f.cleanup);
  const o = await f.open();
  t.equal(await outcome(o.getattr('gone')), 'ENOENT');
  t.same(await listAll(o, ''), ['file', 'keep', 'op']);
  t.same(await listAll(o, 'op'), ['new']);
  t.equal((await o.getattr('file')).type, 'file');
  t.equal(await outcome(o.getattr('file/inner')), 'ENOTDIR');
});

t.test('OCI whiteouts and xattr whiteouts in lowers', async (t) => {
  const f = makeFixture([{ '.wh.a': '', 'd/.wh..wh..opq': '', 'd/n': 'new', 'x/w': '' }, { a: 'A', b: 'B', 'd/old': 'o', 'x/w': 'below', 'x/v': 'v' }]);
  t.teardown(f.cleanup);
  sys.lsetxattr(`${f.lowers[0]}/x/w`, 'trusted.overlay.whiteout', Buffer.from(''));
  sys.lsetxattr(`${f.lowers[0]}/x`, 'trusted.overlay.opaque', Buffer.from('x'));
  const o = await f.open();
  t.same(await listAll(o, ''), ['b', 'd', 'x']);
  t.same(await listAll(o, 'd'), ['n']);
  t.same(await listAll(o, 'x'), ['v']);
  t.equal(await outcome(o.lookup('x', 'w')), 'ENOENT');
});

t.test('names are validated', async (t) => {
  const f = makeFixture([{ a: 'x' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  t.equal(await outcome(o.lookup('', '..')), 'EINVAL');
  t.equal(await outcome(o.lookup('', 'a/b')), 'EINVAL');
  t.equal(await outcome(o.lookup('', 'x\0')), 'EINVAL');
  t.equal(await outcome(o.lookup('', 'n'.repeat(256))), 'ENAMETOOLONG');
  t.equal(await outcome(o.mkdir('', 'n'.repeat(256), ROOT, 0o755)), 'ENAMETOOLONG');
  const e = await o.lookup('', 'nope').catch((x: unknown) => x);
  t.ok(e instanceof OverlayError);
});

t.test('symlinks in layers are never followed', async (t) => {
  const f = makeFixture([{ link: { symlink: '/etc' }, 'd/f': 'x' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  t.equal((await o.getattr('link')).type, 'symlink');
  t.equal(await o.readlink('link'), '/etc');
  t.equal(await outcome(o.getattr('link/passwd')), 'ENOTDIR');
  t.equal(await outcome(o.read('link', 0n, 10, Buffer.alloc(10), 0)), 'EINVAL');
});

t.test('a lowers-only overlay is read-only', async (t) => {
  const f = makeFixture([{ a: 'x' }]);
  t.teardown(f.cleanup);
  const { Overlay } = await import('../../src/overlay/index.js');
  const o = await Overlay.open({ lowers: f.lowers });
  t.teardown(() => o.close());
  t.equal(o.readOnly, true);
  t.equal(await outcome(o.mkdir('', 'd', ROOT, 0o755)), 'EROFS');
  t.equal(await outcome(o.write('a', 0n, Buffer.from('y'), ROOT, 'file')), 'EROFS');
  t.equal(await o.access('a', ROOT, 7), 4);
});

t.test('rmdir: xattr whiteouts count as entries, as in the kernel emptiness check', async (t) => {
  const f = makeFixture([{ 'm/f': '' }, { m: { dir: true } }]);
  t.teardown(f.cleanup);
  sys.lsetxattr(`${f.lowers[0]}/m/f`, 'trusted.overlay.whiteout', Buffer.from('y'));
  sys.lsetxattr(`${f.lowers[0]}/m`, 'trusted.overlay.opaque', Buffer.from('x'));
  const o = await f.open();
  t.same(await listAll(o, 'm'), [], 'lists as empty');
  t.equal(await outcome(o.rmdir('', 'm', ROOT)), 'ENOTEMPTY');
});

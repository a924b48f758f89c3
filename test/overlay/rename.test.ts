// Rename (issue 3 item 5): POSIX replace rules and directories anywhere via redirect_dir,
// checked against kernel overlayfs mounting the upper we wrote.
import t from 'tap';
import { ROOT, isWhiteout, kernelSnapshot, listAll, makeFixture, outcome, overlaySnapshot, readAll, xattrOf } from './fixture.js';

t.test('rename a lower directory within its parent and elsewhere', async (t) => {
  const f = makeFixture([{ 'src/a': 'A', 'src/sub/b': 'B', 'other/x': 'X' }, { 'src/deep': 'D' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  const id = (await o.getattr('src')).id;
  await o.rename('', 'src', '', 'renamed', ROOT);
  t.equal(xattrOf(`${f.upper}/renamed`, 'trusted.overlay.redirect'), 'src');
  t.ok(isWhiteout(`${f.upper}/src`));
  t.same(await listAll(o, 'renamed'), ['a', 'deep', 'sub']);
  t.equal((await o.getattr('renamed')).id, id, 'id survives rename');
  await o.rename('', 'renamed', 'other', 'moved', ROOT);
  t.equal(xattrOf(`${f.upper}/other/moved`, 'trusted.overlay.redirect'), '/src', 'absolute once it leaves its parent');
  t.same(await listAll(o, 'other/moved'), ['a', 'deep', 'sub']);
  t.equal(await readAll(o, 'other/moved/sub/b'), 'B');
  await o.rename('other/moved', 'sub', '', 'top', ROOT);
  t.equal(xattrOf(`${f.upper}/top`, 'trusted.overlay.redirect'), '/src/sub');
  t.same(await listAll(o, 'top'), ['b']);
  t.same(await listAll(o, ''), ['other', 'top']);
  t.same(kernelSnapshot(f), await overlaySnapshot(o));
});

t.test('POSIX replace rules', async (t) => {
  const f = makeFixture([{ f1: '1', f2: '2', 'd1/x': 'x', d2: { dir: true }, 'd3/y': 'y', 'd3/z': 'z' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  t.equal(await outcome(o.rename('', 'd1', '', 'f1', ROOT)), 'ENOTDIR');
  t.equal(await outcome(o.rename('', 'f1', '', 'd2', ROOT)), 'EISDIR');
  t.equal(await outcome(o.rename('', 'd2', '', 'd1', ROOT)), 'ENOTEMPTY');
  t.equal(await outcome(o.rename('', 'd1', 'd1', 'inside', ROOT)), 'EINVAL');
  t.equal(await outcome(o.rename('', 'nope', '', 'x', ROOT)), 'ENOENT');
  await o.rename('', 'f1', '', 'f2', ROOT);
  t.equal(await readAll(o, 'f2'), '1');
  t.ok(isWhiteout(`${f.upper}/f1`));
  await o.rename('', 'd1', '', 'd2', ROOT);
  t.same(await listAll(o, 'd2'), ['x']);
  await o.remove('d3', 'y', ROOT);
  await o.remove('d3', 'z', ROOT);
  await o.mkdir('', 'fresh', ROOT, 0o755);
  await o.create('fresh', 'n', ROOT, 0o644, true);
  await o.rename('', 'fresh', '', 'd3', ROOT);
  t.same(await listAll(o, 'd3'), ['n'], 'pure-upper dir over a merged empty dir stays opaque');
  t.same(await listAll(o, ''), ['d2', 'd3', 'f2']);
  t.same(kernelSnapshot(f), await overlaySnapshot(o));
});

t.test('renaming a file out of and into merged dirs; back over its whiteout', async (t) => {
  const f = makeFixture([{ 'a/f': 'F', 'b/g': 'G' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  const id = (await o.getattr('a/f')).id;
  await o.rename('a', 'f', 'b', 'f', ROOT);
  t.equal((await o.getattr('b/f')).id, id);
  await o.rename('b', 'f', 'a', 'f', ROOT);
  t.equal(await readAll(o, 'a/f'), 'F');
  t.same(await listAll(o, 'b'), ['g']);
  await o.mkdir('', 'n', ROOT, 0o755);
  await o.rename('', 'a', 'n', 'a', ROOT);
  await o.rename('n', 'a', '', 'a', ROOT);
  t.same(await listAll(o, 'a'), ['f']);
  t.same(kernelSnapshot(f), await overlaySnapshot(o));
});

t.test('an absolute redirect stops below an opaque directory on its path', async (t) => {
  const f = makeFixture([{ 'm/b/g': 'g', m: { opaque: true } }, { 'm/b/f': 'f', 'm/c': 'c' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  t.same(await listAll(o, 'm/b'), ['g']);
  await o.rename('', 'm', '', 'x', ROOT);
  await o.rename('x', 'b', '', 'n', ROOT);
  t.equal(xattrOf(`${f.upper}/n`, 'trusted.overlay.redirect'), '/m/b');
  t.same(await listAll(o, 'n'), ['g'], 'the lower below the opaque m is not merged');
  t.same(kernelSnapshot(f), await overlaySnapshot(o));
});

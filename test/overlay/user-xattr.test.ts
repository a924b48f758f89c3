// The user.overlay. namespace (the kernel's userxattr option; what an unprivileged server writes).
import t from 'tap';
import { ROOT, isWhiteout, listAll, makeFixture, xattrOf } from './fixture.js';

t.test('xattr: user writes and reads user.overlay.* markers', async (t) => {
  const f = makeFixture([{ 'd/a': 'a', 'e/b': 'b', f: 'f' }]);
  t.teardown(f.cleanup);
  const o = await f.open({ xattr: 'user' });
  await o.remove('d', 'a', ROOT);
  await o.rmdir('', 'd', ROOT);
  t.ok(isWhiteout(`${f.upper}/d`));
  await o.mkdir('', 'd', ROOT, 0o755);
  t.equal(xattrOf(`${f.upper}/d`, 'user.overlay.opaque'), 'y');
  t.equal(xattrOf(`${f.upper}/d`, 'trusted.overlay.opaque'), undefined);
  await o.rename('', 'e', '', 'e2', ROOT);
  t.equal(xattrOf(`${f.upper}/e2`, 'user.overlay.redirect'), 'e');
  t.same(await listAll(o, 'e2'), ['b']);
  const id = (await o.getattr('f')).id;
  await o.setattr('f', ROOT, { mode: 0o600 });
  t.equal((await o.getattr('f')).id, id);
  const again = await f.open({ xattr: 'user' });
  t.same(await listAll(again, ''), ['d', 'e2', 'f']);
  t.same(await listAll(again, 'd'), []);
});

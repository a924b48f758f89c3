// The kernel's overlay.impure marker (issue F1): an upper directory is marked before an object
// with an origin lands in it, so a kernel mount reports readdir d_ino == stat st_ino there.
// What the kernel itself writes for the same operations is compared in test/overlay-kernel.
import { linkSync } from 'node:fs';
import t from 'tap';
import { ROOT, makeFixture, xattrOf } from './fixture.js';

const impure = (path: string): string | undefined => xattrOf(path, 'trusted.overlay.impure');
const asRoot = process.getuid?.() === 0;
const skip = asRoot ? false : 'needs root (trusted.* xattrs)';

t.test('copy-up marks the upper parents, not the copied objects', { skip }, async (t) => {
  const f = makeFixture([{ 'd/e/f': 'x', g: 'y' }]);
  t.teardown(f.cleanup);
  const o = await f.open({ xattr: 'trusted' });
  await o.write('d/e/f', 0n, Buffer.from('z'), ROOT, 'file');
  t.equal(impure(f.upper), 'y', 'upper root (parent of copied-up d)');
  t.equal(impure(`${f.upper}/d`), 'y', 'd (parent of copied-up e)');
  t.equal(impure(`${f.upper}/d/e`), 'y', 'e (parent of copied-up f)');
  await o.mkdir('', 'new', ROOT, 0o755);
  t.equal(impure(`${f.upper}/new`), undefined, 'a new directory is pure');
});

t.test('rename into another parent marks it when the object has an origin', { skip }, async (t) => {
  const f = makeFixture([{ g: 'y', h: 'z' }]);
  t.teardown(f.cleanup);
  const o = await f.open({ xattr: 'trusted' });
  await o.mkdir('', 'a', ROOT, 0o755);
  await o.mkdir('', 'b', ROOT, 0o755);
  await o.create('a', 'pure', ROOT, 0o644, true);
  await o.rename('a', 'pure', 'b', 'pure', ROOT);
  t.equal(impure(`${f.upper}/b`), undefined, 'a pure upper file leaves its new parent pure');
  await o.rename('', 'g', 'a', 'g', ROOT);
  t.equal(impure(`${f.upper}/a`), 'y', 'a copied-up file marks its new parent');
  await o.rename('a', 'g', 'b', 'g2', ROOT);
  t.equal(impure(`${f.upper}/b`), 'y', 'still carrying its origin after the first move');
});

t.test('link of an object with an origin marks the new parent', { skip }, async (t) => {
  const f = makeFixture([{ g: 'y' }]);
  t.teardown(f.cleanup);
  const o = await f.open({ xattr: 'trusted' });
  await o.mkdir('', 'a', ROOT, 0o755);
  await o.mkdir('', 'b', ROOT, 0o755);
  await o.create('a', 'pure', ROOT, 0o644, true);
  await o.link('a/pure', 'b', 'p', ROOT);
  t.equal(impure(`${f.upper}/b`), undefined, 'a link to a pure upper file leaves its parent pure');
  await o.link('g', 'b', 'g', ROOT);
  t.equal(impure(`${f.upper}/b`), 'y');
});

t.test('removing a name of a lower hard link marks its parent (the kernel copies it up first)', { skip }, async (t) => {
  const f = makeFixture([{ 'x/a': 'y' }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  linkSync(`${l}/x/a`, `${l}/x/b`);
  const o = await f.open({ xattr: 'trusted' });
  await o.remove('x', 'b', ROOT);
  t.equal(impure(`${f.upper}/x`), 'y');
});

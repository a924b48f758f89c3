// Copy-up (issue 3 item 3) and identity across it (item 8).
import { chmodSync, chownSync, lstatSync, mkdirSync, statSync, writeFileSync, linkSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import t from 'tap';
import * as sys from '../../src/sys/index.js';
import { ALICE, ROOT, cat, exists, makeFixture, readAll, xattrOf } from './fixture.js';

t.test('write copies up parents first with their own metadata and keeps ids', async (t) => {
  const f = makeFixture([{ 'a/b/file': 'hello' }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  chmodSync(`${l}/a`, 0o2751);
  chownSync(`${l}/a`, 1000, 1000);
  chownSync(`${l}/a/b/file`, 1000, 1000);
  chmodSync(`${l}/a/b/file`, 0o4755);
  sys.lsetxattr(`${l}/a/b/file`, 'user.note', Buffer.from('kept'));
  sys.lsetxattr(`${l}/a/b/file`, 'trusted.overlay.redirect', Buffer.from('/nope'));
  sys.utimens(`${l}/a`, { sec: 1000, nsec: 5 }, { sec: 2000, nsec: 7 });
  sys.utimens(`${l}/a/b/file`, { sec: 3000, nsec: 9 }, { sec: 4000, nsec: 11 });
  const o = await f.open();
  const before = await o.getattr('a/b/file');
  const dirBefore = await o.getattr('a');
  const a = await o.write('a/b/file', 5n, Buffer.from(' world'), ROOT, 'file');
  t.equal(a.id, before.id, 'file id survives copy-up');
  t.equal((await o.getattr('a')).id, dirBefore.id, 'dir id survives copy-up');
  t.equal(cat(`${f.upper}/a/b/file`), 'hello world');
  t.equal(cat(`${l}/a/b/file`), 'hello', 'lower untouched');
  const ua = statSync(`${f.upper}/a`);
  t.equal(ua.mode & 0o7777, 0o2751);
  t.equal(ua.uid, 1000);
  t.same((await o.getattr('a')).mtime, { sec: 2000, nsec: 7 }, 'parent mtime preserved');
  t.equal(a.mode, 0o4755, 'root write keeps setuid');
  t.equal(a.uid, 1000);
  t.equal(xattrOf(`${f.upper}/a/b/file`, 'user.note'), 'kept');
  t.equal(xattrOf(`${f.upper}/a/b/file`, 'trusted.overlay.redirect'), undefined, 'overlay xattrs not copied');
  t.same(readdirSync(`${f.work}/work`), [], 'work dir left empty');
  const o2 = await f.open();
  t.equal((await o2.getattr('a/b/file')).id, before.id, 'id stable across restart');
});

t.test('chmod, chown and utimes copy up; times have nanoseconds', async (t) => {
  const f = makeFixture([{ d: { dir: true }, 'd/f': 'x', s: { symlink: 'target' } }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.setattr('d/f', ROOT, { mode: 0o600, uid: 5, gid: 6, mtime: { sec: 12345, nsec: 678 } });
  const st = lstatSync(`${f.upper}/d/f`, { bigint: true });
  t.equal(Number(st.mode) & 0o7777, 0o600);
  t.equal(st.uid, 5n);
  t.equal(st.mtimeNs, 12345000000678n);
  t.equal(cat(`${f.upper}/d/f`), 'x');
  await o.setattr('s', ROOT, { uid: 7, gid: 7 });
  t.equal(lstatSync(`${f.upper}/s`).uid, 7);
  t.equal(await o.readlink('s'), 'target');
  await o.setattr('d/f', ROOT, { size: 0n });
  t.equal((await o.getattr('d/f')).size, 0n);
});

t.test('non-root writes strip setuid/setgid; owner may write a read-only file', async (t) => {
  const f = makeFixture([{ f: 'x' }]);
  t.teardown(f.cleanup);
  chownSync(`${f.lowers[0]}/f`, 1000, 1000);
  chmodSync(`${f.lowers[0]}/f`, 0o6555);
  const o = await f.open();
  const a = await o.write('f', 0n, Buffer.from('y'), ALICE, 'unstable');
  t.equal(a.mode, 0o0555);
});

t.test('hard links: copy-up of one name serves all names from one inode', async (t) => {
  const f = makeFixture([{ a: 'shared', 'd/keep': 'k' }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  mkdirSync(`${l}/e`);
  linkSync(`${l}/a`, `${l}/b`);
  linkSync(`${l}/a`, `${l}/e/c`);
  const o = await f.open();
  const ida = (await o.getattr('a')).id;
  t.equal((await o.getattr('b')).id, ida);
  t.equal((await o.getattr('a')).nlink, 3);
  await o.write('a', 0n, Buffer.from('SHARED'), ROOT, 'file');
  t.equal(await readAll(o, 'b'), 'SHARED', 'other lower name sees the new data');
  t.equal(await readAll(o, 'e/c'), 'SHARED');
  t.equal((await o.getattr('b')).id, ida);
  t.equal((await o.getattr('a')).nlink, 3);
  await o.setattr('b', ROOT, { mode: 0o600 });
  t.equal(lstatSync(`${f.upper}/b`).ino, lstatSync(`${f.upper}/a`).ino, 'one upper inode');
  t.equal((await o.getattr('e/c')).mode, 0o600);
  t.equal((await o.getattr('a')).nlink, 3);
  await o.remove('e', 'c', ROOT);
  t.equal((await o.getattr('a')).nlink, 2);
  const l2 = await o.link('a', 'd', 'new', ROOT);
  t.equal(l2.id, ida);
  t.equal(l2.nlink, 3);
});

t.test('hard links: the index entry goes when the last name does, as the kernel removes it', async (t) => {
  const f = makeFixture([{ a: 'shared', b: 'other', u: 'u1', w: 'w1' }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  linkSync(`${l}/a`, `${l}/a2`);
  linkSync(`${l}/u`, `${l}/u2`);
  const o = await f.open();
  await o.setattr('a', ROOT, { mode: 0o600 });
  t.equal(readdirSync(`${f.work}/index`).length, 1, 'copy-up of one name indexes the inode');
  await o.remove('', 'a', ROOT);
  t.equal(readdirSync(`${f.work}/index`).length, 1, 'a lower name is left');
  t.equal((await o.getattr('a2')).mode, 0o600);
  await o.remove('', 'a2', ROOT);
  t.same(readdirSync(`${f.work}/index`), [], 'removing the last (lower) name removes the entry');
  await o.setattr('u', ROOT, { mode: 0o600 });
  await o.rename('', 'b', '', 'u2', ROOT);
  t.equal(readdirSync(`${f.work}/index`).length, 1, 'the copied-up name is left');
  await o.rename('', 'w', '', 'u', ROOT);
  t.same(readdirSync(`${f.work}/index`), [], 'replacing the last (upper) name removes the entry');
  t.equal(await readAll(o, 'u'), 'w1');
  t.equal(await readAll(o, 'u2'), 'other');
});

t.test('start-up removes work leftovers and rejects bad layer setups', async (t) => {
  const f = makeFixture([{ a: 'x' }]);
  t.teardown(f.cleanup);
  mkdirSync(`${f.work}/work/#dead/inner`, { recursive: true });
  writeFileSync(`${f.work}/work/#half`, 'partial');
  const o = await f.open();
  t.same(readdirSync(`${f.work}/work`), []);
  t.ok(exists(`${f.work}/index`));
  void o;
  const { Overlay } = await import('../../src/overlay/index.js');
  // A work dir on another filesystem: a tmpfs mounted for the test.
  const other = `${f.base}/other-fs`;
  mkdirSync(other);
  execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', other]);
  t.teardown(() => execFileSync('umount', [other]));
  const e = await Overlay.open({ lowers: [f.lowers[0] as string], upper: f.upper, work: other }).catch((x: Error) => x);
  t.match(String(e), /same filesystem/);
  t.match(String(e), new RegExp(f.upper));
  const e2 = await Overlay.open({ lowers: ['/nonexistent-layer'] }).catch((x: Error) => x);
  t.match(String(e2), /nonexistent-layer/);
});

// Errnos in the kernel's order of checks, and mode rules the kernel applies on its own
// (mkdir ignores setuid/setgid, chown strips them), found by the kernel differential test.
import { chmodSync, linkSync } from 'node:fs';
import t from 'tap';
import { ALICE, ROOT, makeFixture, outcome } from './fixture.js';

t.test('existence errors come before permission errors', async (t) => {
  const f = makeFixture([{ 'ro/x': 'x', d: { dir: true } }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  t.equal(await outcome(o.create('ro', 'x', ALICE, 0o644, true)), 'EEXIST');
  t.equal(await outcome(o.mkdir('ro', 'x', ALICE, 0o755)), 'EEXIST');
  t.equal(await outcome(o.remove('ro', 'nope', ALICE)), 'ENOENT');
  t.equal(await outcome(o.link('d', '', 'ro', ROOT)), 'EEXIST', 'EEXIST before EPERM for a directory source');
  t.equal(await outcome(o.link('nope', 'ro/x', 'y', ROOT)), 'ENOENT', 'missing source before a bad target parent');
  t.equal(await outcome(o.link('d', '', 'd2', ROOT)), 'EPERM');
  await o.setattr('ro', ROOT, { mode: 0o700 });
  t.equal(await outcome(o.create('ro', 'y', ALICE, 0o644, true)), 'EACCES', 'no search permission');
});

t.test('rename onto an ancestor is ENOTEMPTY, into a descendant EINVAL, whatever the types', async (t) => {
  const f = makeFixture([{ 'a/m': 'file', 'a/b/c': 'x' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  t.equal(await outcome(o.rename('a', 'm', '', 'a', ROOT)), 'ENOTEMPTY');
  t.equal(await outcome(o.rename('', 'a', 'a/b', 'z', ROOT)), 'EINVAL');
  t.equal(await outcome(o.rename('a', 'b', 'a', 'b', ROOT)), 'OK');
});

t.test('mkdir keeps only permission and sticky bits; chown strips setuid', async (t) => {
  const f = makeFixture([{ g: { dir: true }, s: 'x' }]);
  t.teardown(f.cleanup);
  chmodSync(`${f.lowers[0]}/s`, 0o6755);
  const o = await f.open();
  t.equal((await o.mkdir('', 'n', ROOT, 0o7755)).mode, 0o1755);
  await o.setattr('g', ROOT, { mode: 0o2755 });
  t.equal((await o.mkdir('g', 'n', ROOT, 0o4755)).mode, 0o2755, 'setgid only from the parent');
  t.equal((await o.setattr('s', ROOT, { gid: 0 })).mode, 0o755, 'chown to the same ids still strips');
});

t.test('removing or replacing a lower hard-link name lowers the count of the others', async (t) => {
  const f = makeFixture([{ a: 'shared', b: 'other' }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  linkSync(`${l}/a`, `${l}/a2`);
  linkSync(`${l}/a`, `${l}/a3`);
  const o = await f.open();
  t.equal((await o.getattr('a')).nlink, 3);
  await o.remove('', 'a2', ROOT);
  t.equal((await o.getattr('a')).nlink, 2);
  await o.rename('', 'b', '', 'a3', ROOT);
  t.equal((await o.getattr('a')).nlink, 1);
  t.equal((await o.getattr('a3')).nlink, 1);
});

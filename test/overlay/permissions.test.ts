// Permission checks for non-root callers where the resolver once differed from the kernel
// (found by the kernel differential test: B12 seed 19).
import { chmodSync, chownSync } from 'node:fs';
import t from 'tap';
import { ALICE, BOB, makeFixture, outcome } from './fixture.js';

t.test('a non-exclusive create needs search permission on the directory before the name is looked at', async (t) => {
  const f = makeFixture([{ 'd/f': 'content', 'd/sub': { dir: true } }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  chownSync(`${l}/d`, ALICE.uid, ALICE.gid);
  chmodSync(`${l}/d`, 0o750);
  const o = await f.open();
  t.equal(await outcome(o.create('d', 'f', BOB, 0o644, false)), 'EACCES', 'existing file, no search permission');
  t.equal(await outcome(o.create('d', 'sub', BOB, 0o644, false)), 'EACCES', 'existing directory, no search permission');
  t.equal(await outcome(o.create('d', 'new', BOB, 0o644, false)), 'EACCES', 'missing name, no search permission');
  t.equal(await outcome(o.create('d/f', 'x', BOB, 0o644, false)), 'ENOTDIR', 'the parent type comes first');
  t.equal((await o.create('d', 'f', ALICE, 0o600, false)).size, 7n, 'the owner gets the existing file unchanged');
  t.equal((await o.getattr('d/f')).mode, 0o644);
  t.equal(await outcome(o.create('d', 'sub', ALICE, 0o644, false)), 'EISDIR');
});

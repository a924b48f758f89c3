// Permission checks for non-root callers where the resolver once differed from the kernel
// (found by the kernel differential test: B12 seed 19, B13 seed 11, B14 seed 82).
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

t.test('only the owner may chown, even to the current ids', async (t) => {
  const f = makeFixture([{ rootfile: 'r', alicefile: 'a', bobfile: 'b' }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  chownSync(`${l}/alicefile`, ALICE.uid, ALICE.gid);
  chownSync(`${l}/bobfile`, BOB.uid, BOB.gid);
  const o = await f.open();
  t.equal(await outcome(o.setattr('rootfile', ALICE, { uid: 0 })), 'EPERM', 'non-owner, uid unchanged');
  t.equal(await outcome(o.setattr('rootfile', ALICE, { gid: 0 })), 'EPERM', 'non-owner, gid unchanged');
  t.equal(await outcome(o.setattr('rootfile', ALICE, { uid: 0, gid: 0 })), 'EPERM', 'non-owner, both unchanged');
  t.equal(await outcome(o.setattr('alicefile', ALICE, { uid: ALICE.uid, gid: ALICE.gid })), 'OK', 'owner, unchanged');
  t.equal(await outcome(o.setattr('alicefile', ALICE, { uid: BOB.uid })), 'EPERM', 'owner giving the file away');
  t.equal(await outcome(o.setattr('alicefile', ALICE, { gid: 100 })), 'EPERM', 'owner, group not one of hers');
  t.equal(await outcome(o.setattr('bobfile', BOB, { gid: 100 })), 'OK', 'owner, supplementary group');
  t.equal((await o.getattr('bobfile')).gid, 100);
  t.equal(await outcome(o.setattr('bobfile', ALICE, { gid: 100 })), 'EPERM', 'non-owner, gid unchanged');
});

t.test('the owner may truncate a file without write permission (nfsd owner override)', async (t) => {
  const f = makeFixture([{ ro: 'read only', suid: 'setuid' }]);
  t.teardown(f.cleanup);
  const l = f.lowers[0] as string;
  chownSync(`${l}/ro`, ALICE.uid, ALICE.gid);
  chmodSync(`${l}/ro`, 0o444);
  chownSync(`${l}/suid`, ALICE.uid, ALICE.gid);
  chmodSync(`${l}/suid`, 0o6555);
  const o = await f.open();
  t.equal(await outcome(o.setattr('ro', BOB, { size: 0n })), 'EACCES', 'a non-owner still needs write permission');
  const a = await o.setattr('ro', ALICE, { size: 2n });
  t.equal(a.size, 2n);
  t.equal(a.mode, 0o444, 'mode unchanged');
  t.equal((await o.setattr('suid', ALICE, { size: 0n })).mode, 0o555, 'the change still drops setuid, and setgid with group-execute');
});

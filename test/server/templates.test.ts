// Issue 5, per-VM private uppers from one base: two template instances sharing one lower
// each see only their own writes, the lower is untouched, resetting one leaves the other
// intact (and makes its old handles STALE); the template's client list restricts creation.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { mountstat3 } from '../../src/generated/mount3.js';
import { createmode3, nfsstat3, stable_how, type nfs_fh3 } from '../../src/generated/nfs3.js';
import { nlm4_stats } from '../../src/generated/nlm4.js';
import { KEEP_ATTRS } from '../helpers/sattr.js';
import type { BoundClient } from './bound-client.js';
import { dir, startConfigured, tempBase } from './harness.js';

async function write(c: BoundClient, dirFh: nfs_fh3, name: string, text: string): Promise<void> {
  let fh: nfs_fh3;
  const found = await c.nfs('NFSPROC3_LOOKUP', { what: { dir: dirFh, name } });
  if (found.status === nfsstat3.NFS3_OK) {
    fh = { data: Buffer.from(found.resok.object.data) };
    const truncated = await c.nfs('NFSPROC3_SETATTR', { object: fh, new_attributes: { ...KEEP_ATTRS, size: { set_it: true, size: 0n } }, guard: { check: false } });
    if (truncated.status !== nfsstat3.NFS3_OK) throw new Error(`SETATTR: ${nfsstat3[truncated.status]}`);
  } else {
    const created = await c.nfs('NFSPROC3_CREATE', { where: { dir: dirFh, name }, how: { mode: createmode3.UNCHECKED, obj_attributes: KEEP_ATTRS } });
    if (created.status !== nfsstat3.NFS3_OK || !created.resok.obj.handle_follows) throw new Error(`CREATE: ${nfsstat3[created.status]}`);
    fh = { data: Buffer.from(created.resok.obj.handle.data) };
  }
  const data = Buffer.from(text);
  const w = await c.nfs('NFSPROC3_WRITE', { file: fh, offset: 0n, count: data.length, stable: stable_how.FILE_SYNC, data });
  if (w.status !== nfsstat3.NFS3_OK) throw new Error(`WRITE: ${nfsstat3[w.status]}`);
}

async function read(c: BoundClient, dirFh: nfs_fh3, name: string): Promise<string | nfsstat3> {
  const found = await c.nfs('NFSPROC3_LOOKUP', { what: { dir: dirFh, name } });
  if (found.status !== nfsstat3.NFS3_OK) return found.status;
  const r = await c.nfs('NFSPROC3_READ', { file: found.resok.object, offset: 0n, count: 4096 });
  return r.status === nfsstat3.NFS3_OK ? r.resok.data.toString() : r.status;
}

t.test('two instances of one template share a lower, each with its own writes; reset one', async (t) => {
  const base = tempBase(t, 'templates');
  const lower = dir(base, 'lower');
  writeFileSync(join(lower, 'base.txt'), 'base image\n');
  const h = await startConfigured(
    t,
    base,
    [
      'templates:',
      '  - path: /vm/{name}',
      `    lower: ${lower}`,
      `    upper: ${join(base, 'uppers', '{name}', 'upper')}`,
      `    work: ${join(base, 'uppers', '{name}', 'work')}`,
      '    clients: [127.0.0.2]',
      '    squash: none',
      '',
    ].join('\n'),
  );
  const c = await h.connect('127.0.0.2');
  const alice = await c.rootHandle('/vm/alice');
  const bob = await c.rootHandle('/vm/bob');
  await write(c, alice, 'mine.txt', 'alice\n');
  await write(c, alice, 'base.txt', 'edited by alice\n');
  await write(c, bob, 'mine.txt', 'bob\n');

  t.equal(await read(c, alice, 'mine.txt'), 'alice\n');
  t.equal(await read(c, alice, 'base.txt'), 'edited by alice\n');
  t.equal(await read(c, bob, 'mine.txt'), 'bob\n');
  t.equal(await read(c, bob, 'base.txt'), 'base image\n', "bob does not see alice's copy-up");
  t.equal(readFileSync(join(lower, 'base.txt'), 'utf8'), 'base image\n', 'the lower is untouched');
  t.notOk(existsSync(join(lower, 'mine.txt')));
  t.equal(readFileSync(join(base, 'uppers', 'alice', 'upper', 'mine.txt'), 'utf8'), 'alice\n', "alice's upper holds her file");

  const other = await h.connect('127.0.0.3');
  t.equal((await other.mount('MOUNTPROC3_MNT', '/vm/carol')).fhs_status, mountstat3.MNT3ERR_ACCES, 'the template admits only its clients');
  t.notOk(existsSync(join(base, 'uppers', 'carol')), 'nothing was created for a refused name');

  const reset = await h.service.registry.reset('/vm/alice');
  t.ok(reset.ok, 'reset');
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: alice })).status, nfsstat3.NFS3ERR_STALE, "alice's old handles are stale");
  const fresh = await c.rootHandle('/vm/alice');
  t.equal(await read(c, fresh, 'mine.txt'), nfsstat3.NFS3ERR_NOENT, 'the reset upper is empty');
  t.equal(await read(c, fresh, 'base.txt'), 'base image\n');
  t.equal(await read(c, bob, 'mine.txt'), 'bob\n', "bob's export and handles are intact");
  t.equal(readFileSync(join(lower, 'base.txt'), 'utf8'), 'base image\n');
});

t.test('locks are per export: the same lower file in two instances does not conflict', async (t) => {
  const base = tempBase(t, 'templates-locks');
  const lower = dir(base, 'lower');
  writeFileSync(join(lower, 'db.sqlite'), 'data\n');
  const h = await startConfigured(
    t,
    base,
    ['templates:', '  - path: /vm/{name}', `    lower: ${lower}`, `    upper: ${join(base, 'u', '{name}', 'upper')}`, `    work: ${join(base, 'u', '{name}', 'work')}`, ''].join('\n'),
  );
  const c = await h.connect('127.0.0.1');
  const fileIn = async (name: string): Promise<nfs_fh3> => {
    const root = await c.rootHandle(`/vm/${name}`);
    const found = await c.nfs('NFSPROC3_LOOKUP', { what: { dir: root, name: 'db.sqlite' } });
    if (found.status !== nfsstat3.NFS3_OK) throw new Error('LOOKUP');
    return found.resok.object;
  };
  const lock = async (fh: nfs_fh3, owner: string): Promise<nlm4_stats> => {
    const res = await c.nlm('NLMPROC4_LOCK', {
      cookie: Buffer.from(owner),
      block: false,
      exclusive: true,
      alock: { caller_name: 'client', fh: fh.data, oh: Buffer.from(owner), svid: owner.length, l_offset: 0n, l_len: 0n },
      reclaim: false,
      state: 1,
    });
    return res.stat.stat;
  };
  const a = await fileIn('a');
  const b = await fileIn('b');
  t.equal(await lock(a, 'one'), nlm4_stats.NLM4_GRANTED);
  t.equal(await lock(b, 'two'), nlm4_stats.NLM4_GRANTED, 'the other export has its own copy of the file');
  t.equal(await lock(a, 'three'), nlm4_stats.NLM4_DENIED, 'a second owner in the same export conflicts');
});

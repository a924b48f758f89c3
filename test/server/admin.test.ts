// Issue 5, exports changed while the server runs: `ovlnfs exports add|list|remove` (the real
// CLI, through the admin socket) while a client of another export is mid-transfer; the
// transfer is undisturbed, the removed export's handles are STALE. SIGHUP's reload path
// (RunningService.reload) adds and removes exports from the file.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { mountstat3 } from '../../src/generated/mount3.js';
import { createmode3, nfsstat3, stable_how, type nfs_fh3 } from '../../src/generated/nfs3.js';
import { MAIN } from '../cli/serve-process.js';
import { KEEP_ATTRS } from '../helpers/sattr.js';
import type { BoundClient } from './bound-client.js';
import { dir, startConfigured, tempBase } from './harness.js';

async function create(c: BoundClient, dirFh: nfs_fh3, name: string): Promise<nfs_fh3> {
  const created = await c.nfs('NFSPROC3_CREATE', { where: { dir: dirFh, name }, how: { mode: createmode3.UNCHECKED, obj_attributes: KEEP_ATTRS } });
  if (created.status !== nfsstat3.NFS3_OK || !created.resok.obj.handle_follows) throw new Error(`CREATE: ${nfsstat3[created.status]}`);
  return { data: Buffer.from(created.resok.obj.handle.data) };
}

function exportYaml(base: string, path: string): string {
  const name = path.slice(1);
  return `  - path: ${path}\n    lower: ${dir(base, 'lower')}\n    upper: ${dir(base, name, 'upper')}\n    work: ${dir(base, name, 'work')}\n    squash: none\n`;
}

const CHUNK = 64 * 1024;
const CHUNKS = 240;
const GATE = 200;

t.test('exports add/list/remove while another export is mid-transfer', async (t) => {
  const base = tempBase(t, 'admin');
  const h = await startConfigured(t, base, `exports:\n${exportYaml(base, '/a')}`);
  const socket = join(base, 'state', 'admin.sock');
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, [MAIN, 'exports', ...args, '--socket', socket]).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
    );

  const a = await h.connect('127.0.0.1');
  const file = await create(a, await a.rootHandle('/a'), 'big.bin');
  const expected = createHash('sha256');
  let written = 0;
  let reachedStart!: () => void;
  const started = new Promise<void>((resolve) => (reachedStart = resolve));
  let adminDone!: () => void;
  const gate = new Promise<void>((resolve) => (adminDone = resolve));
  const statuses = new Set<number>();
  const transfer = (async () => {
    for (let i = 0; i < CHUNKS; i++) {
      if (i === 10) reachedStart();
      // The admin commands below start once chunk 10 is written and overlap the following
      // chunks; the transfer never finishes before they are done (it waits here if it gets ahead).
      if (i === GATE) await gate;
      const data = Buffer.alloc(CHUNK, i & 0xff);
      expected.update(data);
      const w = await a.nfs('NFSPROC3_WRITE', { file, offset: BigInt(i * CHUNK), count: CHUNK, stable: stable_how.UNSTABLE, data });
      statuses.add(w.status);
      written++;
    }
  })();

  await started;
  const added = await cli('add', '/b', '-o', `lowerdir=${dir(base, 'lower')},upperdir=${dir(base, 'b', 'upper')},workdir=${dir(base, 'b', 'work')}`, '--squash', 'none');
  t.equal(added.code, 0, added.err);
  t.match(added.out, /^added \/b \(id \d+\)/);
  const b = await h.connect('127.0.0.1');
  const bRoot = await b.rootHandle('/b');
  const bFile = await create(b, bRoot, 'note.txt');
  const listed = await cli('list', '--json');
  t.same((JSON.parse(listed.out) as { path: string }[]).map((e) => e.path), ['/a', '/b']);
  const removed = await cli('remove', '/b');
  t.equal(removed.code, 0, removed.err);
  t.equal((await b.nfs('NFSPROC3_GETATTR', { object: bFile })).status, nfsstat3.NFS3ERR_STALE, "the removed export's handles are stale");
  t.equal((await b.mount('MOUNTPROC3_MNT', '/b')).fhs_status, mountstat3.MNT3ERR_NOENT);
  const missing = await cli('remove', '/b');
  t.equal(missing.code, 1, 'removing it again is refused');
  t.match(missing.err, /no export at '\/b'/);
  t.ok(written >= 10 && written <= GATE, 'the transfer was under way, not finished, during all of that');
  adminDone();

  await transfer;
  t.same([...statuses], [nfsstat3.NFS3_OK], 'every WRITE of the transfer succeeded');
  const commit = await a.nfs('NFSPROC3_COMMIT', { file, offset: 0n, count: 0 });
  t.equal(commit.status, nfsstat3.NFS3_OK);
  const onDisk = createHash('sha256').update(readFileSync(join(base, 'a', 'upper', 'big.bin'))).digest('hex');
  t.equal(onDisk, expected.digest('hex'), 'the transferred file is complete');
});

t.test('reload: exports added to and removed from the file', async (t) => {
  const base = tempBase(t, 'reload');
  const h = await startConfigured(t, base, `exports:\n${exportYaml(base, '/a')}`);
  const c = await h.connect('127.0.0.1');
  const aRoot = await c.rootHandle('/a');
  const header = readFileSync(h.file, 'utf8').split('exports:')[0] as string;
  writeFileSync(h.file, `${header}exports:\n${exportYaml(base, '/a')}${exportYaml(base, '/c')}`);
  await h.service.reload();
  const cRoot = await c.rootHandle('/c');
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: cRoot })).status, nfsstat3.NFS3_OK, 'the added export serves');
  writeFileSync(h.file, `${header}exports:\n${exportYaml(base, '/c')}`);
  await h.service.reload();
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: aRoot })).status, nfsstat3.NFS3ERR_STALE, 'the removed export is stale');
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: cRoot })).status, nfsstat3.NFS3_OK, 'the other keeps serving');
  writeFileSync(h.file, `${header}exports:\n  - path: /c\n    lower: /nonexistent\n`);
  await h.service.reload();
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: cRoot })).status, nfsstat3.NFS3_OK, 'a broken file changes nothing');
});

t.test('reload: changed options apply in place to open exports (same handles, new squash and client list)', async (t) => {
  const base = tempBase(t, 'reload-options');
  chmodSync(dir(base, 'a', 'upper'), 0o777);
  const h = await startConfigured(t, base, `exports:\n${exportYaml(base, '/a')}`);
  const c = await h.connect('127.0.0.1');
  const root = await c.rootHandle('/a');
  const ownerOf = async (name: string): Promise<number> => {
    const fh = await create(c, root, name);
    const attr = await c.nfs('NFSPROC3_GETATTR', { object: fh });
    return attr.status === nfsstat3.NFS3_OK ? attr.resok.obj_attributes.uid : -1;
  };
  t.equal(await ownerOf('before'), 0, 'squash: none');
  const header = readFileSync(h.file, 'utf8').split('exports:')[0] as string;
  writeFileSync(h.file, `${header}exports:\n${exportYaml(base, '/a').replace('squash: none', 'squash: all\n    anonuid: 4242')}`);
  await h.service.reload();
  t.equal(await ownerOf('after'), 4242, 'the running export squashes now, with the same handle');
  writeFileSync(h.file, `${header}exports:\n${exportYaml(base, '/a')}    clients: [127.0.0.2]\n`);
  await h.service.reload();
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: root })).status, nfsstat3.NFS3ERR_ACCES, 'the new client list holds at once');
  const other = await h.connect('127.0.0.2');
  t.equal((await other.nfs('NFSPROC3_GETATTR', { object: root })).status, nfsstat3.NFS3_OK);
});

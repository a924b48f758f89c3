// The benchmark's failure, over loopback: a server run with --cpu-prof answered every
// READDIRPLUS of a 10,000-entry directory with eof and no entries, 32 listings at once from the
// start. The profiler's SIGPROF made getdents64 return a batch holding only '.' and '..', taken
// for the end of the directory, and the listing cache kept that. Whether a signal lands in that
// window is chance, so the directory is changed and listed again many times; the assertions
// hold whatever the timing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { createmode3, nfsstat3, time_how, type nfs_fh3, type sattr3 } from '../../src/generated/nfs3.js';
import { profilerSignals } from '../overlay/profiler-signals.js';
import type { NfsClient } from './helpers/nfs-client.js';
import { startTestServer } from './helpers/server.js';

const ENTRIES = 10000;
const CONCURRENT = 32;
const CHANGES = 20;
const ZERO = Buffer.alloc(8);
const noChange: sattr3 = {
  mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false },
  atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE },
};

interface Page { entries: { name: string; cookie: bigint }[]; eof: boolean; cookieverf: Buffer }

async function page(c: NfsClient, dir: nfs_fh3, plus: boolean, cookie: bigint, cookieverf: Buffer): Promise<Page> {
  const r = plus
    ? await c.nfs('NFSPROC3_READDIRPLUS', { dir, cookie, cookieverf, dircount: 8192, maxcount: 65536 })
    : await c.nfs('NFSPROC3_READDIR', { dir, cookie, cookieverf, count: 65536 });
  if (r.status !== nfsstat3.NFS3_OK) throw new Error(`${plus ? 'READDIRPLUS' : 'READDIR'}: ${nfsstat3[r.status]}`);
  return { entries: r.resok.reply.entries, eof: r.resok.reply.eof, cookieverf: Buffer.from(r.resok.cookieverf) };
}

/** Entries of a whole listing without '.' and '..' (what nfsbench counts). */
async function count(c: NfsClient, dir: nfs_fh3, plus: boolean): Promise<number> {
  let n = 0;
  let cookie = 0n;
  let cookieverf: Buffer = ZERO;
  for (;;) {
    const p = await page(c, dir, plus, cookie, cookieverf);
    for (const e of p.entries) if (e.name !== '.' && e.name !== '..') n++;
    if (p.eof) return n;
    const last = p.entries.at(-1);
    if (last === undefined) throw new Error('no entries and no eof');
    cookie = last.cookie;
    cookieverf = p.cookieverf;
  }
}

t.test('listings of a big directory are complete from the start while signals arrive', async (t) => {
  const s = await startTestServer(t);
  const big = join(s.layers.lower, 'dir10k');
  mkdirSync(big);
  for (let i = 0; i < ENTRIES; i++) writeFileSync(join(big, `f${String(i).padStart(5, '0')}`), '');
  t.teardown(await profilerSignals());
  const c = s.root;
  const dir = await c.walk(await c.rootHandle(), 'dir10k');

  const first = await Promise.all(Array.from({ length: CONCURRENT }, () => count(c, dir, true)));
  t.equal(first.length, CONCURRENT);
  t.same(first.filter((n) => n !== ENTRIES), [], 'every first READDIRPLUS listing holds every entry');

  // Each CREATE changes the directory, so the next listing reads both layers afresh.
  const wrong: string[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const created = await c.nfs('NFSPROC3_CREATE', {
      where: { dir, name: `new${i}` }, how: { mode: createmode3.UNCHECKED, obj_attributes: noChange },
    });
    if (created.status !== nfsstat3.NFS3_OK) throw new Error(`CREATE: ${nfsstat3[created.status]}`);
    const expected = ENTRIES + i + 1;
    const got = await count(c, dir, i % 4 === 3);
    if (got !== expected) wrong.push(`after ${i + 1} creates: ${got} entries, expected ${expected}`);
  }
  t.same(wrong, [], 'every listing after a change holds every entry');
});

// READDIR and READDIRPLUS: paging by dircount/maxcount, cookies across changes, attributes
// and handles of READDIRPLUS entries, and their errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { nfsstat3, type nfs_fh3 } from '../../src/generated/nfs3.js';
import type { NfsClient } from './helpers/nfs-client.js';
import { USER } from './helpers/nfs-client.js';
import { startTestServer } from './helpers/server.js';

const ZERO = Buffer.alloc(8);

async function listAll(c: NfsClient, dir: nfs_fh3, count: number, between?: (page: number) => Promise<void>): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  let cookie = 0n;
  let cookieverf: Buffer = ZERO;
  for (let page = 0; ; page++) {
    const r = await c.nfs('NFSPROC3_READDIR', { dir, cookie, cookieverf, count });
    if (r.status !== nfsstat3.NFS3_OK) throw new Error(`READDIR: ${nfsstat3[r.status]}`);
    for (const e of r.resok.reply.entries) names.push(e.name);
    if (r.resok.reply.eof) return { names, pages: page + 1 };
    const last = r.resok.reply.entries.at(-1);
    if (last === undefined) throw new Error('no entries and no eof');
    cookie = last.cookie;
    cookieverf = r.resok.cookieverf;
    await between?.(page);
  }
}

t.test('READDIR pages through a big merged directory exactly once', async (t) => {
  const s = await startTestServer(t);
  const big = join(s.layers.lower, 'big');
  mkdirSync(big);
  for (let i = 0; i < 300; i++) writeFileSync(join(big, `file-${String(i).padStart(3, '0')}`), '');
  const c = s.root;
  const root = await c.rootHandle();
  const dir = await c.walk(root, 'big');
  const { names, pages } = await listAll(c, dir, 1024);
  t.ok(pages > 5, `several pages (${pages})`);
  t.equal(names.length, 302);
  t.same(names.slice(0, 2), ['.', '..']);
  t.equal(new Set(names).size, names.length, 'no duplicates');

  // entries created and removed while paging: survivors exactly once, no BAD_COOKIE
  let n = 0;
  const churn = await listAll(c, dir, 1024, async () => {
    await c.nfs('NFSPROC3_REMOVE', { object: { dir, name: `file-${String(299 - n).padStart(3, '0')}` } });
    await c.nfs('NFSPROC3_MKDIR', { where: { dir, name: `new-${n++}` }, attributes: { mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false }, atime: { set_it: 0 }, mtime: { set_it: 0 } } });
  });
  t.equal(new Set(churn.names).size, churn.names.length, 'no duplicates under churn');
  const survivors = Array.from({ length: 300 - n }, (_, i) => `file-${String(i).padStart(3, '0')}`);
  t.ok(survivors.every((name) => churn.names.includes(name)), 'every surviving entry listed');
});

t.test('READDIR errors and limits', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const first = await c.nfs('NFSPROC3_READDIR', { dir: root, cookie: 0n, cookieverf: ZERO, count: 4096 });
  if (first.status !== nfsstat3.NFS3_OK) return t.fail('READDIR');
  t.same(first.resok.reply.entries.map((e) => e.name).sort(), ['.', '..', 'dir', 'empty', 'hello.txt', 'link']);
  t.equal(first.resok.reply.eof, true);
  t.equal(first.resok.dir_attributes.attributes_follow, true);
  for (const e of first.resok.reply.entries) {
    if (e.name === '.' || e.name === '..') { t.equal(e.fileid, s.nfs.overlay.rootId, `${e.name} of the root`); continue; }
    const fh = await c.walk(root, e.name);
    const ga = await c.nfs('NFSPROC3_GETATTR', { object: fh });
    t.equal(ga.status === nfsstat3.NFS3_OK && ga.resok.obj_attributes.fileid, e.fileid, `fileid of ${e.name} equals GETATTR's`);
  }
  const again = await c.nfs('NFSPROC3_READDIR', { dir: root, cookie: 2n, cookieverf: first.resok.cookieverf, count: 4096 });
  t.equal(again.status === nfsstat3.NFS3_OK && again.resok.reply.entries.length, 4, 'after ..');
  const bogus = await c.nfs('NFSPROC3_READDIR', { dir: root, cookie: 2n, cookieverf: Buffer.from('bogus!!!'), count: 4096 });
  t.equal(bogus.status, nfsstat3.NFS3ERR_BAD_COOKIE);
  const tiny = await c.nfs('NFSPROC3_READDIR', { dir: root, cookie: 0n, cookieverf: ZERO, count: 100 });
  t.equal(tiny.status, nfsstat3.NFS3ERR_TOOSMALL);
  const hello = await c.walk(root, 'hello.txt');
  t.equal((await c.nfs('NFSPROC3_READDIR', { dir: hello, cookie: 0n, cookieverf: ZERO, count: 4096 })).status, nfsstat3.NFS3ERR_NOTDIR);
  t.equal((await c.nfs('NFSPROC3_READDIRPLUS', { dir: hello, cookie: 0n, cookieverf: ZERO, dircount: 4096, maxcount: 4096 })).status, nfsstat3.NFS3ERR_NOTDIR);

  // a directory the caller may not read
  await c.nfs('NFSPROC3_SETATTR', { object: await c.walk(root, 'empty'), new_attributes: { mode: { set_it: true, mode: 0o700 }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false }, atime: { set_it: 0 }, mtime: { set_it: 0 } }, guard: { check: false } });
  const user = await s.connect(USER);
  const empty = await c.walk(root, 'empty');
  t.equal((await user.nfs('NFSPROC3_READDIR', { dir: empty, cookie: 0n, cookieverf: ZERO, count: 4096 })).status, nfsstat3.NFS3ERR_ACCES);
  t.equal((await user.nfs('NFSPROC3_READDIRPLUS', { dir: empty, cookie: 0n, cookieverf: ZERO, dircount: 4096, maxcount: 4096 })).status, nfsstat3.NFS3ERR_ACCES);
  t.equal((await user.nfs('NFSPROC3_LOOKUP', { what: { dir: empty, name: 'x' } })).status, nfsstat3.NFS3ERR_ACCES, 'no search permission');
});

t.test('READDIRPLUS carries attributes and usable handles', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const dir = await c.walk(root, 'dir');
  const r = await c.nfs('NFSPROC3_READDIRPLUS', { dir, cookie: 0n, cookieverf: ZERO, dircount: 8192, maxcount: 32768 });
  if (r.status !== nfsstat3.NFS3_OK) return t.fail(`READDIRPLUS ${nfsstat3[r.status]}`);
  t.same(r.resok.reply.entries.map((e) => e.name).sort(), ['.', '..', 'a.txt', 'sub']);
  for (const e of r.resok.reply.entries) {
    if (!e.name_attributes.attributes_follow || !e.name_handle.handle_follows) { t.fail(`${e.name} without attributes or handle`); continue; }
    t.equal(e.name_attributes.attributes.fileid, e.fileid);
    const ga = await c.nfs('NFSPROC3_GETATTR', { object: e.name_handle.handle });
    t.equal(ga.status === nfsstat3.NFS3_OK && ga.resok.obj_attributes.fileid, e.fileid, `handle of ${e.name} resolves to its fileid`);
  }
  const dotdot = r.resok.reply.entries.find((e) => e.name === '..');
  t.equal(dotdot?.fileid, s.nfs.overlay.rootId);

  // maxcount bounds the page: one entry at a time still gets everything
  const names: string[] = [];
  let cookie = 0n;
  for (let i = 0; i < 10; i++) {
    const p = await c.nfs('NFSPROC3_READDIRPLUS', { dir, cookie, cookieverf: ZERO, dircount: 8192, maxcount: 360 });
    if (p.status !== nfsstat3.NFS3_OK) return t.fail(`page ${nfsstat3[p.status]}`);
    t.ok(p.resok.reply.entries.length <= 1, 'one entry fits');
    names.push(...p.resok.reply.entries.map((e) => e.name));
    if (p.resok.reply.eof) break;
    cookie = p.resok.reply.entries.at(-1)?.cookie ?? 0n;
  }
  t.same(names.sort(), ['.', '..', 'a.txt', 'sub']);
  t.equal((await c.nfs('NFSPROC3_READDIRPLUS', { dir, cookie: 0n, cookieverf: ZERO, dircount: 8192, maxcount: 150 })).status, nfsstat3.NFS3ERR_TOOSMALL);
});

t.test('READDIRPLUS shows every change made through the server at once, despite kept entry attributes', async (t) => {
  const s = await startTestServer(t);
  const c = s.root;
  const root = await c.rootHandle();
  const dir = await c.walk(root, 'dir');
  const entries = async (): Promise<Map<string, { size: bigint; mode: number; fileid: bigint }>> => {
    const r = await c.nfs('NFSPROC3_READDIRPLUS', { dir, cookie: 0n, cookieverf: ZERO, dircount: 8192, maxcount: 32768 });
    if (r.status !== nfsstat3.NFS3_OK) throw new Error(`READDIRPLUS ${nfsstat3[r.status]}`);
    const m = new Map<string, { size: bigint; mode: number; fileid: bigint }>();
    for (const e of r.resok.reply.entries) {
      if (e.name_attributes.attributes_follow) m.set(e.name, { size: e.name_attributes.attributes.size, mode: e.name_attributes.attributes.mode, fileid: e.fileid });
    }
    return m;
  };
  const first = await entries();
  const a = first.get('a.txt');
  if (a === undefined) return t.fail('a.txt listed');
  t.same(await entries(), first, 'a second listing right away is the same');
  const file = await c.walk(dir, 'a.txt');

  const w = await c.nfs('NFSPROC3_WRITE', { file, offset: a.size, count: 5, stable: 2, data: Buffer.from('12345') });
  t.equal(w.status, nfsstat3.NFS3_OK);
  t.equal((await entries()).get('a.txt')?.size, a.size + 5n, 'size after WRITE');

  const sa = await c.nfs('NFSPROC3_SETATTR', { object: file, new_attributes: { mode: { set_it: true, mode: 0o600 }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false }, atime: { set_it: 0 }, mtime: { set_it: 0 } }, guard: { check: false } });
  t.equal(sa.status, nfsstat3.NFS3_OK);
  t.equal((await entries()).get('a.txt')?.mode, 0o600, 'mode after SETATTR');

  t.equal((await c.nfs('NFSPROC3_RENAME', { from: { dir, name: 'a.txt' }, to: { dir, name: 'b.txt' } })).status, nfsstat3.NFS3_OK);
  const renamed = await entries();
  t.notOk(renamed.has('a.txt'), 'old name gone after RENAME');
  t.equal(renamed.get('b.txt')?.fileid, a.fileid, 'new name, same fileid');

  t.equal((await c.nfs('NFSPROC3_REMOVE', { object: { dir, name: 'b.txt' } })).status, nfsstat3.NFS3_OK);
  t.notOk((await entries()).has('b.txt'), 'gone after REMOVE');
});

// Issue 5, access control enforced everywhere: client lists on MNT and on every NFS
// procedure (also with a handle obtained by an allowed client and replayed from a denied
// address), read-only exports and read-only clients, secure ports (AUTH_TOOWEAK), squashing
// observed in the ownership of created files, EXPORT per caller, XDEV across exports, and
// the NLM side of the same policy. Clients call from 127.0.0.2 / 127.0.0.3.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { mountstat3 } from '../../src/generated/mount3.js';
import { ACCESS3_DELETE, ACCESS3_EXTEND, ACCESS3_MODIFY, ACCESS3_READ, createmode3, nfsstat3, time_how, type nfs_fh3 } from '../../src/generated/nfs3.js';
import { nlm4_stats } from '../../src/generated/nlm4.js';
import { auth_stat } from '../../src/generated/rpc.js';
import { BoundClient, ROOT, USER } from './bound-client.js';
import { dir, startConfigured, tempBase, type Harness } from './harness.js';
import { everyProcedure } from './procedures.js';

const A = '127.0.0.2';
const B = '127.0.0.3';

function exportYaml(base: string, path: string, settings: string): string {
  const name = path.slice(1);
  chmodSync(dir(base, name, 'upper'), 0o777); // the merged root takes the upper root's mode
  return `  - path: ${path}\n    lower: ${join(base, 'lower')}\n    upper: ${dir(base, name, 'upper')}\n    work: ${dir(base, name, 'work')}\n${settings}`;
}

async function start(t: { teardown(fn: () => void | Promise<void>): void }): Promise<Harness> {
  const base = tempBase(t, 'access');
  const lower = dir(base, 'lower');
  chmodSync(lower, 0o777); // squashed callers may create in the root
  writeFileSync(join(lower, 'hello.txt'), 'hello\n');
  mkdirSync(join(lower, 'sub'));
  const yaml = [
    'exports:',
    exportYaml(base, '/open', `    clients: [${A}]\n    squash: none\n`),
    exportYaml(base, '/ro', `    clients: [${A}]\n    readonly: true\n`),
    exportYaml(base, '/mixed', `    clients: [${A}, { address: ${B}, readonly: true }]\n    squash: none\n`),
    exportYaml(base, '/sec', `    clients: [127.0.0.0/8]\n    secure: true\n`),
    exportYaml(base, '/rootsq', `    clients: [127.0.0.0/8]\n`),
    exportYaml(base, '/allsq', `    clients: [127.0.0.0/8]\n    squash: all\n    anonuid: 4242\n    anongid: 4343\n`),
    exportYaml(base, '/nolocks', `    clients: [127.0.0.0/8]\n    locks: off\n`),
  ].join('\n');
  return startConfigured(t, base, yaml);
}

async function handles(c: BoundClient, path: string): Promise<{ root: nfs_fh3; file: nfs_fh3 }> {
  const root = await c.rootHandle(path);
  return { root, file: await c.lookup(root, 'hello.txt') };
}

/** A connection from a privileged source port (we run as root); tries ports until one is free. */
async function privileged(h: Harness, from: string): Promise<BoundClient> {
  for (let port = 1023; port > 600; port--) {
    try {
      return await h.connect(from, { localPort: port });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    }
  }
  throw new Error('no free privileged port');
}

t.test('the client list holds on MNT and on every NFS procedure, also for a replayed handle', async (t) => {
  const h = await start(t);
  const allowed = await h.connect(A);
  const denied = await h.connect(B);
  const { root, file } = await handles(allowed, '/open');
  t.equal((await allowed.nfs('NFSPROC3_GETATTR', { object: file })).status, nfsstat3.NFS3_OK, 'the allowed client works');
  t.equal((await denied.mount('MOUNTPROC3_MNT', '/open')).fhs_status, mountstat3.MNT3ERR_ACCES, 'MNT from a denied address');
  t.equal((await denied.mount('MOUNTPROC3_MNT', '/open/sub')).fhs_status, mountstat3.MNT3ERR_ACCES, 'MNT of a subdirectory too');
  for (const p of everyProcedure(root, file)) {
    t.equal(await p.run(denied), nfsstat3.NFS3ERR_ACCES, `${p.name} with a replayed handle`);
  }
  t.equal((await allowed.nfs('NFSPROC3_READ', { file, offset: 0n, count: 10 })).status, nfsstat3.NFS3_OK, 'nothing changed for the allowed client');
});

t.test('read-only exports and read-only clients get ROFS on every modifying procedure', async (t) => {
  const h = await start(t);
  const a = await h.connect(A);
  const ro = await handles(a, '/ro');
  for (const p of everyProcedure(ro.root, ro.file)) {
    const status = await p.run(a);
    if (p.modifying) t.equal(status, nfsstat3.NFS3ERR_ROFS, `${p.name} on a read-only export`);
    else t.not(status, nfsstat3.NFS3ERR_ROFS, `${p.name} is not refused`);
  }
  const access = await a.nfs('NFSPROC3_ACCESS', { object: ro.file, access: 0x3f });
  t.equal(access.status === nfsstat3.NFS3_OK && access.resok.access & (ACCESS3_MODIFY | ACCESS3_EXTEND | ACCESS3_DELETE), 0, 'ACCESS grants no change');

  const b = await h.connect(B);
  const mixedB = await handles(b, '/mixed');
  for (const p of everyProcedure(mixedB.root, mixedB.file).filter((x) => x.modifying)) {
    t.equal(await p.run(b), nfsstat3.NFS3ERR_ROFS, `${p.name} from the read-only client`);
  }
  const accessB = await b.nfs('NFSPROC3_ACCESS', { object: mixedB.file, access: ACCESS3_READ | ACCESS3_MODIFY });
  t.equal(accessB.status === nfsstat3.NFS3_OK && accessB.resok.access, ACCESS3_READ, 'read only');
  const mixedA = await handles(a, '/mixed');
  const write = await a.nfs('NFSPROC3_WRITE', { file: mixedA.file, offset: 0n, count: 1, stable: 2, data: Buffer.from('H') });
  t.equal(write.status, nfsstat3.NFS3_OK, 'the read-write client of the same export writes');
});

t.test('secure: AUTH_TOOWEAK from an unprivileged port, success from a port below 1024', async (t) => {
  const h = await start(t);
  const unprivileged = await h.connect(A);
  t.ok(unprivileged.localPort >= 1024);
  t.same(await unprivileged.mountRaw('MOUNTPROC3_MNT', '/sec'), { denied: auth_stat.AUTH_TOOWEAK }, 'MNT');
  const low = await privileged(h, A);
  t.ok(low.localPort < 1024);
  const { root, file } = await handles(low, '/sec');
  t.equal((await low.nfs('NFSPROC3_GETATTR', { object: file })).status, nfsstat3.NFS3_OK);
  for (const p of everyProcedure(root, file)) {
    t.equal(await p.run(unprivileged), `AUTH:${auth_stat.AUTH_TOOWEAK}`, `${p.name} from an unprivileged port`);
  }
  const exported = (await unprivileged.mount('MOUNTPROC3_EXPORT', undefined)).map((e) => e.ex_dir);
  t.notOk(exported.includes('/sec'), 'EXPORT leaves out what the port may not mount');
  t.ok((await low.mount('MOUNTPROC3_EXPORT', undefined)).some((e) => e.ex_dir === '/sec'));
});

t.test('squash: root, all and none, seen in the owner of created files', async (t) => {
  const h = await start(t);
  const owner = async (path: string, cred: typeof ROOT, name: string): Promise<[number, number]> => {
    const c = await h.connect(A, { cred });
    const root = await c.rootHandle(path);
    const created = await c.nfs('NFSPROC3_CREATE', {
      where: { dir: root, name },
      how: { mode: createmode3.GUARDED, obj_attributes: { mode: { set_it: true, mode: 0o644 }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false }, atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE } } },
    });
    if (created.status !== nfsstat3.NFS3_OK || !created.resok.obj_attributes.attributes_follow) throw new Error(`CREATE ${path}/${name}: ${nfsstat3[created.status]}`);
    return [created.resok.obj_attributes.attributes.uid, created.resok.obj_attributes.attributes.gid];
  };
  t.same(await owner('/rootsq', ROOT, 'by-root'), [65534, 65534], 'root squashed by default');
  t.same(await owner('/rootsq', USER, 'by-user'), [1000, 1000], 'others pass through');
  t.same(await owner('/allsq', USER, 'by-user'), [4242, 4343], 'all squashed to anonuid/anongid');
  t.same(await owner('/open', ROOT, 'by-root'), [0, 0], 'squash: none');
});

t.test('EXPORT lists what the caller may mount; handles across exports give XDEV; bad handles', async (t) => {
  const h = await start(t);
  const a = await h.connect(A);
  const b = await h.connect(B);
  t.same((await b.mount('MOUNTPROC3_EXPORT', undefined)).map((e) => e.ex_dir), ['/allsq', '/mixed', '/nolocks', '/rootsq']);
  t.same(
    (await a.mount('MOUNTPROC3_EXPORT', undefined)).find((e) => e.ex_dir === '/open'),
    { ex_dir: '/open', ex_groups: [{ gr_name: A }] },
    'the group is the entry that admits the caller',
  );
  const open = await handles(a, '/open');
  const other = await handles(a, '/rootsq');
  const rename = await a.nfs('NFSPROC3_RENAME', { from: { dir: open.root, name: 'hello.txt' }, to: { dir: other.root, name: 'moved.txt' } });
  t.equal(rename.status, nfsstat3.NFS3ERR_XDEV, 'RENAME across exports');
  const link = await a.nfs('NFSPROC3_LINK', { file: open.file, link: { dir: other.root, name: 'linked.txt' } });
  t.equal(link.status, nfsstat3.NFS3ERR_XDEV, 'LINK across exports');
  t.equal((await a.nfs('NFSPROC3_GETATTR', { object: { data: Buffer.from('garbage') } })).status, nfsstat3.NFS3ERR_BADHANDLE);
  const unknown = Buffer.from(open.file.data);
  unknown.writeUInt32BE(99999, 4);
  t.equal((await a.nfs('NFSPROC3_GETATTR', { object: { data: unknown } })).status, nfsstat3.NFS3ERR_STALE, 'no export with that id');
});

t.test('NLM follows the same policy: locks off → DENIED_NOLOCKS, denied client → FAILED', async (t) => {
  const h = await start(t);
  const a = await h.connect(A);
  const b = await h.connect(B);
  const test = async (c: BoundClient, fh: nfs_fh3): Promise<nlm4_stats> => {
    const res = await c.nlm('NLMPROC4_TEST', {
      cookie: Buffer.from('c'),
      exclusive: true,
      alock: { caller_name: 'client', fh: fh.data, oh: Buffer.from('owner'), svid: 1, l_offset: 0n, l_len: 0n },
    });
    return res.stat.stat;
  };
  const nolocks = await handles(a, '/nolocks');
  t.equal(await test(a, nolocks.file), nlm4_stats.NLM4_DENIED_NOLOCKS);
  const open = await handles(a, '/open');
  t.equal(await test(a, open.file), nlm4_stats.NLM4_GRANTED, 'an allowed client may test');
  t.equal(await test(b, open.file), nlm4_stats.NLM4_FAILED, 'a denied address may not, even with a valid handle');
});

t.test('IPv6: listening on ::1 too; an IPv6 client list admits ::1 and refuses IPv4 loopback', async (t) => {
  const base = tempBase(t, 'access6');
  const lower = dir(base, 'lower');
  writeFileSync(join(lower, 'hello.txt'), 'hello\n');
  const h = await startConfigured(t, base, ['exports:', exportYaml(base, '/six', "    clients: ['::1']\n")].join('\n'), "[127.0.0.1, '::1']");
  t.same(h.service.server.hosts, ['127.0.0.1', '::1']);
  const v6 = await h.connect('::1', { host: '::1' });
  const { file } = await handles(v6, '/six');
  t.equal((await v6.nfs('NFSPROC3_GETATTR', { object: file })).status, nfsstat3.NFS3_OK);
  const v4 = await h.connect('127.0.0.1');
  t.equal((await v4.mount('MOUNTPROC3_MNT', '/six')).fhs_status, mountstat3.MNT3ERR_ACCES);
  t.equal((await v4.nfs('NFSPROC3_GETATTR', { object: file })).status, nfsstat3.NFS3ERR_ACCES);
});

// Handles survive SIGKILL and a restart on the same directories: without a new LOOKUP, old
// handles of a deep directory, a file under a renamed ancestor and a copied-up file resolve
// to the same fileids and contents. The write verifier changes with the restart.
import t from 'tap';
import { nfsstat3, stable_how, type nfs_fh3 } from '../../src/generated/nfs3.js';
import { startChildServer, type ChildServer } from './helpers/child-server.js';
import { makeLayers } from './helpers/layers.js';
import { NfsClient, ROOT } from './helpers/nfs-client.js';

async function fileid(c: NfsClient, fh: nfs_fh3): Promise<bigint | string> {
  const r = await c.nfs('NFSPROC3_GETATTR', { object: fh });
  return r.status === nfsstat3.NFS3_OK ? r.resok.obj_attributes.fileid : nfsstat3[r.status];
}

async function content(c: NfsClient, fh: nfs_fh3): Promise<string> {
  const r = await c.nfs('NFSPROC3_READ', { file: fh, offset: 0n, count: 4096 });
  return r.status === nfsstat3.NFS3_OK ? r.resok.data.toString() : nfsstat3[r.status];
}

t.test('handles survive kill -9, an ancestor rename and a copy-up', async (t) => {
  const layers = makeLayers(t);
  const servers: ChildServer[] = [];
  const clients: NfsClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    for (const s of servers) { s.child.kill('SIGKILL'); await s.exited; }
  });
  const start = async (): Promise<NfsClient> => {
    const s = await startChildServer(layers.base);
    servers.push(s);
    const c = await NfsClient.connect(s.port, ROOT);
    clients.push(c);
    return c;
  };

  let c = await start();
  const root = await c.rootHandle();
  const sub = await c.walk(root, 'dir/sub');
  const deep = await c.walk(root, 'dir/sub/deep.txt');
  const hello = await c.walk(root, 'hello.txt');
  const ids = { root: await fileid(c, root), sub: await fileid(c, sub), deep: await fileid(c, deep), hello: await fileid(c, hello) };
  const w1 = await c.nfs('NFSPROC3_WRITE', { file: hello, offset: 12n, count: 4, stable: stable_how.FILE_SYNC, data: Buffer.from('more') });
  t.equal(w1.status, nfsstat3.NFS3_OK, 'copy-up by a write');
  const mv = await c.nfs('NFSPROC3_RENAME', { from: { dir: root, name: 'dir' }, to: { dir: root, name: 'renamed' } });
  t.equal(mv.status, nfsstat3.NFS3_OK, 'ancestor renamed');
  t.equal(await content(c, deep), 'deep\n');

  const first = servers[0];
  first?.child.kill('SIGKILL');
  await first?.exited;
  c = await start();

  t.same(await c.rootHandle(), root, 'same root handle');
  t.equal(await fileid(c, root), ids.root);
  t.equal(await fileid(c, sub), ids.sub, 'deep directory');
  t.equal(await fileid(c, deep), ids.deep, 'file under the renamed ancestor');
  t.equal(await content(c, deep), 'deep\n');
  t.equal(await fileid(c, hello), ids.hello, 'copied-up file keeps its fileid');
  t.equal(await content(c, hello), 'hello world\nmore');
  const list = await c.nfs('NFSPROC3_READDIR', { dir: sub, cookie: 0n, cookieverf: Buffer.alloc(8), count: 4096 });
  t.same(list.status === nfsstat3.NFS3_OK && list.resok.reply.entries.map((e) => e.name).sort(), ['.', '..', 'deep.txt']);
  const w2 = await c.nfs('NFSPROC3_WRITE', { file: deep, offset: 0n, count: 1, stable: stable_how.UNSTABLE, data: Buffer.from('D') });
  t.equal(w2.status, nfsstat3.NFS3_OK, 'copy-up after the restart');
  t.equal(await fileid(c, deep), ids.deep);
  t.notSame(w2.status === nfsstat3.NFS3_OK && w2.resok.verf, w1.status === nfsstat3.NFS3_OK && w1.resok.verf, 'new write verifier');
});

// `ovlnfs serve -o ... --export /ovl`: the CLI serves the export, a lowers-only export is
// read-only, and SIGTERM stops the process cleanly with the handle store closed.
import { join } from 'node:path';
import t from 'tap';
import { nfsstat3 } from '../../src/generated/nfs3.js';
import { HandleTable } from '../../src/handles/index.js';
import { startServe } from '../cli/serve-process.js';
import { makeLayers } from './helpers/layers.js';
import { NfsClient, ROOT } from './helpers/nfs-client.js';

t.test('serve an overlay, then SIGTERM', async (t) => {
  const l = makeLayers(t);
  const serve = await startServe(['-o', `lowerdir=${l.lower},upperdir=${l.upper},workdir=${l.work}`, '--export', '/ovl', '--listen', '127.0.0.1:0', '--portmapper', 'off']);
  t.teardown(() => { serve.child.kill('SIGKILL'); });
  const c = await NfsClient.connect(serve.port, ROOT);
  const root = await c.rootHandle();
  const hello = await c.walk(root, 'hello.txt');
  const read = await c.nfs('NFSPROC3_READ', { file: hello, offset: 0n, count: 100 });
  t.equal(read.status === nfsstat3.NFS3_OK && read.resok.data.toString(), 'hello world\n');
  c.close();
  serve.child.kill('SIGTERM');
  t.same(await serve.exited, { code: 0, signal: null }, 'clean exit');
  const reopened = HandleTable.open({ stateDir: join(l.work, 'ovlnfs'), exportId: 1, rootId: 0n });
  reopened.close();
  t.pass('the handle store was closed');
});

t.test('a lowers-only export is read-only', async (t) => {
  const l = makeLayers(t);
  const serve = await startServe(['-o', `lowerdir=${l.lower}`, '--listen', '127.0.0.1:0', '--portmapper', 'off']);
  t.teardown(() => { serve.child.kill('SIGKILL'); });
  const c = await NfsClient.connect(serve.port, ROOT);
  t.teardown(() => c.close());
  const root = await c.rootHandle();
  const hello = await c.walk(root, 'hello.txt');
  const w = await c.nfs('NFSPROC3_WRITE', { file: hello, offset: 0n, count: 1, stable: 2, data: Buffer.from('x') });
  t.equal(w.status, nfsstat3.NFS3ERR_ROFS);
});

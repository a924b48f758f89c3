// The libnfs command-line tools (Debian libnfs-utils) against the server, with explicit ports.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { startTestServer } from './helpers/server.js';

// Asynchronous on purpose: the server runs in this process and must keep answering.
const run = promisify(execFile);

t.test('nfs-ls, nfs-cat, nfs-cp both directions', async (t) => {
  const s = await startTestServer(t);
  const url = (path: string): string => `nfs://127.0.0.1/ovl${path}?nfsport=${s.port}&mountport=${s.port}`;

  const ls = await run('nfs-ls', [url('/')], { timeout: 30000 });
  const names = ls.stdout.split('\n').filter((l) => l !== '').map((l) => l.split(/\s+/).at(-1));
  for (const name of ['hello.txt', 'dir', 'empty']) t.ok(names.includes(name), `nfs-ls lists ${name}`);

  const cat = await run('nfs-cat', [url('/dir/sub/deep.txt')], { timeout: 30000 });
  t.equal(cat.stdout, 'deep\n', 'nfs-cat');

  const local = join(s.layers.base, 'local.bin');
  const payload = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < payload.length; i++) payload[i] = (i * 7919) & 0xff;
  writeFileSync(local, payload);
  await run('nfs-cp', [local, url('/dir/uploaded.bin')], { timeout: 60000 });
  t.ok(readFileSync(join(s.layers.upper, 'dir/uploaded.bin')).equals(payload), 'nfs-cp local → server lands in the upper');

  const back = join(s.layers.base, 'back.bin');
  await run('nfs-cp', [url('/dir/uploaded.bin'), back], { timeout: 60000 });
  t.ok(readFileSync(back).equals(payload), 'nfs-cp server → local');
  const lowerBack = join(s.layers.base, 'hello.txt');
  await run('nfs-cp', [url('/hello.txt'), lowerBack], { timeout: 60000 });
  t.equal(readFileSync(lowerBack, 'utf8'), 'hello world\n', 'a lower file');
});

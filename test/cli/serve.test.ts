import t from 'tap';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RpcClient } from '../../src/rpc/client.js';
import { xdr_void } from '../../src/xdr/index.js';
import { parseListen } from '../../src/cli/serve.js';
import { RawConnection } from '../rpc/raw-client.js';
import { MAIN, startServe } from './serve-process.js';

const NFS_PROGRAM = 100003;
const MOUNT_PROGRAM = 100005;

t.test('--listen parses HOST:PORT and [IPv6]:PORT', async (t) => {
  t.same(parseListen('127.0.0.1:2049'), { host: '127.0.0.1', port: 2049 });
  t.same(parseListen('[::1]:0'), { host: '::1', port: 0 });
  t.throws(() => parseListen('127.0.0.1'));
  t.throws(() => parseListen('host:70000'));
});

t.test('a bad --listen value is refused', async (t) => {
  const failed = await promisify(execFile)(process.execPath, [MAIN, 'serve', '--listen', 'nope']).then(() => undefined, (err: { code: number; stderr: string }) => err);
  t.ok(failed && failed.code !== 0);
  t.match(failed?.stderr, /HOST:PORT/);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  t.test(`serve answers NFS and MOUNT NULL, then ${signal} stops it while a client stays connected`, async (t) => {
    const serve = await startServe(['--listen', '127.0.0.1:0', '--portmapper', 'off']);
    t.teardown(() => serve.child.kill('SIGKILL'));
    t.match(serve.readyLine, /^ovlnfs ready: listening on 127\.0\.0\.1:\d+ \(tcp, udp\), no portmapper$/);
    for (const transport of ['tcp', 'udp'] as const) {
      const client = await RpcClient.connect({ transport, host: '127.0.0.1', port: serve.port });
      if ('error' in client) throw new Error(client.error);
      t.ok((await client.call(NFS_PROGRAM, 3, 0, xdr_void, undefined, xdr_void)).ok, `NFS v3 NULL over ${transport}`);
      t.ok((await client.call(MOUNT_PROGRAM, 3, 0, xdr_void, undefined, xdr_void)).ok, `MOUNT v3 NULL over ${transport}`);
      client.close();
    }
    const idle = await RawConnection.connect(serve.port);
    t.teardown(() => idle.socket.destroy());
    serve.child.kill(signal);
    const { code } = await serve.exited;
    t.equal(code, 0, 'clean exit');
    await idle.closed;
    t.pass('the idle client was disconnected');
  });
}

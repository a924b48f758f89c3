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

t.test('--listen parses HOST, HOST:PORT, [IPv6]:PORT and a bare IPv6 address', async (t) => {
  t.same(parseListen('127.0.0.1:2049'), { host: '127.0.0.1', port: 2049 });
  t.same(parseListen('[::1]:0'), { host: '::1', port: 0 });
  t.same(parseListen('127.0.0.1'), { host: '127.0.0.1' });
  t.same(parseListen('::1'), { host: '::1' });
  t.throws(() => parseListen('host:70000'));
  t.throws(() => parseListen('[::1'));
});

t.test('a bad --listen value is refused with one line and exit code 2', async (t) => {
  const run = (value: string) => promisify(execFile)(process.execPath, [MAIN, 'serve', '--listen', value]).then(() => undefined, (err: { code: number; stderr: string }) => err);
  const badPort = await run('127.0.0.1:70000');
  t.equal(badPort?.code, 2);
  t.match(badPort?.stderr, /HOST:PORT/);
  t.equal(badPort?.stderr.trim().split('\n').length, 1);
  const badHost = await run('nope');
  t.equal(badHost?.code, 2);
  t.equal(badHost?.stderr.trim(), "ovlnfs serve: command line: listen[0]: 'nope' is not an IPv4/IPv6 address");
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

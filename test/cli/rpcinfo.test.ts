// The acceptance checks of issue 2 with the real rpcinfo, in a private network
// namespace (port 111 may be taken on the host), captured with tshark and dissected.
import t from 'tap';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNetns } from './netns.js';
import { startServe } from './serve-process.js';

function run(netns: string, command: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync('ip', ['netns', 'exec', netns, command, ...args], { encoding: 'utf8', timeout: 30000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

t.test('rpcinfo sees the portmapper, NFS v3 and MOUNT v3; tshark finds nothing malformed', async (t) => {
  const netns = createNetns(t, 'rpcinfo');
  const dir = mkdtempSync(join(tmpdir(), 'ovlnfs-rpcinfo-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const pcap = join(dir, 'rpc.pcapng');

  const tshark = spawn('ip', ['netns', 'exec', netns, 'tshark', '-i', 'lo', '-f', 'port 111 or port 2049', '-w', pcap], { stdio: ['ignore', 'ignore', 'pipe'] });
  const tsharkExit = new Promise((resolve) => tshark.once('exit', resolve));
  t.teardown(() => tshark.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    let err = '';
    tshark.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('Capturing on')) resolve();
    });
    tshark.once('exit', () => reject(new Error(`tshark failed: ${err}`)));
  });

  const serve = await startServe(['--listen', '127.0.0.1:2049', '--portmapper', 'on'], netns);
  t.teardown(() => serve.child.kill('SIGKILL'));
  t.match(serve.readyLine, /portmapper on port 111/);

  const listing = run(netns, 'rpcinfo', ['-p', '127.0.0.1']);
  t.equal(listing.status, 0, listing.out);
  const rows = new Set(listing.out.split('\n').slice(1).map((line) => line.trim().split(/\s+/).slice(0, 4).join(' ')));
  for (const proto of ['tcp', 'udp']) {
    for (const vers of [2, 3, 4]) t.ok(rows.has(`100000 ${vers} ${proto} 111`), `100000 v${vers} ${proto}`);
    t.ok(rows.has(`100003 3 ${proto} 2049`), `100003 v3 ${proto}`);
    t.ok(rows.has(`100005 3 ${proto} 2049`), `100005 v3 ${proto}`);
    t.ok(rows.has(`100021 4 ${proto} 2049`), `NLM 100021 v4 ${proto}`);
    t.ok(rows.has(`100024 1 ${proto} 2049`), `NSM 100024 v1 ${proto}`);
  }

  for (const transport of ['tcp', 'udp']) {
    for (const prog of ['100003', '100005']) {
      const ping = run(netns, 'rpcinfo', ['-T', transport, '127.0.0.1', prog, '3']);
      t.equal(ping.status, 0, ping.out);
      t.match(ping.out, `program ${prog} version 3 ready and waiting`);
    }
  }
  const mismatch = run(netns, 'rpcinfo', ['-T', 'tcp', '127.0.0.1', '100003', '4']);
  t.not(mismatch.status, 0);
  t.match(mismatch.out, /Program\/version mismatch; low version = 3, high version = 3/);

  serve.child.kill('SIGTERM');
  t.equal((await serve.exited).code, 0);
  // dumpcap hands packets to its file in batches; stopping it right after the last exchange can
  // lose the batch still in flight, so give it a moment before the stop.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  tshark.kill('SIGINT');
  await tsharkExit;

  const dissected = spawnSync('tshark', ['-r', pcap, '-V'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  t.equal(dissected.status, 0, dissected.stderr);
  t.match(dissected.stdout, /Remote Procedure Call/, 'RPC was dissected');
  t.notMatch(dissected.stdout, /Malformed/i);
  const expert = spawnSync('tshark', ['-r', pcap, '-q', '-z', 'expert,error'], { encoding: 'utf8' });
  t.notMatch(expert.stdout, /\bError\b/, expert.stdout);
});

/**
 * RPC NULL throughput (not a test): NFS v3 NULL calls through the RPC server and its
 * dispatcher, over ONE loopback TCP connection with 1, 8, 32 and 64 calls outstanding, and
 * over one UDP socket likewise. Each figure is the replies per second counted over a timed
 * window after a warm-up. The server runs in its own process (as `ovlnfs serve` would, so
 * client and server get a core each) and, for comparison, in this process.
 * Run: npm run build && node out/bench/rpc/null.js [seconds per figure, default 3]
 */
import { fork } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RecordReader, frameRecord } from '../../src/rpc/record-marking.js';
import { callRecord } from '../../test/rpc/helpers.js';
import { startNullServer } from './null-server.js';

const MEASURE_S = Number(process.argv[2] ?? 3);
const WARMUP_S = 1;
const DEPTHS = [1, 8, 32, 64];
const NFS_NULL = callRecord({ xid: 0, prog: 100003, vers: 3, proc: 0 });
/** xid, REPLY, MSG_ACCEPTED, AUTH_NONE verifier (flavor, length), SUCCESS. */
const NULL_REPLY_SIZE = 24;
const ACCEPT_STAT_OFFSET = 20;
/** After the window, how long UDP replies still in flight may take before a call counts as lost. */
const LATE_REPLY_MS = 200;

interface Tally {
  replies: number;
  bad: number;
}

interface Figure {
  perSecond: number;
  bad: number;
  /** UDP: calls never answered (each one lowers the number outstanding for the rest of the run). */
  lost: number;
}

function isSuccess(reply: Buffer): boolean {
  return reply.length === NULL_REPLY_SIZE && reply.readUInt32BE(ACCEPT_STAT_OFFSET) === 0;
}

/** Keeps `depth` calls outstanding until told to stop; `send(n)` issues n more. */
async function measure(depth: number, start: (send: (n: number) => void, tally: Tally) => void, send: (n: number) => void): Promise<{ perSecond: number; tally: Tally }> {
  const tally: Tally = { replies: 0, bad: 0 };
  start(send, tally);
  send(depth);
  await new Promise((resolve) => setTimeout(resolve, WARMUP_S * 1000));
  const before = tally.replies;
  const t0 = process.hrtime.bigint();
  await new Promise((resolve) => setTimeout(resolve, MEASURE_S * 1000));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { perSecond: (tally.replies - before) / seconds, tally };
}

async function overTcp(port: number, depth: number): Promise<Figure> {
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    const s = net.connect({ port, host: '127.0.0.1', noDelay: true }, () => resolve(s));
    s.once('error', reject);
  });
  const framed = frameRecord(NFS_NULL);
  let xid = 0;
  let stopped = false;
  // n calls in one write, each with its own xid, as a pipelining client sends them.
  const send = (n: number): void => {
    if (stopped || n === 0) return;
    const batch = Buffer.allocUnsafe(n * framed.length);
    for (let i = 0; i < n; i++) {
      framed.copy(batch, i * framed.length);
      batch.writeUInt32BE(++xid >>> 0, i * framed.length + 4);
    }
    socket.write(batch);
  };
  const reader = new RecordReader(1 << 20);
  const result = await measure(depth, (more, tally) => {
    socket.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      let n = 0;
      for (let next = reader.next(); next.kind === 'record'; next = reader.next()) {
        if (isSuccess(next.record)) n++;
        else tally.bad++;
      }
      tally.replies += n;
      more(n);
    });
  }, send);
  stopped = true;
  socket.destroy();
  return { perSecond: result.perSecond, bad: result.tally.bad, lost: 0 };
}

async function overUdp(port: number, depth: number): Promise<Figure> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.connect(port, '127.0.0.1', resolve));
  const call = Buffer.from(NFS_NULL);
  let xid = 0;
  let stopped = false;
  const send = (n: number): void => {
    for (let i = 0; i < n && !stopped; i++) {
      const datagram = Buffer.from(call);
      datagram.writeUInt32BE(++xid >>> 0, 0);
      socket.send(datagram);
    }
  };
  const result = await measure(depth, (more, tally) => {
    socket.on('message', (reply) => {
      if (isSuccess(reply)) tally.replies++;
      else tally.bad++;
      more(1);
    });
  }, send);
  stopped = true;
  await new Promise((resolve) => setTimeout(resolve, LATE_REPLY_MS));
  socket.close();
  return { perSecond: result.perSecond, bad: result.tally.bad, lost: xid - result.tally.replies - result.tally.bad };
}

async function report(label: string, port: number): Promise<number> {
  console.log(label);
  let bad = 0;
  for (const [name, run] of [['tcp, one connection', overTcp], ['udp, one socket', overUdp]] as const) {
    for (const depth of DEPTHS) {
      const r = await run(port, depth);
      bad += r.bad;
      const lost = r.lost > 0 ? `  (${r.lost} calls lost)` : '';
      console.log(`  ${name.padEnd(20)} ${String(depth).padStart(3)} outstanding  ${Math.round(r.perSecond).toString().padStart(8)} calls/s${lost}`);
    }
  }
  return bad;
}

console.log(`node ${process.version}, ${cpus().length} cpus (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`NFS v3 NULL through RpcServer + Dispatcher; ${WARMUP_S} s warm-up, then replies counted for ${MEASURE_S} s per figure`);

const child = fork(fileURLToPath(new URL('./null-server.js', import.meta.url)), ['child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const childPort = await new Promise<number>((resolve, reject) => {
  child.once('message', (m) => resolve((m as { port: number }).port));
  child.once('exit', (code) => reject(new Error(`server process exited (${code})`)));
});
let bad = await report('server in its own process:', childPort);
child.disconnect();

const local = await startNullServer();
bad += await report('server in this process (client and server share one thread):', local.port);
await local.close();

if (bad > 0) console.log(`FAILURE: ${bad} replies were not a successful NULL reply`);
process.exitCode = bad === 0 ? 0 : 1;

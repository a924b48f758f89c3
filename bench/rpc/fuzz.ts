/**
 * RPC fuzz (not a test): seeded random and mutated RPC records (calls of every NFS v3,
 * MOUNT v3, NLM v4, NSM, portmap and rpcbind procedure with bit flips, cuts, hostile length
 * words, inserted/removed words, noise; over TCP also lying, huge and unfinished record
 * marks), 1,000,000 per phase by default: straight into the dispatcher, then at a running
 * server over TCP (4 connections at a time, each batch answered or the connection closed
 * within 10 s) and over UDP. The test suite runs 20,000 of each (test/rpc/fuzz.test.ts).
 * Exits non-zero on a crash, a malformed reply, a hang, a call failing outside its handler,
 * or heap growth between 10% and 100% of a phase beyond HEAP_GROWTH_LIMIT.
 * Run: npm run build && node out/bench/rpc/fuzz.js [records per phase] [seed]
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pino } from 'pino';
import { Dispatcher } from '../../src/rpc/dispatcher.js';
import { DEFAULT_LIMITS, RpcServer } from '../../src/rpc/rpc-server.js';
import { fuzzDispatcher, fuzzTcp, fuzzUdp, type FuzzCounts, type FuzzRun } from '../../test/rpc/fuzz-drive.js';
import { fuzzTarget } from '../../test/rpc/fuzz-programs.js';
import { Random } from '../../test/xdr/helpers/random.js';

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const SEED = Number(process.argv[3] ?? 1);
const TCP_WORKERS = 4;
const TIMEOUT_MS = 10_000;
const HEAP_GROWTH_LIMIT = 32 * 2 ** 20;
const RSS_LIMIT = 1024 * 2 ** 20;
const MiB = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// What the server logs at warn and above, by message; a call failing outside its handler is a bug.
const logged = new Map<string, number>();
const logger = pino({ level: 'warn' }, {
  write: (line: string) => {
    const msg = String((JSON.parse(line) as { msg?: unknown }).msg);
    logged.set(msg, (logged.get(msg) ?? 0) + 1);
  },
});

let rssHigh = 0;
let failures = 0;
const fail = (why: string) => {
  failures++;
  console.log(`FAILURE: ${why}`);
};

/** Runs one phase, sampling RSS and taking the heap after a GC at 10% and at the end. */
async function phase(name: string, records: number, run: (progress: FuzzRun['progress']) => Promise<FuzzCounts[]>): Promise<FuzzCounts> {
  let heapAt10: number | undefined;
  const progress = (sent: number) => {
    rssHigh = Math.max(rssHigh, process.memoryUsage().rss);
    if (heapAt10 === undefined && sent >= records / 10) {
      gc();
      heapAt10 = process.memoryUsage().heapUsed;
    }
  };
  const start = process.hrtime.bigint();
  const parts = await run(progress);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  gc();
  const heapEnd = process.memoryUsage().heapUsed;
  rssHigh = Math.max(rssHigh, process.memoryUsage().rss);
  const c = parts.reduce((sum, p) => {
    for (const k of Object.keys(sum) as Array<keyof FuzzCounts>) sum[k] += p[k];
    return sum;
  });
  const growth = heapAt10 === undefined ? 0 : heapEnd - heapAt10;
  console.log(`${name}: ${c.sent} records in ${seconds.toFixed(1)} s (${Math.round(c.sent / seconds)}/s): answered ${c.answered}, unanswered ${c.unanswered}, malformed replies ${c.badReplies}, hangs ${c.hangs}` +
    (name === 'udp' ? `, replies lost on the way back ${c.lost}` : '') +
    (name === 'tcp' ? `, connections closed by the server ${c.closedByServer}, batches with lying marks ${c.lies}` : ''));
  console.log(`  heap after GC: at 10% ${MiB(heapAt10 ?? 0)}, at end ${MiB(heapEnd)} (growth ${(growth / 2 ** 20).toFixed(1)} MiB); rss high-water so far ${MiB(rssHigh)}`);
  if (c.sent !== records) fail(`${name}: sent ${c.sent} of ${records}`);
  if (c.badReplies > 0) fail(`${name}: ${c.badReplies} malformed replies`);
  if (c.hangs > 0) fail(`${name}: ${c.hangs} hangs (no answer and no close within ${TIMEOUT_MS} ms)`);
  if (growth > HEAP_GROWTH_LIMIT) fail(`${name}: heap grew ${MiB(growth)} between 10% and the end`);
  return c;
}

const target = await fuzzTarget();
console.log(`node ${process.version}; ${RECORDS} records per phase, seed ${SEED}; ${target.procedures.length} procedures sampled`);
const rssStart = process.memoryUsage().rss;

const dispatcher = new Dispatcher(logger);
for (const pv of target.programs()) dispatcher.register(pv);
await phase('dispatcher', RECORDS, async (progress) => [await fuzzDispatcher(dispatcher, { rnd: new Random(SEED), procedures: target.procedures, records: RECORDS, progress })]);

const server = new RpcServer({ logger });
for (const pv of target.programs()) server.register(pv);
const { port } = await server.listen('127.0.0.1', 0);
await phase('tcp', RECORDS, async (progress) => {
  const share = Math.ceil(RECORDS / TCP_WORKERS);
  let sentBefore = 0;
  const sent = new Array<number>(TCP_WORKERS).fill(0);
  return Promise.all(Array.from({ length: TCP_WORKERS }, (_, i) => {
    const records = Math.min(share, RECORDS - sentBefore);
    sentBefore += records;
    const workerProgress = (n: number) => {
      sent[i] = n;
      progress?.(sent.reduce((a, b) => a + b));
    };
    return fuzzTcp({ port, maxBatch: 16, maxRecordSize: DEFAULT_LIMITS.maxRecordSize, timeoutMs: TIMEOUT_MS }, { rnd: new Random(SEED * 16 + 1 + i), procedures: target.procedures, records, progress: workerProgress });
  }));
});
const udpStats = server.udpStats!;
await phase('udp', RECORDS, async (progress) => [await fuzzUdp({ port, maxBatch: 64, timeoutMs: TIMEOUT_MS, stats: udpStats }, { rnd: new Random(SEED * 16), procedures: target.procedures, records: RECORDS, progress })]);
console.log(`  udp server counters: ${JSON.stringify(udpStats)}`);
if (udpStats.droppedOverload + udpStats.sendErrors > 0) fail('udp datagrams dropped for overload or send errors');
if (udpStats.answered + udpStats.droppedUndecodable !== RECORDS) fail('udp: answered + undecodable != records');
const closing = process.hrtime.bigint();
await server.close();
console.log(`server closed in ${(Number(process.hrtime.bigint() - closing) / 1e6).toFixed(0)} ms; connections left ${server.connectionCount}`);

console.log(`rss: start ${MiB(rssStart)}, high-water ${MiB(rssHigh)}`);
if (rssHigh > RSS_LIMIT) fail(`rss reached ${MiB(rssHigh)}`);
console.log('server log lines at warn and above:');
for (const [msg, n] of [...logged].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(7)}  ${msg}`);
const outside = [...logged].filter(([msg]) => /outside its handler/.test(msg));
if (outside.length > 0) fail('calls failed outside their handler');
console.log(failures === 0 ? 'OK' : `${failures} failures`);
process.exitCode = failures === 0 ? 0 : 1;

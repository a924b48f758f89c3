// A fixed-seed sample of bench/rpc/fuzz.ts: 20,000 hostile records straight into the
// dispatcher, 20,000 over TCP (with lying record marks now and then) and 20,000 over UDP.
// Every record must be answered with a well-formed reply or (TCP) its connection closed,
// nothing may hang, and the server must keep serving afterwards.
import t from 'tap';
import { Dispatcher } from '../../src/rpc/dispatcher.js';
import { DEFAULT_LIMITS, RpcServer } from '../../src/rpc/rpc-server.js';
import { RpcClient } from '../../src/rpc/client.js';
import { xdr_void } from '../../src/xdr/index.js';
import { Random } from '../xdr/helpers/random.js';
import { silentLogger } from './helpers.js';
import { fuzzDispatcher, fuzzTcp, fuzzUdp } from './fuzz-drive.js';
import { fuzzTarget } from './fuzz-programs.js';
import { PROC, TEST_PROG } from './test-program.js';

const RECORDS = 20000;
const TIMEOUT_MS = 10_000;
const target = await fuzzTarget();

async function fuzzServer(t: { teardown(fn: () => unknown): void }) {
  const server = new RpcServer({ logger: silentLogger });
  for (const pv of target.programs()) server.register(pv);
  const { port } = await server.listen('127.0.0.1', 0);
  t.teardown(() => server.close());
  return { server, port };
}

async function stillServes(port: number, transport: 'tcp' | 'udp'): Promise<boolean> {
  const client = await RpcClient.connect({ transport, host: '127.0.0.1', port });
  if ('error' in client) return false;
  const outcome = await client.call(TEST_PROG, 3, PROC.NULL, xdr_void, undefined, xdr_void);
  client.close();
  return outcome.ok;
}

t.test('dispatcher: every record is answered with a reply to its xid, or is not a call', async (t) => {
  const dispatcher = new Dispatcher(silentLogger);
  for (const pv of target.programs()) dispatcher.register(pv);
  const c = await fuzzDispatcher(dispatcher, { rnd: new Random(0xd15), procedures: target.procedures, records: RECORDS });
  t.equal(c.badReplies, 0, 'every reply is a well-formed RPC reply to the record xid');
  t.equal(c.answered + c.unanswered, RECORDS);
  t.ok(c.answered > RECORDS / 2 && c.unanswered > 0, `${c.answered} answered, ${c.unanswered} not calls`);
});

t.test('TCP: every record is answered or the connection is closed', async (t) => {
  const { port } = await fuzzServer(t);
  const c = await fuzzTcp({ port, maxBatch: 8, maxRecordSize: DEFAULT_LIMITS.maxRecordSize, timeoutMs: TIMEOUT_MS }, { rnd: new Random(0x5eed), procedures: target.procedures, records: RECORDS });
  t.equal(c.hangs, 0, 'the server always answered or closed within the timeout');
  t.equal(c.badReplies, 0, 'every reply is a well-formed RPC reply to an xid sent');
  t.equal(c.sent, RECORDS);
  t.ok(c.answered > RECORDS / 2, `${c.answered} answered`);
  t.ok(c.closedByServer > 0 && c.lies > 0, `${c.closedByServer} connections closed by the server, ${c.lies} batches with lying marks`);
  t.ok(await stillServes(port, 'tcp'), 'server still answers');
});

t.test('UDP: every datagram is answered or counted as undecodable', async (t) => {
  const { server, port } = await fuzzServer(t);
  const stats = server.udpStats!;
  const c = await fuzzUdp({ port, maxBatch: 32, timeoutMs: TIMEOUT_MS, stats }, { rnd: new Random(0xda7a), procedures: target.procedures, records: RECORDS });
  t.equal(c.hangs, 0, 'every batch settled within the timeout');
  t.equal(c.badReplies, 0, 'every reply is a well-formed RPC reply to an xid sent');
  t.equal(stats.received, RECORDS);
  t.equal(stats.droppedOverload + stats.sendErrors, 0);
  t.equal(c.answered + c.lost, stats.answered, `every reply the server sent arrived or was lost on the way (${c.lost} lost)`);
  t.equal(stats.answered + stats.droppedUndecodable, RECORDS, `${stats.answered} answered, ${stats.droppedUndecodable} undecodable`);
  t.ok(await stillServes(port, 'udp'), 'server still answers');
});

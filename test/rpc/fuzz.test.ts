// 20,000 hostile records over TCP and 20,000 over UDP (fixed seed): the server must
// answer every record or close the connection, and keep serving afterwards.
import t from 'tap';
import dgram from 'node:dgram';
import { RpcServer } from '../../src/rpc/rpc-server.js';
import { RpcClient } from '../../src/rpc/client.js';
import { PortRegistry } from '../../src/portmap/registry.js';
import { portmapPrograms } from '../../src/portmap/programs.js';
import { xdr_void } from '../../src/xdr/index.js';
import { prng, readReply, silentLogger } from './helpers.js';
import { fuzzRecord } from './fuzz-records.js';
import { RawConnection } from './raw-client.js';
import { PROC, TEST_PROG, testPrograms } from './test-program.js';

const RECORDS = 20000;
const BATCH = 32;
/** Small TCP batches: an undecodable record closes the connection and loses the rest of its batch. */
const TCP_BATCH = 4;

async function fuzzServer(t: { teardown(fn: () => unknown): void }) {
  const server = new RpcServer({ logger: silentLogger });
  for (const pv of testPrograms()) {
    pv.procedures.delete(PROC.WAIT); // waits for a test to release it: never finishes here
    server.register(pv);
  }
  for (const pv of portmapPrograms(new PortRegistry())) server.register(pv);
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

t.test('TCP: every record is answered or the connection is closed', async (t) => {
  const { port } = await fuzzServer(t);
  const rand = prng(0x5eed);
  let conn = await RawConnection.connect(port);
  let answered = 0;
  let closings = 0;
  let badReplies = 0;
  for (let sent = 0; sent < RECORDS; ) {
    const before = conn.replies.length;
    const batch = Math.min(TCP_BATCH, RECORDS - sent);
    for (let i = 0; i < batch; i++) conn.send(fuzzRecord(rand, sent + i));
    sent += batch;
    const replies = await conn.waitForReplies(before + batch);
    for (const reply of replies.slice(before)) {
      try {
        readReply(reply);
      } catch {
        badReplies++;
      }
    }
    answered += replies.length - before;
    if (replies.length < before + batch) {
      // Fewer answers than calls is only allowed when the server closed the connection.
      await conn.closed;
      closings++;
      conn = await RawConnection.connect(port);
    }
  }
  conn.socket.destroy();
  t.equal(badReplies, 0, 'every reply is a well-formed RPC reply');
  t.ok(answered > 0 && closings > 0, `${answered} answered, ${closings} connections closed`);
  t.ok(await stillServes(port, 'tcp'), 'server still answers');
});

t.test('UDP: every datagram is answered or counted as undecodable', async (t) => {
  const { server, port } = await fuzzServer(t);
  const rand = prng(0xda7a);
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.connect(port, '127.0.0.1', resolve));
  t.teardown(() => socket.close());
  let received = 0;
  socket.on('message', () => received++);
  const stats = server.udpStats!;
  const settled = () => stats.answered + stats.droppedUndecodable + stats.droppedOverload + stats.sendErrors;
  for (let sent = 0; sent < RECORDS; ) {
    const batch = Math.min(BATCH, RECORDS - sent);
    for (let i = 0; i < batch; i++) socket.send(fuzzRecord(rand, sent + i));
    sent += batch;
    while (settled() < sent || received < stats.answered) await new Promise((resolve) => setImmediate(resolve));
  }
  t.equal(stats.received, RECORDS);
  t.equal(stats.droppedOverload + stats.sendErrors, 0);
  t.equal(received, stats.answered);
  t.equal(stats.answered + stats.droppedUndecodable, RECORDS, `${stats.answered} answered, ${stats.droppedUndecodable} undecodable`);
  t.ok(await stillServes(port, 'udp'), 'server still answers');
});

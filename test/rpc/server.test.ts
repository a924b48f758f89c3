import t from 'tap';
import { RpcServer, type RpcServerOptions } from '../../src/rpc/rpc-server.js';
import { RpcClient } from '../../src/rpc/client.js';
import type { ReplyBody } from '../../src/rpc/reply-body.js';
import { xdr_string, xdr_u_int, xdr_void } from '../../src/xdr/index.js';
import { callRecord, capturingLogger, readReply, silentLogger } from './helpers.js';
import { RawConnection, until } from './raw-client.js';
import { PROC, TEST_PROG, testPrograms, type Gate } from './test-program.js';

interface Teardown { teardown(fn: () => unknown): void }

async function startTestServer(t: Teardown, options: Partial<RpcServerOptions> = {}, gate?: Gate, bodies?: ReplyBody[]) {
  const server = new RpcServer({ logger: silentLogger, ...options });
  for (const pv of testPrograms(gate, bodies)) server.register(pv);
  const { port } = await server.listen('127.0.0.1', 0);
  t.teardown(() => server.close());
  return { server, port };
}

t.test('calls over TCP and UDP on the same port', async (t) => {
  const { port } = await startTestServer(t);
  for (const transport of ['tcp', 'udp'] as const) {
    const client = await RpcClient.connect({ transport, host: '127.0.0.1', port });
    if ('error' in client) throw new Error(client.error);
    t.same(await client.call(TEST_PROG, 3, PROC.NULL, xdr_void, undefined, xdr_void), { ok: true, value: undefined }, transport);
    t.same(await client.call(TEST_PROG, 3, PROC.ECHO, xdr_string, 'héllo', xdr_string), { ok: true, value: 'héllo' }, transport);
    t.match(await client.call(TEST_PROG, 9, PROC.NULL, xdr_void, undefined, xdr_void), { ok: false, kind: 'not-accepted' }, transport);
    client.close();
  }
});

t.test('replies go out as each call completes, out of order', async (t) => {
  const gate: Gate = { waiting: [], started: 0 };
  const { port } = await startTestServer(t, {}, gate);
  const conn = await RawConnection.connect(port);
  t.teardown(() => conn.socket.destroy());
  conn.send(callRecord({ xid: 1, prog: TEST_PROG, vers: 3, proc: PROC.WAIT }, xdr_u_int.encode(1)));
  conn.send(callRecord({ xid: 2, prog: TEST_PROG, vers: 3, proc: PROC.WAIT }, xdr_u_int.encode(2)));
  await until(() => gate.started === 2);
  gate.waiting[1]!();
  await conn.waitForReplies(1);
  gate.waiting[0]!();
  const replies = await conn.waitForReplies(2);
  t.same(replies.map((r) => readReply(r).msg.xid), [2, 1]);
});

t.test('the in-flight cap pauses reading instead of starting more calls', async (t) => {
  const gate: Gate = { waiting: [], started: 0 };
  const { port } = await startTestServer(t, { maxInFlightPerConnection: 4 }, gate);
  const conn = await RawConnection.connect(port);
  t.teardown(() => conn.socket.destroy());
  const calls = 50;
  for (let xid = 1; xid <= calls; xid++) conn.send(callRecord({ xid, prog: TEST_PROG, vers: 3, proc: PROC.WAIT }, xdr_u_int.encode(xid)));
  let released = 0;
  let maxInFlight = 0;
  while (released < calls) {
    await until(() => gate.started - released === 4 || gate.started === calls);
    // Give the server every chance to start a fifth call if the cap did not hold.
    await new Promise((resolve) => setTimeout(resolve, 2));
    maxInFlight = Math.max(maxInFlight, gate.started - released);
    gate.waiting[released++]!();
  }
  await conn.waitForReplies(calls);
  t.equal(maxInFlight, 4);
  t.equal(conn.replies.length, calls);
});

t.test('a client that does not read its replies stops the server reading its calls', async (t) => {
  const bodies: ReplyBody[] = [];
  const { port } = await startTestServer(t, {}, undefined, bodies);
  const conn = await RawConnection.connect(port);
  t.teardown(() => conn.socket.destroy());
  conn.socket.pause();
  const calls = 2000; // 2000 replies of 60 kB: far more than the socket buffers hold
  for (let xid = 1; xid <= calls; xid++) conn.send(callRecord({ xid, prog: TEST_PROG, vers: 3, proc: PROC.BODY }, xdr_u_int.encode(60000)));
  let seen = -1;
  while (bodies.length !== seen) {
    seen = bodies.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  t.ok(bodies.length < calls, `server stopped after ${bodies.length} calls`);
  conn.socket.resume();
  await conn.waitForReplies(calls);
  t.equal(conn.replies.length, calls);
});

t.test('an oversized record closes the connection with one log line', async (t) => {
  const { logger, lines } = capturingLogger();
  const { port } = await startTestServer(t, { logger, maxRecordSize: 1000 });
  const conn = await RawConnection.connect(port);
  conn.socket.write(Buffer.from([0x80, 0, 0x07, 0xd0])); // one fragment of 2000 bytes
  await conn.closed;
  t.same(lines.filter((l) => l.msg === 'record too large, closing connection').length, 1);
});

t.test('a record without a usable header closes a TCP connection', async (t) => {
  const { port } = await startTestServer(t);
  const conn = await RawConnection.connect(port);
  conn.send(Buffer.from([0, 0, 0, 1, 0, 0, 0, 1])); // a REPLY, not a call
  await conn.closed;
  t.equal(conn.replies.length, 0);
});

t.test('idle connections are closed, busy ones are not', async (t) => {
  const gate: Gate = { waiting: [], started: 0 };
  const { port } = await startTestServer(t, { idleTimeoutMs: 50 }, gate);
  const idle = await RawConnection.connect(port);
  await idle.closed;
  const busy = await RawConnection.connect(port);
  busy.send(callRecord({ xid: 1, prog: TEST_PROG, vers: 3, proc: PROC.WAIT }, xdr_u_int.encode(1)));
  await until(() => gate.started === 1);
  await new Promise((resolve) => setTimeout(resolve, 200));
  t.equal(busy.socket.destroyed, false, 'a connection with a call in flight stays open');
  gate.waiting[0]!();
  await busy.waitForReplies(1);
  t.equal(busy.replies.length, 1);
  await busy.closed;
});

t.test('connections beyond the cap are refused', async (t) => {
  const { server, port } = await startTestServer(t, { maxConnections: 2 });
  const a = await RawConnection.connect(port);
  const b = await RawConnection.connect(port);
  t.teardown(() => { a.socket.destroy(); b.socket.destroy(); });
  await until(() => server.connectionCount === 2);
  const c = await RawConnection.connect(port);
  await c.closed;
  t.equal(server.connectionCount, 2);
});

t.test('a client that half-closes still gets its answers', async (t) => {
  const { port } = await startTestServer(t);
  const conn = await RawConnection.connect(port);
  conn.send(callRecord({ xid: 5, prog: TEST_PROG, vers: 3, proc: PROC.ECHO }, xdr_string.encode('bye')));
  conn.socket.end();
  await conn.closed;
  t.equal(conn.replies.length, 1);
  t.equal(xdr_string.read(readReply(conn.replies[0]!).rest), 'bye');
});

t.test('close() answers calls in flight and does not wait for idle clients', async (t) => {
  const gate: Gate = { waiting: [], started: 0 };
  const server = new RpcServer({ logger: silentLogger });
  for (const pv of testPrograms(gate)) server.register(pv);
  const { port } = await server.listen('127.0.0.1', 0);
  const idle = await RawConnection.connect(port);
  const busy = await RawConnection.connect(port);
  busy.send(callRecord({ xid: 8, prog: TEST_PROG, vers: 3, proc: PROC.WAIT }, xdr_u_int.encode(8)));
  await until(() => gate.started === 1);
  const closing = server.close();
  gate.waiting[0]!();
  await closing;
  await Promise.all([idle.closed, busy.closed]);
  t.equal(busy.replies.length, 1, 'the call in flight was answered');
  t.equal(readReply(busy.replies[0]!).msg.xid, 8);
  t.equal(idle.replies.length, 0);
});

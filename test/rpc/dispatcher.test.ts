import t from 'tap';
import { Dispatcher } from '../../src/rpc/dispatcher.js';
import { REPLY_HEADROOM, type ReplyBody } from '../../src/rpc/reply-body.js';
import type { Peer } from '../../src/rpc/transport.js';
import { XdrWriter, xdr_string, xdr_u_int } from '../../src/xdr/index.js';
import { accept_stat, auth_flavor, auth_stat, msg_type, reject_stat, reply_stat, xdr_authsys_parms, type rpc_msg } from '../../src/generated/rpc.js';
import { callRecord, capturingLogger, readReply, silentLogger, type CallFields } from './helpers.js';
import { PROC, TEST_PROG, testPrograms } from './test-program.js';

const peer: Peer = { transport: 'tcp', remoteAddress: '127.0.0.1', remotePort: 999, localAddress: '127.0.0.1', localPort: 2049 };

function dispatcher(logger = silentLogger, bodies: ReplyBody[] = []): Dispatcher {
  const d = new Dispatcher(logger);
  for (const pv of testPrograms(undefined, bodies)) d.register(pv);
  return d;
}

async function call(d: Dispatcher, c: Partial<CallFields>, args?: Buffer): Promise<{ msg: rpc_msg; rest: ReturnType<typeof readReply>['rest'] } | null> {
  const frame = await d.handle(callRecord({ xid: 7, prog: TEST_PROG, vers: 3, proc: PROC.NULL, ...c }, args), peer);
  return frame === null ? null : readReply(frame.subarray(4));
}

function accepted(msg: rpc_msg) {
  if (msg.body.mtype !== msg_type.REPLY || msg.body.rbody.stat !== reply_stat.MSG_ACCEPTED) throw new Error('not an accepted reply');
  return msg.body.rbody.areply.reply_data;
}

function denied(msg: rpc_msg) {
  if (msg.body.mtype !== msg_type.REPLY || msg.body.rbody.stat !== reply_stat.MSG_DENIED) throw new Error('not a denied reply');
  return msg.body.rbody.rreply;
}

function authsys(p: { stamp: number; machinename: string; uid: number; gid: number; gids: number[] }): Buffer {
  return xdr_authsys_parms.encode(p);
}

t.test('success carries the xid and the encoded result', async (t) => {
  const reply = await call(dispatcher(), { proc: PROC.ECHO }, xdr_string.encode('hello'));
  t.equal(reply?.msg.xid, 7);
  t.equal(accepted(reply!.msg).stat, accept_stat.SUCCESS);
  t.equal(xdr_string.read(reply!.rest), 'hello');
  t.equal(reply!.rest.remaining(), 0);
});

t.test('central error answers', async (t) => {
  const d = dispatcher();
  t.equal(accepted((await call(d, { prog: 400999 }))!.msg).stat, accept_stat.PROG_UNAVAIL);
  const mismatch = accepted((await call(d, { vers: 2 }))!.msg);
  t.same(mismatch, { stat: accept_stat.PROG_MISMATCH, mismatch_info: { low: 1, high: 3 } });
  t.equal(accepted((await call(d, { proc: 99 }))!.msg).stat, accept_stat.PROC_UNAVAIL);
  t.equal(accepted((await call(d, { proc: PROC.ECHO }, Buffer.from([0, 0, 0, 9, 0x61])))!.msg).stat, accept_stat.GARBAGE_ARGS, 'truncated argument');
  t.equal(accepted((await call(d, { proc: PROC.ECHO }))!.msg).stat, accept_stat.GARBAGE_ARGS, 'missing argument');
  t.same(denied((await call(d, { rpcvers: 3 }))!.msg), { stat: reject_stat.RPC_MISMATCH, mismatch_info: { low: 2, high: 2 } });
});

t.test('a throwing or rejecting handler is SYSTEM_ERR with one log line', async (t) => {
  const { logger, lines } = capturingLogger();
  const d = dispatcher(logger);
  t.equal(accepted((await call(d, { proc: PROC.THROW }))!.msg).stat, accept_stat.SYSTEM_ERR);
  t.equal(lines.length, 1);
  t.equal(lines[0]?.proc, 'THROW');
  t.equal(accepted((await call(d, { proc: PROC.REJECT }))!.msg).stat, accept_stat.SYSTEM_ERR);
  t.equal(lines.length, 2);
});

t.test('AUTH_SYS credentials reach the handler', async (t) => {
  const cred = { flavor: auth_flavor.AUTH_SYS, body: authsys({ stamp: 5, machinename: 'client', uid: 1000, gid: 100, gids: [100, 27] }) };
  const reply = await call(dispatcher(), { proc: PROC.WHOAMI, cred });
  t.same(JSON.parse(xdr_string.read(reply!.rest)), { flavor: 'sys', uid: 1000, gid: 100, gids: [100, 27], machinename: 'client', stamp: 5 });
  const none = await call(dispatcher(), { proc: PROC.WHOAMI });
  t.same(JSON.parse(xdr_string.read(none!.rest)), { flavor: 'none' });
});

t.test('credential errors follow RFC 5531', async (t) => {
  const d = dispatcher();
  const authError = async (c: Partial<CallFields>) => {
    const r = denied((await call(d, c))!.msg);
    if (r.stat !== reject_stat.AUTH_ERROR) throw new Error('not an auth error');
    return r;
  };
  const sys = (body: Buffer) => ({ flavor: auth_flavor.AUTH_SYS, body });
  // 17 groups: one over the bound.
  const tooManyGroups = Buffer.alloc(4 + 4 + 4 + 4 + 4 + 4 * 17);
  const w = new XdrWriter(tooManyGroups);
  w.writeUint(0); w.writeString(''); w.writeUint(0); w.writeUint(0); w.writeUint(17);
  t.match(await authError({ cred: sys(tooManyGroups.subarray(0, w.pos + 4 * 17)) }), { stat: reject_stat.AUTH_ERROR }, 'more than 16 groups');
  const bad = await Promise.all([
    authError({ cred: sys(tooManyGroups.subarray(0, w.pos + 4 * 17)) }),
    authError({ cred: sys(Buffer.from([0, 0, 0, 1])) }),
    authError({ cred: sys(Buffer.concat([authsys({ stamp: 0, machinename: 'm', uid: 0, gid: 0, gids: [] }), Buffer.alloc(4)])) }),
    authError({ cred: { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(4) } }),
  ]);
  for (const r of bad) t.equal(authStatOf(r), auth_stat.AUTH_BADCRED);
  t.equal(authStatOf(await authError({ cred: { flavor: auth_flavor.AUTH_SHORT, body: Buffer.alloc(8) } })), auth_stat.AUTH_REJECTEDCRED);
  t.equal(authStatOf(await authError({ cred: { flavor: auth_flavor.AUTH_DH, body: Buffer.alloc(8) } })), auth_stat.AUTH_TOOWEAK);
  t.equal(authStatOf(await authError({ verf: { flavor: auth_flavor.AUTH_SYS, body: Buffer.alloc(0) } })), auth_stat.AUTH_BADVERF);
  // A credential body over the 400-byte bound cannot be decoded: still AUTH_BADCRED, not silence.
  const huge = callRecord({ xid: 9, prog: TEST_PROG, vers: 3, proc: 0 });
  huge.writeUInt32BE(401, 4 * 7); // cred body length of the AUTH_NONE credential
  const frame = await d.handle(Buffer.concat([huge, Buffer.alloc(404)]), peer);
  t.equal(authStatOf(denied(readReply(frame!.subarray(4)).msg)), auth_stat.AUTH_BADCRED);
});

t.test('records that are not calls get no answer', async (t) => {
  const d = dispatcher();
  t.equal(await d.handle(Buffer.from([1, 2, 3]), peer), null);
  const reply = callRecord({ xid: 1, prog: TEST_PROG, vers: 3, proc: 0 });
  reply.writeUInt32BE(msg_type.REPLY, 4);
  t.equal(await d.handle(reply, peer), null);
  t.equal(await d.handle(callRecord({ xid: 1, prog: TEST_PROG, vers: 3, proc: 0 }).subarray(0, 18), peer), null);
});

t.test('a ReplyBody is sent from its own buffer, without a copy', async (t) => {
  const bodies: ReplyBody[] = [];
  const d = dispatcher(silentLogger, bodies);
  const frame = await d.handle(callRecord({ xid: 3, prog: TEST_PROG, vers: 3, proc: PROC.BODY }, xdr_u_int.encode(10)), peer);
  const { msg, rest } = readReply(frame!.subarray(4));
  t.equal(msg.xid, 3);
  t.equal(accepted(msg).stat, accept_stat.SUCCESS);
  t.equal(xdr_string.read(rest), 'x'.repeat(10));
  t.equal(rest.remaining(), 0);
  const body = bodies[0]!.bytes;
  t.equal(frame!.buffer, body.buffer, 'same memory as the ReplyBody');
  t.equal(frame!.byteOffset + REPLY_HEADROOM, body.byteOffset, 'header written into the headroom');
});

function authStatOf(r: ReturnType<typeof denied>): number {
  return r.stat === reject_stat.AUTH_ERROR ? r.why : -1;
}

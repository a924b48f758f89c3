// NLM v4 over a loopback RPC server, with a fake client host receiving the callbacks.
import t from 'tap';
import {
  nlm4_stats,
  type nlm4_cancargs,
  type nlm4_lock,
  type nlm4_lockargs,
  type nlm4_notify,
  type nlm4_res,
  type nlm4_shareargs,
  type nlm4_shareres,
  type nlm4_testargs,
  type nlm4_testres,
  type nlm4_unlockargs,
} from '../../src/generated/nlm4.js';
import { alock, fhOf, startClient, startLockServer, tempStateDir } from './harness.js';

const { NLM4_GRANTED, NLM4_DENIED, NLM4_BLOCKED, NLM4_DENIED_NOLOCKS, NLM4_STALE_FH, NLM4_FAILED } = nlm4_stats;

const lockArgs = (l: nlm4_lock, o: { block?: boolean; exclusive?: boolean; reclaim?: boolean; cookie?: string } = {}): nlm4_lockargs => ({
  cookie: Buffer.from(o.cookie ?? 'c'),
  block: o.block ?? false,
  exclusive: o.exclusive ?? true,
  alock: l,
  reclaim: o.reclaim ?? false,
  state: 1,
});
const testArgs = (l: nlm4_lock, exclusive = true): nlm4_testargs => ({ cookie: Buffer.from('t'), exclusive, alock: l });
const unlockArgs = (l: nlm4_lock): nlm4_unlockargs => ({ cookie: Buffer.from('u'), alock: l });
const cancelArgs = (l: nlm4_lock, exclusive = true): nlm4_cancargs => ({ cookie: Buffer.from('x'), block: true, exclusive, alock: l });

const A = alock({ host: 'alpha', svid: 11 });
const B = alock({ host: 'beta', svid: 22 });

t.test('two owners: conflicting LOCK denied, TEST reports the holder, ranges apart do not conflict', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) });
  const lock = (args: nlm4_lockargs) => s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', args);

  const first = await lock(lockArgs({ ...A, l_offset: 100n, l_len: 50n }, { cookie: 'cookie-1' }));
  t.equal(first.stat.stat, NLM4_GRANTED);
  t.equal(first.cookie.toString(), 'cookie-1', 'cookie echoed');
  t.equal((await lock(lockArgs({ ...B, l_offset: 120n, l_len: 1n }))).stat.stat, NLM4_DENIED);
  t.equal((await lock(lockArgs({ ...B, l_offset: 150n, l_len: 10n }))).stat.stat, NLM4_GRANTED, 'adjacent range');
  t.equal((await lock(lockArgs({ ...B, fh: fhOf(2n) }))).stat.stat, NLM4_GRANTED, 'other file');

  const tested = await s.call<nlm4_testargs, nlm4_testres>('NLMPROC4_TEST', testArgs({ ...B, l_offset: 0n, l_len: 0n }, false));
  t.equal(tested.stat.stat, NLM4_DENIED);
  if (tested.stat.stat === NLM4_DENIED) {
    t.same(
      { ...tested.stat.holder, oh: tested.stat.holder.oh.toString() },
      { exclusive: true, svid: 11, oh: '11@alpha', l_offset: 100n, l_len: 50n },
      'the holder as the client wrote it',
    );
  }
  const free = await s.call<nlm4_testargs, nlm4_testres>('NLMPROC4_TEST', testArgs({ ...A, l_offset: 0n, l_len: 0n }));
  t.equal(free.stat.stat, NLM4_DENIED, "B's lock at 150 conflicts with A's test to EOF");
  t.equal((await s.call<nlm4_unlockargs, nlm4_res>('NLMPROC4_UNLOCK', unlockArgs({ ...A, l_len: 0n }))).stat.stat, NLM4_GRANTED);
  t.equal((await lock(lockArgs({ ...B, l_offset: 0n, l_len: 0n }))).stat.stat, NLM4_GRANTED, 'free after unlock');
  t.same(client.pending(), [], 'no callbacks for non-blocking requests');
});

t.test('a blocked LOCK is granted through a GRANTED callback to the client lockd', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) });
  const lock = (args: nlm4_lockargs) => s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', args);
  t.equal((await lock(lockArgs(A))).stat.stat, NLM4_GRANTED);
  t.equal((await lock(lockArgs({ ...B, l_offset: 10n, l_len: 5n }, { block: true }))).stat.stat, NLM4_BLOCKED);
  t.equal((await lock(lockArgs({ ...B, l_offset: 10n, l_len: 5n }, { block: true }))).stat.stat, NLM4_BLOCKED, 're-sent: still blocked');
  await s.call('NLMPROC4_UNLOCK', unlockArgs(A));
  const granted = await client.next('granted');
  t.equal(granted.args.alock.svid, 22);
  t.equal(granted.args.alock.caller_name, 'beta');
  t.equal(granted.args.alock.l_offset, 10n);
  t.equal(granted.args.alock.l_len, 5n);
  t.equal(granted.args.exclusive, true);
  t.ok(granted.args.alock.fh.equals(fhOf(1n)));
  t.equal(s.locking.manager.locks.locksOf(1n)[0]?.owner.host, 'beta', 'beta holds it now');
  t.equal((await lock(lockArgs(A))).stat.stat, NLM4_DENIED);
});

t.test('a client that refuses the GRANTED callback does not keep the lock', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) });
  client.grantAnswer = NLM4_DENIED;
  await s.call('NLMPROC4_LOCK', lockArgs(A));
  await s.call('NLMPROC4_LOCK', lockArgs(B, { block: true }));
  await s.call('NLMPROC4_UNLOCK', unlockArgs(A));
  await client.next('granted');
  // The refusal is handled when the callback's reply arrives; a NULL round trip orders us after it.
  for (let i = 0; i < 50 && s.locking.manager.locks.locksOf(1n).length > 0; i++) await s.call('NLMPROC4_NULL', undefined);
  t.same(s.locking.manager.locks.locksOf(1n), []);
});

t.test('CANCEL withdraws a blocked request', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) });
  await s.call('NLMPROC4_LOCK', lockArgs(A));
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs(B, { block: true }))).stat.stat, NLM4_BLOCKED);
  t.equal((await s.call<nlm4_cancargs, nlm4_res>('NLMPROC4_CANCEL', cancelArgs(B))).stat.stat, NLM4_GRANTED);
  t.equal(s.locking.manager.locks.waitersOf(1n).length, 0);
  await s.call('NLMPROC4_UNLOCK', unlockArgs(A));
  t.same(s.locking.manager.locks.locksOf(1n), [], 'nothing granted to the cancelled waiter');
  t.same(client.pending(), []);
});

t.test('_MSG requests are answered by calls to the client _RES procedures; GRANTED_MSG/GRANTED_RES', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) });
  await s.call('NLMPROC4_LOCK_MSG', lockArgs(A, { cookie: 'm1' }));
  const r1 = await client.next('lock_res');
  t.same([r1.res.cookie.toString(), r1.res.stat.stat], ['m1', NLM4_GRANTED]);

  await s.call('NLMPROC4_TEST_MSG', testArgs(B));
  const r2 = await client.next('test_res');
  t.equal(r2.res.stat.stat, NLM4_DENIED);
  t.equal(r2.res.stat.stat === NLM4_DENIED && r2.res.stat.holder.svid, 11);

  await s.call('NLMPROC4_LOCK_MSG', lockArgs(B, { block: true, cookie: 'm3' }));
  t.equal((await client.next('lock_res')).res.stat.stat, NLM4_BLOCKED);
  await s.call('NLMPROC4_UNLOCK_MSG', unlockArgs(A));
  t.equal((await client.next('unlock_res')).res.stat.stat, NLM4_GRANTED);
  const g = await client.next('granted_msg');
  t.equal(g.args.alock.svid, 22, 'a LOCK_MSG waiter is granted with GRANTED_MSG');
  t.equal(s.locking.manager.locks.locksOf(1n)[0]?.owner.host, 'beta');
  await client.next('granted_res_answered');

  await s.call('NLMPROC4_CANCEL_MSG', cancelArgs(B));
  t.equal((await client.next('cancel_res')).res.stat.stat, NLM4_GRANTED);
  t.equal(s.locking.manager.locks.locksOf(1n)[0]?.owner.host, 'beta', 'an acknowledged grant is not cancelled');
});

t.test('over UDP, as macOS sends them: _MSG answers and GRANTED_MSG go back over UDP', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) }, 'udp');
  await s.call('NLMPROC4_LOCK_MSG', lockArgs(A, { cookie: 'u1' }));
  t.same((await client.next('lock_res')).res, { cookie: Buffer.from('u1'), stat: { stat: NLM4_GRANTED } });
  await s.call('NLMPROC4_LOCK_MSG', lockArgs(B, { block: true }));
  t.equal((await client.next('lock_res')).res.stat.stat, NLM4_BLOCKED);
  await s.call('NLMPROC4_UNLOCK_MSG', unlockArgs(A));
  t.equal((await client.next('granted_msg')).args.alock.caller_name, 'beta');
  await client.next('granted_res_answered');
  t.equal(s.locking.manager.locks.locksOf(1n)[0]?.owner.host, 'beta');
});

t.test('FREE_ALL releases everything a host held', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) });
  await s.call('NLMPROC4_LOCK', lockArgs(A));
  await s.call('NLMPROC4_LOCK', lockArgs({ ...A, fh: fhOf(2n) }));
  await s.call<nlm4_notify, void>('NLMPROC4_FREE_ALL', { name: 'alpha', state: 3n });
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs(B))).stat.stat, NLM4_GRANTED);
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs({ ...B, fh: fhOf(2n) }))).stat.stat, NLM4_GRANTED);
});

t.test('SHARE and UNSHARE', async (t) => {
  const client = await startClient(t);
  const s = await startLockServer(t, client, { stateDir: await tempStateDir(t) });
  const share = (host: string, access: number, mode: number): nlm4_shareargs => ({
    cookie: Buffer.from('s'),
    share: { caller_name: host, fh: fhOf(1n), oh: Buffer.from(host), access, mode },
    reclaim: false,
  });
  t.equal((await s.call<nlm4_shareargs, nlm4_shareres>('NLMPROC4_SHARE', share('alpha', 3, 2))).stat, NLM4_GRANTED);
  t.equal((await s.call<nlm4_shareargs, nlm4_shareres>('NLMPROC4_SHARE', share('beta', 2, 0))).stat, NLM4_DENIED);
  t.equal((await s.call<nlm4_shareargs, nlm4_shareres>('NLMPROC4_UNSHARE', share('alpha', 3, 2))).stat, NLM4_GRANTED);
  t.equal((await s.call<nlm4_shareargs, nlm4_shareres>('NLMPROC4_SHARE', share('beta', 2, 0))).stat, NLM4_GRANTED);
});

t.test('NM_LOCK, stale handles, export without locks', async (t) => {
  const client = await startClient(t);
  const dir = await tempStateDir(t);
  const s = await startLockServer(t, client, {
    stateDir: dir,
    files: {
      resolve: (fh) => {
        if (fh.length === 8) return fh.readBigUInt64BE(0);
        if (fh.toString() === 'boom') throw new Error('handle store unreadable');
        return undefined;
      },
      access: (id) => (id === 9n ? 'nolocks' : id === 8n ? 'denied' : 'ok'),
    },
  });
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_NM_LOCK', lockArgs(A))).stat.stat, NLM4_GRANTED);
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_NM_LOCK', lockArgs(B, { block: true }))).stat.stat, NLM4_DENIED, 'NM_LOCK never blocks');
  t.same(s.locking.nsm.monitoredHosts(), [], 'NM_LOCK does not monitor');
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs({ ...A, fh: Buffer.from('bad') }))).stat.stat, NLM4_STALE_FH);
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs({ ...A, fh: fhOf(9n) }, { block: true }))).stat.stat, NLM4_DENIED_NOLOCKS);
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs({ ...A, fh: fhOf(8n) }))).stat.stat, NLM4_FAILED, 'client not admitted');
  t.equal((await s.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs({ ...A, fh: Buffer.from('boom') }))).stat.stat, NLM4_FAILED, 'resolver failure');

  const off = await startLockServer(t, client, { stateDir: dir, locksEnabled: false });
  t.equal((await off.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs(A, { block: true }))).stat.stat, NLM4_DENIED_NOLOCKS, 'locks off: at once');
  t.equal((await off.call<nlm4_testargs, nlm4_testres>('NLMPROC4_TEST', testArgs(A))).stat.stat, NLM4_DENIED_NOLOCKS);
});

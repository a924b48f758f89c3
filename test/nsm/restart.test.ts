// NSM across a server restart: the state number advances, the hosts that held locks are sent
// SM_NOTIFY, only their reclaims are granted during the grace period, and a client's own
// SM_NOTIFY (it rebooted) releases its locks.
import t from 'tap';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nlm4_stats, type nlm4_lockargs, type nlm4_lock, type nlm4_res, type nlm4_testargs, type nlm4_testres } from '../../src/generated/nlm4.js';
import { SM_PROG_SM_VERS, res, xdr_sm_name, xdr_sm_stat_res, xdr_stat_chge, xdr_void } from '../../src/generated/nsm.js';
import { alock, fhOf, startClient, startLockServer, tempStateDir } from '../nlm/harness.js';

const { NLM4_GRANTED, NLM4_DENIED, NLM4_DENIED_GRACE_PERIOD } = nlm4_stats;
const lockArgs = (l: nlm4_lock, reclaim = false): nlm4_lockargs => ({ cookie: Buffer.from('c'), block: false, exclusive: true, alock: l, reclaim, state: 1 });
const A = alock({ host: 'alpha', svid: 1 });
const B = alock({ host: 'beta', svid: 2 });

t.test('restart: notify, grace period with reclaims, early end, client reboot', async (t) => {
  const client = await startClient(t);
  const stateDir = await tempStateDir(t);
  const first = await startLockServer(t, client, { stateDir, serverName: 'lockserver' });
  t.same(await first.locking.start(), { notified: [], failed: [] }, 'first start: nobody to notify');
  t.equal((await first.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs(A))).stat.stat, NLM4_GRANTED, 'no grace period on a first start');
  const record = JSON.parse(await readFile(path.join(stateDir, 'nsm', 'nsm.json'), 'utf8'));
  t.same(record, { state: 1, hosts: [{ name: 'alpha', address: '127.0.0.1' }] }, 'alpha is on disk before its lock is granted');
  await first.stop();

  const second = await startLockServer(t, client, { stateDir, serverName: 'lockserver', gracePeriodMs: 600_000 });
  const stat = await second.rawCall(SM_PROG_SM_VERS.program, 1, SM_PROG_SM_VERS.procedures.SM_STAT.proc, xdr_sm_name, { mon_name: 'x' }, xdr_sm_stat_res);
  t.same(stat, { res_stat: res.stat_succ, state: 3 }, 'state number advanced to the next odd one');
  t.same(await second.locking.start(), { notified: ['alpha'], failed: [] });
  const notify = await client.next('sm_notify');
  t.same(notify.args, { mon_name: 'lockserver', state: 3 });

  const lock = (args: nlm4_lockargs) => second.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', args);
  t.equal((await lock(lockArgs(B))).stat.stat, NLM4_DENIED_GRACE_PERIOD, 'new locks wait for the reclaims');
  const tested = await second.call<nlm4_testargs, nlm4_testres>('NLMPROC4_TEST', { cookie: Buffer.from('t'), exclusive: true, alock: B });
  t.equal(tested.stat.stat, NLM4_DENIED_GRACE_PERIOD);
  t.equal((await lock(lockArgs(A, true))).stat.stat, NLM4_GRANTED, 'the reclaim is granted');
  t.equal((await lock(lockArgs({ ...A, fh: fhOf(7n) }))).stat.stat, NLM4_GRANTED, "alpha's first ordinary request: its reclaims are over");
  t.equal(second.locking.manager.inGrace(), false, 'every known host is done: grace ends early');
  t.equal((await lock(lockArgs(B))).stat.stat, NLM4_DENIED, 'the reclaimed lock holds against others');

  await second.rawCall(SM_PROG_SM_VERS.program, 1, SM_PROG_SM_VERS.procedures.SM_NOTIFY.proc, xdr_stat_chge, { mon_name: 'alpha', state: 5 }, xdr_void);
  t.equal((await lock(lockArgs(B))).stat.stat, NLM4_GRANTED, "alpha rebooted: its locks are gone");
  t.equal((await lock(lockArgs({ ...B, fh: fhOf(7n) }))).stat.stat, NLM4_GRANTED);
});

t.test('a client that cannot be reached does not hold up the others, and keeps the grace period', async (t) => {
  const client = await startClient(t);
  const stateDir = await tempStateDir(t);
  const first = await startLockServer(t, client, { stateDir });
  await first.call('NLMPROC4_LOCK', lockArgs(A));
  await first.stop();
  await client.close();
  // Nothing listens on the client's portmapper port any more: every SM_NOTIFY attempt fails fast.
  const notify = { transport: 'udp' as const, timeoutMs: 500, attempts: 3, retryDelayMs: 10 };
  const second = await startLockServer(t, client, { stateDir, gracePeriodMs: 600_000, notify });
  const started = second.locking.start();
  t.equal((await second.call<nlm4_lockargs, nlm4_res>('NLMPROC4_LOCK', lockArgs(B))).stat.stat, NLM4_DENIED_GRACE_PERIOD, 'served while notifying');
  t.same(await started, { notified: [], failed: ['alpha'] });
  t.equal(second.locking.manager.inGrace(), true, 'alpha may still come back to reclaim');
});
